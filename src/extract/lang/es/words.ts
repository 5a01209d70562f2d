/**
 * Spanish word families that many cues share, as phrase-pattern alternations
 * (`a|b|c`). Tokens keep their accents, so each word is listed with and
 * without them: buyers on phones often drop accents ("cotizacion", "envien").
 * Verb lists hold the forms buyers use to ask: usted/ustedes and tú/vos
 * imperatives with attached pronouns, infinitives and "can you" forms.
 */

/** Joins whitespace-separated words into one pattern element (`a|b|c`). */
function alternatives(words: string): string {
  return words.trim().split(/\s+/).join('|');
}

/**
 * "Send", "share", "pass me", "tell me" as a request, in the usted/ustedes, tú/vos and Spain's vosotros
 * forms ("enviadnos", "mandad"), and Colombia's "regáleme" ("give me") and "me colabora con" ("help me with").
 * Past tenses are left out: "nos enviaron" reports, it does not ask.
 */
export const SEND = alternatives(`
  envíe envie envíen envien envíenos envienos envíeme envieme envíenme envienme envíennos enviennos
  envía envia envíame enviame envíanos envianos enviar enviarnos enviarme enviarían enviarian enviaría enviaria
  envían envian envías envias envíes envies enviad enviadnos enviadme enviéis envieis
  mande manden mándenos mandenos mándeme mandeme mándenme mandenme mándame mandame mándanos mandanos
  mandan mandar mandarnos mandarme mandas mandás mandarían mandarian mandad mandadnos mandadme mandéis mandeis
  pase pasen pásenos pasenos pásame pasame pasanos pásanos pasar pasarnos pasarme pasás pasas pasad pasadnos pasadme
  comparten compartan compártanos compartanos comparta compártame compartame compartir compartirnos compartid compartidnos
  facilite faciliten facilítenos facilitenos facilitar facilitarnos facilitad facilitadnos
  proporcione proporcionen proporciónenos proporcionenos proporcionar proporcionarnos
  remita remitan remítanos remitanos remitir remitirnos remitid remitidnos
  indique indiquen indíquenos indiquenos indicar indicarnos indicad indicadnos
  dar darme darnos dame danos dénos denos deme denme dadnos
  dime díganme diganme dígame digame decirme decirnos digas digan díganos diganos decidme decidnos
  regáleme regaleme regálenme regalenme regálame regalame regálenos regalenos regalarme regalarnos regala regalan regalas regalás
  colabora colaboran colaborarme colaborarnos
`);

/** "We need", "I request", "we would like": the verbs that open a request for a document, price or sample. */
export const NEED = alternatives(`
  necesito necesitamos necesitaría necesitaria necesitaríamos necesitariamos ocupo ocupamos
  requiero requerimos solicito solicitamos solicitar
  quiero queremos quisiera quisiéramos quisieramos deseamos
  pedía pedia pedíamos pediamos
  gustaría gustaria interesa interesaría interesaria
  agradecería agradeceria agradeceríamos agradeceriamos agradeceré agradecere agradeceremos
  busco buscamos buscando
`);

/**
 * Nouns for a quotation or price sheet. "Presupuesto" is the usual word for a quote in Spain.
 * "Costos" is left out: "necesitamos bajar costos" is about the buyer's own costs.
 */
export const QUOTE = alternatives(`
  cotización cotizacion cotizaciones presupuesto presupuestos oferta ofertas precio precios tarifa tarifas
`);

/** Verb forms that ask a supplier to quote ("cotícenos", "favor de cotizar", "me cotizas"). */
export const QUOTE_VERB = alternatives(`
  cotizar cotizarnos cotizarme cotice coticen cotícenos coticenos cotíceme coticeme
  cotiza cotízame cotizame cotízanos cotizanos cotizas cotizás cotizarían cotizarian cotizaría cotizaria
`);

/** Forms of "attach" and "here we send" that introduce a document the buyer supplies. */
export const ATTACH = alternatives(`
  adjunto adjunta adjuntos adjuntas adjuntamos adjunté adjunte adjuntando anexo anexamos anexa
  envío envio enviamos mando mandamos encontrará encontrara encontrarán encontraran
`);

/** "Can you" forms of poder, for "can you do 9.50?" and "can you produce …?". */
export const CAN_YOU = alternatives(`
  puede pueden podría podria podrían podrian podrías podrias puedes podés podes podéis podeis podríais podriais
`);

/** Nouns for a supplier: "el proveedor anterior", "otra fábrica". */
export const SUPPLIER = alternatives(`
  proveedor proveedores fábrica fabrica fábricas fabricas fabricante fabricantes
  vendedor vendedores empresa empresas distribuidor distribuidores
`);

/** Certificate words and the codes buyers in Spanish-speaking markets ask for. */
export const CERTIFICATE = alternatives(`
  certificado certificados certificación certificacion certificaciones homologación homologacion
  registro registros ce fda iso rohs ul reach nom invima cofepris anmat digemid halal etl fcc sgs saso gcc
`);

/** Payment words that an objection to the payment terms is about. */
export const PAYMENT = alternatives(`
  anticipo adelanto depósito deposito prepago enganche l/c lc carta t/t tt transferencia
  condiciones términos terminos
`);

/** Intensifiers in front of an adjective ("muy alto", "re caro", "súper lento"). */
export const VERY = alternatives(`
  muy demasiado bastante tan súper super re algo medio excesivamente sumamente
`);
