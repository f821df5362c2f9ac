import { GazetteerBuilder } from '../gazetteer/gazetteer.builder';
import { tokenize } from '../text/tokenizer';
import { prior } from './candidate-filter';
import { createGeoEnv, GeoEnv } from './geo-env';
import { DEFAULT_GEO_WEIGHTS } from './geo-weights';
import { truecase } from './truecase';

/** Sentences written for these tests, in the style of wire copy in capitals. */
describe(truecase.name, () => {
  let env: GeoEnv;

  beforeAll(() => {
    env = createGeoEnv(GazetteerBuilder.shared(), DEFAULT_GEO_WEIGHTS, prior);
  });

  const cased = (text: string) => truecase(env, tokenize(text)).text;

  it('writes English words in lower case and names with a capital, sentence starts capitalised', () => {
    expect(cased('A CAR BOMB EXPLODED IN SOYAPANGO TODAY. POLICE SAID THE MINISTER WAS NOT HURT.'))
      .toBe('A car bomb exploded in Soyapango today. Police said the minister was not hurt.');
  });

  it('keeps acronyms and dotted codes in capitals, and reads "US" after a verb as the pronoun', () => {
    expect(cased('THE FMLN TOLD US THAT THE U.S. AMBASSADOR HAD LEFT.'))
      .toBe('The FMLN told us that the U.S. ambassador had left.');
    expect(cased('THE US EMBASSY WAS CLOSED ON MONDAY AFTER THE ATTACK.')).toBe('The US embassy was closed on Monday after the attack.');
  });

  it('capitalises a country named by an English word, and an article that begins a name', () => {
    expect(cased('TROOPS FROM CHINA ARRIVED IN LA PAZ AND EL ALTO ON FRIDAY.'))
      .toBe('Troops from China arrived in La Paz and El Alto on Friday.');
  });

  it('keeps every offset and folded form, and leaves mixed-case text as it is', () => {
    const doc = tokenize('REBELS ATTACKED A POST NEAR ANBAR’S CAPITAL, KILLING TWO.');
    const out = truecase(env, doc);
    expect(out.allCaps).toBe(false);
    expect(out.text).toHaveLength(doc.text.length);
    expect(out.tokens.map((t) => [t.start, t.end, t.norm])).toEqual(doc.tokens.map((t) => [t.start, t.end, t.norm]));
    const mixed = tokenize('Rebels attacked a post near Ramadi.');
    expect(truecase(env, mixed)).toBe(mixed);
  });
});
