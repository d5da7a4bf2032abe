/**
 * The fingerprint word lists, one word per byte value, for reading key fingerprints aloud over
 * the phone. Fixed forever: changing a list or its order changes every fingerprint users have
 * already compared. The backend computes fingerprints in the English list; a Turkish screen shows
 * the same bytes with the Turkish list (`fingerprintWordsIn`), so two people compare the same
 * fingerprint each in the language of their screen, word for word at the same positions.
 */
// prettier-ignore
export const FINGERPRINT_WORDS: readonly string[] = [
  'acorn', 'actor', 'adobe', 'agent', 'album', 'alley', 'amber', 'angle', 'ankle', 'apple',
  'apron', 'arrow', 'aspen', 'atlas', 'attic', 'audio', 'autumn', 'avocado', 'bacon', 'badge',
  'bagel', 'baker', 'bamboo', 'banjo', 'barley', 'basil', 'basket', 'beacon', 'beaver', 'berry',
  'bison', 'blanket', 'blossom', 'bonnet', 'border', 'bottle', 'bread', 'brick', 'bridge', 'bronze',
  'brook', 'bucket', 'buffalo', 'bugle', 'butter', 'button', 'cabin', 'cactus', 'camel', 'candle',
  'canoe', 'canyon', 'carbon', 'carpet', 'carrot', 'castle', 'cedar', 'cello', 'cherry', 'chess',
  'chimney', 'cider', 'circus', 'citrus', 'clover', 'cobalt', 'cocoa', 'coffee', 'comet', 'copper',
  'coral', 'cotton', 'cradle', 'crayon', 'cricket', 'crystal', 'cupcake', 'curtain', 'daisy', 'dancer',
  'delta', 'denim', 'desert', 'diamond', 'dolphin', 'donkey', 'dragon', 'drum', 'eagle', 'easel',
  'echo', 'elbow', 'ember', 'emerald', 'engine', 'falcon', 'feather', 'fern', 'fiddle', 'finch',
  'flannel', 'flute', 'forest', 'fossil', 'fountain', 'fox', 'galaxy', 'garden', 'garlic', 'gazelle',
  'geyser', 'ginger', 'glacier', 'globe', 'goblet', 'granite', 'grape', 'gravel', 'guitar', 'hammer',
  'harbor', 'harp', 'hazel', 'helmet', 'heron', 'honey', 'hornet', 'husky', 'igloo', 'indigo',
  'iris', 'island', 'ivory', 'jacket', 'jaguar', 'jasmine', 'jelly', 'jigsaw', 'jungle', 'kayak',
  'kettle', 'kitten', 'koala', 'ladder', 'lagoon', 'lantern', 'lemon', 'lentil', 'library', 'lily',
  'lizard', 'lobster', 'locket', 'lotus', 'magnet', 'mango', 'maple', 'marble', 'meadow', 'melon',
  'mirror', 'mitten', 'monkey', 'mosaic', 'muffin', 'mustard', 'napkin', 'nectar', 'needle', 'nickel',
  'noodle', 'nutmeg', 'oasis', 'ocean', 'olive', 'onion', 'orange', 'orchid', 'otter', 'oyster',
  'paddle', 'panda', 'papaya', 'parrot', 'pasta', 'peach', 'peanut', 'pebble', 'pelican', 'pepper',
  'piano', 'pickle', 'pigeon', 'pillow', 'pine', 'planet', 'plum', 'pocket', 'pony', 'poppy',
  'potato', 'pretzel', 'pumpkin', 'puzzle', 'quartz', 'quilt', 'rabbit', 'radish', 'rainbow', 'raven',
  'ribbon', 'river', 'robin', 'rocket', 'saddle', 'saffron', 'salmon', 'sandal', 'satin', 'scarf',
  'seal', 'shadow', 'shell', 'silver', 'sketch', 'sparrow', 'spider', 'spoon', 'spruce', 'squid',
  'statue', 'stork', 'sugar', 'summit', 'sunset', 'swan', 'tablet', 'tango', 'teapot', 'thistle',
  'thunder', 'tiger', 'timber', 'tomato', 'topaz', 'tractor', 'tulip', 'tunnel', 'turtle', 'umbrella',
  'valley', 'velvet', 'violin', 'walnut', 'walrus', 'wheat',
];

/** 256 short, distinct Turkish nouns, in byte order (the Turkish twin of the list above). */
// prettier-ignore
export const FINGERPRINT_WORDS_TR: readonly string[] = [
  'ada', 'adaçayı', 'akasya', 'akçaağaç', 'akik', 'alabalık', 'albüm', 'altın', 'ambar', 'anahtar',
  'ananas', 'ançüez', 'arı', 'armut', 'arpa', 'asma', 'aslan', 'atlas', 'ayna', 'ayva',
  'badem', 'bakır', 'balık', 'balkon', 'bambu', 'bardak', 'basamak', 'bavul', 'bayrak', 'bebek',
  'bezelye', 'biber', 'bilye', 'bisküvi', 'bulut', 'buğday', 'burçak', 'çadır', 'çakıl', 'çam',
  'çanta', 'çardak', 'çatal', 'çay', 'çekiç', 'çeltik', 'çember', 'çınar', 'çiçek', 'çikolata',
  'çilek', 'çinko', 'dağ', 'dalga', 'damla', 'davul', 'defne', 'defter', 'deniz', 'dere',
  'dolap', 'domates', 'dut', 'duvar', 'ekmek', 'elma', 'elmas', 'emzik', 'erik', 'eşarp',
  'fener', 'fesleğen', 'fıçı', 'fındık', 'fidan', 'fil', 'fincan', 'fırça', 'fıstık', 'gemi',
  'gergedan', 'geyik', 'gitar', 'gölet', 'gözlük', 'güneş', 'gümüş', 'güvercin', 'halı', 'hamak',
  'harita', 'havuç', 'hindi', 'ıhlamur', 'ıspanak', 'incir', 'inci', 'irmik', 'ırmak', 'iskele',
  'istiridye', 'kabak', 'kadife', 'kahve', 'kalem', 'kale', 'kamış', 'kanarya', 'kanepe', 'karanfil',
  'kartal', 'kavak', 'kavun', 'kayık', 'kaz', 'kazak', 'kedi', 'keklik', 'kemer', 'kertenkele',
  'kestane', 'keçi', 'kiraz', 'kirpi', 'koala', 'kova', 'köprü', 'kumru', 'kuzu', 'kupa',
  'kundura', 'lale', 'lamba', 'leylek', 'limon', 'lokum', 'mandalina', 'mantar', 'marul', 'masa',
  'mercan', 'mercimek', 'mektup', 'menekşe', 'mermer', 'mısır', 'midye', 'minare', 'misket', 'mum',
  'nane', 'nar', 'nergis', 'nilüfer', 'ocak', 'orman', 'ördek', 'örtü', 'palamut', 'pamuk',
  'papatya', 'papağan', 'pasta', 'patates', 'pelikan', 'penguen', 'peynir', 'pirinç', 'portakal', 'pusula',
  'radyo', 'reçel', 'rüzgar', 'saat', 'sabun', 'salkım', 'sandal', 'sardalya', 'saksı', 'sepet',
  'sincap', 'simit', 'soğan', 'sokak', 'somun', 'sümbül', 'şahin', 'şapka', 'şeftali', 'şeker',
  'şemsiye', 'şelale', 'tabak', 'tarak', 'tavşan', 'taş', 'tencere', 'terazi', 'tespih', 'tilki',
  'tohum', 'top', 'toprak', 'tuğla', 'turna', 'turp', 'tülbent', 'uçurtma', 'üzüm', 'vadi',
  'vazo', 'vişne', 'yaprak', 'yastık', 'yelken', 'yıldız', 'yosun', 'yonca', 'yorgan', 'yumurta',
  'yunus', 'zambak', 'zeytin', 'zürafa', 'balina', 'boncuk', 'buzul', 'çakmak', 'dürbün', 'gelincik',
  'gökkuşağı', 'hamsi', 'hasır', 'horoz', 'inek', 'kaplan', 'karınca', 'kayısı', 'kilim', 'kumsal',
  'lahana', 'leblebi', 'maydanoz', 'mavna', 'meşe', 'müzik', 'oklava', 'ot', 'pancar', 'pekmez',
  'pınar', 'sağanak', 'salyangoz', 'sandık', 'semaver', 'söğüt',
];

/**
 * Fingerprint words (as the backend computes them, English list) in the screen's language. A
 * word not in the list is kept as it is.
 */
export function fingerprintWordsIn(language: 'tr' | 'en', words: string): string {
  if (language === 'en') return words;
  return words
    .split(' ')
    .map((w) => {
      const at = FINGERPRINT_WORDS.indexOf(w);
      return at < 0 ? w : (FINGERPRINT_WORDS_TR[at] ?? w);
    })
    .join(' ');
}
