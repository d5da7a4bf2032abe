import type { CaseType } from '../../shared/schemas/deadlines';
import { generateCase, generateTimeline, type CaseContext } from './cases';
import { ORIGINS, type Origin } from './name-lists';
import { generateFamily, newHousehold, pickOrigin, type Household } from './people';
import { createRng, type Rng } from './prng';
import type { DemoCase, DemoData, DemoFamily } from './types';

/** The demo vault's seed: change it and every screenshot of the demo changes with it. */
export const DEMO_SEED = 20261128;

/**
 * The first families come from a fixed rotation so that even a tiny demo (`--clients 5`) shows
 * several nationalities; the rest follow the weighted mix.
 */
const FIRST_ORIGINS = ['syrian', 'afghan', 'iranian', 'somali', 'iraqi-kurdish', 'congolese', 'eritrean', 'sudanese'];

/** The matter that brought the household to us, by where they come from. */
function familyCaseType(rng: Rng, origin: Origin, size: number): CaseType {
  if (origin.idKind === 'turkish-id') return rng.chance(0.5) ? 'citizenship' : 'family-reunification';
  if (origin.idKind === 'temporary-protection-id')
    return rng.weighted<CaseType>([
      ['temporary-protection', 40],
      ['access-to-rights', 25],
      ['residence-permit', 10],
      ['removal-appeal', size === 1 ? 20 : 5],
      ['citizenship', 5],
    ]);
  return rng.weighted<CaseType>([
    ['international-protection', 55],
    ['removal-appeal', size === 1 ? 15 : 3],
    ['administrative-detention', size === 1 ? 8 : 1],
    ['access-to-rights', 8],
    ['residence-permit', 6],
    ['family-reunification', size === 1 ? 4 : 0],
  ]);
}

/** Matters that concern one adult only: detention and removal, and the higher courts. */
function individualCaseType(rng: Rng, stateless: boolean): CaseType {
  return rng.weighted<CaseType>([
    ['removal-appeal', 30],
    ['administrative-detention', 20],
    ['constitutional-court', 10],
    ['ecthr', 6],
    ['criminal', 8],
    ['statelessness', stateless ? 30 : 0],
    ['family-reunification', 10],
    ['other', 4],
  ]);
}

/** Whole years at most; a year-only date counts from the 1st of January (so: maybe one more). */
function ageInYears(dob: DemoFamily['members'][number]['dateOfBirth'], today: string): number {
  if (!dob) return 0;
  const year = dob.precision === 'exact' ? Number(dob.date.slice(0, 4)) : dob.year;
  return Number(today.slice(0, 4)) - year;
}

function familyCases(rng: Rng, today: string, household: Household, family: DemoFamily, first: boolean): DemoCase[] {
  const ctx: CaseContext = {
    today,
    from: household.firstContact,
    placeName: household.place.name,
    language: household.origin.languages[0] ?? 'ar',
  };
  const relative = () => `${rng.pick(household.origin.male)} ${rng.pick(household.origin.family)}`;
  const all = family.members.map((_, i) => i);
  // The very first case is open and has an overdue task, so every demo shows one.
  const shared = generateCase(rng, ctx, familyCaseType(rng, household.origin, all.length), first);
  const cases: DemoCase[] = [
    { case: shared, members: all, timeline: generateTimeline(rng, ctx, shared, relative, first) },
  ];
  family.members.forEach((member, i) => {
    const adult = ageInYears(member.dateOfBirth, today) >= 19;
    if (!adult || !rng.chance(0.3)) return;
    const c = generateCase(rng, ctx, individualCaseType(rng, member.stateless === true));
    cases.push({ case: c, members: [i], timeline: generateTimeline(rng, ctx, c, relative) });
  });
  return cases;
}

/**
 * The demo vault's content, without any I/O: `clients` people in households, their cases and
 * timelines, every date on or before `today` (except due dates of open tasks). Same seed and
 * same today, same data.
 */
export function generateDemo(options: { clients: number; today: string; seed?: number }): DemoData {
  const seed = options.seed ?? DEMO_SEED;
  const rng = createRng(seed);
  const used = new Set<string>();
  const families: DemoFamily[] = [];
  let count = 0;
  while (count < options.clients) {
    const fixed = ORIGINS.find((o) => o.id === FIRST_ORIGINS[families.length]);
    const household = newHousehold(rng, options.today, fixed ?? pickOrigin(rng));
    const members = generateFamily(rng, options.today, household, used).slice(0, options.clients - count);
    const family: DemoFamily = { origin: household.origin.id, members, cases: [] };
    family.cases = familyCases(rng, options.today, household, family, families.length === 0);
    families.push(family);
    count += members.length;
  }
  return { seed, today: options.today, families };
}
