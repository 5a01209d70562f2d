/**
 * System notices that WhatsApp writes as if a person had sent them: deleted
 * messages, the end-to-end encryption notice, security-code changes and
 * missed calls. Notices without an author, and iOS notices marked with
 * U+200E or U+200F, are recognized by their form instead (see
 * `classifyChatBody`). This list catches the ones Android writes after an
 * author name, which carry no mark. Phrases are those of the sample exports'
 * languages, and missed calls in Spanish, Portuguese, French, Czech, Dutch,
 * German and Italian.
 */
const AUTHORED_NOTICES: RegExp[] = [
  /^(?:this message was deleted|you deleted this message)\.?$/i,
  /^messages (?:and calls are|you send to this (?:group|chat) are now secured with) end-to-end encrypt/i,
  /^your security code with .+ changed/i,
  /^missed (?:voice|video|group voice|group video) call/i,
  /^(?:llamada (?:de voz |de video |grupal )?perdida|videollamada (?:grupal )?perdida)/i,
  /^chamada (?:de voz |de vídeo |em grupo )?perdida/i,
  /^appel (?:vocal |vidéo |de groupe )?manqué/i,
  /^(?:diese nachricht wurde gelöscht|du hast diese nachricht gelöscht)\.?$/i,
  /^(?:данное сообщение удалено|вы удалили данное сообщение)\.?$/i,
  /^(?:tato zpráva byla (?:smazána|odstraněna)|tuto zprávu jste (?:smazal|odstranil)\/a)\.?$/i,
  /^zmeškaný (?:hlasový |skupinový )?(?:video)?hovor/i,
  /^zprávy a hovory jsou (?:zabezpečeny|opatřeny) koncovým šifrováním/i,
  /^(?:dit bericht is verwijderd|(?:je|u) hebt dit bericht verwijderd)\.?$/i,
  /^gemiste (?:spraak|video|groeps)(?:oproep|gesprek)/i,
  /^berichten en oproepen worden end-to-end versleuteld/i,
  /^verpasster (?:sprach|video|gruppen)anruf/i,
  /^chiamata (?:vocale |video |di gruppo )?persa/i,
  /^(?:ce message a été supprimé|vous avez supprimé ce message)\.?$/i,
  /^(?:se eliminó este mensaje|eliminaste este mensaje)\.?$/i,
  /^(?:esta mensagem foi apagada|apagou esta mensagem)\.?$/i,
  /^(?:questo messaggio è stato eliminato|hai eliminato questo messaggio)\.?$/i,
];

/** Returns true for a known system notice written after an author name. */
export function isAuthoredNotice(text: string): boolean {
  const trimmed = text.trim();
  return AUTHORED_NOTICES.some((pattern) => pattern.test(trimmed));
}
