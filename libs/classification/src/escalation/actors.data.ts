/**
 * Armed groups by name. News names them without a tell-tale last word ("Hezbollah", "Taliban"),
 * so a short list is the only way to see them; groups with "Front", "Army", "Brigades",
 * "Resistance" … in their name are found by ACTOR_HEAD_WORDS instead.
 */
export const ARMED_GROUPS = [
  'Hezbollah', 'Kataib Hezbollah', 'Hamas', 'Taliban', 'Houthis', 'Houthi', 'Ansar Allah', 'al-Shabaab', 'al-Shabab',
  'Boko Haram', 'ISIS', 'ISIL', 'Islamic State', 'Daesh', 'al-Qaeda', 'al-Qaida', 'AQAP', 'PKK', 'YPG', 'SDF',
  'FARC', 'ELN', 'FMLN', 'Shining Path', 'Sendero Luminoso', 'Wagner', 'Wagner Group', 'IRGC', 'Revolutionary Guards',
  'Revolutionary Guard', 'Islamic Jihad', 'Hayat Tahrir al-Sham', 'HTS', 'Popular Mobilization Forces', 'PMF',
  'Islamic Resistance in Iraq', 'Nujaba', 'Harakat al-Nujaba', 'Asaib Ahl al-Haq', 'Lashkar-e-Taiba', 'Jaish-e-Mohammed',
  'Tehrik-i-Taliban', 'TTP', 'M23', 'ADF', 'JNIM', 'ISWAP', 'Fulani militia', 'Fatah', 'Polisario', 'ETA', 'IRA',
  'Naxalites', 'Maoists', 'Janjaweed', 'RSF', 'Rapid Support Forces', 'Tatmadaw', 'Arakan Army', 'Ambazonia',
  'Manuel Rodriguez Patriotic Front', 'Tupac Amaru', 'MRTA', 'Medellin cartel', 'Cali cartel', 'Zetas', 'Sinaloa cartel',
];

/**
 * al-Shabaab as American and some Kenyan news write it, without the article ("Shabab militants"):
 * with its noun, since "Shabab" alone is Arabic for youth and names clubs ("Shabab Rafah").
 */
const SHABAB_WITH_NOUN = ['Shabab militants', 'Shabab fighters', 'Shabab insurgents', 'Shabab extremists', 'Shabaab militants', 'Shabaab fighters', 'Shabaab insurgents'];

/**
 * Groups of ARMED_GROUP_HOMES whose attacks also strike a neighbour of their home, often in small
 * border towns: al-Shabaab's in Kenya's north-east and Lamu, Boko Haram's and ISWAP's around Lake
 * Chad, the ADF's in Uganda. A town of such a country is no stray in a story that names the group;
 * the group still gives its home where the story names no place.
 */
export const ARMED_GROUP_REACH: Readonly<Record<string, readonly string[]>> = {
  'al-Shabaab': ['KE'], 'al-Shabab': ['KE'], ...Object.fromEntries(SHABAB_WITH_NOUN.map((name) => [name, ['KE']])), 'Boko Haram': ['CM', 'NE', 'TD'], ISWAP: ['CM', 'NE', 'TD'],
  'Allied Democratic Forces': ['UG'], 'ADF rebels': ['UG'], 'ADF fighters': ['UG'], 'ADF militants': ['UG'],
  JNIM: ['ML', 'NE', 'BJ', 'TG'],
  'Islamic State in the Greater Sahara': ['ML', 'BF'], ISGS: ['ML', 'BF'], 'Islamic State Sahel Province': ['ML', 'BF'], ISSP: ['ML', 'BF'], 'IS Sahel': ['ML', 'BF'],
};

/**
 * The first-level units (ISO 3166-2) where most of the attacks of some ARMED_GROUP_HOMES groups
 * fall, in their home and the neighbours they strike: Boko Haram's in Borno, Yobe and Adamawa and
 * around Lake Chad, the ADF's in North Kivu and Ituri, Fano's in Amhara. A town named like towns
 * in other provinces of the country leans to these in a story that names the group
 * (`groupProvinceBonus`): Boko Haram's Mafa is in Borno, not Oyo. Only groups whose fighting is
 * concentrated in a few provinces are listed.
 */
export const ARMED_GROUP_PROVINCES: Readonly<Record<string, readonly string[]>> = {
  'Boko Haram': ['NG-BO', 'NG-YO', 'NG-AD', 'CM-EN', 'NE-2', 'TD-LC'], ISWAP: ['NG-BO', 'NG-YO', 'NG-AD', 'CM-EN', 'NE-2', 'TD-LC'],
  M23: ['CD-NK', 'CD-SK'], 'Allied Democratic Forces': ['CD-NK', 'CD-IT'], 'ADF rebels': ['CD-NK', 'CD-IT'], 'ADF fighters': ['CD-NK', 'CD-IT'],
  'ADF militants': ['CD-NK', 'CD-IT'], CODECO: ['CD-IT'], FRPI: ['CD-IT'], Twirwaneho: ['CD-SK'], FDLR: ['CD-NK'], Nyatura: ['CD-NK'],
  'Raia Mutomboki': ['CD-SK', 'CD-NK'], Wazalendo: ['CD-NK', 'CD-SK'],
  'Fano militia': ['ET-AM'], 'Fano militias': ['ET-AM'], 'Fano militiamen': ['ET-AM'], 'Fano fighters': ['ET-AM'], 'Fano forces': ['ET-AM'],
  'Oromo Liberation Army': ['ET-OR'], 'Oromo Liberation Front': ['ET-OR'], OLF: ['ET-OR'], TPLF: ['ET-TI'],
  'Amba fighters': ['CM-NW', 'CM-SW'], 'Amba boys': ['CM-NW', 'CM-SW'], 'Amba separatists': ['CM-NW', 'CM-SW'], Ambazonia: ['CM-NW', 'CM-SW'], Ambazonian: ['CM-NW', 'CM-SW'],
  'Arakan Army': ['MM-16', 'MM-14'], 'Kachin Independence Army': ['MM-11'], 'Kachin Independence Organization': ['MM-11'],
  TNLA: ['MM-17'], "Ta'ang National Liberation Army": ['MM-17'], MNDAA: ['MM-17'], KNDF: ['MM-12'], 'Chinland Defense Force': ['MM-14'],
  'Tehrik-i-Taliban': ['PK-KP'], 'Tehrik-e-Taliban': ['PK-KP'], 'Tehreek-e-Taliban': ['PK-KP'], TTP: ['PK-KP'], 'Hafiz Gul Bahadur': ['PK-KP'],
  'Baloch Liberation Army': ['PK-BA'],
  Naxalites: ['IN-CG', 'IN-JH', 'IN-OD', 'IN-MH'], Maoists: ['IN-CG', 'IN-JH', 'IN-OD', 'IN-MH'],
  'Mujahidin Indonesia Timur': ['ID-ST'], 'MIT militants': ['ID-ST'], 'MIT fighters': ['ID-ST'], 'District Reserve Guard': ['IN-CG'], 'DRG personnel': ['IN-CG'], 'DRG jawans': ['IN-CG'],
  'KIA fighters': ['MM-11'], 'KIA troops': ['MM-11'], 'KIA rebels': ['MM-11'], 'KIA soldiers': ['MM-11'], 'Arambai Tenggol': ['IN-MN'],
  'Comando Vermelho': ['BR-RJ'], 'Primeiro Comando da Capital': ['BR-SP'],
  'Los Tlacos': ['MX-GRO'], 'La Familia Michoacana': ['MX-GRO', 'MX-MEX', 'MX-MIC'], 'Familia Michoacana': ['MX-GRO', 'MX-MEX', 'MX-MIC'],
  'Carteles Unidos': ['MX-MIC'], 'Cartel del Noreste': ['MX-TAM', 'MX-NLE'], 'Gulf Cartel': ['MX-TAM'],
  'Clan del Golfo': ['CO-ANT', 'CO-CHO', 'CO-COR', 'CO-BOL'], 'Gulf Clan': ['CO-ANT', 'CO-CHO', 'CO-COR', 'CO-BOL'],
  'Estado Mayor Central': ['CO-CAU', 'CO-VAC', 'CO-GUV', 'CO-NAR'],
  Hezbollah: ['LB-NA', 'LB-JA', 'LB-BH', 'LB-BI'], Hamas: ['PS-GZA', 'PS-KYS', 'PS-RFH', 'PS-NGZ', 'PS-DEB'], 'Qassam Brigades': ['PS-GZA', 'PS-KYS', 'PS-RFH', 'PS-NGZ', 'PS-DEB'],
  'SDF fighters': ['SY-HA', 'SY-RA', 'SY-DY', 'SY-HL'], 'SDF forces': ['SY-HA', 'SY-RA', 'SY-DY', 'SY-HL'], 'Syrian Democratic Forces': ['SY-HA', 'SY-RA', 'SY-DY', 'SY-HL'],
  'White Army': ['SS-NU', 'SS-JG'], ...Object.fromEntries(['3R fighters', '3R rebels', '3R militia', '3R militiamen', '3R combatants', 'Return, Reclamation and Rehabilitation'].map((name) => [name, ['CF-OP', 'CF-NM', 'CF-HS']])),
  'Abu Sayyaf': ['PH-14'], BIFF: ['PH-14'], 'Dawlah Islamiyah': ['PH-14'], Maute: ['PH-14'], 'Barisan Revolusi Nasional': ['TH-94', 'TH-95', 'TH-96'],
  Lakurawa: ['NG-SO', 'NG-KE'], 'Katiba Macina': ['ML-5', 'ML-4'], 'Dan Na Ambassagou': ['ML-5'],
  '400 Mawozo': ['HT-OU'], 'Viv Ansanm': ['HT-OU'], 'Village de Dieu': ['HT-OU'], 'Gran Grif': ['HT-AR'], 'Los Choneros': ['EC-G', 'EC-M'],
  // Groups of one province (ARMED_GROUP_HOMES gives their country): Iran's Baloch insurgents, the
  // Karen forces of Kayin State, India's north-eastern and Kashmiri insurgents, Galguduud's Sufi
  // militia, Sinai's Islamic State branch, three Mexican cartels, Burkina Faso's Ansaroul Islam,
  // Nablus's Lions' Den, Cabo Delgado's insurgents.
  'Jaish al-Adl': ['IR-11'], 'Karen National Union': ['MM-13'], KNU: ['MM-13'], KNLA: ['MM-13'], 'Karen National Liberation Army': ['MM-13'],
  ULFA: ['IN-AS'], NDFB: ['IN-AS'], NSCN: ['IN-NL'], UNLF: ['IN-MN'], PREPAK: ['IN-MN'], 'Hizbul Mujahideen': ['IN-JK'], 'The Resistance Front': ['IN-JK'],
  "Ahlu Sunna Wal Jama'a": ['SO-GA'], 'Sinai Province': ['EG-SIN'], 'Wilayat Sinai': ['EG-SIN'], 'Guerreros Unidos': ['MX-GRO'],
  'Cartel de Santa Rosa de Lima': ['MX-GUA'], 'Los Viagras': ['MX-MIC'], 'Ansaroul Islam': ['BF-12'], 'Ansarul Islam': ['BF-12'], "Lions' Den": ['PS-NBS'],
  'Ansar al-Sunna': ['MZ-P'], 'Islamic State Mozambique': ['MZ-P'], 'Islamic State Mozambique Province': ['MZ-P'],
};

/**
 * The one country where each of these armed groups, national forces and peace missions acts (ISO
 * alpha-2). The geotagger counts a group named in a story once for that country's towns, as a
 * people named ("Malian soldiers"), and takes the country for a report that names the group but no
 * place the gazetteer holds ("al-Shabaab fighters stormed a post in <village>": the village is too
 * small for cities500, the story is still in Somalia; geo/armed-group-cues.ts). Only groups whose
 * attacks fall mostly in one country (Hezbollah's in Lebanon, Hamas's in Gaza); those active in
 * several (the PKK, ISIS, al-Qaeda, JNIM, Wagner, the IRGC) are left out, so no guess is made for
 * them, and so are names that mean
 * something else as often: acronyms (ADF: the Australian Defence Force; RSF: Reporters Without
 * Borders; SDF: Japan's Self-Defense Forces; SNA, SAF, BLA, KIA, PDF) and words that are towns too
 * (Fano, a militia in Ethiopia and a town in Italy).
 */
export const ARMED_GROUP_HOMES: Readonly<Record<string, string>> = {
  'Kataib Hezbollah': 'IQ', 'Popular Mobilization Forces': 'IQ', PMF: 'IQ', 'Islamic Resistance in Iraq': 'IQ', Nujaba: 'IQ',
  'Harakat al-Nujaba': 'IQ', 'Asaib Ahl al-Haq': 'IQ',
  Taliban: 'AF', 'Tehrik-i-Taliban': 'PK', TTP: 'PK', Houthis: 'YE', Houthi: 'YE', 'Ansar Allah': 'YE',
  'al-Shabaab': 'SO', 'al-Shabab': 'SO', ...Object.fromEntries(SHABAB_WITH_NOUN.map((name) => [name, 'SO'])), 'Boko Haram': 'NG', ISWAP: 'NG', M23: 'CD',
  'Hayat Tahrir al-Sham': 'SY', HTS: 'SY', YPG: 'SY',
  FARC: 'CO', ELN: 'CO', FMLN: 'SV', 'Shining Path': 'PE', 'Sendero Luminoso': 'PE', 'Tupac Amaru': 'PE', MRTA: 'PE',
  'Manuel Rodriguez Patriotic Front': 'CL', Janjaweed: 'SD', 'Rapid Support Forces': 'SD',
  Tatmadaw: 'MM', 'Arakan Army': 'MM', Ambazonia: 'CM', Ambazonian: 'CM', Naxalites: 'IN',
  AQAP: 'YE', 'Southern Transitional Council': 'YE', 'STC fighters': 'YE', 'STC forces': 'YE', 'Stability Support Apparatus': 'LY', CODECO: 'CD', 'Mai-Mai': 'CD', Wazalendo: 'CD', TPLF: 'ET',
  'Oromo Liberation Army': 'ET', 'SPLA-IO': 'SS', 'SPLM-IO': 'SS', Seleka: 'CF', 'anti-Balaka': 'CF', Ansaru: 'NG', IPOB: 'NG',
  'Eastern Security Network': 'NG', Lakurawa: 'NG', 'Abu Sayyaf': 'PH', "New People's Army": 'PH',
  'Bangsamoro Islamic Freedom Fighters': 'PH', 'Baloch Liberation Army': 'PK', 'Kachin Independence Army': 'MM',
  'Karen National Union': 'MM', "Ta'ang National Liberation Army": 'MM', 'Syrian National Army': 'SY', 'Jaish al-Adl': 'IR',
  'Sinaloa cartel': 'MX', 'Jalisco New Generation Cartel': 'MX', CJNG: 'MX', Zetas: 'MX', 'Gulf Clan': 'CO', 'Clan del Golfo': 'CO',
  '400 Mawozo': 'HT', 'Viv Ansanm': 'HT',
  // The principal armed groups of each conflict that fight in one country. Acronyms other bodies
  // share are left out or written with the noun that makes them the group: "ADF" is also the
  // Australian Defence Force, "RSF" also Reporters Without Borders, "SDF" Japan's forces, "NPA",
  // "MILF", "UPC", "OLA", "BIR", "LNA" other bodies or words. ("Maoists" fight in India and are a
  // party in Nepal: listed below for India, whose Maoists are the ones violent news reports.)
  'Islamic State Khorasan': 'AF', ISKP: 'AF', 'IS-K': 'AF', 'ISIS-K': 'AF', 'National Resistance Front': 'AF',
  'Tehrik-e-Taliban': 'PK', 'Tehreek-e-Taliban': 'PK', 'Jamaat-ul-Ahrar': 'PK', 'Lashkar-e-Jhangvi': 'PK', 'Hafiz Gul Bahadur': 'PK', 'Frontier Corps': 'PK',
  CRPF: 'IN', 'District Reserve Guard': 'IN', 'Arambai Tenggol': 'IN', ULFA: 'IN', 'Hizbul Mujahideen': 'IN',
  "People's Defence Force": 'MM', "People's Defense Force": 'MM', KNLA: 'MM', 'Karen National Liberation Army': 'MM', MNDAA: 'MM', TNLA: 'MM',
  KNDF: 'MM', 'Chinland Defense Force': 'MM', KNU: 'MM', 'Kachin Independence Organization': 'MM', 'Three Brotherhood Alliance': 'MM',
  'State Administration Council': 'MM',
  'Jaysh al-Islam': 'SY', 'Ahrar al-Sham': 'SY', 'Hurras al-Din': 'SY', 'Kataib Sayyid al-Shuhada': 'IQ',
  Hamas: 'PS', 'Qassam Brigades': 'PS', 'al-Qassam Brigades': 'PS', "Lions' Den": 'PS', Hezbollah: 'LB', 'Amal Movement': 'LB',
  // Settlers' attacks are on Palestinian villages of the West Bank: "Israeli settlers torched cars in Duma".
  'Israeli settlers': 'PS', 'Jewish settlers': 'PS',
  'Giants Brigades': 'YE', 'Security Belt': 'YE', Macawisley: 'SO', "Ma'awisley": 'SO', Danab: 'SO', KDF: 'KE',
  'Oromo Liberation Front': 'ET', OLF: 'ET',
  'RSF fighters': 'SD', 'RSF forces': 'SD', 'RSF militia': 'SD', 'RSF militias': 'SD', 'RSF troops': 'SD', 'RSF paramilitaries': 'SD', 'RSF soldiers': 'SD',
  'RSF drone': 'SD', 'RSF drones': 'SD', 'SPLM-N': 'SD', 'Justice and Equality Movement': 'SD',
  // Like "RSF fighters": Syria's SDF with its noun (alone, SDF is also Japan's Self-Defense Forces),
  // and Ethiopia's Fano with its noun (alone, Fano is also a town in Italy).
  'SDF fighters': 'SY', 'SDF forces': 'SY', 'SDF militia': 'SY', 'SDF militias': 'SY', 'SDF troops': 'SY', 'Syrian Democratic Forces': 'SY',
  'Fano militia': 'ET', 'Fano militias': 'ET', 'Fano militiamen': 'ET', 'Fano fighters': 'ET', 'Fano forces': 'ET',
  'White Army': 'SS', SSPDF: 'SS', SPLA: 'SS',
  FACA: 'CF', 'Azande Ani Kpi Gbe': 'CF', FPRC: 'CF', 'Coalition of Patriots for Change': 'CF',
  // The Central African Republic's 3R (Return, Reclamation, Rehabilitation), with its noun.
  '3R fighters': 'CF', '3R rebels': 'CF', '3R militia': 'CF', '3R militiamen': 'CF', '3R combatants': 'CF', 'Return, Reclamation and Rehabilitation': 'CF',
  'Allied Democratic Forces': 'CD', 'ADF rebels': 'CD', 'ADF fighters': 'CD', 'ADF militants': 'CD', Twirwaneho: 'CD', 'Raia Mutomboki': 'CD', Nyatura: 'CD',
  FDLR: 'CD', Mobondo: 'CD', FRPI: 'CD',
  CJTF: 'NG', 'Civilian JTF': 'NG', Amotekun: 'NG', 'Ebube Agu': 'NG', NSCDC: 'NG', 'Operation Hadin Kai': 'NG', Mahmuda: 'NG',
  'Amba fighters': 'CM', 'Amba boys': 'CM', 'Amba separatists': 'CM',
  // JNIM fights across the Sahel; most of its attacks since 2022 are in Burkina Faso (ARMED_GROUP_REACH).
  JNIM: 'BF',
  // The Islamic State's Sahel branch (the ISGS until 2022) strikes mostly in Niger's Tillabéri and
  // Tahoua, and across the borders in Mali's Ménaka and Gao and Burkina Faso's Sahel (ARMED_GROUP_REACH).
  'Islamic State in the Greater Sahara': 'NE', ISGS: 'NE', 'Islamic State Sahel Province': 'NE', ISSP: 'NE', 'IS Sahel': 'NE',
  'Katiba Macina': 'ML', 'Dan Na Ambassagou': 'ML', 'CSP-DPA': 'ML', 'Ansarul Islam': 'BF', Koglweogo: 'BF',
  FADM: 'MZ', Naparama: 'MZ', Renamo: 'MZ', 'Ansar al-Sunna': 'MZ', 'Islamic State Mozambique': 'MZ', 'Islamic State Mozambique Province': 'MZ',
  'Segunda Marquetalia': 'CO', 'Estado Mayor Central': 'CO', 'Autodefensas Gaitanistas': 'CO',
  'La Familia Michoacana': 'MX', 'Familia Michoacana': 'MX', 'Los Tlacos': 'MX', 'Carteles Unidos': 'MX', 'Los Chapitos': 'MX', 'Cartel del Noreste': 'MX', 'Gulf Cartel': 'MX',
  'Gran Grif': 'HT', 'Village de Dieu': 'HT', 'Kraze Baryè': 'HT', PNH: 'HT',
  BIFF: 'PH', 'Dawlah Islamiyah': 'PH', Maute: 'PH', 'Moro Islamic Liberation Front': 'PH',
  'Barisan Revolusi Nasional': 'TH', UPDF: 'UG', Imbonerakure: 'BI', 'Los Choneros': 'EC', 'Comando Vermelho': 'BR', 'Primeiro Comando da Capital': 'BR',
  // A country's own forces and the peace missions posted in one country. (Not Israel's: most news
  // of the IDF places it in Gaza, the West Bank, Lebanon or Syria.)
  FAMa: 'ML', 'Malian Armed Forces': 'ML', FARDC: 'CD', Peshmerga: 'IQ',
  'Hashd al-Shaabi': 'IQ', ENDF: 'ET', 'Sudanese Armed Forces': 'SD', 'Somali National Army': 'SO', VDP: 'BF',
  MINUSMA: 'ML', MONUSCO: 'CD', MINUSCA: 'CF', UNMISS: 'SS', UNIFIL: 'LB', AMISOM: 'SO', ATMIS: 'SO', UNAMID: 'SD',
  UNAMA: 'AF', UNSMIL: 'LY', MINUSTAH: 'HT',
  // More groups of one country each, and acronyms other bodies share written with the noun that
  // makes them the group (as "RSF fighters" above): Myanmar's PDF and KIA, the Philippines' NPA and
  // MILF, Ethiopia's OLA, India's DRG. (Not ARSA: it fights in Myanmar and in Bangladesh's camps.)
  'Kuki-Chin National Front': 'BD', KNF: 'BD', TPNPB: 'ID', 'Free Papua Movement': 'ID', 'West Papua National Liberation Army': 'ID',
  'Mujahidin Indonesia Timur': 'ID', 'MIT militants': 'ID', 'MIT fighters': 'ID', 'Chin National Front': 'MM',
  "Paraguayan People's Army": 'PY', 'EPP guerrillas': 'PY', 'EPP rebels': 'PY', 'EPP fighters': 'PY',
  Maoists: 'IN',
  'PDF fighters': 'MM', 'PDF forces': 'MM', 'PDF troops': 'MM', 'PDF members': 'MM', 'PDF militia': 'MM',
  'KIA fighters': 'MM', 'KIA troops': 'MM', 'KIA rebels': 'MM', 'KIA soldiers': 'MM', 'DRG personnel': 'IN', 'DRG jawans': 'IN',
  'NPA rebels': 'PH', 'NPA guerrillas': 'PH', 'NPA fighters': 'PH', 'CPP-NPA': 'PH', 'MILF rebels': 'PH', 'MILF fighters': 'PH',
  'OLA fighters': 'ET', 'OLA rebels': 'ET', 'OLA militants': 'ET', 'OLF-Shene': 'ET', 'Tigray Defence Forces': 'ET', 'Tigray Defense Forces': 'ET',
  'Baloch Liberation Front': 'PK', 'Balochistan Liberation Army': 'PK', 'Majeed Brigade': 'PK', 'Lashkar-e-Islam': 'PK',
  'CPI (Maoist)': 'IN', Naxal: 'IN', Naxals: 'IN', PLGA: 'IN', 'The Resistance Front': 'IN', UNLF: 'IN', PREPAK: 'IN', NSCN: 'IN', NDFB: 'IN',
  'Ahlu Sunna Wal Jama\'a': 'SO', 'Ansaroul Islam': 'BF', 'Yan Sa Kai': 'NG', 'FACT rebels': 'TD', 'Red-Tabara': 'BI',
  '5 Segonn': 'HT', 'Grand Ravine gang': 'HT', 'Los Tiguerones': 'EC', 'Chone Killers': 'EC',
  'Los Viagras': 'MX', 'Guerreros Unidos': 'MX', 'Cartel de Santa Rosa de Lima': 'MX', 'Sinai Province': 'EG', 'Wilayat Sinai': 'EG',
};

/** Last words that make a capitalised phrase an organised actor ("Farabundo Marti National Liberation Front"). */
export const ACTOR_HEAD_WORDS = ['front', 'army', 'brigade', 'brigades', 'movement', 'resistance', 'militia', 'militias', 'battalion', 'guard', 'guards', 'forces', 'police', 'party', 'cartel', 'group', 'council', 'commandos', 'liberation', 'mujahideen', 'regiment', 'division', 'command'];

/** Titles before a person's name that make the person an actor ("President Biden"). */
export const OFFICIAL_TITLES = ['president', 'prime', 'minister', 'general', 'gen', 'governor', 'gov', 'commander', 'colonel', 'col', 'spokesman', 'spokeswoman', 'secretary', 'king', 'emir', 'ayatollah', 'chancellor', 'mayor', 'senator', 'sen', 'lt', 'major', 'maj', 'captain', 'capt', 'sheikh', 'defense', 'defence', 'foreign'];

/** Unnamed actors worth reporting. */
export const GENERIC_ACTORS = ['militants', 'gunmen', 'insurgents', 'rebels', 'protesters', 'demonstrators', 'rioters', 'police', 'soldiers', 'troops', 'terrorists', 'guerrillas', 'militia', 'security forces', 'army', 'mob', 'jihadists', 'fighters', 'assailants', 'attackers', 'kidnappers', 'bandits', 'pirates'];

/**
 * Communities that live, and whose conflicts news reports, in one country, most of them in a few of
 * its provinces: "Murle youth raided cattle camps" is South Sudan's Jonglei, "Masalit residents"
 * Sudan's West Darfur, "Alawite men" Syria's coast, "Yazidi families" Iraq's Nineveh, "Kuki and
 * Meitei mobs" India's Manipur. The geotagger reads them as it reads ARMED_GROUP_HOMES and
 * ARMED_GROUP_PROVINCES (geo/armed-group-cues.ts). Communities the news places in several countries
 * (Fulani, Tuareg, Kurds, Pashtuns, Baloch, Druze, Rohingya) are left out, and so are names of
 * provinces too (Amhara, whose people news reports in Oromia as well).
 */
export const COMMUNITY_HOMES: Readonly<Record<string, { country: string; provinces: readonly string[] }>> = {
  Murle: { country: 'SS', provinces: ['SS-JG'] }, 'Lou Nuer': { country: 'SS', provinces: ['SS-JG'] }, Nuer: { country: 'SS', provinces: [] },
  Dinka: { country: 'SS', provinces: [] }, Masalit: { country: 'SD', provinces: ['SD-DW'] },
  Alawite: { country: 'SY', provinces: ['SY-LA', 'SY-TA', 'SY-HM', 'SY-HI'] }, Alawites: { country: 'SY', provinces: ['SY-LA', 'SY-TA', 'SY-HM', 'SY-HI'] },
  Yazidi: { country: 'IQ', provinces: ['IQ-NI', 'IQ-DA'] }, Yazidis: { country: 'IQ', provinces: ['IQ-NI', 'IQ-DA'] }, Ezidi: { country: 'IQ', provinces: ['IQ-NI', 'IQ-DA'] },
  Meitei: { country: 'IN', provinces: ['IN-MN'] }, Meiteis: { country: 'IN', provinces: ['IN-MN'] }, Kuki: { country: 'IN', provinces: ['IN-MN'] },
  Kukis: { country: 'IN', provinces: ['IN-MN'] }, 'Guarani-Kaiowá': { country: 'BR', provinces: ['BR-MS'] }, 'Guarani Kaiowá': { country: 'BR', provinces: ['BR-MS'] },
  'Guarani-Kaiowa': { country: 'BR', provinces: ['BR-MS'] }, 'Guarani Kaiowa': { country: 'BR', provinces: ['BR-MS'] },
  // Mali's Dogon (Mopti's plateau), Ituri's Hema and Lendu, South Kivu's Banyamulenge, Plateau's
  // Berom, Rivers's Ogoni, Upper Nile's Shilluk, South Kordofan's Nuba, Nineveh's Shabak.
  Dogon: { country: 'ML', provinces: ['ML-5'] }, Hema: { country: 'CD', provinces: ['CD-IT'] }, Lendu: { country: 'CD', provinces: ['CD-IT'] },
  Banyamulenge: { country: 'CD', provinces: ['CD-SK'] }, Berom: { country: 'NG', provinces: ['NG-PL'] }, Ogoni: { country: 'NG', provinces: ['NG-RI'] },
  Shilluk: { country: 'SS', provinces: ['SS-NU'] }, Nuba: { country: 'SD', provinces: ['SD-KS'] }, Shabak: { country: 'IQ', provinces: ['IQ-NI'] },
};
