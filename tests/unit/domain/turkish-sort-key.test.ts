import { describe, expect, it } from 'vitest';
import { compareTurkish } from '../../../src-main/domain/text/turkish-fold';
import { turkishSortKey } from '../../../src-main/domain/text/turkish-sort-key';

const byKey = (names: string[]) =>
  [...names].sort((a, b) =>
    turkishSortKey(a) < turkishSortKey(b) ? -1 : turkishSortKey(a) > turkishSortKey(b) ? 1 : 0,
  );

describe('Turkish sort key', () => {
  it('orders the Turkish letters the Turkish way', () => {
    expect(byKey(['Dilek', 'Çiğdem', 'Cem', 'Ceylan'])).toEqual(['Cem', 'Ceylan', 'Çiğdem', 'Dilek']);
    expect(byKey(['Hakan', 'Ğ', 'Gül'])).toEqual(['Gül', 'Ğ', 'Hakan']);
    expect(byKey(['İsmail', 'Ilgaz', 'Işık', 'Irmak'])).toEqual(['Ilgaz', 'Irmak', 'Işık', 'İsmail']);
    expect(byKey(['Pınar', 'Özlem', 'Oya'])).toEqual(['Oya', 'Özlem', 'Pınar']);
    expect(byKey(['Tuna', 'Şükrü', 'Selin'])).toEqual(['Selin', 'Şükrü', 'Tuna']);
    expect(byKey(['Veli', 'Ümit', 'Uğur'])).toEqual(['Uğur', 'Ümit', 'Veli']);
  });

  it('agrees with the Turkish collator on a mixed list of names', () => {
    const names = [
      'Şahin Öztürk',
      'Sahin Ozturk',
      'Çelik Ahmet',
      'Celik Ahmet',
      'İpek Işık',
      'Ipek Isik',
      'Ali',
      'Alî',
      'Zeynep',
      'Ömer',
      'Omar',
      'Ğ',
      'Hüseyin',
      'Hasan',
      'abdullah',
      'Abdullah Jr',
    ];
    const collated = [...names].sort(compareTurkish).map((n) => turkishSortKey(n));
    const keyed = byKey(names).map((n) => turkishSortKey(n));
    expect(keyed).toEqual(collated);
  });

  it('is case-insensitive the Turkish way', () => {
    expect(turkishSortKey('İSMAİL')).toBe(turkishSortKey('ismail'));
    expect(turkishSortKey('IŞIK')).toBe(turkishSortKey('ışık'));
    expect(turkishSortKey('ISIK')).not.toBe(turkishSortKey('isik'));
  });
});
