import { describe, expect, it } from 'vitest';
import {
  compareTurkish,
  foldForSearch,
  ftsQueryFromUserInput,
  FTS_MAX_TOKENS,
  searchTokens,
  toTurkishLower,
  toTurkishUpper,
} from '../../../src-main/domain/text/turkish-fold';

describe('foldForSearch', () => {
  it.each([
    ['ismail', 'İsmail'],
    ['Ismail', 'İsmail'],
    ['İSMAİL', 'İsmail'],
    ['ısmail', 'İsmail'],
    ['ISMAIL', 'İsmail'],
    ['sukru', 'Şükrü'],
    ['SUKRU', 'ŞÜKRÜ'],
    ['cagri', 'Çağrı'],
    ['ozgur', 'Özgür'],
    ['igdir', 'Iğdır'],
    ['Ali Riza', 'Ali Rıza'],
    ['hala', 'hâlâ'],
    ['kurd', 'Kûrd'],
    ['xelil', 'Xelîl'],
    ['sehir', 'ŞEHİR'],
  ])('%s and %s fold to the same key', (typed, stored) => {
    expect(foldForSearch(typed)).toBe(foldForSearch(stored));
  });

  it('folds to plain lower-case ASCII for Turkish text', () => {
    expect(foldForSearch('İSMAİL Şükrü Çağrı Öğüt ılık')).toBe('ismail sukru cagri ogut ilik');
  });

  it('handles decomposed (NFD) input, including a capital I with a combining dot', () => {
    expect(foldForSearch('S\u0327u\u0308kru\u0308')).toBe('sukru');
    expect(foldForSearch('I\u0307smail')).toBe('ismail');
    expect(foldForSearch('İsmail'.normalize('NFD'))).toBe('ismail');
  });

  it('leaves Arabic and Persian script as it is, without crashing', () => {
    for (const s of ['محمد الحسن', 'حسین', 'فاطمه', 'مُحَمَّد']) {
      expect(foldForSearch(s)).toBe(s.normalize('NFC'));
    }
  });

  it('lower-cases other scripts and unfolds compatibility forms', () => {
    expect(foldForSearch('ΑΛΦΑ')).toBe('αλφα');
    expect(foldForSearch('ﬁle Ｍehmet')).toBe('file mehmet');
  });
});

describe('Turkish case mapping and collation', () => {
  it('upper- and lower-cases the Turkish way', () => {
    expect(toTurkishUpper('istanbul ılgaz')).toBe('İSTANBUL ILGAZ');
    expect(toTurkishLower('İSTANBUL ILGAZ')).toBe('istanbul ılgaz');
  });

  it.each([
    ['c', 'ç'],
    ['ç', 'd'],
    ['g', 'ğ'],
    ['ğ', 'h'],
    ['ı', 'i'],
    ['h', 'ı'],
    ['o', 'ö'],
    ['ö', 'p'],
    ['s', 'ş'],
    ['ş', 't'],
    ['u', 'ü'],
    ['ü', 'v'],
    ['Cemal', 'Çelik'],
    ['Çelik', 'Demir'],
    ['Işık', 'İsmail'],
    ['Ozan', 'Öztürk'],
    ['Öztürk', 'Polat'],
    ['Sarı', 'Şahin'],
    ['Şahin', 'Tekin'],
    ['Uçar', 'Ünal'],
    ['2024/9', '2024/10'],
  ])('%s sorts before %s', (a, b) => {
    expect(compareTurkish(a, b)).toBeLessThan(0);
    expect(compareTurkish(b, a)).toBeGreaterThan(0);
  });

  it('sorts a list of names in Turkish alphabetical order', () => {
    const names = ['Zeynep', 'Ömer', 'İsmail', 'Çağrı', 'Işıl', 'Cem', 'Şule', 'Ümit', 'Sena', 'Ahmet', 'Ozan', 'Uğur'];
    expect([...names].sort(compareTurkish)).toEqual([
      'Ahmet',
      'Cem',
      'Çağrı',
      'Işıl',
      'İsmail',
      'Ozan',
      'Ömer',
      'Sena',
      'Şule',
      'Uğur',
      'Ümit',
      'Zeynep',
    ]);
  });
});

describe('ftsQueryFromUserInput', () => {
  it.each([
    ['ismail', '"ismail"*'],
    ['İSMAİL', '"ismail"*'],
    ['Şükrü Yılmaz', '"sukru"* AND "yilmaz"*'],
    ['  ahmet   ahmet  ', '"ahmet"*'],
    ['99123456789', '"99123456789"*'],
    ['123-12C12345', '"123"* AND "12c12345"*'],
    ["İsmail'in dosyası", '"ismail"* AND "in"* AND "dosyasi"*'],
  ])('%s → %s', (input, expected) => {
    expect(ftsQueryFromUserInput(input)).toBe(expected);
  });

  it.each([
    ['"a" OR b', '"a"* AND "or"* AND "b"*'],
    ['NEAR(a b, 2)', '"near"* AND "a"* AND "b"* AND "2"*'],
    ['*', null],
    ['-x', '"x"*'],
    ['col:val', '"col"* AND "val"*'],
    ['a NOT b', '"a"* AND "not"* AND "b"*'],
    ['^start', '"start"*'],
    ['"unterminated', '"unterminated"*'],
    ['{title body}: x', '"title"* AND "body"* AND "x"*'],
    ['a AND (b OR c)', '"a"* AND "and"* AND "b"* AND "or"* AND "c"*'],
    ['""', null],
    ['', null],
    ['   ', null],
    ['!@#$%^&*()', null],
  ])('neutralizes FTS syntax: %s', (input, expected) => {
    expect(ftsQueryFromUserInput(input)).toBe(expected);
  });

  it('produces only quoted, prefix-marked tokens joined by AND', () => {
    const samples = ['x" OR "y', 'a*b', 'NEAR/3', 'title:"x"', "O'Reilly", 'محمد الحسن', '+plus -minus'];
    for (const s of samples) {
      const q = ftsQueryFromUserInput(s);
      expect(q).not.toBeNull();
      for (const part of (q ?? '').split(' AND ')) expect(part).toMatch(/^"[^"]+"\*$/);
    }
  });

  it('bounds the number of tokens', () => {
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(ftsQueryFromUserInput(many)?.split(' AND ')).toHaveLength(FTS_MAX_TOKENS);
  });

  it('tokenizes like unicode61: Arabic words are kept whole', () => {
    expect(searchTokens('محمد الحسن')).toEqual(['محمد', 'الحسن']);
  });
});
