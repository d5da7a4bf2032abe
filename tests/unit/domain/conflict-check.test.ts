import { describe, expect, it } from 'vitest';
import { type ConflictPerson, findConflicts, prepareIndex } from '../../../src-main/domain/people/conflict-check';

const FOREIGN_ID = '99123456740'; // valid checksum
const people: ConflictPerson[] = [
  {
    id: 'c1',
    givenName: 'Muhammed',
    familyName: 'El Hassan',
    dateOfBirth: '1988-04-12',
    identityNumbers: [{ kind: 'foreign-id', value: FOREIGN_ID }],
  },
  { id: 'c2', givenName: 'Zeynep', familyName: 'Yılmaz', aliases: ['Zainab Al-Ahmad'], dateOfBirth: '1995' },
  { id: 'c3', givenName: 'Hüseyin', familyName: 'Kaya' },
  { id: 'c4', givenName: 'Fatma', familyName: 'Hosseini', dateOfBirth: '1970-01-01' },
  { id: 'c5', givenName: 'Ali', familyName: 'Demir', identityNumbers: [{ kind: 'passport', value: 'N 1234567' }] },
];

describe('findConflicts', () => {
  it('finds a transliterated variant (acceptance example)', () => {
    const [m] = findConflicts({ givenName: 'Mohammad', familyName: 'Al-Hasan' }, people);
    expect(m).toMatchObject({ id: 'c1', matchedName: 'Muhammed El Hassan' });
    expect(m?.score).toBeGreaterThanOrEqual(0.85);
    expect(m?.reasons).toContain('nameVariant');
    expect(m?.nameReasons).toContain('transliteration');
  });

  it('reports an identical identity number strongly even when the names differ', () => {
    const matches = findConflicts(
      {
        givenName: 'Ahmet',
        familyName: 'Öztürk',
        identityNumbers: [{ kind: 'temporary-protection-id', value: FOREIGN_ID }],
      },
      people,
    );
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ id: 'c1', reasons: ['identityNumberExact'], matchedName: null });
    expect(matches[0]?.score).toBeGreaterThanOrEqual(0.95);
  });

  it('reports an identity-number match even above a high threshold, with names also matching → near 1', () => {
    const [m] = findConflicts(
      { givenName: 'Mohammed', familyName: 'Alhasan', identityNumbers: [{ kind: 'foreign-id', value: FOREIGN_ID }] },
      people,
      { threshold: 0.99 },
    );
    expect(m?.reasons).toEqual(expect.arrayContaining(['identityNumberExact', 'nameVariant']));
    expect(m?.score).toBeGreaterThan(0.99);
  });

  it('normalizes passport numbers before comparing', () => {
    const [m] = findConflicts({ givenName: 'X', identityNumbers: [{ kind: 'passport', value: 'n1234567' }] }, people);
    expect(m?.id).toBe('c5');
  });

  it('a name variant with the same date of birth scores higher than the name alone', () => {
    const alone = findConflicts({ givenName: 'Mohammad', familyName: 'Al-Hasan' }, people)[0];
    const withDob = findConflicts(
      { givenName: 'Mohammad', familyName: 'Al-Hasan', dateOfBirth: '1988-04-12' },
      people,
    )[0];
    expect(withDob?.reasons).toContain('dateOfBirthMatch');
    expect(withDob!.score).toBeGreaterThan(alone!.score);
  });

  it('a matching birth year helps less than a full date', () => {
    const year = findConflicts({ givenName: 'Mohammad', familyName: 'Al-Hasan', dateOfBirth: '1988' }, people)[0];
    const full = findConflicts({ givenName: 'Mohammad', familyName: 'Al-Hasan', dateOfBirth: '1988-04-12' }, people)[0];
    expect(year?.reasons).toContain('birthYearMatch');
    expect(year!.score).toBeLessThan(full!.score);
  });

  it('a contradicting date of birth lowers the score', () => {
    const alone = findConflicts({ givenName: 'Mohammad', familyName: 'Al-Hasan' }, people)[0];
    const other = findConflicts({ givenName: 'Mohammad', familyName: 'Al-Hasan', dateOfBirth: '1975-09-30' }, people, {
      threshold: 0,
    }).find((m) => m.id === 'c1');
    expect(other?.reasons).toContain('dateOfBirthMismatch');
    expect(other!.score).toBeLessThan(alone!.score);
  });

  it('treats 1 January as a registration placeholder, not a contradiction, in the same year', () => {
    const [m] = findConflicts({ givenName: 'Fatemeh', familyName: 'Hosseini', dateOfBirth: '1970-06-15' }, people);
    expect(m?.id).toBe('c4');
    expect(m?.reasons).toContain('birthYearMatch');
  });

  it('gives approximate dates two years of slack', () => {
    const near = findConflicts(
      { givenName: 'Fatemeh', familyName: 'Hosseini', dateOfBirth: '1972', dateOfBirthApproximate: true },
      people,
    )[0];
    expect(near?.reasons).toContain('birthYearMatch');
  });

  it('matches through aliases on either side', () => {
    const [m] = findConflicts({ givenName: 'Zeinab', familyName: 'El Ahmad' }, people);
    expect(m).toMatchObject({ id: 'c2', matchedName: 'Zainab Al-Ahmad' });
    expect(m?.reasons).toContain('aliasMatch');
    const [n] = findConflicts({ givenName: 'Ayşe', aliases: ['Zeynep Yilmaz'] }, people);
    expect(n?.id).toBe('c2');
    expect(n?.reasons).toEqual(expect.arrayContaining(['nameExact', 'aliasMatch']));
  });

  it('does not match different names', () => {
    expect(findConflicts({ givenName: 'Hasan', familyName: 'Kaya' }, people)).toEqual([]);
    expect(findConflicts({ givenName: 'Ammar', familyName: 'Demir' }, people)).toEqual([]);
  });

  it('sorts by score, applies threshold, limit and excludeId', () => {
    const all = findConflicts({ givenName: 'Hüseyin', familyName: 'Kaya' }, people, { threshold: 0 });
    expect(all[0]?.id).toBe('c3');
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
    expect(findConflicts({ givenName: 'Hüseyin', familyName: 'Kaya' }, people, { excludeId: 'c3' })).toEqual([]);
    expect(findConflicts({ givenName: 'Hüseyin', familyName: 'Kaya' }, people, { limit: 0 })).toEqual([]);
  });

  it('keeps the index in sync with upsert and remove', () => {
    const index = prepareIndex(people);
    const candidate = { givenName: 'Khalil', familyName: 'Ibrahim' };
    expect(findConflicts(candidate, index)).toEqual([]);
    index.upsert({
      id: 'c9',
      givenName: 'Halil',
      familyName: 'İbrahim',
      identityNumbers: [{ kind: 'unhcr', value: '123-12C12345' }],
    });
    expect(findConflicts(candidate, index).map((m) => m.id)).toEqual(['c9']);
    index.upsert({ id: 'c9', givenName: 'Selin', familyName: 'Aksoy' });
    expect(findConflicts(candidate, index)).toEqual([]);
    expect(
      findConflicts({ givenName: 'Q', identityNumbers: [{ kind: 'unhcr', value: '12312C12345' }] }, index),
    ).toEqual([]);
    index.remove('c9');
    expect(index.size).toBe(people.length);
  });
});
