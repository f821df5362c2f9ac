import { tokenize } from '../text/tokenizer';
import { EscalationInput, EscalationScorer } from './escalation.scorer';

describe(EscalationScorer.name, () => {
  const sut = new EscalationScorer();

  const input = (title: string, body: string, capitalStruck: boolean): EscalationInput => {
    const doc = tokenize(`${title}\n${body}`, title.length + 1);
    return { doc, titleSentences: 1, background: new Set(), capitalStruck };
  };

  describe('withCapitalStruck', () => {
    it.each([
      ['Missile strike hits Baghdad', 'A missile struck a government building in Baghdad on Monday, wounding three guards, officials said.'],
      ['Drone strike in the capital', 'A drone strike hit a checkpoint in the capital, police said. No one was hurt.'],
      ['Clashes in the capital', 'Gunmen clashed with police in the capital overnight, killing two officers.'],
    ])('gives what score() gives with the hint: %s', (title, body) => {
      const scored = sut.score(input(title, body, false));
      expect(sut.withCapitalStruck(scored)).toEqual(sut.score(input(title, body, true)));
    });

    it('lifts a strike that wounded people to critical', () => {
      const scored = sut.score(input('Missile strike hits Baghdad', 'A missile struck a government building in Baghdad on Monday, wounding three guards.', false));
      expect(scored.level).toBeLessThan(5);
      expect(sut.withCapitalStruck(scored).level).toBe(5);
    });
  });
});
