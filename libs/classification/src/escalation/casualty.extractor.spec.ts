import { extractCasualties } from './casualty.extractor';

function counts(sentence: string): { killed: number; injured: number } {
  const found = extractCasualties(sentence);
  return {
    killed: Math.max(0, ...found.filter((f) => f.kind === 'killed').map((f) => f.count)),
    injured: Math.max(0, ...found.filter((f) => f.kind === 'injured').map((f) => f.count)),
  };
}

describe(extractCasualties.name, () => {
  it('reads counts written in words after "at least"', () => {
    expect(counts('The attack injured at least five US personnel, officials said.')).toEqual({ killed: 0, injured: 5 });
  });

  it('reads digits and plain number words', () => {
    expect(counts('A car bomb killed 12 people and wounded four others.')).toEqual({ killed: 12, injured: 4 });
  });

  it('counts "a soldier" as one, but not "a car bomb"', () => {
    expect(counts('A soldier was killed near the border.')).toEqual({ killed: 1, injured: 0 });
    expect(counts('A car bomb exploded near the market.')).toEqual({ killed: 0, injured: 0 });
  });

  it('reads "dozens" as a count', () => {
    expect(counts('The blast wounded dozens of worshippers.').injured).toBeGreaterThanOrEqual(20);
  });

  it('does not count tallies over a period or earlier deaths as the event', () => {
    expect(counts('So far this year, about 100 people have been killed in clashes.').killed).toBe(0);
    expect(counts('The war between the cartels has claimed more than 120 deaths.').killed).toBe(0);
    expect(counts('Police said three guards had been killed in the same town.').killed).toBe(0);
  });

  it('does not count threats as deaths', () => {
    expect(counts('The group threatened to kill five journalists who were kidnapped.').killed).toBe(0);
  });

  it('does not count the killers as the killed', () => {
    expect(counts('Two gunmen killed a policeman in the capital.')).toEqual({ killed: 1, injured: 0 });
  });

  it('counts a named victim once', () => {
    expect(counts('The mayor, who was kidnapped last month, was found dead on Sunday.').killed).toBe(1);
  });

  it('ignores hypotheticals and explicit zeros', () => {
    expect(counts('The children could have been killed.')).toEqual({ killed: 0, injured: 0 });
    expect(counts('No one was hurt in the blast.')).toEqual({ killed: 0, injured: 0 });
  });

  it('reads the upper-case wire style', () => {
    expect(counts('THREE SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED DURING CLASHES')).toEqual({ killed: 3, injured: 7 });
  });
});
