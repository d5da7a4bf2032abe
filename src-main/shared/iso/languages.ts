/**
 * Languages clients speak and interpreters are booked for. ISO 639-1 where a two-letter code
 * exists, ISO 639-3 otherwise (Dari, Kurmanji, Sorani, Hazaragi, Zazaki, Turkish Sign
 * Language): the distinction matters when booking an interpreter, so the macro code `ku` is
 * kept only for "Kurdish, variety not recorded", and Dari is not folded into Persian.
 * Not exhaustive on purpose; add a language when a client needs it.
 */
export const LANGUAGES = {
  ar: { tr: 'Arapça', en: 'Arabic' },
  fa: { tr: 'Farsça', en: 'Persian (Farsi)' },
  prs: { tr: 'Darice', en: 'Dari' },
  ps: { tr: 'Peştuca', en: 'Pashto' },
  haz: { tr: 'Hazaraca', en: 'Hazaragi' },
  ku: { tr: 'Kürtçe (lehçe belirtilmemiş)', en: 'Kurdish (variety not recorded)' },
  kmr: { tr: 'Kürtçe (Kurmanci)', en: 'Kurdish (Kurmanji)' },
  ckb: { tr: 'Kürtçe (Sorani)', en: 'Kurdish (Sorani)' },
  sdh: { tr: 'Güney Kürtçesi', en: 'Southern Kurdish' },
  zza: { tr: 'Zazaca', en: 'Zazaki' },
  tr: { tr: 'Türkçe', en: 'Turkish' },
  az: { tr: 'Azerbaycan Türkçesi', en: 'Azerbaijani' },
  en: { tr: 'İngilizce', en: 'English' },
  fr: { tr: 'Fransızca', en: 'French' },
  de: { tr: 'Almanca', en: 'German' },
  es: { tr: 'İspanyolca', en: 'Spanish' },
  ru: { tr: 'Rusça', en: 'Russian' },
  uk: { tr: 'Ukraynaca', en: 'Ukrainian' },
  ka: { tr: 'Gürcüce', en: 'Georgian' },
  hy: { tr: 'Ermenice', en: 'Armenian' },
  so: { tr: 'Somalice', en: 'Somali' },
  ti: { tr: 'Tigrinya', en: 'Tigrinya' },
  am: { tr: 'Amharca', en: 'Amharic' },
  om: { tr: 'Oromca', en: 'Oromo' },
  sw: { tr: 'Svahili', en: 'Swahili' },
  ha: { tr: 'Hausa', en: 'Hausa' },
  yo: { tr: 'Yoruba', en: 'Yoruba' },
  ig: { tr: 'İbo', en: 'Igbo' },
  ln: { tr: 'Lingala', en: 'Lingala' },
  wo: { tr: 'Volofça', en: 'Wolof' },
  ff: { tr: 'Fula', en: 'Fula' },
  rw: { tr: 'Kinyarwanda', en: 'Kinyarwanda' },
  ur: { tr: 'Urduca', en: 'Urdu' },
  pa: { tr: 'Pencapça', en: 'Punjabi' },
  bn: { tr: 'Bengalce', en: 'Bengali' },
  hi: { tr: 'Hintçe', en: 'Hindi' },
  ne: { tr: 'Nepalce', en: 'Nepali' },
  bal: { tr: 'Beluçça', en: 'Balochi' },
  uz: { tr: 'Özbekçe', en: 'Uzbek' },
  tk: { tr: 'Türkmence', en: 'Turkmen' },
  ky: { tr: 'Kırgızca', en: 'Kyrgyz' },
  kk: { tr: 'Kazakça', en: 'Kazakh' },
  tg: { tr: 'Tacikçe', en: 'Tajik' },
  ug: { tr: 'Uygurca', en: 'Uyghur' },
  zh: { tr: 'Çince', en: 'Chinese' },
  my: { tr: 'Birmanca', en: 'Burmese' },
  sq: { tr: 'Arnavutça', en: 'Albanian' },
  bs: { tr: 'Boşnakça', en: 'Bosnian' },
  syc: { tr: 'Süryanice', en: 'Syriac' },
  tsm: { tr: 'Türk İşaret Dili', en: 'Turkish Sign Language' },
} as const satisfies Record<string, { tr: string; en: string }>;

export type LanguageCode = keyof typeof LANGUAGES;
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as [LanguageCode, ...LanguageCode[]];

export function languageName(code: LanguageCode, language: 'tr' | 'en'): string {
  return LANGUAGES[code][language];
}
