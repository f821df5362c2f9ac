import { extractCasualties } from './casualty.extractor';

function counts(sentence: string): { killed: number; injured: number } {
  const found = extractCasualties(sentence);
  return {
    killed: Math.max(0, ...found.filter((f) => f.kind === 'killed').map((f) => f.count)),
    injured: Math.max(0, ...found.filter((f) => f.kind === 'injured').map((f) => f.count)),
  };
}

/** The dead who are victims: perpetrators killed (attackers, armed group members) left out. */
function victims(sentence: string): number {
  return Math.max(0, ...extractCasualties(sentence).filter((f) => f.kind === 'killed' && !f.perpetrator).map((f) => f.count));
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

  it('marks dead attackers and armed group members as perpetrators, not victims', () => {
    expect(victims('Two of the kidnappers were killed when police stormed the house.')).toBe(0);
    expect(victims('Security forces killed six militants in a raid on a hideout.')).toBe(0);
    expect(victims('Six rebels of a splinter faction died today in a clash with troops.')).toBe(0);
    expect(victims('A gunman working for the cartel was killed in the shootout.')).toBe(0);
    expect(victims('Police repelled an attack by 20 gunmen, 4 of whom died.')).toBe(0);
    expect(victims('The army said it inflicted the following casualties on the enemy: 40 dead, 12 wounded.')).toBe(0);
    expect(counts('Security forces killed six militants in a raid on a hideout.').killed).toBe(6);
    // The victims of the same events still count.
    expect(victims('A gunman killed three students at the school.')).toBe(3);
    expect(victims('Gunmen attacked a bus carrying 30 pilgrims, 4 of whom died.')).toBe(4);
    expect(victims('Seven soldiers were killed when rebels ambushed the convoy.')).toBe(7);
  });

  it('does not count a running toll with no event named as the event\'s dead', () => {
    expect(counts('Officials said 2,000 people have been killed and thousands more have fled.').killed).toBe(0);
    expect(counts('More than 2,000 people have died in the earthquake.').killed).toBe(2000);
    expect(counts('Three people have been killed, police said.').killed).toBe(3);
  });

  it('reads "killed or wounded" as casualties, not deaths', () => {
    expect(counts('Twelve soldiers were killed or wounded in the ambush.').killed).toBe(0);
    expect(counts('Twelve soldiers were killed and five wounded in the ambush.').killed).toBe(12);
  });

  it('does not read a number in a name or in "how many" as a count', () => {
    expect(counts('The MS-13 members were killed in the raid.').killed).toBe(1);
    expect(counts('Nobody knows how many people were killed.').killed).toBe(0);
  });

  it('does not read the agent of a passive verb as its victim', () => {
    expect(counts('Party members are being murdered by government agents, he said.').killed).toBe(0);
    expect(counts('He visited the committee of mothers of murdered and missing people.').killed).toBe(0);
  });

  it('reads a named victim followed by who they were, and more victim nouns', () => {
    expect(counts('Gunmen killed Maria Lopez, a local journalist, outside her home.').killed).toBe(1);
    expect(counts('Gunmen killed Juan Perez, the mayor of the town.').killed).toBe(1);
    expect(counts('Rebels killed a university professor on Monday.').killed).toBe(1);
  });

  it('reads "over the past 24 hours" as the news, and "during the war" or "in those days" as a tally', () => {
    expect(counts('Air strikes killed nine civilians over the past 24 hours, officials said.').killed).toBe(9);
    expect(counts('Three policemen were killed by rebels during the past few hours.').killed).toBe(3);
    expect(counts('About 1,000 soldiers were killed during the war.').killed).toBe(0);
    expect(counts('Many people were killed in those days.').killed).toBe(0);
    expect(counts('During the month of January there were about 170 deaths.').killed).toBe(0);
  });

  it('reads the upper-case wire style', () => {
    expect(counts('THREE SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED DURING CLASHES')).toEqual({ killed: 3, injured: 7 });
  });

  // Deaths told through nouns, gerunds, possessives and participles (issue 15, MUC-4 misses).
  it('reads a killing after an accusation or suspicion ("suspected of killing X")', () => {
    expect(victims('Police arrested two men suspected of killing a local radio reporter.')).toBe(1);
    expect(victims('The soldiers accused of murdering the two nuns went on trial.')).toBe(2);
    expect(victims('After killing the farmer, the gang burned his house.')).toBe(1);
    // A kind of people, an aim and a number are read as before.
    expect(victims('The minister accused the rebels of killing civilians.')).toBe(0);
    expect(victims('The cell had the mission of assassinating the governor.')).toBe(0);
    expect(victims('Witnesses said the men were accused of killing four villagers.')).toBe(4);
    // An age is not a count.
    expect(victims('He was charged with murdering the 35-year-old deputy.')).toBe(1);
    expect(counts('A blast injured a 12-year-old boy.').injured).toBe(1);
  });

  it('reads the act between "murder" and "of" and a case named after a killing', () => {
    expect(victims('The court reopened the murder case of the former labour minister.')).toBe(1);
    expect(victims('Officials blamed a rival faction for the assassination in Lima of a union leader.')).toBe(1);
    expect(victims('The party said the assassination on 3 May of its candidate forced it out of the race.')).toBe(1);
    expect(victims('The judge handling the Ramirez murder case resigned on Friday.')).toBe(1);
    // Not a place of murders in general, nor a figure of speech.
    expect(victims('She criticised the murders in the streets of the capital.')).toBe(0);
    expect(victims('The Kennedy assassination in the mind of a young boy.')).toBe(0);
  });

  it('reads possessive killings, but not a trial or a death from illness', () => {
    expect(victims("Investigators are still studying the senator's murder.")).toBe(1);
    expect(victims("The bishops condemned the nuns' murder.")).toBe(1);
    expect(victims('He said his brutal assassination would not go unpunished.')).toBe(1);
    expect(victims("Relatives said Ortiz's death in the car bomb attack was avoidable.")).toBe(1);
    expect(victims('His murder trial opened in the capital on Monday.')).toBe(0);
    expect(victims("Fans gathered to mark the singer's death.")).toBe(0);
  });

  it('reads participles naming the dead ("the journalists murdered by the gang")', () => {
    expect(victims('Thousands attended the funeral of the journalists murdered by the gang.')).toBe(1);
    expect(victims('The widow of the assassinated mayor spoke to reporters.')).toBe(1);
    expect(victims('The former minister murdered in Washington was buried at home.')).toBe(1);
    expect(counts('The guerrillas killed in the clash were buried by villagers.').killed).toBe(1);
    expect(victims('The guerrillas killed in the clash were buried by villagers.')).toBe(0);
  });

  it('reads bodies found as deaths, with their count', () => {
    expect(victims('The bodies of three kidnapped students were found near the campus.')).toBe(3);
    expect(victims('Police identified the body of Leonel Ortega, a teacher.')).toBe(1);
    expect(counts('Soldiers found the body of a rebel near the river.').killed).toBe(1);
    expect(victims('Soldiers found the body of a rebel near the river.')).toBe(0);
    expect(counts('Bodies of water were found on the moon.').killed).toBe(0);
    expect(counts('The remains of an old fort were discovered.').killed).toBe(0);
  });

  it('reads clauses apart: a recollection or threat in one does not cancel a death in the other', () => {
    expect(counts('The judge had been murdered; the senator was murdered that evening.').killed).toBe(1);
    expect(counts('He is wanted for the murder of a councilman and for a plan to kill a rival.').killed).toBe(1);
    expect(counts('The group threatened to kill five journalists who were kidnapped.').killed).toBe(0);
    expect(counts('The judge had been murdered in the same town.').killed).toBe(0);
  });

  it('reads "over the weekend" and "killed on Thursday" as the news, "killed in 1985" as the past', () => {
    expect(counts('Eight people were killed in clashes over the past weekend.').killed).toBeGreaterThan(0);
    expect(counts('Leaders attended the funeral of six priests, who were killed on Thursday.').killed).toBe(1);
    expect(counts('The street is named after a judge who was killed in 1985.').killed).toBe(0);
  });

  it('reads "pronounced dead", "lost her life" and "caused one death", but not "a death squad"', () => {
    expect(counts('The driver was pronounced dead on arrival at the clinic.').killed).toBe(1);
    expect(counts('A nurse lost her life when the shell hit the ward.').killed).toBe(1);
    expect(counts('The blast caused one death and damaged ten houses.').killed).toBe(1);
    expect(counts('He said a death squad was operating in the area.').killed).toBe(0);
    expect(counts('The mayor received one death threat after another.').killed).toBe(0);
  });

  it('reads "fatally/mortally wounded" and "succumbed to his wounds" as deaths', () => {
    expect(counts('The night watchman was fatally stabbed outside the depot.').killed).toBe(1);
    expect(counts('A border guard was mortally wounded in the exchange of fire.').killed).toBe(1);
    expect(counts('Two customs officers were fatally shot at the checkpoint.').killed).toBe(2);
    expect(counts('The taxi driver succumbed to his wounds on Friday.').killed).toBe(1);
    expect(counts('The party succumbed to pressure and withdrew the bill.').killed).toBe(0);
  });

  it('reads any "<verb>ed to death" and "burned alive", but not "sentenced to death"', () => {
    expect(counts('The farmhands were machinegunned to death in the orchard.').killed).toBe(1);
    expect(counts('The shopkeeper was burned alive inside his kiosk.').killed).toBe(1);
    expect(counts('The smuggler was sentenced to death by the court.').killed).toBe(0);
    expect(counts('The colonel was condemned to death in absentia.').killed).toBe(0);
  });

  it('reads "claimed / cost / took the life (lives) of" with or without a count', () => {
    expect(counts('The landslide of rubble claimed the life of a firefighter.').killed).toBe(1);
    expect(counts('The ambush cost the lives of four conscripts.').killed).toBe(4);
    expect(counts('The grenade took the lives of two porters.').killed).toBe(2);
  });

  it('does not read a year before "hurt" or "killed" as a count', () => {
    expect(counts('The ankle injury he picked up in 2016 badly hurt his chances of a title.')).toEqual({ killed: 0, injured: 0 });
    expect(counts('1,500 people were wounded in the blast.').injured).toBe(1500);
  });

  it('reads a nationality as the victim, but not an animal', () => {
    expect(counts('Gunmen killed a Colombian and wounded an Ecuadorean at the border.')).toEqual({ killed: 1, injured: 1 });
    expect(counts('THE GROUP KILLED A PERUVIAN NEAR THE BRIDGE')).toEqual({ killed: 1, injured: 0 });
    expect(counts('Poachers killed an elephant in the park.').killed).toBe(0);
    expect(counts('The storm killed a pelican.').killed).toBe(0);
  });
});
