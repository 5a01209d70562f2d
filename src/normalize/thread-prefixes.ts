/**
 * Reply and forward subject prefixes that localized mail clients write, by
 * language (ISO 639-1). Matching ignores case and allows counters
 * ("Re[2]:", "Re^2:"), so only the word itself is listed.
 */
export const SUBJECT_PREFIXES_BY_LANGUAGE: Record<string, readonly string[]> = {
  en: ['re', 'fw', 'fwd'],
  de: ['aw', 'wg', 'antwort', 'weitergeleitet'],
  nl: ['antw', 'doorst', 'fw'],
  fr: ['tr', 'réf', 'ref', 'rép', 'transf'],
  es: ['rv', 'reenviar'],
  pt: ['res', 'enc', 'rv'],
  it: ['r', 'rif', 'i', 'inoltro'],
  sv: ['sv', 'vb', 'vs'],
  no: ['sv', 'vs', 'vb'],
  da: ['sv', 'vs', 'vid'],
  fi: ['vs', 'vl', 'vast'],
  is: ['svar', 'áfram'],
  pl: ['odp', 'pd', 'prześlij'],
  cs: ['odp', 'pře', 'přep'],
  sk: ['odp', 'pre'],
  hu: ['vá', 'továbbítás'],
  tr: ['ynt', 'ilt', 'yanıt'],
  ro: ['răspuns', 'redirecționat'],
  id: ['bls', 'trs', 'balas'],
  ru: ['отв', 'пер', 'ответ', 'пересл'],
  uk: ['відп', 'пересл'],
  el: ['σχετ', 'πρθ', 'απ', 'πρώτ'],
  he: ['השב', 'הועבר', 'תשובה'],
  ar: ['رد', 'إعادة توجيه', 'توجيه', 'اعادة توجيه'],
  fa: ['پاسخ', 'هدایت'],
  zh: ['回复', '答复', '转发', '回覆', '轉寄', '轉發'],
  ja: ['返信', '転送', 're'],
  ko: ['회신', '전달', '답장'],
  vi: ['tl', 'trả lời', 'chuyển tiếp'],
  th: ['ตอบกลับ', 'ส่งต่อ'],
};
