import { TokenizedText } from '../text/tokenizer';

/**
 * Is there an event frame around the violence words of the title and lead: who did it (an armed
 * actor or security force), to whom (people, forces, places hit), reported as done or under way,
 * not wished, weighed or threatened? Read from the scorer's violent sentences and a few closed
 * word lists, so the cost is one Set lookup per lead token.
 *
 * Why: the issue-15 feed run rated "Trump officials debate targeted N. Korea strike" level 5 and
 * "battle for the title" a battle; the violence word is there, the event is not.
 */
export interface EventFrame {
  /** Lead sentences with a violent-type cue. */
  violent: number;
  /** ... of which name an actor able to do it (militants, troops, police, gunmen, a named group). */
  withActor: number;
  /** ... of which name a victim or target (people, civilians, soldiers, a base, a village). */
  withVictim: number;
  /** ... of which put the act in a modal, hypothetical or deliberative frame ("could strike", "debate a strike"). */
  modal: number;
  /** ... of which are framed as a statement about the act ("condemned", "concerned about reports"). */
  statement: number;
  /** ... of which carry a sport, market or culture word ("title", "shares", "novel"). */
  otherDomain: number;
}

const ACTORS = new Set(['militants', 'militant', 'gunmen', 'gunman', 'insurgents', 'insurgent', 'rebels', 'rebel', 'police', 'policemen', 'soldiers', 'troops', 'army', 'forces', 'militia', 'militias', 'militiamen', 'terrorists', 'terrorist', 'guerrillas', 'jihadists', 'fighters', 'assailants', 'attackers', 'attacker', 'bomber', 'bombers', 'protesters', 'protestors', 'demonstrators', 'rioters', 'mob', 'warplanes', 'jets', 'israel', 'russia', 'russian', 'ukrainian', 'israeli', 'taliban', 'hamas', 'hezbollah', 'houthis', 'houthi', 'isis', 'isil', 'shabaab', 'haram', 'military', 'regime', 'junta', 'government', 'fmln', 'farc', 'guards', 'navy', 'shooter', 'suspect', 'officers', 'officer']);
const VICTIMS = new Set(['people', 'civilians', 'civilian', 'villagers', 'residents', 'children', 'students', 'worshippers', 'soldiers', 'troops', 'policemen', 'officers', 'base', 'convoy', 'checkpoint', 'village', 'villages', 'town', 'city', 'camp', 'hospital', 'school', 'mosque', 'church', 'market', 'killed', 'dead', 'wounded', 'injured', 'kidnapped', 'abducted', 'hostages', 'protesters', 'demonstrators', 'peasants', 'journalists', 'journalist', 'leader', 'mayor', 'embassy', 'station', 'positions', 'headquarters']);
const MODAL = new Set(['would', 'could', 'might', 'may', 'should', 'debate', 'debates', 'debated', 'debating', 'consider', 'considers', 'considering', 'weigh', 'weighs', 'weighing', 'plan', 'plans', 'planning', 'threat', 'threatens', 'threatened', 'threaten', 'possible', 'potential', 'if', 'whether', 'risk', 'fear', 'fears', 'feared', 'prepare', 'prepares', 'preparing', 'vows', 'vowed', 'warns', 'warned', 'ready', 'option', 'options', 'imagine', 'hypothetical', 'scenario']);
const STATEMENT = new Set(['concerned', 'concern', 'concerns', 'condemned', 'condemns', 'condemn', 'reports', 'alleged', 'allegations', 'accused', 'accuses', 'denied', 'denies', 'says', 'said', 'statement', 'calls', 'called', 'urges', 'urged', 'criticized', 'criticised', 'blames', 'blamed', 'investigate', 'investigation', 'anniversary', 'remembers', 'remembered', 'memorial', 'commemorate', 'years', 'ago', 'history', 'documentary', 'film', 'book', 'novel', 'interview', 'podcast']);
const OTHER_DOMAIN = new Set(['title', 'match', 'league', 'cup', 'season', 'coach', 'goal', 'goals', 'team', 'player', 'players', 'championship', 'tournament', 'game', 'games', 'final', 'shares', 'stocks', 'market', 'prices', 'profits', 'sales', 'company', 'workers', 'union', 'unionize', 'novel', 'film', 'movie', 'album', 'show', 'series', 'star', 'fans', 'recipe', 'recipes', 'shoes', 'fashion', 'diet', 'health', 'cancer', 'weight', 'sleep', 'wedding', 'baby', 'review', 'tested']);

export function eventFrame(doc: TokenizedText, violentSentences: readonly number[]): EventFrame {
  const frame: EventFrame = { violent: 0, withActor: 0, withVictim: 0, modal: 0, statement: 0, otherDomain: 0 };
  for (const s of violentSentences) {
    const sent = doc.sentences[s];
    if (!sent) continue;
    let actor = false, victim = false, modal = false, statement = false, other = false;
    for (let i = sent.firstToken; i < sent.endToken; i++) {
      const n = doc.norms[i];
      if (ACTORS.has(n)) actor = true;
      if (VICTIMS.has(n)) victim = true;
      if (MODAL.has(n)) modal = true;
      if (STATEMENT.has(n)) statement = true;
      if (OTHER_DOMAIN.has(n)) other = true;
    }
    frame.violent++;
    if (actor) frame.withActor++;
    if (victim) frame.withVictim++;
    if (modal) frame.modal++;
    if (statement) frame.statement++;
    if (other) frame.otherDomain++;
  }
  return frame;
}
