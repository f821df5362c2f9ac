import { Classification } from '@sitrep/contracts';
import { ClassificationEngine } from '../classification.engine';
import { AIN_AL_ASAD } from '../test-fixtures/ain-al-asad.fixture';

/**
 * Issue 15, "Quiet on ordinary news": every example it names, in sentences written for this
 * test (none copied from a feed), and real kinds of conflict report that must still alert.
 */
describe('relevance first (issue 15)', () => {
  let sut: ClassificationEngine;
  beforeAll(() => {
    sut = ClassificationEngine.create();
  }, 60_000);

  const classify = (title: string, body = ''): Classification => sut.classify({ title, body });

  describe.each([
    ['running shoes for women', 'The best trail running shoes for women, tested on muddy hills', 'Our reviewers ran 200 miles in twelve pairs to find the most comfortable.'],
    ["men's bodies and fathers", "What happens to men's bodies when they become dads", 'Researchers found hormonal changes in new fathers.'],
    ["a women's football newsletter", "Get our new women's football newsletter", "Sign up to receive the best coverage of the women's game every week."],
    ['an interview about the novel "Death and the Penguin"', 'Author of "Death and the Penguin" on writing in Kyiv during the invasion', 'In an interview, the novelist talks about his dark comedy and life in the Ukrainian capital.'],
    ['Amazon fighting a union drive', 'How Amazon fought warehouse workers trying to unionize', 'The company spent millions on consultants during the union drive.'],
    ['crocodiles caught in a drain', 'Chile captures crocodiles that escaped down a storm drain', 'Wildlife officers caught the reptiles after a week-long hunt.'],
    ['a battle for the title and a winning shot', 'Liverpool win the battle for the title as Salah shot seals victory', ''],
    ['killing weeds', 'How to kill weeds without chemicals', ''],
    ['a comeback win with a score and no sport word', 'Rovers stun Albion 4-3 as late rally caps comeback', 'Two goals in the last five minutes sent the home crowd into raptures.'],
    ['riot police at a cup final', 'Riot police on standby as fans arrive for cup final', 'Extra officers will patrol the stadium on Saturday.'],
    ['a storm that pounded the coast', 'Storm pounded the coast with heavy rain, leaving thousands without power', 'Forecasters expect the winds to ease by Thursday.'],
    ['a result headline whose rally is a comeback', 'Hawks edge Falcons, 5-4: Brown and Ortiz lead thrilling rally into the last round', '"They kept battling to the end," their manager told reporters.'],
    ['a cottage with a picket fence', 'The quiet dream of a cottage with a picket fence', 'She imagines a garden, two dogs and a husband who lives next door.'],
    ['an earthquake that strikes a coast', 'Strong earthquake strikes the coast of Peru, homes damaged', 'A magnitude 6.1 earthquake shook the region on Tuesday, sending residents into the streets; one person was killed by a falling wall.'],
  ])('ordinary news: %s', (_name, title, body) => {
    it('is not a conflict event, at level 1, with a low relevance and its reasons', () => {
      const out = classify(title, body);
      expect(out.eventType).toBe('Not a conflict event');
      expect(out.level).toBe(1);
      expect(out.relevance).toBeLessThan(0.5);
      expect(out.relevanceReasons?.length).toBeGreaterThan(0);
    });
  });

  it('reads concern about reports of shelling as a statement, but not a report that counts the dead', () => {
    const concern = classify("Britain 'deeply concerned' by reports of shelling near the dam", 'The Foreign Office said it was seeking more information.');
    expect(concern.eventType).toBe('Not a conflict event');
    expect(concern.level).toBeLessThanOrEqual(2);
    const deadly = classify('Militants kill 12 villagers in Zamfara, police say', 'Officials said they were concerned by reports of further attacks as gunmen killed 12 villagers overnight.');
    expect(deadly.eventType).not.toBe('Not a conflict event');
    expect(deadly.level).toBeGreaterThanOrEqual(4);
  });

  it('still reads a rally or a picket without a sport result or a fence as a protest', () => {
    expect(classify('Thousands rally in Lagos against the fuel price rise', 'Protesters marched to the state assembly, chanting slogans.').eventType).toBe('Protests');
    expect(classify('Nurses picket hospital over unpaid wages', 'Dozens of nurses picketed the main gate on Monday, demanding three months of pay.').eventType).toBe('Protests');
    expect(classify('Dock workers strike over pay cuts', 'Thousands of dock workers went on strike on Monday, halting the port.').eventType).toBe('Protests');
  });

  it('reads a headline-only item (RSS) the same way', () => {
    const out = classify('Sign up for our women\'s football newsletter');
    expect(out.eventType).toBe('Not a conflict event');
    expect(out.level).toBe(1);
  });

  it('keeps officials debating a strike (a hypothetical) below critical, and untyped', () => {
    const out = classify('White House officials debate a targeted strike on North Korea', 'Advisers are weighing a limited military option, people familiar with the talks said.');
    expect(out.level).toBeLessThan(3);
    expect(out.eventType).toBe('Not a conflict event');
  });

  it('reads concern about reports of a chlorine attack as a statement: level 2 at most', () => {
    const out = classify("US 'extremely concerned' by reports of chlorine gas attack in Syria", 'The State Department said it was looking into the reports.');
    expect(out.level).toBeLessThanOrEqual(2);
    expect(out.eventType).toBe('Not a conflict event');
  });

  it('does not let a labour strike set a violent level', () => {
    const out = classify('Rail workers strike over pay, halting trains across the country');
    expect(out.level).toBeLessThanOrEqual(2);
    expect(['Protests', 'Not a conflict event']).toContain(out.eventType);
  });

  it('keeps a threat by a government at level 2 (the scale), not as an event', () => {
    const out = classify('', 'The government threatened new sanctions and warned of consequences.');
    expect(out.level).toBe(2);
    expect(out.eventType).toBe('Not a conflict event');
  });

  describe.each([
    ['the Ain al-Asad missile and drone attack', AIN_AL_ASAD.title, AIN_AL_ASAD.body, 4],
    ['a suicide bombing at a market', 'Suicide bomber kills 14 at a market in northern Nigeria', '', 4],
    ['gunmen killing villagers', 'Gunmen kill five villagers in attack on central Mali village', 'The attackers arrived on motorbikes and set fire to homes, local officials said.', 4],
    ['a missile strike on a city', 'Russian missile strike on Odesa apartment block kills three', '', 4],
    ['air strikes after rocket fire', 'Israeli air strikes hit Gaza after rockets fired at Ashkelon', '', 3],
    ['a strike that kills (not a walkout)', 'Israeli strike kills seven aid workers in Gaza', '', 4],
    ['armed men abducting students', 'Armed men abduct 200 students from school in Kaduna', '', 3],
    ['an exchange of fire across a border', 'Hezbollah and Israel exchange fire across Lebanon border', '', 3],
    ['a killing, headline only', 'Militants kill 8 in Mogadishu, Somalia', '', 4],
  ])('a real conflict report: %s', (_name, title, body, minLevel) => {
    it(`is an event at level >= ${minLevel}, with a high relevance`, () => {
      const out = classify(title, body);
      expect(out.eventType).not.toBe('Not a conflict event');
      expect(out.level).toBeGreaterThanOrEqual(minLevel);
      expect(out.relevance).toBeGreaterThanOrEqual(0.5);
      expect(out.relevanceReasons?.length).toBeGreaterThan(0);
    });
  });
  /**
   * Modern wire style, in sentences written for this test (fifth round, issue 15): the words that
   * modern reports carry and the 1990 wires and CASE snippets rarely do ("health officials say",
   * "riot police", gangs, warplanes hitting depots).
   */
  describe.each([
    ['a toll from the health ministry', 'Airstrike on Khan Younis house kills 11, Gaza health ministry says', '', 'Explosions/Remote violence', 4],
    ['a toll from health officials', 'Israeli airstrike on Rafah home kills family of six, health officials say', '', 'Explosions/Remote violence', 3],
    ['warplanes destroying weapons depots (a strike, not weapons found)', 'Turkish warplanes destroy PKK weapons depots in northern Iraq, ministry says', '', 'Explosions/Remote violence', 3],
    ['a bomb at a busy market', 'Bomb blast at busy market in Quetta kills nine', 'Police said the device was planted on a motorcycle.', 'Explosions/Remote violence', 4],
    ['a gang massacre', 'Gang members massacre residents in Port-au-Prince neighbourhood', '', 'Violence against civilians', 4],
    ['armed gangs raiding a town', 'Armed gangs kill 12 in raid on town north of Port-au-Prince', '', 'Violence against civilians', 4],
    ['a lynching', 'Crowd lynches two men suspected of child kidnapping in Mexico', '', 'Riots', 3],
    ['an invasion under way', 'Russia pounds Ukrainian cities as invasion enters third week', 'The invading force has encircled several cities.', 'Battles', 3],
    ['a paramilitary offensive', 'Fighting rages in El Fasher as paramilitary RSF presses offensive', '', 'Battles', 3],
    ['a blast before an accusation', 'An improvised explosive device detonated at the home of a councillor accused of graft', '', 'Explosions/Remote violence', 3],
  ])('a modern wire report: %s', (_name, title, body, type, minLevel) => {
    it(`is ${type} at level >= ${minLevel}`, () => {
      const out = classify(title, body);
      expect(out.eventType).toBe(type);
      expect(out.level).toBeGreaterThanOrEqual(minLevel);
    });
  });

  describe.each([
    ['a train collision with a toll', 'Two trains collide in southern Egypt, killing at least 32', ''],
    ['a building collapse with a toll', 'Building collapse kills 12 in Lagos', ''],
  ])('an accident with a toll (no attacker): %s', (_name, title, body) => {
    it('is not a conflict event, below level 3', () => {
      const out = classify(title, body);
      expect(out.eventType).toBe('Not a conflict event');
      expect(out.level).toBeLessThan(3);
    });
  });

  it('keeps a strike that brings a building down an explosion at level >= 4', () => {
    const out = classify('Residential building collapses after Israeli airstrike, killing 20');
    expect(out.eventType).toBe('Explosions/Remote violence');
    expect(out.level).toBeGreaterThanOrEqual(4);
  });

  describe.each([
    ['riot police and water cannon', 'Riot police fire water cannon at students marching in Jakarta', ''],
    ['riot police dispersing a rally', 'Riot police disperse opposition rally in Dhaka', 'Officers fired rubber bullets and sound grenades at supporters of the party.'],
  ])('police force against a protest: %s', (_name, title, body) => {
    it('is a protest (ACLED: the demonstrators did not riot), at level 2', () => {
      const out = classify(title, body);
      expect(out.eventType).toBe('Protests');
      expect(out.level).toBe(2);
    });
  });

  describe.each([
    ['a market rally', 'Stocks stage late rally as oil prices ease', 'The index closed higher after a volatile session.'],
    ['a driver who rallied to win', 'Hamilton rallied from tenth on the grid to win in Brazil', ''],
  ])('a rally that is no protest: %s', (_name, title, body) => {
    it('is not a conflict event, at level 1', () => {
      const out = classify(title, body);
      expect(out.eventType).toBe('Not a conflict event');
      expect(out.level).toBe(1);
    });
  });
});
