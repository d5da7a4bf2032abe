import { parseDateInput } from '../../shared/date-input';
import { COUNTRIES, USER_ASSIGNED_COUNTRIES, type CountryCode } from '../../shared/iso/countries';
import { LANGUAGES } from '../../shared/iso/languages';
import { CASE_TYPES, type CaseType } from '../../shared/schemas/deadlines';
import { foldForSearch } from '../text/turkish-fold';

/**
 * One spreadsheet cell read as a field's value. Pure; the reasons are the codes the forms use
 * (`date.monthFirst`, `country.unknown`, …), so the preview explains a refused cell in the same
 * words as the client form would.
 */

export type CellResult<T> = { ok: true; value: T } | { ok: false; code: string };

const DATE_ERROR_CODES = {
  format: 'date.invalid',
  ambiguousYear: 'date.ambiguousYear',
  monthFirst: 'date.monthFirst',
  impossible: 'date.impossible',
  outOfRange: 'date.outOfRange',
} as const;

/**
 * A date as the date field reads it (day first: `07.03.2025`, `7/3/2025`, `07-03-2025`, ISO),
 * plus what spreadsheets add: a midnight time after the date (`07.03.2025 00:00:00`,
 * `2025-03-07T00:00:00`). `allowYear` accepts a year alone (dates of birth).
 */
export function readDate(cell: string, allowYear = false): CellResult<string> {
  const value = cell
    .trim()
    .replace(/[T ]00:00(:00(\.0+)?)?Z?$/, '')
    .trim();
  const parsed = parseDateInput(value, { allowYear });
  switch (parsed.kind) {
    case 'date':
      return { ok: true, value: parsed.iso };
    case 'year':
      return { ok: true, value: parsed.year };
    case 'empty':
      return { ok: false, code: 'date.invalid' };
    case 'error':
      return { ok: false, code: DATE_ERROR_CODES[parsed.error] };
  }
}

const fold = (s: string): string =>
  foldForSearch(s)
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Demonyms and short forms seen in lawyers' lists for the nationalities this work meets most;
 * ISO names in Turkish and English and the codes themselves are recognised from the country list.
 */
const COUNTRY_WORDS: Readonly<Record<string, CountryCode>> = {
  suriyeli: 'SY',
  syrian: 'SY',
  afgan: 'AF',
  afganli: 'AF',
  afghan: 'AF',
  iranli: 'IR',
  iranian: 'IR',
  irakli: 'IQ',
  iraqi: 'IQ',
  somalili: 'SO',
  somali: 'SO',
  eritreli: 'ER',
  eritrean: 'ER',
  sudanli: 'SD',
  sudanese: 'SD',
  pakistanli: 'PK',
  pakistani: 'PK',
  filistinli: 'PS',
  palestinian: 'PS',
  yemenli: 'YE',
  yemeni: 'YE',
  ozbek: 'UZ',
  uzbek: 'UZ',
  turkmen: 'TM',
  kongolu: 'CD',
  congolese: 'CD',
  kongo: 'CD',
  congo: 'CD',
  'dr congo': 'CD',
  drc: 'CD',
  bangladesli: 'BD',
  bangladeshi: 'BD',
  nijeryali: 'NG',
  nigerian: 'NG',
  etiyopyali: 'ET',
  ethiopian: 'ET',
  ukraynali: 'UA',
  ukrainian: 'UA',
  rus: 'RU',
  russian: 'RU',
  gurcu: 'GE',
  georgian: 'GE',
  azeri: 'AZ',
  azerbaijani: 'AZ',
  fasli: 'MA',
  moroccan: 'MA',
  cezayirli: 'DZ',
  algerian: 'DZ',
  tunuslu: 'TN',
  tunisian: 'TN',
  libyali: 'LY',
  libyan: 'LY',
  misirli: 'EG',
  egyptian: 'EG',
  urdunlu: 'JO',
  jordanian: 'JO',
  lubnanli: 'LB',
  lebanese: 'LB',
  kirgiz: 'KG',
  kyrgyz: 'KG',
  tacik: 'TJ',
  tajik: 'TJ',
  kazak: 'KZ',
  kazakh: 'KZ',
  gineli: 'GN',
  guinean: 'GN',
  senegalli: 'SN',
  senegalese: 'SN',
  kamerunlu: 'CM',
  cameroonian: 'CM',
  turk: 'TR',
  turkish: 'TR',
  tc: 'TR',
};

/** ISO 3166-1 alpha-3 codes of the same nationalities (UNHCR and passports use them). */
const ALPHA3: Readonly<Record<string, CountryCode>> = {
  syr: 'SY',
  afg: 'AF',
  irn: 'IR',
  irq: 'IQ',
  som: 'SO',
  eri: 'ER',
  sdn: 'SD',
  ssd: 'SS',
  pak: 'PK',
  pse: 'PS',
  yem: 'YE',
  uzb: 'UZ',
  tkm: 'TM',
  cod: 'CD',
  cog: 'CG',
  bgd: 'BD',
  nga: 'NG',
  eth: 'ET',
  ukr: 'UA',
  rus: 'RU',
  geo: 'GE',
  aze: 'AZ',
  mar: 'MA',
  dza: 'DZ',
  tun: 'TN',
  lby: 'LY',
  egy: 'EG',
  jor: 'JO',
  lbn: 'LB',
  kgz: 'KG',
  tjk: 'TJ',
  kaz: 'KZ',
  gin: 'GN',
  sen: 'SN',
  cmr: 'CM',
  tur: 'TR',
};

const COUNTRY_BY_WORD: ReadonlyMap<string, CountryCode> = (() => {
  const map = new Map<string, CountryCode>();
  const all = { ...COUNTRIES, ...USER_ASSIGNED_COUNTRIES } as Record<string, { tr: string; en: string }>;
  for (const [code, names] of Object.entries(all)) {
    map.set(fold(names.tr), code as CountryCode);
    map.set(fold(names.en), code as CountryCode);
    map.set(code.toLowerCase(), code as CountryCode);
  }
  for (const [word, code] of Object.entries({ ...ALPHA3, ...COUNTRY_WORDS })) map.set(fold(word), code);
  return map;
})();

/**
 * A nationality by code (`SY`, `SYR`), name (`Suriye`, `Syria`) or demonym (`Suriyeli`,
 * `Syrian`); undefined when none fits, and the client schema then refuses it as
 * `country.unknown`.
 */
export function resolveCountry(cell: string): CountryCode | undefined {
  return COUNTRY_BY_WORD.get(fold(cell));
}

const LANGUAGE_BY_WORD: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [code, names] of Object.entries(LANGUAGES as Record<string, { tr: string; en: string }>)) {
    map.set(code, code);
    map.set(fold(names.tr), code);
    map.set(fold(names.en), code);
    // "Farsça (Dari)" is also written "Dari"; the first language with a short form keeps it.
    for (const name of [names.tr, names.en]) {
      const short = fold(name.replace(/\s*\(.*\)\s*$/, ''));
      if (!map.has(short)) map.set(short, code);
    }
  }
  // "Kürtçe" alone does not say which Kurdish: the code for "variety not recorded".
  map.set('kurtce', 'ku');
  map.set('kurdish', 'ku');
  return map;
})();

/** Languages separated by commas, semicolons, slashes or "ve"/"and"; unknown ones kept as typed. */
export function resolveLanguages(cell: string): string[] {
  return cell
    .split(/[,;/]|\s+(?:ve|and|&)\s+/i)
    .map((w) => w.trim())
    .filter((w) => w !== '')
    .map((w) => LANGUAGE_BY_WORD.get(fold(w)) ?? w);
}

const GENDER_WORDS: Readonly<Record<string, string>> = {
  kadin: 'female',
  k: 'female',
  kiz: 'female',
  erkek: 'male',
  e: 'male',
  female: 'female',
  f: 'female',
  woman: 'female',
  male: 'male',
  m: 'male',
  man: 'male',
};

/** A gender word in Turkish or English; anything else is the client's own description. */
export function resolveGender(cell: string): string {
  return GENDER_WORDS[fold(cell)] ?? cell.trim();
}

const CASE_TYPE_WORDS: Readonly<Record<string, CaseType>> = {
  'sinir disi': 'removal-appeal',
  'sinir disi etme': 'removal-appeal',
  'sinir disi itiraz': 'removal-appeal',
  deport: 'removal-appeal',
  deportation: 'removal-appeal',
  removal: 'removal-appeal',
  'idari gozetim': 'administrative-detention',
  gozetim: 'administrative-detention',
  detention: 'administrative-detention',
  'uluslararasi koruma': 'international-protection',
  'international protection': 'international-protection',
  'gecici koruma': 'temporary-protection',
  'temporary protection': 'temporary-protection',
  ikamet: 'residence-permit',
  'ikamet izni': 'residence-permit',
  'residence permit': 'residence-permit',
  vatandaslik: 'citizenship',
  citizenship: 'citizenship',
  'aile birlesimi': 'family-reunification',
  'family reunification': 'family-reunification',
  vatansizlik: 'statelessness',
  statelessness: 'statelessness',
  'haklara erisim': 'access-to-rights',
  'access to rights': 'access-to-rights',
  aym: 'constitutional-court',
  'anayasa mahkemesi': 'constitutional-court',
  'bireysel basvuru': 'constitutional-court',
  aihm: 'ecthr',
  ecthr: 'ecthr',
  ceza: 'criminal',
  criminal: 'criminal',
  diger: 'other',
  other: 'other',
};

/** A case type by code (`removal-appeal`) or a common Turkish or English name. */
export function resolveCaseType(cell: string): CaseType | undefined {
  const code = cell.trim().toLowerCase();
  if ((CASE_TYPES as readonly string[]).includes(code)) return code as CaseType;
  return CASE_TYPE_WORDS[fold(cell)];
}

/** Words that belong to the family name when they stand before its last word. */
const FAMILY_PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'bint', 'abu', 'ebu', 'abd', 'de', 'van', 'von']);

/**
 * "Ad Soyad" in one cell: the last word is the family name, with a particle before it (`Al
 * Hasan`, `El Halil`); a single word is a given name only (many clients have one name).
 */
export function splitFullName(cell: string): { givenName: string; familyName?: string } {
  const words = cell
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length <= 1) return { givenName: words[0] ?? '' };
  let cut = words.length - 1;
  const before = words[cut - 1];
  if (cut >= 2 && before !== undefined && FAMILY_PARTICLES.has(fold(before))) cut--;
  return { givenName: words.slice(0, cut).join(' '), familyName: words.slice(cut).join(' ') };
}
