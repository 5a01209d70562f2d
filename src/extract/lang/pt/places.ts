/**
 * Country and city names as Portuguese speakers write them (lowercase) → ISO
 * 3166-1 alpha-2: the Portuguese-speaking markets first, then the trading
 * partners they name most. `index.ts` adds the unaccented spellings.
 * NOTE: "Porto" (Portugal), "Beira" (Mozambique), "Praia" (Cabo Verde) and
 * "Vitória" (Brazil) are left out because they are also common words.
 */
export const PT_PLACES: Record<string, string> = {
  // Brazil
  brasil: 'BR', 'são paulo': 'BR', 'rio de janeiro': 'BR', santos: 'BR', paranaguá: 'BR', itajaí: 'BR', navegantes: 'BR',
  itapoá: 'BR', 'rio grande': 'BR', suape: 'BR', pecém: 'BR', manaus: 'BR', recife: 'BR', salvador: 'BR', fortaleza: 'BR',
  'belo horizonte': 'BR', curitiba: 'BR', 'porto alegre': 'BR', brasília: 'BR', campinas: 'BR', joinville: 'BR',
  goiânia: 'BR', belém: 'BR', 'são luís': 'BR', florianópolis: 'BR', 'ribeirão preto': 'BR', sorocaba: 'BR',
  // Portugal
  portugal: 'PT', lisboa: 'PT', leixões: 'PT', sines: 'PT', setúbal: 'PT', aveiro: 'PT', braga: 'PT', coimbra: 'PT',
  'vila nova de gaia': 'PT', funchal: 'PT', 'ponta delgada': 'PT',
  // Angola
  angola: 'AO', luanda: 'AO', lobito: 'AO', benguela: 'AO', huambo: 'AO', cabinda: 'AO', namibe: 'AO', lubango: 'AO',
  // Mozambique
  moçambique: 'MZ', maputo: 'MZ', nacala: 'MZ', nampula: 'MZ', quelimane: 'MZ', tete: 'MZ', matola: 'MZ', pemba: 'MZ',
  // other Portuguese-speaking countries
  'cabo verde': 'CV', mindelo: 'CV', 'guiné-bissau': 'GW', bissau: 'GW', 'são tomé e príncipe': 'ST', 'são tomé': 'ST',
  'timor-leste': 'TL', díli: 'TL', macau: 'MO',
  // trading partners
  china: 'CN', xangai: 'CN', shanghai: 'CN', cantão: 'CN', guangzhou: 'CN', shenzhen: 'CN', ningbo: 'CN', yiwu: 'CN',
  pequim: 'CN', 'hong kong': 'HK', taiwan: 'TW', índia: 'IN', mumbai: 'IN', japão: 'JP', 'coreia do sul': 'KR',
  coreia: 'KR', vietnã: 'VN', vietname: 'VN', vietnam: 'VN', tailândia: 'TH', malásia: 'MY', singapura: 'SG',
  indonésia: 'ID', turquia: 'TR', istambul: 'TR', 'emirados árabes unidos': 'AE', 'emirados árabes': 'AE', emirados: 'AE',
  dubai: 'AE', 'arábia saudita': 'SA', paquistão: 'PK', bangladesh: 'BD', 'estados unidos': 'US', eua: 'US',
  canadá: 'CA', méxico: 'MX', argentina: 'AR', 'buenos aires': 'AR', chile: 'CL', uruguai: 'UY', montevidéu: 'UY',
  paraguai: 'PY', bolívia: 'BO', peru: 'PE', colômbia: 'CO', venezuela: 'VE', equador: 'EC', alemanha: 'DE',
  hamburgo: 'DE', espanha: 'ES', madri: 'ES', madrid: 'ES', barcelona: 'ES', frança: 'FR', paris: 'FR', itália: 'IT',
  milão: 'IT', holanda: 'NL', 'países baixos': 'NL', roterdã: 'NL', roterdão: 'NL', bélgica: 'BE', antuérpia: 'BE',
  'reino unido': 'GB', inglaterra: 'GB', londres: 'GB', polônia: 'PL', polónia: 'PL', rússia: 'RU', 'áfrica do sul': 'ZA',
  joanesburgo: 'ZA', durban: 'ZA', namíbia: 'NA', nigéria: 'NG', gana: 'GH', marrocos: 'MA', egito: 'EG', egipto: 'EG',
  israel: 'IL',
};
