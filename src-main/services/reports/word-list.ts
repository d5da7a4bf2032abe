/**
 * 256 short, distinct English words, one per byte value, for reading key fingerprints aloud over
 * the phone ("olive tiger canoe …"). Fixed forever: changing the list or its order changes every
 * fingerprint users have already compared. A test checks that it has 256 distinct words.
 */
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
