import { CueSpec } from './cue';

/**
 * The escalation lexicon: English phrases and what each says about the event. Levels follow the
 * scale in DESIGN.md; types follow ACLED's event / sub-event taxonomy. Weights are relative
 * strengths when several phrases compete for the type.
 */
const B = 'Battles';
const E = 'Explosions/Remote violence';
const V = 'Violence against civilians';
const P = 'Protests';
const R = 'Riots';
const S = 'Strategic developments';

export const TYPE_CUES: CueSpec[] = [
  // Battles
  { phrase: 'clash|clashes|clashed|clashing', level: 3, type: [B, 'Armed clash'], weight: 2 },
  { phrase: 'fighting|fought|firefight|gunfight|gunbattle|skirmish|skirmishes', level: 3, type: [B, 'Armed clash'], weight: 2 },
  { phrase: 'gun battle|gun battles|exchanged fire|exchange of fire|exchanging fire|exchange fire|exchanges fire|trade fire|traded fire|trading fire|trades fire|heavy fighting', level: 3, type: [B, 'Armed clash'], weight: 3 },
  { phrase: 'ambush|ambushed|ambushing', level: 3, type: [B, 'Armed clash'], weight: 2 },
  { phrase: 'battle|battles|battled|offensive|counteroffensive|counterattack|counter-attack|combat', level: 3, type: [B, 'Armed clash'], weight: 1.5 },
  { phrase: 'counter attack', level: 3, type: [B, 'Armed clash'], weight: 1.5 },
  { phrase: 'recaptured|recapture|recapturing|retook|retake|retaking|regained|regain|liberated|liberation|won back|wrested back|purged|cleared of|flushed out|reclaimed', level: 3, type: [B, 'Government regains territory'], weight: 3 },
  { phrase: 'took back|take back|taken back|regained control|retook control|restored control|back under control', level: 3, type: [B, 'Government regains territory'], weight: 3 },
  { phrase: 'overran|overrun|overrunning|seized|captured|capture|seize|seizing', level: 3, type: [B, 'Non-state actor overtakes territory'], weight: 1.5 },
  { phrase: 'seized control|seize control|gained control|took control|taken control|take control|wrested control|took over|taken over|captured the town|captured the city|captured the village|captured several villages', level: 3, type: [B, 'Non-state actor overtakes territory'], weight: 2 },
  { phrase: 'fell to|falls to|fell into the hands|fallen to', level: 3, type: [B, 'Non-state actor overtakes territory'], weight: 2 },
  { phrase: 'established control|establish control|establishing control|full control over|control over an area|controlling the entire|military victory', level: 3, type: [B, 'Government regains territory'], weight: 3 },
  { phrase: 'inflicted heavy losses|inflicting heavy losses|inflicted losses|inflicting losses|heavy losses on', level: 3, type: [B, 'Armed clash'], weight: 2 },
  { phrase: 'attack|attacks|attacked|attacking|assault|assaulted|raid|raided|raids|stormed|storm', level: 3, type: [B, 'Armed clash'], weight: 0.8 },
  { phrase: 'insurgents|rebels|militants|guerrillas|guerrilla|terrorists|subversives|fighters|jihadists|militiamen', type: [B, 'Armed clash'], weight: 0.4 },
  // Explosions / remote violence
  { phrase: 'airstrike|airstrikes|air-strike|air-strikes|bombardment|bombarded|bombard|warplanes|warplane|jets|fighter jets|helicopter gunships', level: 3, type: [E, 'Air/drone strike'], weight: 3 },
  { phrase: 'air strike|air strikes|air raid|air raids|drone strike|drone strikes|aerial bombardment|airstrikes|struck by', level: 3, type: [E, 'Air/drone strike'], weight: 3, weapon: 'airstrike' },
  { phrase: 'drone|drones|uav|uavs', level: 3, type: [E, 'Air/drone strike'], weight: 1.5, weapon: 'drone' },
  { phrase: 'shelling|shelled|shells|shell|artillery|mortar|mortars|barrage|howitzer|howitzers|tank|tanks|tank fire|rocket-propelled|rocket propelled|shellfire|bombarded', level: 3, type: [E, 'Shelling/artillery/missile attack'], weight: 3, weapon: 'artillery' },
  { phrase: 'missile|missiles|rocket|rockets|projectile|projectiles|katyusha', level: 3, type: [E, 'Shelling/artillery/missile attack'], weight: 2.5, weapon: 'missile' },
  { phrase: 'kamikaze|kamikazes|suicide bombers|female bombers|self-immolation bomber|explosive vest|explosive belt|suicide belt|suicide bombing|suicide bombings|suicide attack|suicide attacks|suicide attacker|suicide vest|suicide car|blew himself|blew herself|blew themselves', level: 3, type: [E, 'Suicide bomb'], weight: 5, weapon: 'suicide bomb' },
  { phrase: 'suicide', type: [E, 'Suicide bomb'], weight: 1.5 },
  { phrase: 'ied|ieds|landmine|landmines|mine|mines|roadside', level: 3, type: [E, 'Remote explosive/landmine/IED'], weight: 2.5, weapon: 'IED' },
  { phrase: 'car bomb|car bombs|car bombing|truck bomb|bomb exploded|bomb went|bomb blast|explosive device|explosive devices|remote-controlled|remote controlled|booby trap|booby-trapped|bomb attack|parcel bomb|dynamite', level: 3, type: [E, 'Remote explosive/landmine/IED'], weight: 4, weapon: 'IED' },
  { phrase: 'explosion|explosions|blast|blasts|exploded|explode|detonated|detonation|bomb|bombs|bombing|bombings|bombed|explosive|explosives', level: 3, type: [E, 'Remote explosive/landmine/IED'], weight: 1.6, weapon: 'explosive' },
  { phrase: 'grenade|grenades|hand-grenade|rpg', level: 3, type: [E, 'Grenade'], weight: 5, weapon: 'grenade' },
  { phrase: 'chemical|chlorine|sarin|mustard gas|nerve agent|toxic gas|poison gas|chemical weapons|chemical weapon|chemical attack|poisonous gas|gas attack|gas attacks|toxic chemicals|chemical agents|novichok', level: 4, type: [E, 'Chemical weapon'], weight: 4, weapon: 'chemical weapon' },
  // Violence against civilians
  { phrase: 'abducted|abduct|abducting|abduction|abductions|kidnapped|kidnap|kidnapping|kidnappings|kidnappers|hostage|hostages|disappeared|disappearance|disappearances|missing', level: 3, type: [V, 'Abduction/forced disappearance'], weight: 3 },
  { phrase: 'raped|rape|rapes|raping|sexual violence|sexually assaulted|sexual assault|sexually abused|molested|gang-raped|gang raped', level: 3, type: [V, 'Sexual violence'], weight: 5 },
  { phrase: 'massacre|massacred|massacres|murdered|murder|murders|executed|execution|beheaded|lynched|hacked|stabbed|shot dead|gunned down|assassinated|assassination|slaughtered', level: 4, type: [V, 'Attack'], weight: 2 },
  { phrase: 'killed|killing|killings|kill|kills|dead|died|death|deaths|slain|bodies|shot|wounded|injured|injuring|wounding|casualties', level: 3, type: [V, 'Attack'], weight: 0.9 },
  { phrase: 'shooting attack|gun attack|gun attacks|knife attack|stabbing|stabbings|drive-by|drive-by shooting|shot and killed|shot at|opened fire on|hacked to death|burnt alive|burned alive|tortured|torture', level: 3, type: [V, 'Attack'], weight: 3 },
  { phrase: 'civilians|civilian|villagers|villager|residents|worshippers|passengers|farmers|peasants|students|children|women|journalist|journalists|family|families|pilgrims|shoppers|teacher|teachers|vendors', type: [V, 'Attack'], weight: 0.8, target: 'civilians' },
  { phrase: 'gunmen|gunman|assailants|attackers|unidentified armed men|armed men', level: 3, type: [V, 'Attack'], weight: 1.2 },
  { phrase: 'opened fire|open fire|shot|shooting|shootings|fired', level: 3, type: [V, 'Attack'], weight: 0.8, weapon: 'firearm' },
  // Protests
  { phrase: 'protest|protests|protested|protesting|protesters|protestors|protester|demonstration|demonstrations|demonstrators|demonstrator|demonstrated|rally|rallies|rallied|marchers|sit-in|picket|picketed|agitation|agitating|dharna|gherao', level: 2, type: [P, 'Peaceful protest'], weight: 2.5 },
  { phrase: 'march|marched|marches|marching', level: 2, type: [P, 'Peaceful protest'], weight: 2, lowercase: true },
  { phrase: 'strike|strikes|striking|walkout|boycott|shutdown|hunger strike|took to the streets|slogans|placards|banners|chanting|chanted', level: 2, type: [P, 'Peaceful protest'], weight: 1 },
  { phrase: 'dispersed|disperse|dispersing|tear gas|teargas|tear-gas|water cannon|water cannons|rubber bullets|baton|batons|lathi|lathicharge|lathi-charge|pellet|pellets', level: 2, type: [P, 'Protest with intervention'], weight: 2 },
  // A picket fence is a garden's, not a picket line's.
  { phrase: 'picket fence|picket fences' },
  // An earthquake or a storm "strikes" a place: no walkout.
  { phrase: 'earthquake strikes|earthquake strike|quake strikes|tremor strikes|storm strikes|typhoon strikes|cyclone strikes|hurricane strikes|tornado strikes|tsunami strikes|lightning strikes|lightning strike|disaster strikes|tragedy strikes' },
  // A rally in sport or on the markets is no protest: these shadow "rally" and vote for no type.
  { phrase: 'late rally|comeback rally|fightback rally|market rally|stock rally|stocks rally|oil rally|relief rally|rally driver|rally drivers|rally car|rally cars|rally championship|rallied to win|rallied to beat|rallied to victory|rallied from|rally from|rallied back|rallies back|rally back|rallied past|rallies past|rally past' },
  // Riots
  { phrase: 'turned violent|became violent|violent clashes|clashed with police|clashed with security|clashes with police|threw stones|throwing stones|hurled stones|pelted stones|petrol bombs|molotov cocktails|firecrackers|throwing bottles|threw bottles|torched vehicles|set vehicles on fire|went on the rampage|rampage|rampaged|vandalised|vandalized|hurled rocks|threw rocks|throwing rocks|rocks at|stones at|molotov cocktail|molotov cocktails|trashing|smashed|smashing|broke windows|stormed|storming|escalating violence|violence erupted|violent protesters|rioted|torching|pitched battles|running battles', level: 3, type: [R, 'Violent demonstration'], weight: 4 },
  { phrase: 'riot|riots|rioting|rioters|rioted|unrest|vandalised|vandalized|vandalism|ransacked|stone-pelting|stone pelting|pelted|pelting|hurled stones|threw stones|stones|rocks|molotov|petrol bombs|arson|torched|set ablaze|set on fire|set fire|burnt|burned|burning|violent protest|violent protests|turned violent', level: 3, type: [R, 'Violent demonstration'], weight: 2 },
  { phrase: 'mob|mobs|lynching|lynch|lynches|lynched|vigilante|vigilantes|vigilantism|angry crowd|angry mob|irate|beat|beaten|thrashed|villagers clashed|angry residents|residents attacked', level: 3, type: [R, 'Mob violence'], weight: 3 },
  // Strategic developments
  { phrase: 'agreement|agreements|ceasefire|cease-fire|truce|peace deal|peace accord|accord|signed|treaty|deal|pact|memorandum|talks|negotiations|agreed|agree', level: 1, type: [S, 'Agreement'], weight: 1.5 },
  { phrase: 'arrested|arrest|arrests|detained|detain|detention|custody|apprehended|nabbed|remanded|charged|jailed|sentenced|convicted|raids|crackdown', level: 2, type: [S, 'Arrests'], weight: 2 },
  { phrase: 'defused|defuse|seized weapons|weapons cache|arms cache|cache|caches|intercepted|foiled|thwarted|disposal|recovered|confiscated|seizure|consignment|ammunition|arms depot|smuggling|bomb squad|bomb disposal|controlled explosion|suspicious package|suspicious packages|shot down|accidentally|prematurely', level: 2, type: [S, 'Disrupted weapons use'], weight: 2.5 },
  { phrase: 'headquarters|outpost|outposts|established|set up|inaugurated|setting up|stationed', level: 1, type: [S, 'Headquarters or base established'], weight: 0.6 },
  { phrase: 'established a base|established a military base|set up a base|set up a military base|set up camp|set up camps|opened an office|opened a new office|new headquarters|established headquarters|set up headquarters|set up its headquarters|established its headquarters|opened a base|built a base|new base|new military base|new outpost|established an outpost|set up a checkpoint|set up checkpoints|established a camp|opened a new base|established a new', level: 1, type: [S, 'Headquarters or base established'], weight: 4 },
  { phrase: 'withdrew|withdrawn|withdrawal|withdraw|withdrawing|pulled out|handed over|hand over|handover|evacuated|relinquished|ceded|transferred|abandoned|deserted|vacated|left the town|left the city|took over the abandoned|handed authority|without a fight|without resistance|unopposed', level: 2, type: [S, 'Non-violent transfer of territory'], weight: 3 },
  { phrase: 'deployed|deploy|deploying|deployment|dispatched|reinforcements|redeployed|pull back|pulled back|pulls back|defected|defect|defection|defections|mobilized|mobilised|mobilization|troop movements|amassing|amassed|moved into|sent troops|reinforced|patrols|patrolling|new commander|appointed', level: 2, type: [S, 'Change to group/activity'], weight: 2 },
  { phrase: 'agreed a|agreed to|agreed on|agreed upon|signed a|reached a deal|reached an accord|brokered|humanitarian ceasefire|temporary ceasefire|truce|peace talks|peace deal|signed a ceasefire', level: 1, type: [S, 'Agreement'], weight: 4 },
  { phrase: 'surrendered|surrenders|laid down their arms|laid down arms|ceasefire agreement|peace agreement|signed an agreement|reached an agreement|released prisoners|prisoner swap|prisoner exchange', level: 1, type: [S, 'Agreement'], weight: 3 },
  { phrase: 'curfew|curfews|blockade|blockades|siege|besieged|state of emergency|martial law|deported|deportation|deportations|deport|closed its borders|closed the border|closed borders|closed its border|severed ties|severed diplomatic|outlawed|expelled', level: 3, type: [S, 'Other'], weight: 2 },
  { phrase: 'violated the ceasefire|violated ceasefire|ceasefire violation|ceasefire violations|violating the ceasefire|broke the ceasefire|truce violations', level: 3, type: [B, 'Armed clash'], weight: 4 },
  { phrase: 'released|freed|lifted a ban|lifted the ban|lifted a travel ban|release of|set free|pardoned|acquitted|granted bail|reopened', level: 1, type: [S, 'Agreement'], weight: 2 },
  { phrase: 'looted|looting|looters|plundered|destroyed|demolished|razed|damaged|destruction|set alight|torched|burnt down|burned down|ransacked|properties|property', level: 2, type: [S, 'Looting/property destruction'], weight: 1.8 },
  { phrase: 'merged|merger|split|splinter|renamed|joined|defected|defection|recruited|recruitment|recruiting|formed|pledged allegiance|allegiance|disbanded|dissolved|fortify|fortified|fortifying|consolidating|moving troops|massing troops|training', level: 1, type: [S, 'Change to group/activity'], weight: 1.5 },
  { phrase: 'announced|declared|suspended|resumed|launched', level: 1, type: [S, 'Change to group/activity'], weight: 0.4 },
  // A captive set free is the end of an abduction, not a new one (the "hostage" word would say so).
  { phrase: 'release of a hostage|release of hostages|release of the hostages|release of two hostages|hostage release|hostages were released|hostages were freed|freed hostages|freed the hostages|released hostages|released the hostages|freed two hostages|released two hostages|hostage was released|hostage was freed', level: 1, type: [S, 'Agreement'], weight: 3, cooperative: true },
  // Manoeuvres: shows of force at most, not fighting ("war games staged by marines").
  { phrase: 'war game|war games|wargame|wargames|military exercise|military exercises|military drill|military drills|joint exercise|joint exercises|joint drills|joint military exercises|naval drills|naval exercises|live-fire drills|live-fire exercises|live fire drills', level: 2, type: [S, 'Change to group/activity'], weight: 5 },
  // ACLED codebook sub-event types, in the codebook's and wire reporting's ordinary words (written
  // from the definitions, not from dev texts): each sub-type named as a reporter would name it.
  // A war under way in wire words ("as the invasion enters its third week", "the invading force").
  // Not "pounded": storms and markets are pounded as often as cities.
  { phrase: 'invasion|invaded|invading|invaders|invading forces|invading troops', level: 3, type: [B, 'Armed clash'], weight: 1.5 },
  { phrase: 'gun fight|gun-fight|crossfire|cross-fire|sniper fire|snipers', level: 3, type: [B, 'Armed clash'], weight: 2 },
  { phrase: 'suicide bomber|suicide bomb|suicide bombs|suicide blast|suicide car bomb|suicide truck bomb|vbied', level: 3, type: [E, 'Suicide bomb'], weight: 5, weapon: 'suicide bomb' },
  { phrase: 'rocket attack|rocket attacks|mortar attack|mortar attacks|missile attack|missile attacks|missile strike|missile strikes|artillery fire|artillery strike|artillery strikes|shell fire', level: 3, type: [E, 'Shelling/artillery/missile attack'], weight: 4, weapon: 'artillery' },
  { phrase: 'improvised explosive|pipe bomb|pipe bombs|crude bomb|crude bombs|country-made bomb|country bomb|nail bomb|sticky bomb|magnetic bomb', level: 3, type: [E, 'Remote explosive/landmine/IED'], weight: 4, weapon: 'IED' },
  { phrase: 'grenade attack|grenade attacks|hand grenade|hand grenades|lobbed a grenade|hurled a grenade|threw a grenade', level: 3, type: [E, 'Grenade'], weight: 5, weapon: 'grenade' },
  { phrase: 'forced disappearance|forced disappearances|enforced disappearance|enforced disappearances', level: 3, type: [V, 'Abduction/forced disappearance'], weight: 5 },
  { phrase: 'peaceful protest|peaceful protests|peaceful march|peaceful rally|peaceful demonstration|peaceful demonstrations|protested peacefully|marched peacefully|candle march|candlelight march|candlelight vigil|torch rally|human chain|burnt an effigy|burned an effigy|burnt effigies|burned effigies|effigy|effigies|bandh|hartal|road blockade|blocked the road|blocked the highway|blocked roads', level: 2, type: [P, 'Peaceful protest'], weight: 3 },
  { phrase: 'excessive force|fired on protesters|fired at protesters|opened fire on protesters|fired on demonstrators|fired at demonstrators|opened fire on demonstrators|shot protesters|shot demonstrators|killed protesters|killed demonstrators|beat protesters|beat demonstrators|crackdown on protesters|crackdown on demonstrators', level: 3, type: [P, 'Excessive force against protesters'], weight: 4 },
  // "Riot police" is a police unit, not a riot: it shadows "riot" and votes for no type (police on
  // standby at a cup final is no event; at a protest, the protest's own words vote for it).
  { phrase: 'riot police|riot policemen|riot officers|riot squad|riot squads|riot gear|riot shields|riot control|riot-control|riot units|riot troops' },
  { phrase: 'mob violence|mob attack|mob attacks|mob lynching|lynch mob|mob lynched|beaten by a mob|attacked by a mob', level: 3, type: [R, 'Mob violence'], weight: 4 },
  { phrase: 'arms haul|weapons haul|seized arms|seized weapons|seized explosives|seized ammunition|recovered arms|recovered weapons|recovered explosives|arms recovered|weapons recovered|explosives recovered|bomb was defused|bombs were defused|mine clearance|demining', level: 2, type: [S, 'Disrupted weapons use'], weight: 4 },
  { phrase: 'mass arrest|mass arrests|were arrested|was arrested|were detained|was detained|taken into custody|placed under arrest|rounded up', level: 2, type: [S, 'Arrests'], weight: 3 },
  { phrase: 'property destruction|destroyed property|destroyed houses|destroyed homes|burned houses|burnt houses|burned homes|burnt homes|looted shops|looted and burned', level: 2, type: [S, 'Looting/property destruction'], weight: 3 },
  { phrase: 'handed over control|handed control|transferred control|took over without|withdrew from the town|withdrew from the city|withdrew from the area', level: 2, type: [S, 'Non-violent transfer of territory'], weight: 4 },
];

/** Phrases that set a level without saying much about the type. */
export const LEVEL_CUES: CueSpec[] = [
  { phrase: 'lifted|lifts|lifting|eased|eases|easing|released|releases|freed|frees|pardoned|acquitted|reopened|restored|resumed|welcomed|praised|thanked|granted|approved|donated|delivered aid|agreed|signed|aid|assistance|cooperation|condolences|respects|gave|give|gives|provided|offered|supports|support|help|helped', level: 1, cooperative: true },
  { phrase: 'failed to reach|failed to agree|fail to reach|no agreement|talks collapsed|talks broke down|will not accept|would not accept|refuse to accept|will not release|will not allow|will not tolerate|not recognize|not recognise|refused to recognize|refusal to recognize|must ensure|must stop|must end|must release|will not negotiate|rejected|rejects|denied|denies', level: 2 },
  { phrase: 'said|says|stated|statement|told|announced|meeting|met|meets|visit|visited|visits|talks|discussed|discuss|hosted|welcomed|praised|thanked|congratulated|cooperation|aid|assistance|donated|pledged|support|supported|invited|signed|summit|phone call|called for|released|freed|release', level: 1 },
  // A police unit's name, not a riot (shadows "riot"; see the type cue above).
  { phrase: 'riot police|riot policemen|riot officers|riot squad|riot squads|riot gear|riot shields|riot control|riot-control|riot units|riot troops', level: 2 },
  // Shows of force are elevated (DESIGN.md: troop movements); drills with allies are cooperation.
  { phrase: 'war game|war games|wargame|wargames|military exercise|military exercises|military drill|military drills|naval drills|naval exercises|live-fire drills|live-fire exercises|live fire drills', level: 2 },
  { phrase: 'joint exercise|joint exercises|joint drills|joint military exercises|joint military drills|joint naval exercises', level: 1, cooperative: true },
  // Taking aid away is a sanction (level 2), although "aid" alone is cooperative.
  { phrase: 'suspended aid|suspends aid|suspend aid|suspending aid|suspension of aid|suspended military aid|suspended humanitarian aid|suspension of military aid|suspended assistance|suspended military assistance|cut aid|cuts aid|cut off aid|cutting aid|aid cuts|halted aid|halts aid|halt aid|froze aid|freezes aid|freeze aid|withheld aid|withhold aid|withholding aid|slashing aid|slash aid|slashing foreign aid|suspended cooperation|suspends cooperation|halted cooperation|forced aid workers|expelled aid workers|humanitarian aid workers out', level: 2 },
  { phrase: 'investigate|investigates|investigating|investigations|guilty|suspension|cancelled|canceled|cancels|reduced|cut|cuts|forced|threatening|banned|outlawed|deport|deported|expelled|stupid|pull funding|withhold|withheld|penalty|penalties|fined|fine|indicted|indictment|prosecute|prosecuted|prosecutors|impeach|impeachment|arrest warrant|accusation|condemnation|sanctioning|embargo|restrictions|restricted|barred|bar|blocked|block|pressure|pressured|confront|confrontation|tensions|standoff|feud|row|spat|hostile|hostility|provocation|provocative|aggression|aggressive|intimidation|intimidate|harass|harassment', level: 2 },
  { phrase: 'accuse|reject|rejecting|refuse|refusing|condemning|criticize|criticise|criticizing|criticising|denounce|denouncing|blame|blaming|oppose|opposing|warn|deny|denying|demanding|lawsuit|sued|sue|legal action|complaint|complained|allegation|allegations|alleged|disputed|dispute|rebuffed|snubbed|dismissed|ultimatum|deadline|retaliatory|tariffs|tariff|suspended|suspend|cut ties|severed ties|recalled|downgraded|halted|froze|frozen|boycotted|obstructing|obstruct|refusal|unacceptable|ridiculed|mocked|insulted|defied|defy|defiance|challenged|protested|objected|objection', level: 2 },
  { phrase: 'threatened|threatens|threaten|threat|threats|warned|warns|warning|warnings|ultimatum|condemned|condemns|condemn|condemnation|denounced|denounces|accused|accuses|accusing|accusation|accusations|criticized|criticised|criticizes|criticises|criticism|blamed|blames|rejected|rejects|refused|refuses|vetoed|veto|demanded|demands|demand|sanctions|sanction|sanctioned|expelled|expel|banned|ban|boycott|mobilized|mobilised|deployed|deploy|deployment|drills|manoeuvres|maneuvers|tension|tensions|protest|protests|protested|denied|denies|opposed|opposes|disapproved|slammed|lashed|lambasted|rebuked|summoned|retaliate|retaliation|vowed|investigation|probe|arrested|detained|seized', level: 2 },
  { phrase: 'attack|attacks|attacked|strike|strikes|struck|assault|raid|clash|clashes|fighting|shelling|bombing|explosion|blast|riot|riots|injured|wounded|hurt|injuries|casualties|kidnapped|abducted|hostage|shot|fired|opened fire|burned|torched|destroyed|damaged|ambushed|gunfire|bombed|shelled', level: 3 },
  { phrase: 'killed|kill|killing|killings|dead|death|deaths|died|die|slain|fatalities|fatality|bodies|massacre|massacred|executed|assassinated|murdered|beheaded|corpses|lifeless', level: 4 },
  { phrase: 'massacre|massacres|genocide|mass grave|mass graves|carnage|bloodbath|invasion|invaded|invade|declared war|declaration of war|chemical weapons|chemical attack|mass casualty|mass-casualty|nuclear plant|nuclear power plant|nuclear facility|nuclear weapon|nuclear weapons', level: 5 },
];

/** What was hit. */
export const TARGET_CUES: CueSpec[] = [
  { phrase: 'base|bases|airbase|air base|airfield|barracks|garrison|military post|checkpoint|outpost|army post|military convoy|convoy|patrol', target: 'military base' },
  { phrase: 'troops|soldiers|soldier|forces|servicemen|service members|personnel|marines|military|army|battalion|platoon|coalition forces', target: 'military forces' },
  { phrase: 'policemen|policeman|police station|police post|police officers|police officer|police patrol|police vehicle|gendarmes|on police|at police', target: 'police' },
  { phrase: 'killed|killing|killings|kills|dead|died|death|deaths|slain|bodies|shot|wounded|injured|injuring|wounding|casualties', level: 3, type: [V, 'Attack'], weight: 0.9 },
  { phrase: 'shooting attack|gun attack|gun attacks|knife attack|stabbing|stabbings|drive-by|drive-by shooting|shot and killed|shot at|opened fire on|hacked to death|burnt alive|burned alive|tortured|torture', level: 3, type: [V, 'Attack'], weight: 3 },
  { phrase: 'civilians|civilian|villagers|residents|passengers|worshippers|children|women|pedestrians|shoppers|students|peasants|farmers', target: 'civilians' },
  { phrase: 'power plant|power station|pipeline|pipelines|refinery|oil field|oilfield|oil facility|bridge|bridges|electricity|power lines|pylons|dam|railway|rail line|train|substation|water supply|infrastructure|tower|towers|grid', target: 'infrastructure' },
  { phrase: 'airport|port|harbor|harbour', target: 'infrastructure' },
  { phrase: 'embassy|consulate|ministry|parliament|government building|city hall|mayor\'s office|palace|presidential palace|courthouse|town hall', target: 'government building' },
  { phrase: 'school|schools|university|hospital|hospitals|clinic|market|marketplace|mosque|church|temple|synagogue|shrine|hotel|restaurant|bus|camp for displaced|refugee camp', target: 'civilian site' },
  { phrase: 'ship|vessel|tanker|warship|destroyer|frigate|boat', target: 'vessel' },
];

/** Signals of an attack on state or foreign forces (level 4 with a strike weapon or casualties). */
export const FORCE_TARGETS = new Set(['military base', 'military forces', 'police']);
/** Weapons whose use with casualties is severe on its own. */
export const STRIKE_WEAPONS = new Set(['missile', 'drone', 'airstrike', 'artillery', 'suicide bomb', 'IED', 'chemical weapon']);
