import type { ClientInputDraft, VulnerabilityCode } from '../../shared/schemas/clients';
import { SAFE_CONTACT_FLAGS } from '../../shared/schemas/clients';
import { addDays, daysBetween, maxDate } from './dates';
import { foreignIdNumber, passportNumber, turkishIdNumber, unhcrNumber } from './identity';
import { ORIGINS, PLACES, SPELLINGS, type Origin } from './name-lists';
import type { Rng } from './prng';

type Gender = 'male' | 'female';
type Role = 'head' | 'spouse' | 'child' | 'elder' | 'single' | 'unaccompanied';

interface Member {
  role: Role;
  gender: Gender;
  age: number;
}

/** What every member of one household shares: where they live, when they first came to us. */
export interface Household {
  origin: Origin;
  place: (typeof PLACES)[number];
  district: string;
  /** First contact with the organisation; consents and cases date from then on. */
  firstContact: string;
  singleParent: boolean;
}

export function pickOrigin(rng: Rng): Origin {
  return rng.weighted(ORIGINS.map((o) => [o, o.weight] as const));
}

export function newHousehold(rng: Rng, today: string, origin: Origin): Household {
  const place = rng.weighted(PLACES.map((p) => [p, p.weight] as const));
  return {
    origin,
    place,
    district: rng.pick(place.districts),
    firstContact: addDays(today, -rng.int(0, 1100)),
    singleParent: false,
  };
}

/** Who is in the family: half the files are one adult; the rest are couples, children, a grandparent. */
export function familyMembers(rng: Rng, household: Household): Member[] {
  const size = rng.weighted([
    [1, 50],
    [2, 14],
    [3, 12],
    [4, 12],
    [5, 8],
    [6, 4],
  ] as const);
  if (size === 1) {
    if (rng.chance(0.07))
      return [{ role: 'unaccompanied', gender: rng.chance(0.8) ? 'male' : 'female', age: rng.int(14, 17) }];
    return [{ role: 'single', gender: rng.chance(0.7) ? 'male' : 'female', age: rng.int(18, 70) }];
  }
  const headGender: Gender = rng.chance(0.75) ? 'male' : 'female';
  const head: Member = { role: 'head', gender: headGender, age: rng.int(24, 58) };
  const members: Member[] = [head];
  const withSpouse = rng.chance(0.75);
  household.singleParent = !withSpouse;
  if (withSpouse)
    members.push({
      role: 'spouse',
      gender: headGender === 'male' ? 'female' : 'male',
      age: Math.max(18, head.age + rng.int(-8, 4)),
    });
  while (members.length < size) {
    if (size >= 4 && members.length === size - 1 && rng.chance(0.2)) {
      members.push({ role: 'elder', gender: rng.chance(0.5) ? 'male' : 'female', age: rng.int(65, 84) });
    } else {
      members.push({
        role: 'child',
        gender: rng.chance(0.5) ? 'male' : 'female',
        age: rng.int(0, Math.min(17, head.age - 17)),
      });
    }
  }
  return members;
}

function dateOfBirth(rng: Rng, today: string, member: Member): ClientInputDraft['dateOfBirth'] {
  const born = addDays(today, -(member.age * 365 + rng.int(0, 364)));
  const year = Number(born.slice(0, 4));
  // Unaccompanied children's ages are usually assessed, not documented.
  if (member.role === 'unaccompanied') return { precision: 'approximate', year };
  const precision = rng.weighted([
    ['exact', 60],
    ['year', 30],
    ['approximate', 10],
  ] as const);
  return precision === 'exact' ? { precision, date: born } : { precision, year };
}

/** Another spelling of the same name, from the transliteration table; null when there is none. */
function respell(rng: Rng, given: string, family: string | undefined): string | null {
  const givenVariants = SPELLINGS[given] ?? [];
  const familyVariants = family ? (SPELLINGS[family] ?? []) : [];
  if (givenVariants.length === 0 && familyVariants.length === 0) return null;
  const g = givenVariants.length && rng.chance(0.7) ? rng.pick(givenVariants) : given;
  const f = family && familyVariants.length && rng.chance(0.7) ? rng.pick(familyVariants) : family;
  const alias = f ? `${g} ${f}` : g;
  return alias === (family ? `${given} ${family}` : given) ? null : alias;
}

function vulnerabilities(rng: Rng, household: Household, member: Member): VulnerabilityCode[] {
  const out = new Set<VulnerabilityCode>();
  if (member.role === 'unaccompanied') out.add('unaccompanied-child');
  if (member.role === 'head' && household.singleParent) out.add('single-parent-with-child');
  if (member.age >= 65 && rng.chance(0.8)) out.add('elderly');
  if (member.age >= 18) {
    if (member.gender === 'female' && member.age <= 42 && rng.chance(0.08)) out.add('pregnant');
    if (rng.chance(0.04)) out.add('person-with-disability');
    if (rng.chance(0.05)) out.add('serious-illness');
    if (rng.chance(household.origin.id === 'iranian' || household.origin.id === 'syrian' ? 0.07 : 0.03))
      out.add('survivor-of-torture');
    if (rng.chance(0.04)) out.add('survivor-of-serious-violence');
    if (rng.chance(0.015)) out.add('trafficking-victim');
    if (rng.chance(household.origin.id === 'iranian' ? 0.06 : 0.012)) out.add('lgbti');
    if (member.gender === 'female' && rng.chance(0.015)) out.add('survivor-of-rape');
  }
  return [...out];
}

function identityNumbers(rng: Rng, origin: Origin, used: Set<string>): ClientInputDraft['identityNumbers'] {
  if (origin.idKind === 'turkish-id') return [{ kind: 'turkish-id', value: turkishIdNumber(rng, used) }];
  const ids: NonNullable<ClientInputDraft['identityNumbers']> = [];
  // A few are not registered yet: that is often why they came to a lawyer.
  if (rng.chance(0.9)) ids.push({ kind: origin.idKind, value: foreignIdNumber(rng, used) });
  if (rng.chance(0.25)) ids.push({ kind: 'passport', value: passportNumber(rng, used) });
  if (origin.idKind === 'foreign-id' && rng.chance(0.15)) ids.push({ kind: 'unhcr', value: unhcrNumber(rng, used) });
  return ids;
}

const SAFE_CONTACT_NOTES = [
  'Yalnızca dernek sosyal çalışmacısı üzerinden ulaşın.',
  'Eşinin yanında aramayın; hafta içi 10:00–12:00 arası uygun.',
  'Telefonu başkalarıyla ortak kullanıyor; SMS göndermeyin.',
];

/** A household's members as client inputs, in the documented input shape. */
export function generateFamily(rng: Rng, today: string, household: Household, used: Set<string>): ClientInputDraft[] {
  const { origin } = household;
  const members = familyMembers(rng, household);
  const singleName = rng.chance(origin.singleNameShare ?? 0);
  const familyName = singleName ? undefined : rng.pick(origin.family);
  const stateless = rng.chance(origin.statelessShare ?? 0);
  const out: ClientInputDraft[] = [];
  let father: string | undefined;
  let mother: string | undefined;
  const safeContact = rng.chance(0.15)
    ? {
        flags: rng.sample(SAFE_CONTACT_FLAGS, rng.int(1, 2)),
        ...(rng.chance(0.6) ? { instructions: rng.pick(SAFE_CONTACT_NOTES) } : {}),
      }
    : undefined;

  for (const member of members) {
    const given = rng.pick(member.gender === 'male' ? origin.male : origin.female);
    if (member.role === 'head' || member.role === 'spouse') {
      if (member.gender === 'male') father = given;
      else mother = given;
    }
    let family = familyName;
    if (member.role === 'spouse' && familyName && rng.chance(0.6)) family = rng.pick(origin.family);
    if (member.role === 'child' && origin.patronymic && father) family = father;
    const adult = member.age >= 18;
    const mainLanguage = origin.languages[0] ?? 'ar';
    const languages = [mainLanguage, ...origin.languages.slice(1).filter(() => rng.chance(adult ? 0.3 : 0.5))];
    const alias = adult && rng.chance(0.35) ? respell(rng, given, family) : null;
    const vulns = vulnerabilities(rng, household, member);
    const consentDate = maxDate(household.firstContact, addDays(today, -rng.int(0, 1100)));
    const how = adult
      ? rng.weighted([
          ['written', 50],
          ['via-interpreter', 30],
          ['oral', 15],
          ['electronic', 5],
        ] as const)
      : ('via-guardian' as const);
    const consents: NonNullable<ClientInputDraft['consents']> = [
      { kind: 'processing', givenOn: consentDate, scope: 'Hukuki yardım için kişisel verilerin işlenmesi', how },
    ];
    if (rng.chance(0.6)) {
      const withdrawn = rng.chance(0.05)
        ? addDays(consentDate, rng.int(0, Math.max(0, daysBetween(consentDate, today))))
        : undefined;
      consents.push({
        kind: 'reporting',
        givenOn: consentDate,
        scope: 'Anonim istatistik raporlarında sayılma',
        how,
        ...(withdrawn ? { withdrawnOn: withdrawn } : {}),
      });
    }
    const client: ClientInputDraft = {
      givenName: given,
      ...(family ? { familyName: family } : {}),
      aliases: alias ? [{ name: alias, kind: rng.chance(0.5) ? 'spelling' : 'document-spelling' }] : [],
      ...(member.role === 'child' && father
        ? { fatherName: father }
        : rng.chance(0.6)
          ? { fatherName: rng.pick(origin.male) }
          : {}),
      ...(member.role === 'child' && mother
        ? { motherName: mother }
        : rng.chance(0.5)
          ? { motherName: rng.pick(origin.female) }
          : {}),
      dateOfBirth: dateOfBirth(rng, today, member),
      gender: rng.chance(0.02)
        ? { kind: 'undisclosed' }
        : rng.chance(0.005)
          ? { kind: 'non-binary' }
          : { kind: member.gender },
      ...(stateless ? { stateless: true } : { nationality: origin.nationality }),
      languages,
      interpreter:
        mainLanguage !== 'tr' && rng.chance(0.85) ? { needed: true, language: mainLanguage } : { needed: false },
      identityNumbers: identityNumbers(rng, origin, used),
      ...(adult && rng.chance(0.75)
        ? { phone: `+90 500 ${rng.int(100, 999)} ${rng.int(10, 99)} ${rng.int(10, 99)}` }
        : {}),
      address: {
        provinceCode: household.place.province as NonNullable<ClientInputDraft['address']>['provinceCode'],
        district: household.district,
        ...(rng.chance(0.3)
          ? {
              line: `${rng.pick(['Yavuz Selim', 'Fevzi Çakmak', 'Cumhuriyet', 'Yeni'])} Mah. ${rng.int(1, 250)}. Sok. No: ${rng.int(1, 60)}`,
            }
          : {}),
      },
      ...(adult && safeContact ? { safeContact } : {}),
      vulnerabilities: vulns.map((code) => ({
        code,
        since: maxDate(household.firstContact, addDays(today, -rng.int(0, 700))),
      })),
      consents,
    };
    out.push(client);
  }
  return out;
}
