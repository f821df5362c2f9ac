import { EscalationScorer } from './escalation.scorer';
import { readArticle } from '../relevance/read-article';

/** The cues' own reading (before the type and relevance models), for sentences written for the test. */
function cueType(title: string): [string, string | null] {
  const esc = readArticle(new EscalationScorer(), title, '').esc;
  return [esc.eventType, esc.subEventType];
}

describe('ACLED codebook cues (cues.data.ts)', () => {
  it.each([
    ['a general strike called by traders', 'Shops stayed shut as traders observed a bandh across the district', 'Protests', 'Peaceful protest'],
    ['weapons taken before use', 'Police seized arms and explosives from a hideout in the forest', 'Strategic developments', 'Disrupted weapons use'],
    ['a suicide bomber', 'A suicide bomber struck a checkpoint on the highway', 'Explosions/Remote violence', 'Suicide bomb'],
    ['force against a protest', 'Security forces fired on protesters outside the governor\'s office', 'Protests', 'Excessive force against protesters'],
    ['a crude bomb', 'Two crude bombs were hurled at a party office overnight', 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  ])('reads %s', (_what, title, type, sub) => {
    expect(cueType(title)).toEqual([type, sub]);
  });

  it('does not read a penalty shoot-out as a battle, nor freed captives as an abduction', () => {
    expect(cueType('United won the penalty shoot-out after a goalless draw')[0]).not.toBe('Battles');
    expect(cueType('Rebels freed two soldiers held captive since June')[0]).not.toBe('Violence against civilians');
  });
});
