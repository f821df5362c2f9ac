/**
 * Towns and villages of the wars of 2015–2025 that conflict news names again and again and that
 * GeoNames' cities500 (the gazetteer's towns) lacks: the Sahel's and Lake Chad's, Cabo Delgado's,
 * South Sudan's, Darfur's and Gezira's, the eastern Congo's, south Lebanon's, Somalia's,
 * Ethiopia's, Iraq's, Pakistan's border districts', Myanmar's and others. Each is
 * `[names, ISO 3166-2 code of its province]`, the first name the one shown; written from the
 * places' record (the UN's and the wires' reports), not from any one article. Burkina Faso's and
 * Mali's provinces are ISO's as iso-3166 lists them (Burkina Faso's 13 regions of before 2025).
 * The gazetteer places each at its province's point (gazetteer.builder.ts, addConflictTowns).
 * Names that are common words, brands or given names as often ("Samira", "Chai", "Mémé", "Lego"), or that name a
 * better-known place of another war (Syria's Houla), are left out.
 */
export const CONFLICT_TOWNS: readonly (readonly [readonly string[], string])[] = [
  // Mali: Ségou, Mopti, Tombouctou, Gao, Ménaka, Kidal.
  [['Diabaly', 'Diabali'], 'ML-4'], [['Farabougou'], 'ML-4'], [['Nampala'], 'ML-4'], [['Dogofry', 'Dogofri'], 'ML-4'],
  [['Dioura'], 'ML-5'], [['Boulkessi', 'Boulkessy'], 'ML-5'], [['Mondoro'], 'ML-5'], [['Ogossagou'], 'ML-5'], [['Sobane Da', 'Sobane-Da', 'Sobane Kou'], 'ML-5'],
  [['Diafarabé', 'Diafarabe'], 'ML-5'], [['Moura'], 'ML-5'], [['Dinangourou'], 'ML-5'], [['Boni'], 'ML-5'], [['Hombori'], 'ML-5'], [['Sofara'], 'ML-5'],
  [['Konna'], 'ML-5'], [['Ténenkou', 'Tenenkou'], 'ML-5'], [['Diallassagou'], 'ML-5'], [['Youwarou'], 'ML-5'],
  [['Léré', 'Lere'], 'ML-6'], [['Ber'], 'ML-6'], [['Gossi'], 'ML-6'], [['Niafunké', 'Niafunke'], 'ML-6'],
  [['Talataye'], 'ML-7'], [['Intahaka'], 'ML-7'], [['Ouatagouna'], 'ML-7'], [['Tarkint'], 'ML-7'],
  [['Anderamboukane', 'Andéramboukane'], 'ML-9'],
  [['Tinzaouaten', 'Tin Zaouatene', 'Tinzawatene', 'Tin-Zaouatene'], 'ML-8'], [['Anefis', 'Anéfis'], 'ML-8'],
  // Burkina Faso: Sahel, Centre-Nord, Boucle du Mouhoun, Nord, Est.
  [['Solhan'], 'BF-12'], [['Seytenga'], 'BF-12'], [['Markoye'], 'BF-12'], [['Arbinda'], 'BF-12'], [['Inata'], 'BF-12'], [['Mansila'], 'BF-12'],
  [['Tongomayel'], 'BF-12'], [['Nassoumbou'], 'BF-12'], [['Koutougou'], 'BF-12'], [['Kelbo'], 'BF-12'], [['Gaskindé', 'Gaskinde'], 'BF-12'],
  [['Barsalogho', 'Barsalogo'], 'BF-05'], [['Dablo'], 'BF-05'], [['Pensa'], 'BF-05'], [['Yirgou'], 'BF-05'], [['Foubé', 'Foube'], 'BF-05'], [['Namsiguia'], 'BF-05'],
  [['Djibasso'], 'BF-01'],
  [['Karma'], 'BF-10'], [['Thiou'], 'BF-10'], [['Koumbri'], 'BF-10'],
  [['Matiacoali'], 'BF-08'], [['Tanwalbougou'], 'BF-08'], [['Partiaga'], 'BF-08'], [['Kantchari'], 'BF-08'], [['Madjoari'], 'BF-08'], [['Boungou'], 'BF-08'], [['Manni'], 'BF-08'],
  [['Solenzo'], 'BF-01'],
  // Niger: Tillabéri, Tahoua, Diffa, Agadez.
  [['Inates'], 'NE-6'], [['Chinégodar', 'Chinegodar', 'Chinagodrar'], 'NE-6'], [['Tongo Tongo', 'Tongo-Tongo'], 'NE-6'], [['Banibangou', 'Bani Bangou', 'Bani-Bangou'], 'NE-6'],
  [['Abala'], 'NE-6'], [['Tchoma Bangou', 'Tchombangou'], 'NE-6'], [['Zaroumdareye', 'Zaroumadareye'], 'NE-6'], [['Mangaizé', 'Mangaize'], 'NE-6'],
  [['Tamou'], 'NE-6'], [['Torodi'], 'NE-6'], [['Makalondi'], 'NE-6'], [['Anzourou'], 'NE-6'], [['Fambita'], 'NE-6'],
  [['Tillia'], 'NE-5'], [['Intikane'], 'NE-5'],
  [['Toumour'], 'NE-2'], [['Chétimari', 'Chetimari'], 'NE-2'], [['Gueskérou', 'Gueskerou'], 'NE-2'], [['Baroua'], 'NE-2'], [['Kablewa'], 'NE-2'], [['Bosso'], 'NE-2'],
  [['Assamaka'], 'NE-1'],
  // Chad: Lac, Tibesti.
  [['Bohoma'], 'TD-LC'], [['Ngouboua'], 'TD-LC'], [['Kaiga Kindjiria', 'Kaïga Kindjiria'], 'TD-LC'], [['Barkaram'], 'TD-LC'], [['Tchoukoutalia'], 'TD-LC'],
  [['Litri'], 'TD-LC'], [['Baga Sola', 'Bagasola'], 'TD-LC'], [['Daboua'], 'TD-LC'],
  [['Kouri Bougoudi', 'Kouri-Bougoudi'], 'TD-TI'], [['Miski'], 'TD-TI'],
  // Cameroon's Far North.
  [['Kolofata'], 'CM-EN'], [['Mozogo'], 'CM-EN'], [['Amchidé', 'Amchide'], 'CM-EN'], [['Tourou'], 'CM-EN'], [['Kerawa'], 'CM-EN'], [['Nguetchewe', 'Nguetchéwé'], 'CM-EN'],
  [['Mayo-Moskota', 'Mayo Moskota'], 'CM-EN'], [['Fotokol'], 'CM-EN'], [['Limani'], 'CM-EN'], [['Zeleved'], 'CM-EN'],
  // Cameroon's North-West and South-West, the anglophone regions' war.
  [['Ngarbuh'], 'CM-NW'], [['Ekona'], 'CM-SW'], [['Egbekaw'], 'CM-SW'],
  // Mozambique: Cabo Delgado, Nampula.
  [['Quissanga'], 'MZ-P'], [['Meluco'], 'MZ-P'], [['Muidumbe'], 'MZ-P'], [['Ancuabe'], 'MZ-P'], [['Mbau'], 'MZ-P'], [['Awasse'], 'MZ-P'], [['Mazeze'], 'MZ-P'],
  [['Nangade'], 'MZ-P'], [['Miangalewa'], 'MZ-P'], [['Ntchinga'], 'MZ-P'], [['Aldeia da Paz'], 'MZ-P'],
  [['Chipene'], 'MZ-N'],
  // South Sudan.
  [['Mayom'], 'SS-UY'], [['Adok'], 'SS-UY'], [['Nasir'], 'SS-NU'], [['Pieri'], 'SS-JG'], [['Mingkaman'], 'SS-LK'], [['Mundri'], 'SS-EW'], [['Tambura'], 'SS-EW'],
  // Sudan: Darfur, Gezira.
  [['Tawila'], 'SD-DN'], [['Shangil Tobaya', 'Shangil Tubaya'], 'SD-DN'], [['Misterei', 'Misteri'], 'SD-DW'], [['Mornei', 'Murnei'], 'SD-DW'], [['Kereneik', 'Krenik'], 'SD-DW'], [['Kabkabiya'], 'SD-DN'],
  [['Wad al-Nourah', 'Wad al-Noura', 'Wad Al-Noura', 'Wad an-Nourah'], 'SD-GZ'], [['Al-Sariha', 'al-Sariha', 'Sariha'], 'SD-GZ'], [['Tamboul', 'Tambul'], 'SD-GZ'],
  // The eastern Congo: Ituri, North and South Kivu.
  [['Komanda'], 'CD-IT'], [['Fataki'], 'CD-IT'], [['Eringeti'], 'CD-NK'], [['Kitchanga', 'Kitshanga'], 'CD-NK'], [['Mweso'], 'CD-NK'], [['Kishishe'], 'CD-NK'],
  [['Kanyabayonga'], 'CD-NK'], [['Rubaya'], 'CD-NK'], [['Oicha'], 'CD-NK'], [['Minembwe'], 'CD-SK'], [['Luvungi'], 'CD-SK'],
  // South Lebanon: Nabatieh (Bint Jbeil, Marjayoun, Hasbaya districts) and South (Tyre).
  [['Khiam', 'El Khiam', 'al-Khiam', 'Khiyam'], 'LB-NA'], [['Yaroun'], 'LB-NA'], [['Markaba'], 'LB-NA'], [['Kfarchouba', 'Kfar Shouba', 'Kfarshouba'], 'LB-NA'],
  [['Aitaroun', 'Aita al-Jabal'], 'LB-NA'], [['Mais al-Jabal', 'Meiss el-Jabal', 'Mays al-Jabal'], 'LB-NA'], [['Odaisseh', 'Adaisseh'], 'LB-NA'],
  [['Kfar Kila', 'Kfarkela'], 'LB-NA'], [['Aita al-Shaab', 'Aita al-Shaeb', 'Ayta ash-Shab'], 'LB-NA'], [['Rmeish'], 'LB-NA'],
  [['Qana'], 'LB-JA'], [['Naqoura'], 'LB-JA'],
  // Somalia: Hiiraan, the Shabelles, Bay, Gedo, the Jubbas, Galguduud, Mudug.
  [['Moqokori', 'Moqokoori'], 'SO-HI'], [['Mahas'], 'SO-HI'], [['Halgan'], 'SO-HI'], [['Mahaday', 'Mahadaay'], 'SO-SD'],
  [['Awdheegle', 'Awdhegle', 'Awdhegele'], 'SO-SH'], [['Janaale', 'Janale'], 'SO-SH'], [['Sabiid'], 'SO-SH'], [['Bariire'], 'SO-SH'], [['Buulo Mareer', 'Bulo Marer', 'Bulo Mareer'], 'SO-SH'],
  [['Leego'], 'SO-BY'], [['El Adde', 'Ceel Cadde', 'El-Adde'], 'SO-GE'], [['Kulbiyow', 'Kolbiyow'], 'SO-JH'], [['Harardhere', 'Harardheere'], 'SO-MU'],
  [['El Dher', 'Ceel Dheer', 'El Dhere'], 'SO-GA'], [['Galcad'], 'SO-GA'],
  // Ethiopia: Oromia, Benishangul-Gumuz, Tigray, Amhara.
  [['Gida Ayana', 'Gida Kiremu'], 'ET-OR'], [['Kiremu'], 'ET-OR'], [['Bulen', 'Bullen'], 'ET-BE'], [['Mai Kadra', 'Mai-Kadra', 'Maikadra'], 'ET-TI'], [['Hawzen'], 'ET-TI'],
  [['Dengelat'], 'ET-TI'], [['Togoga'], 'ET-TI'], [['Majete'], 'ET-AM'],
  // Iraq: Diyala, Nineveh (Sinjar), Erbil, Salah ad-Din.
  [['Al-Rashad', 'al-Rashad'], 'IQ-DI'], [['Al-Azim', 'al-Azim', 'Udhaim', 'al-Adhaim'], 'IQ-DI'], [['Sinuni', 'Snune'], 'IQ-NI'], [['Khanasor', 'Khanasour'], 'IQ-NI'],
  [['Sidakan'], 'IQ-AR'], [['Al-Farhatiya', 'al-Farhatiya', 'Farhatiya'], 'IQ-SD'], [['Mutaibija', 'Mutaibijah'], 'IQ-SD'],
  // Yemen: al-Dhale.
  [['Murais', 'Muris'], 'YE-DA'],
  // Pakistan: Khyber Pakhtunkhwa, Balochistan.
  [['Besham'], 'PK-KP'], [['Angoor Adda', 'Angur Adda'], 'PK-KP'], [['Mir Ali', 'Mirali'], 'PK-KP'], [['Spinwam'], 'PK-KP'], [['Makeen'], 'PK-KP'],
  [['Tump'], 'PK-BA'], [['Rarasham'], 'PK-BA'],
  // Myanmar: Chin, Kayah, Kayin, Sagaing.
  [['Thantlang'], 'MM-14'], [['Demoso'], 'MM-12'], [['Lay Kay Kaw'], 'MM-13'], [['Pazigyi', 'Pa Zi Gyi'], 'MM-01'],
  // The Central African Republic.
  [['Aïgbado', 'Aigbado'], 'CF-HK'], [['Niem'], 'CF-NM'],
  // Kenya's Lamu and Baringo, where al-Shabaab and cattle raiders strike.
  [['Pandanguo'], 'KE-21'], [['Koromey'], 'KE-21'], [['Arabal'], 'KE-01'],
  // Haiti's Artibonite; Syria's Quneitra, Colombia's Cauca.
  [['Pont-Sondé', 'Pont-Sonde', 'Pont Sondé'], 'HT-AR'],
  [['Jubata al-Khashab', 'Jabata al-Khashab'], 'SY-QU'], [['El Plateado'], 'CO-CAU'],
];
