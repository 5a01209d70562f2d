/**
 * Spanish names (lowercase, with and without accents) of countries and large
 * trading cities → ISO 3166-1 alpha-2. City names shared by several
 * countries ("Valencia", "Córdoba", "Santiago", "San José", "Mérida") are
 * left out unless one reading dominates in trade, and so are names that are
 * also common words or surnames ("usa" is a verb, "cuba" a vat, "Mendoza" a surname).
 */
export const ES_PLACES: Record<string, string> = {
  // Spain
  españa: 'ES', espana: 'ES', madrid: 'ES', barcelona: 'ES', sevilla: 'ES', bilbao: 'ES', zaragoza: 'ES',
  málaga: 'ES', malaga: 'ES', algeciras: 'ES', vigo: 'ES', 'las palmas': 'ES',
  // Mexico
  méxico: 'MX', mexico: 'MX', méjico: 'MX', cdmx: 'MX', 'ciudad de méxico': 'MX', 'ciudad de mexico': 'MX',
  guadalajara: 'MX', monterrey: 'MX', puebla: 'MX', tijuana: 'MX', querétaro: 'MX', queretaro: 'MX',
  manzanillo: 'MX', veracruz: 'MX', 'lázaro cárdenas': 'MX', 'lazaro cardenas': 'MX', 'ciudad juárez': 'MX',
  'ciudad juarez': 'MX', altamira: 'MX',
  // Colombia
  colombia: 'CO', bogotá: 'CO', bogota: 'CO', medellín: 'CO', medellin: 'CO', cali: 'CO', barranquilla: 'CO',
  cartagena: 'CO', buenaventura: 'CO', bucaramanga: 'CO', 'santa marta': 'CO',
  // Argentina, Chile, Peru and the rest of South America
  argentina: 'AR', 'buenos aires': 'AR', rosario: 'AR',
  chile: 'CL', 'santiago de chile': 'CL', valparaíso: 'CL', valparaiso: 'CL', antofagasta: 'CL', iquique: 'CL',
  perú: 'PE', peru: 'PE', lima: 'PE', callao: 'PE', arequipa: 'PE', paita: 'PE',
  ecuador: 'EC', quito: 'EC', guayaquil: 'EC', venezuela: 'VE', caracas: 'VE', maracaibo: 'VE',
  uruguay: 'UY', montevideo: 'UY', paraguay: 'PY', asunción: 'PY', asuncion: 'PY',
  bolivia: 'BO', 'la paz': 'BO', cochabamba: 'BO', brasil: 'BR', 'são paulo': 'BR', 'sao paulo': 'BR',
  // Central America and the Caribbean
  guatemala: 'GT', 'el salvador': 'SV', 'san salvador': 'SV', honduras: 'HN', tegucigalpa: 'HN',
  'san pedro sula': 'HN', nicaragua: 'NI', managua: 'NI', 'costa rica': 'CR', panamá: 'PA', panama: 'PA',
  'república dominicana': 'DO', 'republica dominicana': 'DO', 'santo domingo': 'DO', 'la habana': 'CU',
  'puerto rico': 'PR',
  // Supplier and partner countries as Spanish buyers write them
  china: 'CN', shanghái: 'CN', shanghai: 'CN', cantón: 'CN', canton: 'CN', ningbo: 'CN', shenzhen: 'CN', yiwu: 'CN', guangzhou: 'CN', qingdao: 'CN', xiamen: 'CN',
  'estados unidos': 'US', eeuu: 'US', 'ee.uu': 'US', miami: 'US', houston: 'US',
  canadá: 'CA', canada: 'CA', alemania: 'DE', hamburgo: 'DE', francia: 'FR', italia: 'IT', portugal: 'PT',
  'reino unido': 'GB', inglaterra: 'GB', 'países bajos': 'NL', 'paises bajos': 'NL', holanda: 'NL', róterdam: 'NL',
  rotterdam: 'NL', bélgica: 'BE', belgica: 'BE', amberes: 'BE', turquía: 'TR', turquia: 'TR', estambul: 'TR',
  india: 'IN', japón: 'JP', japon: 'JP', 'corea del sur': 'KR', corea: 'KR', taiwán: 'TW', taiwan: 'TW',
  vietnam: 'VN', tailandia: 'TH', malasia: 'MY', indonesia: 'ID', singapur: 'SG', 'hong kong': 'HK',
  'emiratos árabes unidos': 'AE', 'emiratos arabes unidos': 'AE', emiratos: 'AE', dubái: 'AE', dubai: 'AE',
  'arabia saudita': 'SA', 'arabia saudí': 'SA', 'arabia saudi': 'SA', marruecos: 'MA', egipto: 'EG',
  sudáfrica: 'ZA', sudafrica: 'ZA', rusia: 'RU', polonia: 'PL',
};
