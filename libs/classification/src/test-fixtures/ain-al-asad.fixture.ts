/**
 * Written for the unit tests from the facts of a real kind of report (no copied text): a militia
 * claims a missile and drone attack on a base in western Iraq, with background about an earlier
 * strike elsewhere in the country.
 */
export const AIN_AL_ASAD = {
  title: 'Missiles and drones hit Ain al-Asad air base in western Iraq, five US personnel hurt',
  body: [
    'The Islamic Resistance in Iraq, an umbrella of Iran-aligned militias, said on Saturday it had fired ballistic missiles and launched attack drones at the Ain al-Asad airbase in Anbar province.',
    'At least five US personnel were injured in the attack, a US defense official said, and one of them was in serious condition.',
    "Iraqi security forces later found a burnt-out launcher in a field in the Haditha district, on the edge of Anbar's desert.",
    'The base hosts American and coalition troops who advise Iraqi forces.',
    'A week earlier, a US strike in Babil province hit a compound at Jurf al-Sakhar and killed three Kataib Hezbollah members.',
    'Washington said it would respond at a time of its choosing.',
  ].join(' '),
};
