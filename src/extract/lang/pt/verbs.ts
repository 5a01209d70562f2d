/**
 * Verb forms shared by several Portuguese cue families, as phrase-pattern
 * alternatives. Brazilian buyers address the seller as "você"/"vocês" and
 * write the imperative in the subjunctive ("envie", "mande"). Portuguese and
 * African buyers also use enclitics ("envie-nos", "enviem-me"). Request forms
 * are listed one by one so that a report in the past tense ("enviamos o
 * desenho") does not read as a request.
 */

/** Send, share or pass on, as a request: "envie", "mande", "me passa", "encaminhem-nos". */
export const SEND = [
  'envie|enviem|enviar|envia|enviaria|enviariam|envie-me|envie-nos|enviem-me|enviem-nos|enviar-me|enviar-nos|envia-me|envia-nos',
  'mande|mandem|mandar|manda|mandaria|mandariam|mande-me|mande-nos|mandem-me|mandem-nos|manda-me',
  'encaminhe|encaminhem|encaminhar|encaminha|compartilhe|compartilhem|compartilhar|partilhe|partilhem|partilhar',
  'disponibilize|disponibilizem|disponibilizar|forneça|forneçam|fornecer|fornece',
  'passa|passe|passem|passar|passa-me|passe-me|passem-me|passe-nos|passem-nos',
].join('|');

/** Ask for or wait for: "preciso", "gostaria de receber", "aguardo", "solicito". */
export const WANT =
  'preciso|precisamos|precisava|precisávamos|necessito|necessitamos|quero|queremos|queria|queríamos|gostaria|gostaríamos|solicito|solicitamos|solicitar|aguardo|aguardamos|aguardando|favor|receber';

/** Ask whether the seller can: "pode", "podem", "poderia", "consegue", "vocês conseguem". */
export const CAN_YOU = 'pode|podem|poderia|poderiam|podes|consegue|conseguem|conseguiria|conseguiriam|dá|daria';

/** Price and quote nouns. "orçamento" is the usual Brazilian word for a quote. */
export const PRICE_NOUNS = 'preço|preços|valor|valores|cotação|cotações|orçamento|orçamentos|proposta|propostas|oferta|ofertas';

/** Sample nouns. */
export const SAMPLE_NOUNS = 'amostra|amostras|amostrinha|sample|samples';

/**
 * Paid, transferred or sent, as buyers report a payment: "pagamos", "transferimos", "fiz o pix".
 * The participles "pago"/"paga" are left out because "a gente paga o sinal amanhã" is a promise.
 */
export const PAID =
  'paguei|pagamos|pagou|pagaram|transferi|transferimos|transferido|transferida|efetuado|efetuada|efetuamos|efetuei|realizado|realizada|realizamos|realizei|feito|feita|fiz|fizemos|enviado|enviada|enviei|enviamos|liquidado|liquidada|quitado|quitada|quitamos|depositado|depositada|depositei|depositamos';
