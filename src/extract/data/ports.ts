/**
 * Major container ports (lowercase name → display name and ISO country).
 * Names are the usual English forms; they are proper names and stay the
 * same in most languages' trade messages.
 */
export interface PortInfo {
  name: string;
  country: string;
}

const PORT_LIST: [name: string, country: string][] = [
  ['Shanghai', 'CN'], ['Ningbo', 'CN'], ['Ningbo-Zhoushan', 'CN'], ['Shenzhen', 'CN'], ['Yantian', 'CN'], ['Shekou', 'CN'],
  ['Guangzhou', 'CN'], ['Nansha', 'CN'], ['Qingdao', 'CN'], ['Tianjin', 'CN'], ['Xiamen', 'CN'], ['Dalian', 'CN'],
  ['Hong Kong', 'HK'], ['Kaohsiung', 'TW'], ['Busan', 'KR'], ['Tokyo', 'JP'], ['Yokohama', 'JP'], ['Singapore', 'SG'],
  ['Port Klang', 'MY'], ['Tanjung Pelepas', 'MY'], ['Laem Chabang', 'TH'], ['Haiphong', 'VN'], ['Cat Lai', 'VN'],
  ['Tanjung Priok', 'ID'], ['Manila', 'PH'], ['Jebel Ali', 'AE'], ['Khalifa Port', 'AE'], ['Dammam', 'SA'],
  ['Jeddah', 'SA'], ['Hamad', 'QA'], ['Shuwaikh', 'KW'], ['Sohar', 'OM'], ['Salalah', 'OM'], ['Umm Qasr', 'IQ'],
  ['Bandar Abbas', 'IR'], ['Aqaba', 'JO'], ['Port Said', 'EG'], ['Alexandria', 'EG'], ['Sokhna', 'EG'],
  ['Mersin', 'TR'], ['Ambarli', 'TR'], ['Karachi', 'PK'], ['Port Qasim', 'PK'], ['Mundra', 'IN'], ['Nhava Sheva', 'IN'],
  ['Chennai', 'IN'], ['Colombo', 'LK'], ['Chittagong', 'BD'], ['Rotterdam', 'NL'], ['Antwerp', 'BE'], ['Hamburg', 'DE'],
  ['Bremerhaven', 'DE'], ['Felixstowe', 'GB'], ['Southampton', 'GB'], ['Le Havre', 'FR'], ['Marseille', 'FR'],
  ['Valencia', 'ES'], ['Algeciras', 'ES'], ['Barcelona', 'ES'], ['Genoa', 'IT'], ['Piraeus', 'GR'], ['Gdansk', 'PL'],
  ['Los Angeles', 'US'], ['Long Beach', 'US'], ['Savannah', 'US'], ['Houston', 'US'], ['New York', 'US'],
  ['Vancouver', 'CA'], ['Santos', 'BR'], ['Manzanillo', 'MX'], ['Callao', 'PE'], ['Cartagena', 'CO'],
  ['San Antonio', 'CL'], ['Durban', 'ZA'], ['Mombasa', 'KE'], ['Apapa', 'NG'], ['Tema', 'GH'], ['Casablanca', 'MA'],
  ['Tanger Med', 'MA'], ['Melbourne', 'AU'], ['Sydney', 'AU'],
];

/** Ports keyed by lowercase name. */
export const PORTS: Map<string, PortInfo> = new Map(PORT_LIST.map(([name, country]) => [name.toLowerCase(), { name, country }]));
