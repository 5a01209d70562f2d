/**
 * Portuguese configuration: every cue table the extract engine needs, for
 * Brazilian, European and African Portuguese. The tables are written with
 * accents, and this file adds the unaccented spellings that buyers type on
 * phones ("preco", "cotacao", "voces") to every word list, table key and
 * phrase pattern. Signal cues are listed family by family. Their order does
 * not matter because every cue is tried and the engine merges hits per type.
 */
import type { DateCues, EntityCues, LanguageCues, SentimentCues, SignalCue, TopicCues } from '../types.js';
import { COMMITMENT_CUES } from './commitment-cues.js';
import { PT_DATES } from './date-cues.js';
import { PT_ENTITIES } from './entity-cues.js';
import { INTENT_CUES } from './intent-cues.js';
import { OBJECTION_CUES } from './objection-cues.js';
import { RELATIONSHIP_CUES } from './relationship-cues.js';
import { PT_SENTIMENT } from './sentiment-cues.js';
import { foldPattern, withSpellingKeys, withSpellings } from './spelling.js';
import { PT_TOPICS } from './topic-cues.js';

// English "no" is also the Portuguese contraction "no" (em + o), so it is listed in
// `negatorLookalikes` below and never cancels a cue: "problema no preço".
const NEGATORS = [
  'não', 'ñ', 'n', 'naum', 'nunca', 'jamais', 'nem', 'sem', 'nenhum', 'nenhuma', 'nada', 'tampouco', 'ninguém',
];

/**
 * Phrases after an objection that mark it as settled ("o preço agora está ok").
 * The engine does not negate them, so most start with a word that does not
 * follow "não" ("já foi resolvido", "agora sim"): a bare "foi resolvido" would
 * also match "não foi resolvido".
 */
const RESOLUTIONS = [
  'agora ?sim ?já ?está ?tá ?ficou ?ficaram ?fica ?muito ok|bom|boa|certo|certa|aceitável|razoável|resolvido|resolvida|tranquilo|melhor|ajustado|ajustada|acertado|acertada|ótimo|ótima',
  'agora sim',
  'ok|bom|certo|tranquilo|resolvido|aceitável|razoável agora',
  'já ?foi ?foram ?está ?estão ?ficou resolvido|resolvida|resolvidos|solucionado|solucionada|ajustado|ajustada|acertado|acertada|corrigido|corrigida|superado',
  'já melhorou|melhoraram',
  'problema|questão|assunto resolvido|resolvida|solucionado|superado',
  'já não ?é ?há ?tem problema',
  'deixou de ser ?um problema',
  'tudo certo|resolvido agora',
  // "O defeito foi corrigido no lote seguinte": a settled objection often names how it was settled.
  'resolvido|resolvida|resolvidos|solucionado|solucionada|corrigido|corrigida|superado|superada com|pelo|pela|no|na|graças|após|depois|agora',
  'não ?é ?são ?está ?foi mais ?um ?uma problema|questão',
  // A polar question answered "não" ("preço alto? não, está ok"). A bare "não" at the end of the text is not matched.
  '? não|nao|ñ ,|.|!',
  '? não|nao|ñ é|está|tá|o|a|tudo|tranquilo',
];

function foldCues(cues: readonly SignalCue[]): SignalCue[] {
  return cues.map((cue) => ({ ...cue, pattern: foldPattern(cue.pattern) }));
}

function foldTopics(topics: TopicCues): TopicCues {
  return { ...topics, words: topics.words.map((group) => ({ type: group.type, words: withSpellings(group.words) })) };
}

function foldSentiment(sentiment: SentimentCues): SentimentCues {
  return {
    lexicon: withSpellingKeys(sentiment.lexicon),
    phrases: sentiment.phrases.map((phrase) => ({ ...phrase, pattern: foldPattern(phrase.pattern) })),
    intensifiers: withSpellingKeys(sentiment.intensifiers),
    postIntensifiers: withSpellingKeys(sentiment.postIntensifiers ?? {}),
    contrast: (sentiment.contrast ?? []).map(foldPattern),
  };
}

function foldDates(d: DateCues): DateCues {
  const out: DateCues = {
    ...d,
    chronoTriggers: withSpellings(d.chronoTriggers),
    chronoPeriods: withSpellings(d.chronoPeriods),
    chronoPeriodModifiers: withSpellings(d.chronoPeriodModifiers),
    months: withSpellingKeys(d.months),
    ...(d.brokenPromise === undefined ? {} : { brokenPromise: { promised: d.brokenPromise.promised.map(foldPattern), now: d.brokenPromise.now.map(foldPattern) } }),
    weekdays: withSpellingKeys(d.weekdays),
    weekdayModifiers: withSpellings(d.weekdayModifiers),
    sameWeekModifiers: withSpellings(d.sameWeekModifiers),
    deadlineMarkers: withSpellings(d.deadlineMarkers),
    asap: withSpellings(d.asap),
    endOfDay: withSpellings(d.endOfDay),
    endOfWeek: withSpellings(d.endOfWeek),
    endOfMonth: withSpellings(d.endOfMonth),
    endOfNamedMonth: withSpellings(d.endOfNamedMonth),
    withinMarkers: withSpellings(d.withinMarkers),
    relativeDays: withSpellingKeys(d.relativeDays),
    periodOffsets: withSpellingKeys(d.periodOffsets),
    periodUnits: {
      week: withSpellings(d.periodUnits.week),
      month: withSpellings(d.periodUnits.month),
      year: withSpellings(d.periodUnits.year ?? []),
    },
    partOfMonth: withSpellingKeys(d.partOfMonth),
    leadTimeMarkers: withSpellings(d.leadTimeMarkers),
  };
  if (d.countWords !== undefined) out.countWords = withSpellingKeys(d.countWords);
  if (d.endOfYear !== undefined) out.endOfYear = withSpellings(d.endOfYear);
  if (d.endOfQuarter !== undefined) out.endOfQuarter = withSpellings(d.endOfQuarter);
  if (d.quarterNames !== undefined) out.quarterNames = withSpellingKeys(d.quarterNames);
  if (d.halfYears !== undefined) out.halfYears = withSpellingKeys(d.halfYears);
  if (d.yearLinkers !== undefined) out.yearLinkers = withSpellings(d.yearLinkers);
  if (d.dayOfMonthIntroducers !== undefined) out.dayOfMonthIntroducers = withSpellings(d.dayOfMonthIntroducers);
  return out;
}

function foldEntities(e: EntityCues): EntityCues {
  const out: EntityCues = {
    ...e,
    units: withSpellingKeys(e.units),
    perUnit: withSpellingKeys(e.perUnit),
    eachWords: withSpellings(e.eachWords),
    currencyWords: withSpellingKeys(e.currencyWords),
    magnitudes: withSpellingKeys(e.magnitudes),
    numberWords: withSpellingKeys(e.numberWords),
    durationUnits: withSpellingKeys(e.durationUnits),
    incotermPlaceStopWords: withSpellings(e.incotermPlaceStopWords),
    portIntroducers: withSpellings(e.portIntroducers),
    modelIntroducers: withSpellings(e.modelIntroducers),
    productStopWords: withSpellings(e.productStopWords),
    certificationContext: withSpellings(e.certificationContext),
    places: withSpellingKeys(e.places),
    paymentTermStarts: withSpellings(e.paymentTermStarts),
  };
  if (e.rangeWords !== undefined) out.rangeWords = withSpellings(e.rangeWords);
  return out;
}

/** Portuguese cue resources. */
export const PT: LanguageCues = {
  code: 'pt',
  decimalSeparator: ',',
  chronoLocale: 'pt',
  negatorLookalikes: ['no'],
  negators: withSpellings(NEGATORS),
  resolutions: RESOLUTIONS.map(foldPattern),
  autoReply: [
    'resposta|mensagem automática|automatica',
    'estou|estarei ?atualmente fora do escritório|escritorio',
    'fora do escritório|escritorio',
    'recebemos sua|seu mensagem|solicitação|solicitacao|e-mail|email|contato',
    'sua|seu mensagem|solicitação|solicitacao|e-mail|email foi recebido|recebida',
  ],
  // The buyer ends the deal: the stage classifier reads these as lost.
  dealLost: [
    'fechamos|fechámos|ficamos|ficámos|fomos|optamos|optámos|escolhemos|seguimos .. com|por outro|outra fornecedor|fornecedora|fabricante|fábrica|empresa|proposta|opção',
    'não precisamos mais',
    'já não precisamos',
    'não temos mais interesse',
    'cancelamos|cancelámos|cancelar|cancelem o|a|este|esta pedido|cotação|rfq|orçamento|projeto|solicitação',
    'encerramos|encerrámos|encerrar|encerrem o|a|este|esta cotação|rfq|orçamento|projeto|solicitação',
    'não vamos avançar|seguir|prosseguir|continuar',
    'adjudicou|adjudicaram|adjudicámos|adjudicamos ao|a outro|outra|concorrente',
  ],
  comingBack: [
    'te|lhe|vos retorno|retornamos|retornarei|retornaremos|aviso|avisamos|avisarei|avisaremos',
    'dou-lhe|damos-lhe|dou-te|te|lhe dou|damos|darei|daremos ?um ?uma retorno|resposta|notícias|noticias',
    'volto|voltamos|voltarei|voltaremos a|ao contactar|contatar|contato|contacto|falar|entrar',
    'te|lhe|vos falo|falamos|confirmo|confirmamos|digo|dizemos depois|amanhã|amanha|logo|mais',
    'internamente',
    'te|lhe|vos responderemos|responderei|responderemos',
  ],
  signals: foldCues([...INTENT_CUES, ...COMMITMENT_CUES, ...OBJECTION_CUES, ...RELATIONSHIP_CUES]),
  topics: foldTopics(PT_TOPICS),
  sentiment: foldSentiment(PT_SENTIMENT),
  dates: foldDates(PT_DATES),
  entities: foldEntities(PT_ENTITIES),
};
