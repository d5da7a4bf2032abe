import { COUNTRIES } from '@shared/iso/countries';
import { LANGUAGES } from '@shared/iso/languages';
import { PROVINCES_TR } from '@shared/iso/provinces-tr';
import type { Language } from '@shared/schemas/vault';

/**
 * Names for the ISO codes the schemas store, in the interface language. The lists come from
 * shared/iso, so the form offers exactly what validation accepts.
 */

export interface CodeOption {
  code: string;
  label: string;
}

const collators: Record<Language, Intl.Collator> = {
  tr: new Intl.Collator('tr', { sensitivity: 'base' }),
  en: new Intl.Collator('en', { sensitivity: 'base' }),
};

type Names = Readonly<Record<string, { tr: string; en: string }>>;
const countries: Names = COUNTRIES;
const languages: Names = LANGUAGES;

export function countryName(code: string | null | undefined, lang: Language): string {
  if (!code) return '';
  return countries[code]?.[lang] ?? code;
}

export function languageName(code: string | null | undefined, lang: Language): string {
  if (!code) return '';
  return languages[code]?.[lang] ?? code;
}

export function provinceName(code: string | null | undefined): string {
  if (!code) return '';
  return (PROVINCES_TR as Readonly<Record<string, string>>)[code] ?? code;
}

const cache = new Map<string, CodeOption[]>();

function sortedOptions(key: string, names: Names, lang: Language): CodeOption[] {
  const cacheKey = `${key}:${lang}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const list = Object.entries(names)
    .map(([code, name]) => ({ code, label: name[lang] }))
    .sort((a, b) => collators[lang].compare(a.label, b.label));
  cache.set(cacheKey, list);
  return list;
}

export const countryOptions = (lang: Language): CodeOption[] => sortedOptions('country', countries, lang);
export const languageOptions = (lang: Language): CodeOption[] => sortedOptions('language', languages, lang);

export function provinceOptions(): CodeOption[] {
  return Object.entries(PROVINCES_TR as Readonly<Record<string, string>>)
    .map(([code, label]) => ({ code, label }))
    .sort((a, b) => collators.tr.compare(a.label, b.label));
}

/**
 * Case-, accent- and dotted/dotless-I-insensitive folding for matching what the lawyer types
 * against names ("turkiye", "TÜRKİYE" and "Türkiye" all find Türkiye).
 */
export function foldForMatch(text: string): string {
  return text.toLocaleLowerCase('tr').replace(/ı/g, 'i').normalize('NFD').replace(/\p{M}/gu, '');
}

/** The code a typed text stands for: a code itself, or an exact name in either language. */
export function resolveCode(text: string, names: Names): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const upper = trimmed.toUpperCase();
  const lower = trimmed.toLowerCase();
  if (Object.hasOwn(names, upper)) return upper;
  if (Object.hasOwn(names, lower)) return lower;
  const folded = foldForMatch(trimmed);
  for (const [code, name] of Object.entries(names)) {
    if (foldForMatch(name.tr) === folded || foldForMatch(name.en) === folded) return code;
  }
  return null;
}

export const COUNTRY_NAMES: Names = countries;
export const LANGUAGE_NAMES: Names = languages;
