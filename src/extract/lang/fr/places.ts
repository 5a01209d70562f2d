/**
 * French names of countries and large trading cities (lowercase) → ISO 3166-1
 * alpha-2, weighted to French-speaking markets: France, Belgium, Switzerland,
 * Quebec, the Maghreb and West and Central Africa, plus the usual sourcing
 * countries. Names that are also common words or other places ("Laval",
 * "Nice", "Canton", a bare "Congo") are left out. Unaccented spellings are
 * added by `spellingKeys`.
 */
import { spellingKeys } from './spelling.js';

export const FR_PLACES: Record<string, string> = spellingKeys({
  // France, Belgium, Switzerland, Luxembourg, Canada
  france: 'FR', paris: 'FR', lyon: 'FR', marseille: 'FR', lille: 'FR', toulouse: 'FR', bordeaux: 'FR', nantes: 'FR',
  strasbourg: 'FR', 'le havre': 'FR', rouen: 'FR', rungis: 'FR', 'fos-sur-mer': 'FR', montpellier: 'FR', rennes: 'FR',
  belgique: 'BE', bruxelles: 'BE', anvers: 'BE', liège: 'BE', charleroi: 'BE', gand: 'BE', namur: 'BE', zeebrugge: 'BE',
  suisse: 'CH', genève: 'CH', lausanne: 'CH', zurich: 'CH', bâle: 'CH', berne: 'CH', luxembourg: 'LU',
  canada: 'CA', québec: 'CA', montréal: 'CA', gatineau: 'CA', sherbrooke: 'CA',
  // Maghreb
  maroc: 'MA', casablanca: 'MA', rabat: 'MA', tanger: 'MA', 'tanger med': 'MA', marrakech: 'MA', fès: 'MA', agadir: 'MA',
  kénitra: 'MA', oujda: 'MA', meknès: 'MA', algérie: 'DZ', alger: 'DZ', oran: 'DZ', constantine: 'DZ', annaba: 'DZ',
  sétif: 'DZ', béjaïa: 'DZ', blida: 'DZ', tunisie: 'TN', tunis: 'TN', sfax: 'TN', sousse: 'TN', bizerte: 'TN',
  radès: 'TN', mauritanie: 'MR', nouakchott: 'MR', libye: 'LY', tripoli: 'LY',
  // West and Central Africa, Indian Ocean
  sénégal: 'SN', dakar: 'SN', thiès: 'SN', "côte d'ivoire": 'CI', "côte-d'ivoire": 'CI', abidjan: 'CI', bouaké: 'CI',
  'san-pédro': 'CI', yamoussoukro: 'CI', mali: 'ML', bamako: 'ML', 'burkina faso': 'BF', burkina: 'BF',
  ouagadougou: 'BF', niamey: 'NE', guinée: 'GN', conakry: 'GN', bénin: 'BJ', cotonou: 'BJ', togo: 'TG', lomé: 'TG',
  cameroun: 'CM', douala: 'CM', yaoundé: 'CM', gabon: 'GA', libreville: 'GA', brazzaville: 'CG', 'pointe-noire': 'CG',
  rdc: 'CD', kinshasa: 'CD', tchad: 'TD', "n'djamena": 'TD', djibouti: 'DJ', madagascar: 'MG', antananarivo: 'MG',
  tamatave: 'MG', toamasina: 'MG', 'la réunion': 'RE', maurice: 'MU', 'île maurice': 'MU', haïti: 'HT',
  'port-au-prince': 'HT', 'nouvelle-calédonie': 'NC', martinique: 'MQ', guadeloupe: 'GP',
  // Middle East
  liban: 'LB', beyrouth: 'LB', 'émirats arabes unis': 'AE', émirats: 'AE', eau: 'AE', dubaï: 'AE', dubai: 'AE',
  'abou dhabi': 'AE', 'abu dhabi': 'AE', 'jebel ali': 'AE', 'arabie saoudite': 'SA', riyad: 'SA', djeddah: 'SA',
  qatar: 'QA', doha: 'QA', koweït: 'KW', égypte: 'EG', 'le caire': 'EG', alexandrie: 'EG', jordanie: 'JO', irak: 'IQ',
  turquie: 'TR', istanbul: 'TR',
  // sourcing countries and other large markets
  chine: 'CN', shanghai: 'CN', shenzhen: 'CN', ningbo: 'CN', yiwu: 'CN', pékin: 'CN', qingdao: 'CN', guangzhou: 'CN',
  xiamen: 'CN', 'hong kong': 'HK', inde: 'IN', bombay: 'IN', mumbai: 'IN', vietnam: 'VN', 'viêt nam': 'VN', thaïlande: 'TH',
  malaisie: 'MY', indonésie: 'ID', japon: 'JP', 'corée du sud': 'KR', corée: 'KR', bangladesh: 'BD', pakistan: 'PK',
  espagne: 'ES', madrid: 'ES', barcelone: 'ES', italie: 'IT', milan: 'IT', allemagne: 'DE', hambourg: 'DE',
  'pays-bas': 'NL', 'pays bas': 'NL', rotterdam: 'NL', amsterdam: 'NL', portugal: 'PT', lisbonne: 'PT',
  'royaume-uni': 'GB', 'royaume uni': 'GB', angleterre: 'GB', londres: 'GB', pologne: 'PL', russie: 'RU',
  'états-unis': 'US', usa: 'US', mexique: 'MX', brésil: 'BR', nigeria: 'NG', nigéria: 'NG', ghana: 'GH', kenya: 'KE',
  'afrique du sud': 'ZA',
});
