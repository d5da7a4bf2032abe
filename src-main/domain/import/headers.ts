import type { ImportField } from '../../shared/schemas/import';
import { foldForSearch } from '../text/turkish-fold';

/**
 * Column headers the import recognises, Turkish and English, as lawyers and NGOs write them.
 * Compared after `normalizeHeader`: Turkish case folding (`ADI` → `adı` → `adi`, `İSİM` and
 * `ISIM` → `isim`), diacritics dropped (`Uyruğu` → `uyrugu`), punctuation as spaces (`T.C.
 * Kimlik No` → `t c kimlik no`). Only exact matches count: a wrong guess would put a father's
 * name in the family name, and the lawyer sees and corrects the mapping on screen anyway.
 */
const HEADER_WORDS: Readonly<Record<ImportField, readonly string[]>> = {
  fullName: [
    'ad soyad',
    'adi soyadi',
    'ad soyadi',
    'adsoyad',
    'isim soyisim',
    'isim soyad',
    'isim',
    'muvekkil',
    'muvekkil adi',
    'muvekkil adi soyadi',
    'full name',
    'name',
    'name surname',
    'client',
    'client name',
  ],
  givenName: ['ad', 'adi', 'ilk ad', 'first name', 'firstname', 'given name', 'given names', 'forename'],
  familyName: ['soyad', 'soyadi', 'soy ad', 'soy adi', 'soyisim', 'surname', 'last name', 'lastname', 'family name'],
  alias: [
    'diger yazilis',
    'diger yazilisi',
    'diger isim',
    'takma ad',
    'alias',
    'aka',
    'other spelling',
    'also known as',
  ],
  fatherName: ['baba adi', 'baba', 'father', 'father name', 'fathers name', 'father s name'],
  motherName: ['anne adi', 'ana adi', 'anne', 'mother', 'mother name', 'mothers name', 'mother s name'],
  dateOfBirth: [
    'dogum tarihi',
    'd tarihi',
    'dogum',
    'dogum yili',
    'date of birth',
    'birth date',
    'birthdate',
    'dob',
    'born',
    'year of birth',
  ],
  gender: ['cinsiyet', 'cinsiyeti', 'gender', 'sex'],
  nationality: [
    'uyruk',
    'uyrugu',
    'vatandaslik',
    'vatandasligi',
    'tabiiyet',
    'tabiiyeti',
    'ulke',
    'mensei ulke',
    'nationality',
    'citizenship',
    'country',
    'country of origin',
  ],
  languages: [
    'dil',
    'diller',
    'ana dil',
    'anadil',
    'anadili',
    'konustugu dil',
    'language',
    'languages',
    'mother tongue',
  ],
  phone: [
    'telefon',
    'tel',
    'telefon no',
    'telefon numarasi',
    'cep',
    'cep telefonu',
    'gsm',
    'phone',
    'phone number',
    'mobile',
    'telephone',
  ],
  foreignId: [
    'ykn',
    'ykn no',
    'yabanci kimlik no',
    'yabanci kimlik numarasi',
    'yabanci kimlik',
    'foreign id',
    'foreigner id',
    'foreign id number',
    'foreigner id number',
  ],
  temporaryProtectionId: [
    'gecici koruma no',
    'gecici koruma kimlik no',
    'gk no',
    'gk kimlik no',
    'temporary protection id',
    'temporary protection number',
    'tp id',
  ],
  turkishId: [
    'tc',
    'tc no',
    't c no',
    'tckn',
    'tc kimlik no',
    't c kimlik no',
    'tc kimlik numarasi',
    't c kimlik numarasi',
    'turkish id',
  ],
  passport: ['pasaport', 'pasaport no', 'pasaport numarasi', 'passport', 'passport no', 'passport number'],
  unhcr: ['unhcr', 'unhcr no', 'unhcr number', 'unhcr case number', 'bmmyk', 'bmmyk no'],
  caseType: ['dosya turu', 'dava turu', 'is turu', 'tur', 'case type', 'matter type', 'type'],
  fileNumber: [
    'dosya no',
    'dosya numarasi',
    'esas no',
    'esas',
    'esas numarasi',
    'file number',
    'file no',
    'case number',
    'case no',
  ],
  openedOn: [
    'acilis tarihi',
    'dosya acilis tarihi',
    'basvuru tarihi',
    'opened',
    'opened on',
    'opening date',
    'date opened',
  ],
  notifiedOn: [
    'teblig tarihi',
    'tebligat tarihi',
    'karar teblig tarihi',
    'teblig',
    'notification date',
    'notified',
    'notified on',
    'date notified',
    'date of notification',
  ],
};

/** `T.C. Kimlik No` → `t c kimlik no`; `ADI SOYADI` → `adi soyadi`; `Uyruğu:` → `uyrugu`. */
export function normalizeHeader(header: string): string {
  return foldForSearch(header)
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const FIELD_BY_HEADER: ReadonlyMap<string, ImportField> = new Map(
  (Object.entries(HEADER_WORDS) as Array<[ImportField, readonly string[]]>).flatMap(([field, words]) =>
    words.map((w) => [w, field] as const),
  ),
);

export function fieldForHeader(header: string): ImportField | undefined {
  return FIELD_BY_HEADER.get(normalizeHeader(header));
}

/**
 * The mapping recognised from a header row: each recognised column, each field once (the first
 * column wins). A full-name column gives way to separate given/family name columns.
 */
export function recognizeHeaders(headers: readonly string[]): Array<{ column: number; field: ImportField }> {
  const taken = new Set<ImportField>();
  const columns: Array<{ column: number; field: ImportField }> = [];
  headers.forEach((header, column) => {
    const field = fieldForHeader(header);
    if (field === undefined || taken.has(field)) return;
    taken.add(field);
    columns.push({ column, field });
  });
  if (taken.has('fullName') && taken.has('givenName')) return columns.filter((c) => c.field !== 'fullName');
  return columns;
}
