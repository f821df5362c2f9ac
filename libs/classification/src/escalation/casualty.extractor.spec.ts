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

  it('reads phrases broken across lines by wire copy', () => {
    expect(counts('The mayor was shot to\ndeath on Sunday.').killed).toBe(1);
    expect(counts('Two councilmen were shot to\ndeath outside the town hall.').killed).toBe(2);
  });

  it('counts "passed away" as a death', () => {
    expect(counts('The former minister passed away in hospital after the attack.').killed).toBe(1);
  });

  it('does not count a kind of people (a bare plural) as victims', () => {
    expect(counts('The bishop condemned the murder of activists and trade unionists.').killed).toBe(0);
    expect(counts('They have murdered judges and journalists.').killed).toBe(0);
    expect(counts('The bishop condemned the murder of the union leader.').killed).toBe(1);
    expect(counts('Gunmen murdered the mayor of the town.').killed).toBe(1);
  });

  it('does not count generalisations, ongoing states or possibilities', () => {
    expect(counts('Journalists have been murdered across the region.').killed).toBe(0);
    expect(counts('Civilians are being killed every day.').killed).toBe(0);
    expect(counts('New rules aim to prevent judges from being murdered.').killed).toBe(0);
    expect(counts('Officials are waiting for news on the possible death of the pilot.').killed).toBe(0);
    expect(counts('Had the detonator worked, the bomb would have killed at least 500 people.').killed).toBe(0);
    expect(counts('Police said they have been killed.').killed).toBe(1);
    expect(counts('The mayor has been murdered.').killed).toBe(1);
  });

  it('reads a negation a few words back, clock times and idioms', () => {
    expect(counts('Police said no one had been injured or killed in the extremist action.')).toEqual({ killed: 0, injured: 0 });
    expect(counts('No one was hurt, but two guards were killed.').killed).toBe(2);
    expect(counts('A radio report at 1533 GMT said the candidate was seriously wounded.').injured).toBe(1);
    expect(counts('It was like killing two birds with one stone.').killed).toBe(0);
    expect(counts('Everyone praises the project now that it has officially died.').killed).toBe(0);
  });

  it('does not count the toll of a war, a regime or a period', () => {
    expect(counts('The war, which has resulted in 70,000 deaths, is in its tenth year.').killed).toBe(0);
    expect(counts('Decades of military rule left 100,000 people dead.').killed).toBe(0);
    expect(counts('About 300 people were killed over a 9-year period.').killed).toBe(0);
    expect(counts('A bomb killed 12 people in the market.').killed).toBe(12);
    expect(counts('The second attack in two months killed five people.').killed).toBe(5);
  });

  it('reads a toll of wounded as wounded, not dead', () => {
    expect(counts('This new terrorist action has left a toll of 1 person wounded and material damage.')).toEqual({ killed: 0, injured: 1 });
    expect(counts('The attack left a toll of 12 dead and 30 wounded.')).toEqual({ killed: 12, injured: 30 });
    expect(counts('The death toll rose to 14.').killed).toBe(14);
  });

  it('reads the upper-case wire style', () => {
    expect(counts('THREE SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED DURING CLASHES')).toEqual({ killed: 3, injured: 7 });
  });
});
