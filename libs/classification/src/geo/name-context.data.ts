/**
 * Word lists the geotagger reads the words around a name with. English news conventions, not
 * places: they say whether "Washington" acts, "Jordan" is a person, or "Scott" is a county.
 */
/** A name followed by one of these is a government or force acting, not a place. */
export const SPEECH_VERBS = new Set(['seeks', 'sought', 'bans', 'banned', 'plans', 'planned', 'launches', 'launched', 'approves', 'approved', 'expels', 'expelled', 'pushes', 'pushed', 'asks', 'asked', 'tells', 'told', 'criticizes', 'criticized', 'criticises', 'criticised', 'considers', 'considered', 'announces', 'reacts', 'reacted', 'hits', 'slams', 'slammed', 'backs', 'backed', 'recognizes', 'recognized', 'joins', 'joined', 'refuses', 'refused', 'wins', 'won', 'beat', 'beats', 'lost', 'loses', 'needs', 'needed', 'must', 'should', 'would', 'could', 'can', 'cannot', 'may', 'might', 'will', 'does', 'did', 'gets', 'got', 'made', 'makes', 'took', 'takes', 'gave', 'gives', 'became', 'becomes', 'remains', 'remained', 'continues', 'continued', 'tried', 'tries', 'sees', 'saw', 'faces', 'faced', 'expects', 'expected', 'supports', 'supported', 'opposes', 'opposed', 'offers', 'offered', 'invests', 'invested', 'exports', 'exported', 'imports', 'imported', 'trades', 'buys', 'bought', 'sells', 'sold', 'allows', 'allowed', 'promises', 'promised', 'pledges', 'pledged', 'insisted', 'said', 'says', 'say', 'announced', 'announces', 'warned', 'warns', 'accused', 'accuses', 'insisted', 'insists', 'denied', 'denies', 'claimed', 'claims', 'responded', 'rejected', 'rejects', 'condemned', 'condemns', 'wants', 'demanded', 'demands', 'urged', 'urges', 'vowed', 'vows', 'threatened', 'threatens', 'believes', 'blamed', 'blames', 'argued', 'argues', 'hopes', 'agreed', 'agrees', 'signed', 'signs', 'sent', 'sends', 'imposed', 'imposes', 'retaliated', 'ordered', 'called', 'calls']);
export const FORCE_NOUNS = new Set(['forces', 'force', 'troops', 'soldiers', 'military', 'army', 'navy', 'officials', 'official', 'personnel', 'embassy', 'government', 'diplomats', 'diplomat', 'authorities', 'marines', 'warplanes', 'jets', 'aircraft', 'ambassador', 'president', 'minister', 'leaders', 'administration', 'coalition', 'servicemen', 'service', 'citizens', 'nationals', 'intelligence', 'defense', 'defence', 'state', 'media', 'officers', 'police', 'strike', 'strikes', 'airstrike', 'airstrikes', 'drone', 'drones', 'missile', 'missiles', 'warships', 'navy', 'envoy', 'delegation', 'allies', 'ally', 'counterpart', 'spokesman', 'spokeswoman', 'sanctions', 'led', 'backed']);
/** Capitalised words that may stand before a place without making it a person's name. */
export const PLACE_PREFIXES = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower', 'greater', 'downtown', 'rural', 'suburban', 'metro', 'coastal', 'occupied', 'in', 'at', 'from', 'to', 'near', 'outside', 'across']);
/** Capitalised words that may follow a place and still leave it a place. */
export const PLACE_SUFFIXES = new Set(['province', 'governorate', 'district', 'county', 'city', 'state', 'region', 'town', 'village', 'oblast', 'department', 'prefecture', 'parish', 'airport', 'base', 'river', 'valley', 'mountains', 'mountain', 'strip', 'border', 'area', 'islands', 'island', 'coast', 'bay', 'lake', 'port', 'harbor', 'harbour', 'street', 'road', 'square', 'camp', 'refugee', 'airfield', 'airbase', 'highway', 'bridge', 'dam', 'crossing', 'heights', 'sea', 'gulf', 'peninsula', 'plain', 'plains', 'desert', 'township', 'lga', 'borough', 'municipality', 'metropolitan', 'center', 'centre']);

/** Titles before a name that make it a person ("Mr. Jones", "Sen. Lebanon" never is a place). */
export const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'gov', 'governor', 'judge', 'sheriff', 'officer', 'coach', 'president', 'pastor', 'rev', 'reverend', 'sgt', 'sergeant', 'lt', 'lieutenant', 'capt', 'captain', 'det', 'detective', 'deputy', 'chief', 'mayor', 'councilman', 'councilwoman', 'commissioner', 'justice', 'attorney', 'prof', 'professor', 'sir', 'lord', 'lady', 'gen', 'general', 'col', 'colonel', 'maj', 'major', 'cpl', 'pvt', 'spc', 'trooper', 'agent', 'superintendent', 'principal', 'dean', 'minister', 'secretary', 'chairman', 'chairwoman', 'director', 'manager', 'st', 'saint']);
/**
 * Tokens that look like names in the gazetteer but are abbreviations or particles in news text.
 * Month names and words for peoples or languages ("August", "Arab", "English") are towns too,
 * but in news they are almost never the town.
 */
export const NOT_PLACES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'arab', 'english', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'al', 'el', 'eu', 'un', 'nato', 'ap', 'afp', 'inc', 'ltd', 'co', 'corp', 'tv', 'pm', 'am', 'god', 'jesus', 'christ', 'allah', 'el nino', 'la nina', 'christmas', 'easter', 'halloween', 'thanksgiving', 'ramadan', 'eid', 'hanukkah', 'passover']);
export const PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'outside', 'to', 'toward', 'towards', 'into', 'across', 'around', 'through', 'via', 'within', 'between']);
/** Words before a noun phrase: "a US strike", "the Iraq war", "release of US pastor". */
export const DETERMINERS = new Set(['a', 'an', 'the', 'of', 'for', 'with', 'by', 'whose', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'two', 'three', 'several', 'many', 'some', 'said']);
/**
 * Verbs of attack and capture whose object is often a place ("stormed Turmus Ayya", "shelled
 * Vorukh", "overran Barkaram"): a name right after one is likelier a place, as after "in" or "near".
 */
export const ATTACK_VERBS = new Set(['attacked', 'stormed', 'raided', 'shelled', 'struck', 'bombed', 'overran', 'besieged', 'seized', 'captured', 'recaptured', 'retook',
  'torched', 'looted', 'invaded', 'pounded', 'shelling', 'storming', 'raiding', 'attacking']);
/**
 * Verbs of an attack whose object is its place only where the gazetteer holds no reading of the
 * name ("air strikes hit Khin-U", "gunmen encircled <village>"): cues for the last-resort phases
 * (cued-names.ts), not for ranking the gazetteer's readings ("hit Evin prison" is no French Evin).
 */
export const TARGET_VERBS = new Set(['hit', 'targeted', 'ambushed', 'encircled', 'surrounded', 'bombarded', 'overrun', 'razed']);
/** "in France", "near Haditha": where something happens. */
export const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'into', 'around', 'throughout']);
/** Words after a name that make it a street, road or park ("Flanders Road"), not the town it is named after. */
export const STREET_WORDS = new Set(['road', 'rd', 'street', 'avenue', 'ave', 'boulevard', 'blvd', 'drive', 'lane', 'ln', 'pike', 'parkway', 'highway', 'turnpike', 'run', 'trail', 'park', 'terrace', 'circle']);
export const COUNTY_WORDS = new Set(['county', 'parish', 'township', 'borough']);
/**
 * Countries whose units are called counties in English news: "<name> County" is a town's county
 * there, not a town elsewhere ("Leer County", South Sudan, not Leer in Germany). The US and the
 * British Isles; South Sudan, Kenya, Liberia and Uganda; the Nordic and Baltic counties, Hungary,
 * Romania, Poland, Croatia; China's and Taiwan's xian, Korea's gun; Canada's Maritime and Ontario counties.
 */
export const COUNTY_COUNTRIES: ReadonlySet<string> = new Set(['US', 'GB', 'IE', 'SS', 'KE', 'LR', 'UG', 'NO', 'SE', 'FI', 'EE', 'LT', 'HU', 'RO', 'PL', 'HR', 'CN', 'TW', 'KR', 'CA']);

/** Admin-1 units named only by a direction ("Centre", "West Coast"): in text these are generic. */
export const GENERIC_REGION_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre', 'center', 'coast', 'coastal', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower', 'capital', 'midlands', 'highlands', 'lowlands', 'islands', 'island', 'mid', 'far', 'middle', 'plateau', 'lakes', 'lake', 'valley', 'north-east', 'south-east', 'north-west', 'south-west']);

/** Heads of "<Institution> of <Country>" names. */
export const INSTITUTIONS = new Set(['bank', 'ministry', 'government', 'embassy', 'university', 'president', 'minister', 'king', 'queen', 'prince', 'parliament', 'congress', 'senate', 'court', 'council', 'commission', 'church', 'people', 'army', 'navy', 'federation', 'association', 'union', 'chamber', 'institute', 'academy', 'museum', 'college', 'office', 'department', 'consulate', 'ambassador', 'prime', 'emperor', 'sultan', 'emir', 'party', 'league', 'team', 'club', 'cup', 'open', 'championship', 'grand', 'tour', 'organization', 'organisation', 'agency', 'foundation', 'society', 'alliance', 'conference']);


/** Capitalised words after a first name that make an organisation, not a surname ("Augusta Chronicle"). */
export const ORG_HEADS = new Set(['chronicle', 'times', 'post', 'herald', 'news', 'journal', 'tribune', 'gazette', 'star', 'daily', 'high', 'school', 'college', 'university', 'hospital', 'church', 'street', 'road', 'avenue', 'park', 'center', 'centre', 'county', 'city', 'hall', 'airport', 'station', 'bridge', 'river', 'lake', 'fire', 'police', 'club', 'team', 'state', 'community', 'regional', 'memorial', 'national', 'public', 'library', 'museum', 'court', 'mall', 'square', 'valley', 'beach', 'mountain', 'island', 'bay', 'harbor', 'harbour', 'township', 'village', 'town', 'district', 'region', 'area', 'metro', 'international',
  // "Philippine Army" (Philippine is also a French given name), "Georgia Government".
  'army', 'navy', 'forces', 'military', 'government']);

/** Words after a name that make it an admin-1 unit: "Donetsk oblast", "Idlib province" are not the cities. */
export const ADMIN1_WORDS = new Set(['province', 'governorate', 'oblast', 'region', 'state', 'prefecture', 'department', 'wilaya', 'wilayah', 'muhafazah', 'voivodeship', 'krai']);
/** Words after a local name that say it is a village or district ("Kin Ma village", "Pauk township", "Bankass cercle"). */
export const LOCAL_UNIT_WORDS = new Set(['village', 'district', 'subdistrict', 'township', 'town', 'tehsil', 'locality', 'commune', 'municipality', 'neighbourhood', 'neighborhood', 'camp', 'territory',
  'cercle', 'woreda', 'kebele', 'lga', 'payam', 'upazila', 'hromada', 'barangay', 'raion', 'rayon', 'arrondissement']);
/**
 * Words after a name that make it a district (a GeoNames admin-2 unit, an ISO second-level unit or
 * its seat), not a village: "Tiaty sub-county", "Guma LGA". ("sub" is the tokenizer's first half of
 * "sub-county", "sub-prefecture".)
 */
export const DISTRICT_WORDS = new Set(['district', 'township', 'tehsil', 'cercle', 'woreda', 'lga', 'upazila', 'raion', 'rayon', 'arrondissement',
  'county', 'subcounty', 'territory', 'commune', 'municipality', 'department', 'prefecture', 'province', 'canton', 'circle',
  'division', 'sub', 'subprefecture', 'zone', 'agency', 'locality']);
/** Words beside a name that make it a place of any size: "Hawija district", "village of Kafr Nabl". */
export const PLACE_WORDS: ReadonlySet<string> = new Set([...LOCAL_UNIT_WORDS, 'city', 'county', 'parish', 'province', 'governorate', 'oblast', 'region', 'prefecture', 'department', 'area', 'suburb', 'countryside', 'outskirts', 'settlement']);
/**
 * Local unit words that one country alone uses ("Bulen woreda", "a kebele", "Sharsha upazila"), and a
 * few other words of one country's news ("kibbutz", "favela", "jawans"): like a people named in the
 * story, each counts once for its country's places. Words several countries
 * share are left out: "LGA" (Nigeria and Australia), "tehsil" (India and Pakistan), "raion"; so is
 * Mali's "cercle", a plain word in French text.
 */
export const UNIT_WORD_HOMES: ReadonlyMap<string, string> = new Map([
  ['woreda', 'ET'], ['kebele', 'ET'], ['upazila', 'BD'], ['payam', 'SS'], ['hromada', 'UA'], ['barangay', 'PH'],
  // Indonesia's regencies and their subdistricts, Thailand's districts and subdistricts, Bhutan's,
  // Colombia's rural veredas, India's talukas, Lebanon's qadaa, Mongolia's aimags, Philippine puroks.
  ['wereda', 'ET'], ['regency', 'ID'], ['kabupaten', 'ID'], ['kecamatan', 'ID'], ['amphoe', 'TH'], ['tambon', 'TH'],
  ['dzongkhag', 'BT'], ['gewog', 'BT'], ['vereda', 'CO'], ['taluka', 'IN'], ['qadaa', 'LB'], ['aimag', 'MN'], ['purok', 'PH'],
  // Mali's cercles (Senegal's were abolished in 1972).
  ['cercle', 'ML'],
  // Words for places and people that only one country's news uses: Israel's kibbutzim and moshavim,
  // Brazil's favelas, Mexico's ejidos, India's jawans (soldiers and paramilitary police).
  ['kibbutz', 'IL'], ['moshav', 'IL'], ['favela', 'BR'], ['favelas', 'BR'], ['ejido', 'MX'], ['jawan', 'IN'], ['jawans', 'IN'],
]);
/**
 * Two-word phrases of one country's news, read like its unit words (UNIT_WORD_HOMES): a word, then
 * one of the words that make the phrase.
 * - Since Myanmar's 2021 coup, English news calls its armed forces the junta's: "junta troops", "a
 *   junta airstrike". (The Sahel's military governments are "Mali's junta", "the junta said": a
 *   government, not its forces in the field.)
 * - South Sudan's herders live in cattle camps, which its raids and reprisals strike ("armed youth
 *   raided a cattle camp").
 * - "Communist rebels" are the Philippines' NPA.
 */
export const PHRASE_HOMES: ReadonlyMap<string, { next: ReadonlySet<string>; country: string }> = new Map([
  ['junta', {
    country: 'MM',
    next: new Set(['troops', 'soldiers', 'forces', 'army', 'military', 'airstrike', 'airstrikes', 'aircraft', 'jets', 'warplanes', 'artillery', 'shelling', 'base', 'outpost',
      'battalion', 'column', 'convoy', 'raid', 'raids', 'offensive', 'bombing', 'bombings']),
  }],
  ['cattle', { country: 'SS', next: new Set(['camp', 'camps']) }],
  // The Philippines' New People's Army is the "communist" insurgency of today's news (India's are
  // "Maoist", Colombia's "leftist").
  ['communist', { country: 'PH', next: new Set(['guerrillas', 'guerrilla', 'rebels', 'rebel', 'insurgents', 'fighters']) }],
]);
/**
 * Local unit words few countries use, with the countries: a name before one is a place of theirs,
 * or one the gazetteer does not hold ("Guma LGA" is no Guma in China, "Bankass cercle" no Bankass
 * abroad). The words one country alone uses (UNIT_WORD_HOMES) count here too.
 */
export const UNIT_WORD_COUNTRIES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...[...UNIT_WORD_HOMES].map(([word, country]): [string, ReadonlySet<string>] => [word, new Set([country])]),
  ['lga', new Set(['NG', 'AU'])], ['tehsil', new Set(['IN', 'PK'])],
  // Myanmar's townships and Sudan's localities, as conflict reports write them; the countries whose
  // news also writes these words after a name in lower case.
  ['township', new Set(['MM', 'US', 'CA', 'CN', 'ZA'])], ['locality', new Set(['SD', 'AU', 'NZ'])],
  // Cameroon's subdivisions (arrondissements); a US subdivision is a housing estate.
  ['subdivision', new Set(['CM', 'US'])],
  // Counties in lower case: South Sudan's, Kenya's, Liberia's, Uganda's, Iran's shahrestans, China's
  // and Taiwan's xian, and the countries whose news writes its own counties so.
  ['county', new Set(['SS', 'KE', 'LR', 'UG', 'IR', 'CN', 'TW', 'US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'RO', 'HR', 'HU', 'NO', 'SE', 'EE', 'LT', 'PL'])],
  ['raion', new Set(['UA', 'RU', 'BY', 'MD', 'AZ', 'KZ', 'KG'])], ['rayon', new Set(['UA', 'RU', 'BY', 'MD', 'AZ', 'KZ', 'KG'])],
  // Municipalities, communes, departments and prefectures in lower case: the countries whose local
  // units English news calls so (Latin America's municipios and departamentos, the Francophone
  // world's communes and préfectures, the Balkans', Nordics', Philippines', Nepal's, Georgia's, Ghana's, Uganda's,
  // Lebanon's and Turkey's municipalities), not the United States'.
  ['municipality', new Set(['MX', 'CO', 'BR', 'VE', 'HN', 'GT', 'SV', 'NI', 'BO', 'CU', 'DO', 'PR', 'AR', 'UY', 'PT', 'ES', 'SE', 'NO', 'FI', 'DK', 'IS', 'NL', 'BE', 'SI', 'HR', 'RS', 'BA', 'ME', 'MK', 'XK', 'AL', 'BG', 'RO', 'MD', 'LT', 'LV', 'EE', 'GR', 'CY', 'CH', 'DE', 'AT', 'CZ', 'SK', 'PH', 'GE', 'TL', 'TR', 'LB', 'PS', 'JO', 'NP', 'JP', 'MZ', 'ZA', 'AO', 'CV', 'ST', 'GW', 'TN', 'LY', 'GH', 'UG'])],
  ['commune', new Set(['FR', 'BE', 'LU', 'CH', 'IT', 'RO', 'MD', 'HT', 'ML', 'BF', 'NE', 'SN', 'CI', 'CM', 'BJ', 'TG', 'GN', 'MG', 'DZ', 'MA', 'MR', 'CD', 'CG', 'GA', 'BI', 'CF', 'TD', 'DJ', 'KM', 'VN', 'KH', 'LA', 'CL'])],
  ['department', new Set(['CO', 'HN', 'GT', 'SV', 'NI', 'PY', 'UY', 'BO', 'PE', 'AR', 'HT', 'FR', 'BF', 'NE', 'CM', 'SN', 'CI', 'BJ', 'CG', 'GA', 'TD', 'MR'])],
  ['prefecture', new Set(['CF', 'GN', 'TG', 'JP', 'GR', 'CN', 'MA', 'TD', 'RW'])],
]);

/**
 * Auxiliaries and attitudes after a capital or country that make it a government speaking
 * ("Washington is concerned", "Moscow has warned"), not where the event happened.
 */
export const STANCE_AUXILIARIES = new Set(['is', 'was', 'has', 'have', 'had', 'will', 'would', 'remains', 'appears', 'seems', 'also', 'again']);
export const STANCE_WORDS = new Set(['concerned', 'worried', 'alarmed', 'warned', 'warns', 'condemned', 'condemns', 'denied', 'denies', 'insisted', 'insists', 'demanded', 'demands', 'urged', 'urges', 'accused', 'accuses', 'rejected', 'rejects', 'welcomed', 'welcomes', 'criticised', 'criticized', 'threatened', 'threatens', 'vowed', 'vows', 'pledged', 'announced', 'announces', 'said', 'says', 'blamed', 'blames', 'called', 'calls', 'pressed', 'pushed', 'sought', 'imposed', 'sanctioned', 'deeply', 'not', 'reportedly']);

/**
 * A country followed by one of these acts as a state ("China has imposed", "Russia wants", "the U.S.
 * would"): GeoWebNews marks such uses metonymic, not where something happened.
 */
export const STATE_AGENT_WORDS = new Set(['has', 'had', 'have', 'will', 'would', 'wants', 'want', 'hopes', 'hope', 'must', 'should', 'could', 'can', 'may', 'might', 'always', 'never']);
/** Words after a country that make it a modifier: "US dollars", "US flags", "Korean and US flags". */
export const MODIFIED_NOUNS = new Set(['dollar', 'dollars', 'flag', 'flags', 'citizens', 'citizen', 'nationals', 'national', 'passport', 'passports', 'lawmakers', 'companies', 'firms', 'media', 'markets', 'economy', 'sanctions', 'tariffs', 'allies', 'ally', 'counterpart', 'counterparts', 'interests', 'policy', 'policies']);
/** Capitalised words after a country that make it part of an institution's name: "US Federal Reserve", "US Secretary of State". */
export const STATE_BODIES = new Set(['federal', 'secretary', 'department', 'treasury', 'ambassador', 'senate', 'congress', 'house', 'supreme', 'central', 'state', 'defense', 'defence', 'foreign', 'interior', 'justice', 'attorney', 'special', 'national', 'air', 'coast', 'border', 'customs', 'armed']);

/**
 * Nouns of relations between states: a country after "<noun> with", "<noun> between … and",
 * "<noun> against" is a party to the relation ("ties with Russia", "sanctions against Iran",
 * "the relationship between Mexico and the United States"), not where something happened.
 */
export const RELATION_NOUNS = new Set(['relations', 'relation', 'ties', 'relationship', 'relationships', 'cooperation', 'agreement', 'agreements', 'deal', 'deals', 'talks', 'trade', 'partnership', 'friendship', 'dialogue', 'negotiations', 'alliance', 'tensions', 'dispute', 'disputes', 'sanctions', 'pact', 'treaty', 'rapprochement', 'rift', 'row', 'standoff', 'cooperate', 'engagement', 'diplomacy']);
export const RELATION_PREPOSITIONS = new Set(['with', 'between', 'against', 'toward', 'towards']);
/** Verbs whose object then acts: "wants Russia to play", "allowing France to assume", "urged Iran to". */
export const AGENT_OBJECT_VERBS = new Set(['want', 'wants', 'wanted', 'wanting', 'urge', 'urges', 'urged', 'urging', 'allow', 'allows', 'allowed', 'allowing', 'ask', 'asks', 'asked', 'asking', 'press', 'pressed', 'pressing', 'push', 'pushed', 'pushing', 'encourage', 'encourages', 'encouraged', 'encouraging', 'invite', 'invites', 'invited', 'inviting', 'persuade', 'persuaded', 'force', 'forced', 'forcing', 'expect', 'expects', 'expected', 'warn', 'warns', 'warned', 'enable', 'enables', 'enabled', 'enabling']);

/**
 * A people named as the side that strikes from afar ("an Israeli drone strike", "Turkish airstrikes",
 * "a Russian missile") or as foreigners caught in the event ("five Chinese engineers", "an Italian
 * nun"): where the story happens only when nothing else in it says so. The nouns that say it, and
 * the words that may stand between ("a Russian cruise missile", "Pakistani military airstrikes").
 */
export const STRIKE_NOUNS = new Set(['airstrike', 'airstrikes', 'strike', 'strikes', 'drone', 'drones', 'missile', 'missiles', 'rocket', 'rockets', 'artillery', 'shelling', 'shells',
  'warplane', 'warplanes', 'jet', 'jets', 'aircraft', 'bombers', 'bombardment', 'bombing', 'bombings', 'mortar', 'mortars', 'gunboat', 'gunboats', 'helicopter', 'helicopters',
  'raid', 'raids', 'fire', 'bomb', 'bombs']);
// (Not "workers" or "national": "Honduran workers marched", "US national security".)
export const FOREIGNER_NOUNS = new Set(['engineer', 'engineers', 'nationals', 'citizen', 'citizens', 'tourist', 'tourists', 'nun', 'nuns', 'priest', 'priests',
  'missionary', 'missionaries', 'pilot', 'journalist', 'journalists', 'contractor', 'contractors', 'hostage', 'hostages', 'expatriate', 'expatriates',
  'peacekeeper', 'peacekeepers']);
/**
 * Where a state's strikes from afar land, in news since 2022, when a report names only the village
 * hit: Israel's in Lebanon, Russia's in Ukraine, Turkey's in Syria (Kurdish-held north; also Iraq's
 * Kurdistan Region), Pakistan's in Afghanistan, Azerbaijan's and Armenia's across their border.
 * States whose strikes fall in many countries (the US, Iran) or mostly at home are not listed.
 * A report that names the place, or the people of the country hit, needs none of this.
 */
export const STRIKE_THEATRES: Readonly<Record<string, string>> = { IL: 'LB', RU: 'UA', TR: 'SY', PK: 'AF', AZ: 'AM', AM: 'AZ' };
/**
 * States whose troops, police and instructors news often reports abroad (Russia's in Mali and the
 * Central African Republic, Kenya's police in Haiti, Rwanda's troops in Mozambique, Ethiopia's and
 * Burundi's in Somalia, the Gulf states' in Yemen and Libya): a people of these named in a conflict
 * report says nothing of where it happened (geotagger.ts, peopleReach).
 */
export const EXPEDITIONARY_STATES: ReadonlySet<string> = new Set(['US', 'RU', 'FR', 'GB', 'TR', 'AE', 'SA', 'IR', 'IL', 'KE', 'RW', 'BI', 'UG', 'ET', 'EG', 'CN']);
/** Nouns of a people's forces and authorities: "Malian soldiers", "Ecuadorian police", "Burkinabè army". */
export const STATE_FORCES: ReadonlySet<string> = new Set(['troops', 'soldiers', 'army', 'military', 'forces', 'police', 'policemen', 'officers', 'officials', 'authorities',
  'gendarmes', 'gendarmerie', 'guards', 'commandos', 'prosecutor', 'prosecutors', 'ministry', 'government', 'defence', 'defense', 'air', 'navy', 'security']);
/** Strike nouns that are verbs too ("if Iran strikes"): after a country's name only with a determiner ("a US strike"). */
export const STRIKE_VERBS = new Set(['strike', 'strikes', 'shells', 'raid', 'raids']);
/**
 * A people's officials reporting ("South Sudanese officials said", "Indian army officials told"):
 * local reports quote the authorities of the country where it happened, while the people named
 * striking may be foreign ("Ugandan air force jets bombed positions near Ulang").
 */
export const SOURCE_NOUNS = new Set(['officials', 'official', 'authorities', 'police', 'officers', 'spokesman', 'spokeswoman', 'spokesperson', 'ministry', 'sources', 'media', 'governor']);
export const REPORT_VERBS = new Set(['said', 'says', 'say', 'told', 'reported', 'reports', 'confirmed', 'added', 'stated']);
export const OUTSIDER_MODIFIERS = new Set(['military', 'army', 'air', 'naval', 'navy', 'cruise', 'ballistic', 'tank', 'aerial', 'sniper', 'gun', 'government', 'regime', 'aid', 'construction', 'mining', 'oil', 'hydropower']);

/** Nouns of armed groups and crowds: "Kuki militants", "Meitei mobs" name a people, not a town. */
export const GROUP_NOUNS = new Set(['militants', 'militant', 'militiamen', 'militia', 'militias', 'mobs', 'rebels', 'insurgents', 'gunmen', 'tribesmen', 'jihadists', 'separatists',
  'fighters', 'mercenaries', 'paramilitaries', 'personnel']);

/** Words that start Arabic place names ("Ain Sultan", "Deir Hanna", "Kafr Kila", "Tel Abyad", "Umm Qasr"): never a place alone before another name. */
export const ARABIC_NAME_HEADS: ReadonlySet<string> = new Set(['ain', 'ayn', 'bir', 'deir', 'dayr', 'kafr', 'kfar', 'tel', 'tal', 'tell', 'beit', 'bayt', 'ras', 'jabal', 'jebel',
  'khirbet', 'khirbat', 'wadi', 'umm', 'qasr', 'hassi', 'sidi', 'bab', 'nahr', 'marj', 'jisr', 'maarat']);
