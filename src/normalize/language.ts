/**
 * Language detection over the languages Parley reads: en, ar, es, pt, fr.
 *
 * Only words that carry evidence of the language vote. Trade codes in
 * capitals ("MOQ", "FOB", "CE"), words with digits and proper names ("Los
 * Angeles", "Rio de Janeiro", "Madrid") are set aside, so an English RFQ that
 * names a Spanish city stays English and a Spanish message with "MOQ" and
 * "lead time" stays Spanish.
 *
 * Arabic script decides when its words outnumber the Latin stop words, so
 * Arabic with English product terms is Arabic while an English email with
 * an Arabic courtesy line stays English. A message whose distinctive stop
 * words and letters (ñ, ã, è, "l'") clearly belong to one language is decided
 * without franc, the slowest part of detection, and franc reads the rest.
 * franc is unreliable on very short text, so messages under 20 voting letters
 * use stop words only and fall back to English with low confidence.
 */
import { francAll } from 'franc';
import type { LanguageGuess } from '../core/types.js';

/** A language guess with the method that produced it. */
export interface LanguageDetection extends LanguageGuess {
  method: 'script' | 'stopwords' | 'cue-words' | 'franc' | 'fallback';
}

/**
 * Returns the language that alone uses a lowercase word in its cues, or
 * undefined. The extract stage supplies one built from the language packs
 * (`extract/lang/cue-words.ts`); it decides short lines with no stop word.
 */
export type CueWordLanguage = (norm: string) => string | undefined;

/** A token as the extract tokenizer gives it; only `norm` is required. */
export interface DetectionToken {
  norm: string;
  raw?: string;
  kind?: string;
  start?: number;
  end?: number;
}

const FRANC_CODES: Record<string, string> = { eng: 'en', arb: 'ar', spa: 'es', por: 'pt', fra: 'fr' };
const FRANC_ONLY = Object.keys(FRANC_CODES);
const SHORT_TEXT_LETTERS = 20;
const MEDIUM_TEXT_LETTERS = 60;
const STOPWORD_DECISION_HITS = 3;
/** Stop-word hits of the only voting language that decide a text of MEDIUM_TEXT_LETTERS or more. */
const SINGLE_LANGUAGE_HITS = 2;
/** Stop-word hits and lead over the runner-up that decide a text franc would otherwise read. */
const LEADING_HITS = 2;
const LEADING_RATIO = 2;
/** How many times the top language's stop-word hits must exceed all others together to skip franc. */
const STOPWORD_DOMINANCE = 4;

// Each list has only words that are distinctive for its language. Shared ones ("de", "la", "no",
// "a", "para", "que", "en") are left out. So are the trade terms other languages borrow (see below).
const STOP_WORDS: Record<string, string> = {
  en: "the we you your our is are and of for with please pls plz this that what can will need would have has to it i my in at be send thanks thank hi hello dear how when an if by us they there which just maybe next we'll i'll can't don't also then not yet got any noted kindly regards could should did does was were from about these those much many now yes sure sorry still already thx ty btw gonna wanna only received arrived broken damaged missing pieces shipped delivered",
  es: 'el los las del por una con necesitamos precio precios gracias hola cuánto cuanto pero muy usted ustedes nosotros es y tiene ya buenos buenas días tienen tenemos lo hay qué cuál cual cuándo cuando saludos muchas mucho entonces también ahora mañana hoy cotización perfecto estoy están sí envío necesito nuestro nuestra nuestros su al piezas hasta después aquí bueno listo señor atentamente recibido acuerdo imagen xq dale multimedia llamada archivo adjunto pues porfa oye tenés podés querés sos che ahorita mi otro otra otros otras proveedor proveedores orden venga órale orale ándale andale chévere chevere todavía todavia alguien nadie conozco podamos sé decía presupuesto correo sin pagado pagada cuántos cuántas cuantas llegaron llegó faltan aseguro enero febrero marzo mayo junio julio septiembre setiembre octubre noviembre diciembre',
  pt: 'você vocês não obrigado obrigada olá preço fatura faturas nós também muito uma com das são é ao pode gostaria bom boa tudo bem então fechado estoque têm pelo pela nosso nossa agora hoje amanhã ainda sim isso qual quanto em orçamento cotação segue precisamos peças até já aguardo atenciosamente abraço tá vou estou temos fazer essa esse recebido recebi anotado combinado perfeito ótimo otimo imagem ocultada beleza blz vlw valeu obg obgd vc vcs tb tbm pra né aí nao voce tambem entao nas num numa um outro outra outros outras fornecedor fornecedores duas mídia oculta figurinha mensagem apagada chamada achei certo ficou às só mesmo mas fica ficar fecho fechou tenho pro dá comprovante amostra endereço segunda-feira terça-feira quarta-feira quinta-feira sexta-feira oi opa passado passada subiu subiram aumentou aumentaram baixou baixaram quantos quantas novo nova veio foi tava estava caixa caixas talvez metade preciso precisamos kd cadê uns umas mds janeiro fevereiro março maio junho julho setembro outubro novembro dezembro puder possível possivel',
  fr: 'le les des du est et pour avec nous vous merci bonjour prix une sur pas je il dans cette sont pouvez votre notre bonne journée oui demain ça très aussi au aux chez alors déjà été être veuillez cordialement salut commande livraison devis délai quel quelle où qui avons avez sommes êtes bonsoir ici peut peux faire noté accord reçu recu entendu parfait mrc bjr jsp absente chef dac stp svp bcp envoyé manqué omis médias fichier depuis mon ma ta tes leur mettez même ci-joint ci-jointe ci-joints ci-jointes jamais nickel coucou janvier février avril juin juillet août septembre octobre novembre décembre moi toi laissez',
};

/**
 * English trade words that other languages borrow ("el delivery", "o best
 * price"). They vote for English at half weight: enough to keep a terse
 * English line ("Delivery FOB Xiamen, arrival ASAP") from the slow franc path,
 * too little to outvote the grammar words of a Spanish or French message.
 */
const BORROWED_ENGLISH = 'price prices quote quotation order orders delivery arrival shipment payment confirmed sample samples best';
const BORROWED_WEIGHT = 0.5;

/** Stop word → language and vote weight; the lists share no word, so one map covers all. */
const STOP_WORD_LANGUAGE = new Map<string, { code: string; weight: number }>([
  ...Object.entries(STOP_WORDS).flatMap(([code, words]) => words.split(' ').map((word): [string, { code: string; weight: number }] => [word, { code, weight: 1 }])),
  ...BORROWED_ENGLISH.split(' ').map((word): [string, { code: string; weight: number }] => [word, { code: 'en', weight: BORROWED_WEIGHT }]),
]);

/**
 * Arabic written in Latin letters (Arabizi): chat words of the Gulf, Levant,
 * Egypt and the Maghreb that no other language here uses, and words with the
 * digits that stand for Arabic letters ("se3r", "ba3ad", "7alan"). Both vote
 * for Arabic. Words that French or Spanish chat borrow ("yalla", "safi",
 * "ya", "salam") do not vote.
 */
const ARABIZI_WORDS = new Set(
  'akhoi akhi khoya khouya wach chhal bghina bghit dyal dial kayn kayna bade bidde baddi mish msh mesh shway shwaya shwayya tamam ktir kteer yaani heik hek hada hadi hadchi lazem lazim bukra bokra mafi marhaba ahlan afak enta inta nafs keda kida ezzay ezay leh kam emta mumkin tayeb tayyib mashi mushkila mushkil elli illi yalli badna bidna baddna wain wein fein feen shu shou shino shlon kifak izzay zay lesa lissa lessa khalas mafish ma3lesh maalesh gedan giddan jiddan awy barcha brcha bech youm yoom'.split(' '),
);
/** Courtesy words that English and French chat borrow ("ok habibi inshallah"), and Spanish "hala": half a vote each. */
const BORROWED_ARABIZI = new Set('habibi habibti wallah inshallah shukran hala'.split(' '));
/**
 * A lowercase word with a digit that stands for an Arabic letter: inside it
 * ("se3r"), after a vowel at its end ("ma3"), or at its start before a vowel
 * ("3ala"). Model names end in other ways ("gen2", "mk3").
 */
const ARABIZI_DIGIT_RE = /^(?:[a-z]+[2356789][a-z]+|[a-z]*[aeiou]3|[3579][aeiou][a-z]+)$/;
/**
 * Spanish stop words that Arabizi writes for the Arabic article ("el
 * shohna", "al sample"). They vote for Spanish only when the message has no
 * Arabizi word other than a borrowed courtesy word, so "tamam confirm el order, nafs el ashkal" stays Arabic.
 */
const ARABIZI_ARTICLES = new Set(['el', 'al']);
/** Arabizi words that decide a Latin-script message for Arabic when no Latin language has as many votes. */
const ARABIZI_DECISION_HITS = 2;
/** Confidence of an Arabic guess from fewer Arabizi words than that. */
const ARABIZI_GUESS_CONFIDENCE = 0.4;

/**
 * Words Spanish and Portuguese share and the other languages do not use
 * ("Claro.", "Entendido."). A message with no other vote is Spanish at low
 * confidence rather than English, and a conversation's other messages can
 * still make it Portuguese.
 */
const IBERIAN_SHARED = new Set([
  'claro', 'entendido', 'igualmente', 'está', 'caro', 'barato', 'pedido', 'pedidos', 'confirmado', 'confirmada', 'pago',
  'realizado', 'realizada', 'urgente', 'destino', 'acordado', 'ficha', 'técnica', 'tecnica', 'queremos',
]);
/** Confidence of a guess from an Iberian shared word alone. */
const IBERIAN_CONFIDENCE = 0.4;

/** Web and email addresses. Their parts ("maps", "location") are not words of the message. */
const ADDRESS_RE = /(?:https?:\/\/|www\.)[^\s<>"]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/giu;
/** Words besides an address that a label of a shared link or location has at most. */
const ADDRESS_LABEL_WORDS = 2;
/** Confidence of a guess from a label beside an address. */
const UNSURE_CONFIDENCE = 0.3;
/** A cheap check before the address scan: most messages have none of these. */
const ADDRESS_HINT_RE = /https?:|www\.|@/i;

/** Letters that only one of the Latin-script languages uses. */
const LETTER_LANGUAGE: [RegExp, string][] = [
  [/ñ/u, 'es'],
  [/[ãõ]/u, 'pt'],
  [/[èùœîûëï]/u, 'fr'],
];
/** French elision ("l'usine", "d'accord", "qu'il"): a very French word start. */
const ELISION_RE = /^(?:c|d|j|l|m|n|s|t|qu)'\p{L}/u;

/**
 * Articles and prepositions inside place and person names ("Rio de Janeiro",
 * "Los Angeles"). A capitalized run that starts with one is a name even at
 * the start of a sentence.
 */
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'la', 'le', 'les', 'los', 'las', 'el', 'al', 'di', 'du', 'des', 'san', 'santa', 'são', 'sao', 'saint', 'st', 'e', 'y']);

/** Spanish "¿" and "¡": a vote for Spanish. */
const INVERTED_MARKS_RE = /[¿¡]/;
/** A non-ASCII letter or an apostrophe: only then can `letterLanguage` find anything. */
const LETTER_HINT_RE = /[\u00c0-\u024f']/;

/** Marks the word scan takes in but that end no word: "ok." and "a/" end at the letter. */
const TRAILING_MARKS_RE = /[.'’\-/&]+$/u;
const WORD_SCAN_RE = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.\-/&]*|[.!?;:,¿¡،؟\n]/gu;

/**
 * The word tokens of a message and, for each, 1 when it starts a sentence:
 * at the start of the text, after punctuation and after a line break. No
 * object is built per word, because detection runs on every message.
 */
interface Words {
  tokens: DetectionToken[];
  sentenceStart: Uint8Array;
}

/**
 * Scratch buffers for the per-word flags, grown as needed and reused by every
 * call, so a message costs no typed-array allocation. Detection is
 * synchronous, so no two calls share them at once.
 */
let sentenceStartBuffer: Uint8Array = new Uint8Array(64);
let shapeBuffer: Uint8Array = new Uint8Array(64);
let voterBuffer: Uint8Array = new Uint8Array(64);

function scratch(buffer: Uint8Array, size: number): Uint8Array {
  return buffer.length >= size ? buffer : new Uint8Array(Math.max(size, buffer.length * 2));
}

/** Word shapes, one per word. */
const LOWER = 0;
const CAPITALIZED = 1;
const ALL_CAPS = 2;
const NUMBER = 3;
const ARABIC = 4;
const OTHER = 5;

/** Detects the language of a text; see `detectLanguageWithMethod` for how it was decided. */
export function detectLanguage(text: string, cueWords?: CueWordLanguage): LanguageGuess {
  const { code, confidence } = detectLanguageWithMethod(text, undefined, cueWords);
  return { code, confidence };
}

/**
 * Detects the language and reports the method: script, stop words, cue
 * words, franc or fallback. Callers that already tokenized the text with the
 * extract tokenizer may pass the tokens to skip a second scan. With
 * `cueWords`, a short line with no stop word goes to the only language whose
 * cue words it uses ("Cerramos.") before it falls back to English.
 */
export function detectLanguageWithMethod(text: string, tokens?: readonly DetectionToken[], cueWords?: CueWordLanguage): LanguageDetection {
  const words = tokens !== undefined && (tokens.length === 0 || tokens[0]?.raw !== undefined) ? wordsFromTokens(text, tokens) : scanWords(text);
  const detection = detectFromWords(text, words, cueWords);
  // The label of a shared location or link is in the phone's language ("Localização:", "موقع:"), not always the writer's.
  if (words.tokens.length <= ADDRESS_LABEL_WORDS && detection.confidence > UNSURE_CONFIDENCE && withoutAddresses(text) !== text) {
    return { ...detection, confidence: UNSURE_CONFIDENCE };
  }
  return detection;
}

function detectFromWords(text: string, words: Words, cueWords: CueWordLanguage | undefined): LanguageDetection {
  const evidence = collectEvidence(words, INVERTED_MARKS_RE.test(text), LETTER_HINT_RE.test(text));
  const { votes } = evidence;
  const latinVotes = votes.en + votes.es + votes.pt + votes.fr;
  if (evidence.arabicWords > 0 && evidence.arabicWords > latinVotes) {
    const share = evidence.arabicWords / (evidence.arabicWords + evidence.latinWords);
    return { code: 'ar', confidence: round(Math.min(0.95, 0.5 + 0.45 * share)), method: 'script' };
  }
  const topLatin = Math.max(votes.en, votes.es, votes.pt, votes.fr);
  if (evidence.arabiziWords > topLatin && (evidence.arabiziWords >= ARABIZI_DECISION_HITS || (evidence.arabiziDigits > 0 && topLatin === 0))) {
    return { code: 'ar', confidence: 0.6, method: 'stopwords' };
  }
  // One Arabizi word with no rival ("baddi 20 carton"), or a digit word tied with English ("ba3atli el catalogue please"),
  // gives an unsure Arabic guess that the sender's other messages can still overrule.
  if ((evidence.arabiziDistinct > 0 && topLatin === 0) || (evidence.arabiziDigits > 0 && evidence.arabiziWords >= topLatin)) {
    return { code: 'ar', confidence: ARABIZI_GUESS_CONFIDENCE, method: 'stopwords' };
  }
  if (evidence.letters < SHORT_TEXT_LETTERS) {
    return shortTextGuess(votes, evidence.iberian, () => cueWordVote(words, evidence.voters, cueWords));
  }
  const decided = decisiveVote(votes);
  if (decided !== null) {
    return { code: decided, confidence: 0.9, method: 'stopwords' };
  }
  // franc misreads short chat lines ("maybe next month, we'll see" as French),
  // so below MEDIUM_TEXT_LETTERS a stop-word vote from one language only decides.
  // Longer, a language with two or more hits and no rival still beats franc, which
  // reads Portuguese as Spanish when few of its words are distinctive.
  const single = singleLanguageVote(votes, evidence.letters < MEDIUM_TEXT_LETTERS ? 0 : SINGLE_LANGUAGE_HITS);
  if (single !== null) {
    return { code: single, confidence: 0.6, method: 'stopwords' };
  }
  // franc reads Spanish with a few Portuguese-looking words as Portuguese, and the reverse, so a clear
  // lead in stop words ("No podemos pagar por adelantado … 90 días") still decides.
  const leading = leadingVote(votes);
  if (leading !== null) {
    return { code: leading, confidence: 0.7, method: 'stopwords' };
  }
  const voterText = words.tokens.filter((_, i) => evidence.voters[i] === 1).map((t) => t.raw).join(' ');
  const ranked = francAll(voterText, { only: FRANC_ONLY });
  const top = ranked[0];
  const code = top === undefined ? undefined : FRANC_CODES[top[0]];
  if (code === undefined) {
    return shortTextGuess(votes, evidence.iberian, () => cueWordVote(words, evidence.voters, cueWords));
  }
  const runnerUp = ranked[1]?.[1] ?? 0;
  return { code, confidence: round(Math.min(0.99, 0.5 + (1 - runnerUp))), method: 'franc' };
}

function wordsFromTokens(text: string, tokens: readonly DetectionToken[]): Words {
  const blanked = withoutAddresses(text);
  const words: DetectionToken[] = [];
  sentenceStartBuffer = scratch(sentenceStartBuffer, tokens.length);
  const sentenceStart = sentenceStartBuffer;
  let boundary = true;
  let newline = text.indexOf('\n');
  for (const token of tokens) {
    const start = token.start ?? 0;
    if (newline >= 0 && newline < start) {
      boundary = true;
      newline = text.indexOf('\n', start);
    }
    if (token.kind === 'punct') {
      boundary = true;
    } else if (token.kind === 'word' && (blanked === text || blanked.charCodeAt(start) !== SPACE)) {
      sentenceStart[words.length] = boundary ? 1 : 0;
      words.push(token);
      boundary = false;
    }
  }
  return { tokens: words, sentenceStart };
}

/** Returns the text with web and email addresses blanked out, same length. */
function withoutAddresses(text: string): string {
  return ADDRESS_HINT_RE.test(text) ? text.replace(ADDRESS_RE, (address) => ' '.repeat(address.length)) : text;
}

function scanWords(text: string): Words {
  const words: DetectionToken[] = [];
  const starts: number[] = [];
  let boundary = true;
  for (const m of withoutAddresses(text).matchAll(WORD_SCAN_RE)) {
    const raw = m[0];
    if (raw.length === 1 && '.!?;:,¿¡،؟\n'.includes(raw)) {
      boundary = true;
      continue;
    }
    // The scan keeps inner dots and dashes ("n.º", "e-mail"), but a trailing one is punctuation.
    const word = raw.replace(TRAILING_MARKS_RE, '');
    words.push({ raw: word, norm: word.toLowerCase().replace(/’/g, "'") });
    starts.push(boundary ? 1 : 0);
    boundary = word.length < raw.length && raw.slice(word.length).includes('.');
  }
  return { tokens: words, sentenceStart: Uint8Array.from(starts) };
}

interface Evidence {
  votes: Record<'en' | 'es' | 'pt' | 'fr', number>;
  arabicWords: number;
  /** Latin-script words that vote: no code, number or name. */
  latinWords: number;
  /** Letters of the voting words. */
  letters: number;
  /** 1 for each word that voted (franc reads only these). */
  voters: Uint8Array;
  /** Votes of Arabic written in Latin letters (a borrowed courtesy word counts half). */
  arabiziWords: number;
  /** Words with a digit standing for an Arabic letter ("se3r"). */
  arabiziDigits: number;
  /** Arabizi words other than borrowed courtesy words ("baddi" and "se3r", not "habibi"). */
  arabiziDistinct: number;
  /** True when a word Spanish and Portuguese share voted ("Claro."). */
  iberian: boolean;
}

function collectEvidence(words: Words, invertedMarks: boolean, letterHints: boolean): Evidence {
  const votes = { en: 0, es: invertedMarks ? 1 : 0, pt: 0, fr: 0 };
  const count = words.tokens.length;
  const shapes = wordShapes(words.tokens);
  const voters = voterMask(words, shapes);
  let arabicWords = 0;
  let latinWords = 0;
  let letters = 0;
  let arabiziWords = 0;
  let arabiziDigits = 0;
  let arabiziDistinct = 0;
  let iberian = false;
  let articles = 0;
  for (let i = 0; i < count; i++) {
    if (shapes[i] === ARABIC) {
      arabicWords++;
    }
    const shape = shapes[i];
    if (shape === NUMBER) {
      if (isArabiziDigitWord(words.tokens[i] as DetectionToken)) {
        arabiziWords++;
        arabiziDigits++;
        arabiziDistinct++;
      }
    } else if (shape !== ARABIC) {
      const vote = arabiziWordVote((words.tokens[i] as DetectionToken).norm);
      arabiziWords += vote;
      arabiziDistinct += vote === 1 ? 1 : 0;
    }
    if (voters[i] === 0) {
      continue;
    }
    latinWords++;
    const token = words.tokens[i] as DetectionToken;
    letters += token.norm.length;
    const norm = token.norm;
    const stop =
      spanishClitic(norm, words.tokens[i + 1]) ??
      frenchY(norm, words.tokens[i - 1]) ??
      STOP_WORD_LANGUAGE.get(norm) ??
      chatWordLanguage(norm) ??
      hyphenPronoun(norm);
    if (stop !== undefined) {
      votes[stop.code as keyof typeof votes] += stop.weight;
      articles += ARABIZI_ARTICLES.has(norm) ? 1 : 0;
      continue;
    }
    iberian ||= IBERIAN_SHARED.has(norm);
    const code = letterHints ? letterLanguage(norm) : undefined;
    if (code !== undefined) {
      votes[code as keyof typeof votes] += 1;
    }
  }
  if (arabiziDistinct > 0) votes.es -= articles;
  return { votes, arabicWords, latinWords, letters, voters, arabiziWords, arabiziDigits, arabiziDistinct, iberian };
}

/**
 * Spanish first-person verbs that follow the pronoun "le" or "les" in a
 * reply ("Le confirmo", "Les envío"). French writes "le" before nouns, never
 * before these forms, and Portuguese uses "lhe".
 */
const CLITIC_VERBS = new Set(
  'confirmo envío envio escribo comento informo mando paso aviso llamo digo agradezco adjunto comparto pregunto cuento respondo contesto recuerdo reenvío reenvio solicito ruego compro vendo pago debo dejo doy tengo hago aseguro garantizo prometo explico recomiendo'.split(' '),
);
const SPANISH_VOTE = { code: 'es', weight: 1 };

/** Returns a Spanish vote for "le" or "les" before a verb of CLITIC_VERBS, else undefined. */
function spanishClitic(norm: string, next: DetectionToken | undefined): { code: string; weight: number } | undefined {
  return (norm === 'le' || norm === 'les') && next !== undefined && CLITIC_VERBS.has(next.norm) ? SPANISH_VOTE : undefined;
}

/**
 * Words after which "y" is the French pronoun ("Je vais y réfléchir", "il y
 * a", "Laissez-moi y penser"), not Spanish "and".
 */
const FRENCH_Y_BEFORE = new Set('je il elle on vais va allons allez vont pense penserai réfléchirai réfléchis n j'.split(' '));
const FRENCH_VOTE = { code: 'fr', weight: 1 };

/** Returns a French vote for "y" after a French pronoun or verb, else undefined. */
function frenchY(norm: string, previous: DetectionToken | undefined): { code: string; weight: number } | undefined {
  if (norm !== 'y' || previous === undefined) return undefined;
  const before = previous.norm;
  return FRENCH_Y_BEFORE.has(before) || hyphenPronoun(before)?.code === 'fr' ? FRENCH_VOTE : undefined;
}

/**
 * Pronouns joined to a verb by a hyphen: French "laissez-moi", "envoyez-nous",
 * Portuguese "envie-me", "mande-nos". Spanish joins them with no hyphen.
 * Pronouns both write ("-le", "-la", "-les") vote for neither.
 */
const HYPHEN_PRONOUNS = new Map<string, { code: string; weight: number }>([
  ...'moi toi nous vous lui leur y en'.split(' ').map((w): [string, { code: string; weight: number }] => [w, FRENCH_VOTE]),
  ...'me nos lhe lhes lo los se'.split(' ').map((w): [string, { code: string; weight: number }] => [w, { code: 'pt', weight: 1 }]),
]);

/** Returns the vote of a verb with a hyphenated pronoun, else undefined. */
function hyphenPronoun(norm: string): { code: string; weight: number } | undefined {
  const hyphen = norm.lastIndexOf('-');
  return hyphen > 1 ? HYPHEN_PRONOUNS.get(norm.slice(hyphen + 1)) : undefined;
}

/** Returns the Arabizi vote of a word without digits: 1, 0.5 for a borrowed courtesy word, or 0. */
function arabiziWordVote(norm: string): number {
  if (ARABIZI_WORDS.has(norm)) {
    return 1;
  }
  return BORROWED_ARABIZI.has(norm) ? 0.5 : 0;
}

/**
 * Returns true for a lowercase word with one digit standing for an Arabic
 * letter. It needs four characters unless a vowel comes before a final 3
 * ("ma3"), so codes such as "b2b" and "m3" do not count.
 */
function isArabiziDigitWord(token: DetectionToken): boolean {
  const { norm } = token;
  const long = norm.length >= 4 || /[aeiou]3$/.test(norm);
  return long && token.raw === norm && ARABIZI_DIGIT_RE.test(norm) && norm.replace(/[a-z]/g, '').length === 1;
}

/** Laughter spelled the way one language's chat spells it: "kkkk" and "rsrs" (pt), "jajaja" and "jsjs" (es), "mdr" (fr). */
const LAUGHTER: [RegExp, string][] = [
  [/^(?:k{3,}|(?:rs){2,})$/u, 'pt'],
  [/^(?:j?(?:aj){2,}a?|(?:js){2,}j?)$/u, 'es'],
  [/^mdr+$/u, 'fr'],
];
/** A letter written three or more times in a row ("merciii", "valeuuu"). */
const ELONGATION_RE = /(\p{L})\1{2,}/gu;

/**
 * Votes of a chat word missing from the stop-word lists: a spelling with a
 * stretched letter ("Merciiii" is "merci") or a laugh.
 */
function chatWordLanguage(norm: string): { code: string; weight: number } | undefined {
  const first = norm.charAt(0);
  if (first === 'k' || first === 'r' || first === 'j' || first === 'm') {
    for (const [re, code] of LAUGHTER) {
      if (re.test(norm)) {
        return { code, weight: 1 };
      }
    }
  }
  // Most words have no letter three times in a row, so this check saves the replace.
  return hasTripledCharacter(norm) ? STOP_WORD_LANGUAGE.get(norm.replace(ELONGATION_RE, '$1')) : undefined;
}

function hasTripledCharacter(norm: string): boolean {
  for (let i = 2; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === norm.charCodeAt(i - 1) && c === norm.charCodeAt(i - 2)) {
      return true;
    }
  }
  return false;
}

function letterLanguage(norm: string): string | undefined {
  if (!hasNonAsciiOrApostrophe(norm)) {
    return undefined;
  }
  if (ELISION_RE.test(norm)) {
    return 'fr';
  }
  for (const [re, code] of LETTER_LANGUAGE) {
    if (re.test(norm)) {
      return code;
    }
  }
  return undefined;
}

function hasNonAsciiOrApostrophe(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 0x80 || c === 39) {
      return true;
    }
  }
  return false;
}

function wordShapes(tokens: readonly DetectionToken[]): Uint8Array {
  shapeBuffer = scratch(shapeBuffer, tokens.length);
  const shapes = shapeBuffer;
  for (let i = 0; i < tokens.length; i++) {
    shapes[i] = wordShape((tokens[i] as DetectionToken).raw ?? '');
  }
  return shapes;
}

/** Classifies a word in one pass over its characters. */
function wordShape(raw: string): number {
  const first = raw.charCodeAt(0);
  if (isArabicScript(first) && !(first >= 0x0660 && first <= 0x0669) && !(first >= 0x06f0 && first <= 0x06f9)) {
    return hasDigit(raw) ? NUMBER : ARABIC;
  }
  if (!isLetter(first)) {
    return isDigitCode(first) ? NUMBER : OTHER;
  }
  const upperFirst = isUpper(raw, 0);
  let lowerAfter = false;
  for (let i = 1; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isDigitCode(c)) {
      return NUMBER;
    }
    if (!lowerAfter && (c < 0x80 ? c >= 97 && c <= 122 : raw.charAt(i) !== raw.charAt(i).toUpperCase())) {
      lowerAfter = true;
    }
  }
  if (!upperFirst || raw.length < 2) {
    return LOWER;
  }
  return lowerAfter ? CAPITALIZED : ALL_CAPS;
}

/**
 * Marks the Latin-script words that vote (1). Codes in capitals (when the
 * message also has lowercase words), words with digits and proper names do
 * not. A name is a capitalized word inside a sentence, or a run of two or
 * more capitalized words (particles such as "de" may sit between them). At a
 * sentence start the first word of a run still votes ("Hola Juan"), unless
 * it is a particle ("Los Angeles"). In a message written all in Title Case
 * from its first word on, nothing is a name.
 */
function voterMask(words: Words, shapes: Uint8Array): Uint8Array {
  const count = words.tokens.length;
  voterBuffer = scratch(voterBuffer, count);
  const voters = voterBuffer;
  voters.fill(0, 0, count);

  let latin = 0;
  let capitalized = 0;
  let lowercase = false;
  let firstWordStarts = false;
  for (let i = 0; i < count; i++) {
    const shape = shapes[i];
    if (shape === LOWER || shape === CAPITALIZED || shape === ALL_CAPS) {
      voters[i] = 1;
    }
    // Codes in capitals do not decide whether the message is in Title Case.
    if (shape === LOWER || shape === CAPITALIZED) {
      firstWordStarts ||= latin === 0 && words.sentenceStart[i] === 1;
      latin++;
      capitalized += shape === CAPITALIZED ? 1 : 0;
      // A one-letter capital ("O", "A", "I") is no sign that the message has lowercase words.
      lowercase ||= shape === LOWER && !isUpper((words.tokens[i] as DetectionToken).raw ?? '', 0);
    }
  }

  for (let i = 0; i < count; i++) {
    if (shapes[i] === ALL_CAPS && lowercase) {
      voters[i] = 0;
    }
  }

  // Title Case: every word capitalized, from a sentence start on ("Muchas Gracias", not "CIF Los Angeles").
  const titleCase = latin >= 2 && capitalized === latin && firstWordStarts;
  if (!titleCase) {
    silenceNames(words, shapes, voters, count);
  }
  return voters;
}

function silenceNames(words: Words, shapes: Uint8Array, voters: Uint8Array, count: number): void {
  const starts = words.sentenceStart;
  let i = 0;
  while (i < count) {
    if (shapes[i] !== CAPITALIZED) {
      i++;
      continue;
    }
    // Extend the run over capitalized words, and over particles followed by a capitalized word.
    let end = i + 1;
    let members = 1;
    while (end < count && starts[end] === 0) {
      if (shapes[end] === CAPITALIZED) {
        members++;
        end++;
      } else if (NAME_PARTICLES.has((words.tokens[end] as DetectionToken).norm) && end + 1 < count && shapes[end + 1] === CAPITALIZED && starts[end + 1] === 0) {
        end++;
      } else {
        break;
      }
    }
    const atStart = starts[i] === 1;
    if (members >= 2) {
      const firstVotes = atStart && !NAME_PARTICLES.has((words.tokens[i] as DetectionToken).norm);
      voters.fill(0, firstVotes ? i + 1 : i, end);
    } else if (!atStart) {
      voters[i] = 0;
    }
    i = end;
  }
}

function isUpper(raw: string, i: number): boolean {
  const c = raw.charCodeAt(i);
  if (c < 0x80) {
    return c >= 65 && c <= 90;
  }
  const ch = raw.charAt(i);
  return ch !== ch.toLowerCase();
}

function hasDigit(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    if (isDigitCode(raw.charCodeAt(i))) {
      return true;
    }
  }
  return false;
}

/** True for an ASCII, Arabic-Indic or Persian digit. */
function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

function isArabicScript(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || isArabicScript(c);
}

/**
 * Returns the language when it has enough stop-word hits and clearly more than
 * all others together (a French port name in an English email stays English).
 */
function decisiveVote(votes: Record<string, number>): string | null {
  let top: string | null = null;
  let topVotes = 0;
  let total = 0;
  for (const code in votes) {
    const n = votes[code] ?? 0;
    total += n;
    if (n > topVotes) {
      top = code;
      topVotes = n;
    }
  }
  const others = total - topVotes;
  return topVotes >= STOPWORD_DECISION_HITS && topVotes >= STOPWORD_DOMINANCE * others ? top : null;
}

/** Returns the language with at least LEADING_HITS stop-word hits and LEADING_RATIO times the runner-up's, otherwise null. */
function leadingVote(votes: Record<string, number>): string | null {
  const [top, second] = Object.entries(votes).sort((a, b) => b[1] - a[1]);
  if (top === undefined || second === undefined) return null;
  return top[1] >= LEADING_HITS && top[1] >= LEADING_RATIO * second[1] ? top[0] : null;
}

/** Returns the only language with stop-word hits if it has at least `minimum` of them, otherwise null. */
function singleLanguageVote(votes: Record<string, number>, minimum: number): string | null {
  let found: string | null = null;
  for (const code in votes) {
    if ((votes[code] ?? 0) > 0) {
      if (found !== null) {
        return null;
      }
      found = code;
    }
  }
  return found !== null && (votes[found] ?? 0) >= minimum ? found : null;
}

const SPACE = 0x20;

/** Confidence of a guess from cue words alone: the sender's other messages can still overrule it. */
const CUE_WORD_CONFIDENCE = 0.4;

/** Returns the language most voting words belong to by `cueWords`, undefined when none or tied. */
function cueWordVote(words: Words, voters: Uint8Array, cueWords: CueWordLanguage | undefined): string | undefined {
  if (cueWords === undefined) return undefined;
  const counts = new Map<string, number>();
  for (let i = 0; i < words.tokens.length; i++) {
    if (voters[i] === 0) continue;
    for (const code of cueWordCodes((words.tokens[i] as DetectionToken).norm, cueWords)) {
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return top !== undefined && (second === undefined || top[1] > second[1]) ? top[0] : undefined;
}

/**
 * Returns the cue-word languages of one word: of the word itself, of its
 * spelling with a stretched letter shortened ("cerraaamos"), or of each part
 * of a hyphenated word ("segunda-feira").
 */
function cueWordCodes(norm: string, cueWords: CueWordLanguage): string[] {
  const whole = cueWords(norm) ?? (hasTripledCharacter(norm) ? cueWords(norm.replace(ELONGATION_RE, '$1')) : undefined);
  if (whole !== undefined) return [whole];
  if (!norm.includes('-')) return [];
  return norm.split('-').flatMap((part) => cueWords(part) ?? []);
}

/** Returns a guess for text too short for franc. `cueWordCode` runs only when no stop word voted. */
function shortTextGuess(votes: Record<string, number>, iberian: boolean, cueWordCode: () => string | undefined): LanguageDetection {
  let best = 'en';
  let bestVotes = 0;
  for (const [code, n] of Object.entries(votes)) {
    if (n > bestVotes) {
      best = code;
      bestVotes = n;
    }
  }
  if (bestVotes > 0) {
    return { code: best, confidence: 0.5, method: 'stopwords' };
  }
  const cueWordGuess = cueWordCode();
  if (cueWordGuess !== undefined) {
    return { code: cueWordGuess, confidence: CUE_WORD_CONFIDENCE, method: 'cue-words' };
  }
  return iberian ? { code: 'es', confidence: IBERIAN_CONFIDENCE, method: 'stopwords' } : { code: 'en', confidence: 0.3, method: 'fallback' };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
