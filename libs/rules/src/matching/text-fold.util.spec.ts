import { foldAdminName, foldPhrase, foldText, normalizeSource } from './text-fold.util';

describe(foldText.name, () => {
  it('folds case, accents and punctuation to single spaces', () => {
    expect(foldText('  Ḥamāh: AIR-BASE, Şanlıurfa!! ')).toBe('hamah air base sanliurfa');
    expect(foldText('Straße Łódź Ørsted Æther')).toBe('strasse lodz orsted aether');
  });

  it('keeps letters of other scripts and drops their diacritics', () => {
    expect(foldText('ДНІПРО')).toBe('дніпро');
    expect(foldText('الْمَوْصِل')).toBe('الموصل');
  });
});

describe(foldPhrase.name, () => {
  it('pads a phrase for whole-word search and drops phrases with no word in them', () => {
    expect(foldPhrase('Air Base')).toBe(' air base ');
    expect(foldPhrase('!!!')).toBeNull();
  });
});

describe(foldAdminName.name, () => {
  it('drops generic admin-1 words so spellings compare equal', () => {
    expect(foldAdminName('Kirkuk Governorate')).toBe('kirkuk');
    expect(foldAdminName('Province of Kirkuk')).toBe('kirkuk');
    expect(foldAdminName('Donetsk Oblast')).toBe(foldAdminName('donetsk'));
    expect(foldAdminName('State')).toBe('state');
  });
});

describe(normalizeSource.name, () => {
  it('reduces names and URLs to a comparable host or name', () => {
    expect(normalizeSource('https://www.Reuters.com/world/x')).toBe('reuters.com');
    expect(normalizeSource(' BBC ')).toBe('bbc');
  });
});
