/** Currency symbols and ISO 4217 codes as written in trade messages. */

/** Symbols → ISO 4217; the longer prefixed dollar forms must be tried before "$". */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  // "U$S" and "u$s" are how Argentina and Uruguay write the US dollar.
  'US$': 'USD', USD$: 'USD', 'U$S': 'USD', 'u$s': 'USD', 'U$s': 'USD', 'A$': 'AUD', 'AU$': 'AUD', 'C$': 'CAD', 'CA$': 'CAD', 'S$': 'SGD',
  'HK$': 'HKD', 'NT$': 'TWD', 'NZ$': 'NZD', 'R$': 'BRL', 'MX$': 'MXN', $: 'USD', '€': 'EUR', '£': 'GBP',
  // NOTE: "¥" is both yuan and yen; exporters quoting to buyers mostly mean yuan, so it maps to CNY.
  '¥': 'CNY', '￥': 'CNY', '₹': 'INR', '₩': 'KRW', '₺': 'TRY', '₽': 'RUB', '₦': 'NGN', '₫': 'VND', '฿': 'THB',
  '₱': 'PHP', '﷼': 'SAR',
};

/** Codes matched in capitals only ("TRY" and "PHP" are also ordinary words in lowercase). */
export const CURRENCY_CODES = [
  'USD', 'EUR', 'GBP', 'CNY', 'RMB', 'JPY', 'AED', 'SAR', 'QAR', 'KWD', 'OMR', 'BHD', 'EGP', 'JOD', 'INR',
  'PKR', 'TRY', 'BRL', 'MXN', 'CAD', 'AUD', 'SGD', 'HKD', 'MYR', 'THB', 'VND', 'IDR', 'PHP', 'KRW', 'ZAR',
  'NGN', 'KES', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'RUB', 'MAD', 'DZD', 'TND', 'COP', 'CLP', 'PEN', 'ARS',
];

/** Codes that are also accepted in lowercase or capitalized ("usd", "Usd"). */
export const LOWERCASE_SAFE_CODES = ['USD', 'EUR', 'GBP', 'RMB', 'AED', 'CNY', 'INR', 'SGD', 'HKD', 'AUD'];

/** Written codes that are not ISO 4217 → the ISO code. */
export const CODE_ALIASES: Record<string, string> = { RMB: 'CNY' };
