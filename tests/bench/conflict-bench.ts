import { Bench } from 'tinybench';
import { type ConflictPerson, findConflicts, prepareIndex } from '../../src-main/domain/people/conflict-check';

/**
 * One conflict check against 10,000 people (goal: < 50 ms median). The synthetic names mix
 * Turkish, Arabic, Persian, Afghan and African spellings so that the distinct-word count, which
 * drives the cost, is realistic; a fixed seed keeps runs comparable.
 */
const GIVEN = [
  'Mohammed',
  'Muhammad',
  'Mehmet',
  'Ahmad',
  'Ahmet',
  'Hasan',
  'Hussein',
  'Hüseyin',
  'Ali',
  'Omar',
  'Ömer',
  'Yusuf',
  'Youssef',
  'Ibrahim',
  'İbrahim',
  'Ismail',
  'Mustafa',
  'Mahmoud',
  'Abdullah',
  'Abdulrahman',
  'Khalid',
  'Halil',
  'Reza',
  'Hamid',
  'Jafar',
  'Cemal',
  'Kemal',
  'Said',
  'Walid',
  'Zakaria',
  'Yakup',
  'Fatima',
  'Fatma',
  'Aisha',
  'Ayşe',
  'Zainab',
  'Zeynep',
  'Khadija',
  'Hatice',
  'Maryam',
  'Meryem',
  'Amina',
  'Emine',
  'Leila',
  'Nour',
  'Sara',
  'Gulalai',
  'Farid',
  'Wahid',
  'Abdi',
  'Hawa',
  'Tesfaye',
  'Mulu',
  'Selam',
  'Dawit',
  'Amadou',
  'Fatoumata',
];
const FAMILY = [
  'Al-Hasan',
  'El Hassan',
  'Alhasan',
  'Yılmaz',
  'Kaya',
  'Demir',
  'Şahin',
  'Çelik',
  'Al-Ahmad',
  'Haddad',
  'Khoury',
  'Hosseini',
  'Ahmadi',
  'Rezaei',
  'Mohammadi',
  'Karimi',
  'Rahimi',
  'Sultani',
  'Noori',
  'Popal',
  'Stanikzai',
  'Abdi',
  'Warsame',
  'Tesfamariam',
  'Gebremedhin',
  'Diallo',
  'Traoré',
  'Al-Khatib',
  'Darwish',
  'Shami',
  'Halabi',
  'Kurdi',
  'Barzani',
  'Öztürk',
  'Aydın',
  'Arslan',
  'Doğan',
  'Koç',
  'Kurt',
  'Özdemir',
  'Hamdan',
  'Nasser',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticPeople(count: number, seed = 42): ConflictPerson[] {
  const next = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const given = pick(GIVEN);
    const family = pick(FAMILY);
    const year = 1950 + Math.floor(next() * 70);
    return {
      id: `p${i}`,
      givenName: given,
      familyName: `${family}${i % 7 === 0 ? '' : ` ${pick(FAMILY)}`}`,
      aliases: i % 3 === 0 ? [`${pick(GIVEN)} ${family}`] : [],
      dateOfBirth: i % 4 === 0 ? String(year) : `${year}-0${1 + (i % 9)}-1${i % 10}`,
      identityNumbers: [{ kind: 'foreign-id', value: `99${String(100000000 + i).padStart(9, '0')}` }],
    };
  });
}

export async function runConflictBench(): Promise<Array<{ name: string; medianMs: number; samples: number }>> {
  const people = syntheticPeople(10_000);
  const index = prepareIndex(people);
  const candidate = {
    givenName: 'Mohammad',
    familyName: 'Al-Hasan',
    aliases: ['Muhammed El Hassan'],
    dateOfBirth: '1985-03-12',
    identityNumbers: [{ kind: 'foreign-id' as const, value: '99100000007' }],
  };
  const bench = new Bench({ iterations: 30, time: 1000 });
  bench.add('conflicts: one check against 10,000 people (index kept in memory)', () => {
    findConflicts(candidate, index);
  });
  bench.add('conflicts: building the index for 10,000 people', () => {
    prepareIndex(people);
  });
  await bench.run();
  return bench.tasks.map((t) => {
    const result = t.result as { latency?: { p50?: number; samplesCount?: number } } | undefined;
    return { name: t.name, medianMs: result?.latency?.p50 ?? NaN, samples: result?.latency?.samplesCount ?? 0 };
  });
}
