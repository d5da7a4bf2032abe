import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src-main/shared/errors';
import { PASSPHRASE_REASONS } from '../../src-main/shared/schemas/vault';
import { en, tr } from '../../src-renderer/src/i18n/resources';

const RENDERER_SRC = fileURLToPath(new URL('../../src-renderer/src', import.meta.url));

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as `a.b.c` → value, so both languages can be compared key by key. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

const trFlat = flatten(tr);
const enFlat = flatten(en);

describe('renderer translations', () => {
  it('tr and en have identical key sets', () => {
    expect([...enFlat.keys()].sort()).toEqual([...trFlat.keys()].sort());
  });

  it('has no empty strings', () => {
    for (const [language, flat] of [
      ['tr', trFlat],
      ['en', enFlat],
    ] as const) {
      for (const [key, value] of flat) expect(value.trim(), `${language}:${key}`).not.toBe('');
    }
  });

  it.each(ERROR_CODES)('has a message for error code %s in both languages', (code) => {
    expect(trFlat.get(`errors.${code}`)).toBeTruthy();
    expect(enFlat.get(`errors.${code}`)).toBeTruthy();
  });

  it.each(PASSPHRASE_REASONS)('has a message for passphrase reason %s in both languages', (reason) => {
    expect(trFlat.get(`reasons.${reason}`)).toBeTruthy();
    expect(enFlat.get(`reasons.${reason}`)).toBeTruthy();
  });

  it('uses the same interpolation placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of trFlat) expect(placeholders(enFlat.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('Turkish is a translation, not a copy of the English', () => {
    const spotChecks = [
      'nav.lock',
      'nav.settings',
      'home.title',
      'unlock.title',
      'unlock.passphrase',
      'create.submit',
      'recovery.keyLabel',
      'errors.WRONG_PASSPHRASE',
      'errors.LOCKED',
      'reasons.tooShort',
    ];
    for (const key of spotChecks) expect(trFlat.get(key), key).not.toBe(enFlat.get(key));
    // Only names that are the same in every language may be identical.
    // "Pro bono" is the one term for unpaid work in both languages (the glossary, issue 14).
    const allowedSame = new Set(['app.name', 'language.tr', 'language.en', 'timeline.proBonoBadge']);
    const same = [...trFlat]
      .filter(([key, value]) => value === enFlat.get(key) && !allowedSame.has(key))
      .map(([key]) => key);
    expect(same).toEqual([]);
  });

  it('uses the agreed Turkish terms', () => {
    expect(tr.unlock.passphrase).toBe('Parola');
    expect(tr.unlock.title).toBe('Kasa kilitli');
    expect(tr.nav.lock).toBe('Kilitle');
    expect(tr.recovery.keyLabel).toBe('Kurtarma anahtarı');
    expect(tr.nav.settings).toBe('Ayarlar');
    expect(tr.home.title).toBe('Ajanda');
  });

  it('Turkish text uses Turkish letters (not ASCII stand-ins)', () => {
    const allTurkish = [...trFlat.values()].join(' ');
    for (const letter of ['ş', 'ı', 'ğ', 'ü', 'ö', 'ç', 'İ']) expect(allTurkish).toContain(letter);
  });
});

describe('translation namespaces', () => {
  it('no two namespaces define the same top-level key (a spread would silently drop one)', async () => {
    const featuresDir = path.join(RENDERER_SRC, 'features');
    const paths = [
      path.join(RENDERER_SRC, 'i18n', 'common-messages.ts'),
      ...readdirSync(featuresDir)
        .map((area) => path.join(featuresDir, area, 'messages.ts'))
        .filter((file) => existsSync(file)),
    ];
    const files = new Map<string, Record<string, Tree>>();
    for (const file of paths) files.set(file, (await import(file)) as Record<string, Tree>);
    const owners = new Map<string, string[]>();
    for (const [file, exports] of files) {
      for (const [name, tree] of Object.entries(exports)) {
        if (!name.endsWith('Tr')) continue;
        // casework is nested under its own key rather than spread.
        const keys = name === 'caseworkTr' ? ['casework'] : Object.keys(tree);
        for (const key of keys) owners.set(key, [...(owners.get(key) ?? []), file]);
      }
    }
    const twice = [...owners].filter(([, where]) => where.length > 1);
    expect(twice).toEqual([]);
    expect([...owners.keys()].sort()).toEqual(Object.keys(tr).sort());
  });
});
