/**
 * Major container ports (lowercase name → display name and ISO country).
 * Names are the usual forms in trade messages, with spellings without
 * accents as aliases ("Paranagua" for "Paranaguá"). A name that another
 * language writes differently has a row of its own ("Alger", "Algiers"),
 * so the value stays the name the buyer wrote.
 */
export interface PortInfo {
  name: string;
  country: string;
  /**
   * True when the name is also a common word (Spanish and Portuguese "tema"
   * is "topic", "santos" is "saints"): it counts only when written with a capital.
   */
  capitalized?: boolean;
}

type PortRow = [name: string, country: string, ...aliases: string[]];

const PORT_LIST: PortRow[] = [
  ['Shanghai', 'CN'], ['Ningbo', 'CN'], ['Ningbo-Zhoushan', 'CN'], ['Shenzhen', 'CN'], ['Yantian', 'CN'], ['Shekou', 'CN'],
  ['Guangzhou', 'CN'], ['Nansha', 'CN'], ['Qingdao', 'CN'], ['Tianjin', 'CN'], ['Xiamen', 'CN'], ['Dalian', 'CN'],
  ['Hong Kong', 'HK'], ['Kaohsiung', 'TW'], ['Busan', 'KR'], ['Tokyo', 'JP'], ['Yokohama', 'JP'], ['Singapore', 'SG'],
  ['Port Klang', 'MY'], ['Tanjung Pelepas', 'MY'], ['Laem Chabang', 'TH'], ['Haiphong', 'VN'], ['Cat Lai', 'VN'],
  ['Tanjung Priok', 'ID'], ['Manila', 'PH'], ['Jebel Ali', 'AE'], ['Khalifa Port', 'AE'], ['Dammam', 'SA'],
  ['Jeddah', 'SA'], ['Jubail', 'SA'], ['King Abdulaziz Port', 'SA'], ['Hamad', 'QA'], ['Shuwaikh', 'KW'], ['Sohar', 'OM'],
  ['Salalah', 'OM'], ['Umm Qasr', 'IQ'], ['Bandar Abbas', 'IR'], ['Aqaba', 'JO'], ['Port Said', 'EG'], ['Alexandria', 'EG'],
  ['Sokhna', 'EG'], ['Damietta', 'EG'], ['Beirut', 'LB'], ['Latakia', 'SY'], ['Hodeidah', 'YE'], ['Aden', 'YE'],
  ['Mersin', 'TR'], ['Ambarli', 'TR'], ['Karachi', 'PK'], ['Port Qasim', 'PK'], ['Mundra', 'IN'], ['Nhava Sheva', 'IN'],
  ['Chennai', 'IN'], ['Colombo', 'LK'], ['Chittagong', 'BD'], ['Rotterdam', 'NL'], ['Antwerp', 'BE'], ['Anvers', 'BE'], ['Amberes', 'BE'],
  ['Hamburg', 'DE'], ['Bremerhaven', 'DE'], ['Felixstowe', 'GB'], ['Southampton', 'GB'], ['Le Havre', 'FR'],
  ['Marseille', 'FR', 'Marseille-Fos', 'Fos-sur-Mer'], ['Valencia', 'ES'], ['Algeciras', 'ES'], ['Barcelona', 'ES'],
  ['Bilbao', 'ES'], ['Sines', 'PT'], ['Leixões', 'PT', 'Leixoes'], ['Lisbon', 'PT'], ['Lisboa', 'PT'], ['Genoa', 'IT'], ['Genova', 'IT'],
  ['Piraeus', 'GR'], ['Gdansk', 'PL'], ['Los Angeles', 'US'], ['Long Beach', 'US'], ['Savannah', 'US'], ['Houston', 'US'],
  ['New York', 'US'], ['Vancouver', 'CA'], ['Santos', 'BR'], ['Paranaguá', 'BR', 'Paranagua'], ['Itajaí', 'BR', 'Itajai'],
  ['Itapoá', 'BR', 'Itapoa'], ['Suape', 'BR'], ['Pecém', 'BR', 'Pecem'], ['Rio Grande', 'BR'], ['Manaus', 'BR'],
  ['Buenos Aires', 'AR'], ['Montevideo', 'UY'], ['Valparaíso', 'CL', 'Valparaiso'], ['San Antonio', 'CL'], ['Callao', 'PE'],
  ['Guayaquil', 'EC'], ['Buenaventura', 'CO'], ['Cartagena', 'CO'], ['Barranquilla', 'CO'], ['Manzanillo', 'MX'],
  ['Veracruz', 'MX'], ['Lázaro Cárdenas', 'MX', 'Lazaro Cardenas'], ['Altamira', 'MX'], ['Balboa', 'PA'],
  ['Durban', 'ZA'], ['Mombasa', 'KE'], ['Dar es Salaam', 'TZ'], ['Djibouti', 'DJ'], ['Apapa', 'NG'], ['Lagos', 'NG'],
  ['Tema', 'GH'], ['Lomé', 'TG', 'Lome'], ['Cotonou', 'BJ'], ['Abidjan', 'CI'], ['Dakar', 'SN'], ['Douala', 'CM'],
  ['Luanda', 'AO'], ['Maputo', 'MZ'], ['Casablanca', 'MA'], ['Tanger Med', 'MA'], ['Algiers', 'DZ'], ['Alger', 'DZ'], ['Argel', 'DZ'],
  ['Oran', 'DZ'], ['Djen Djen', 'DZ'], ['Béjaïa', 'DZ', 'Bejaia'], ['Radès', 'TN', 'Rades'], ['Melbourne', 'AU'], ['Sydney', 'AU'],
];

/** Names that are also common words in a language Parley reads; see `PortInfo.capitalized`. */
const COMMON_WORD_NAMES = new Set(['Santos', 'Tema', 'Lagos', 'Hamad', 'Balboa', 'Sines', 'Rio Grande', 'Buenaventura', 'Oran']);

/** Ports keyed by lowercase name and alias. */
export const PORTS: Map<string, PortInfo> = new Map(
  PORT_LIST.flatMap(([name, country, ...aliases]) => {
    const info: PortInfo = COMMON_WORD_NAMES.has(name) ? { name, country, capitalized: true } : { name, country };
    return [name, ...aliases].map((key): [string, PortInfo] => [key.toLowerCase(), info]);
  }),
);
