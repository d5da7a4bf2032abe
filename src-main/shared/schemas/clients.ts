import { z } from 'zod';
import { IDENTITY_KINDS, normalizeIdentityNumber, validateIdentityNumber } from '../identity-numbers';
import { PROVINCE_CODES } from '../iso/provinces-tr';
import {
  countryCodeSchema,
  languageCodeSchema,
  optionalText,
  pastOrTodayDate,
  requiredText,
  uniqueList,
} from './casefile-common';
import { LIMITS } from '../limits';

/**
 * The client (beneficiary) as entered in forms and by `client add --json-file`. Schemas that
 * need "today" are factories: `clientInputSchema(today)`. Error messages are codes for i18n.
 */

export const GENDERS = ['female', 'male', 'non-binary', 'self-described', 'undisclosed'] as const;

/**
 * YUKK art. 3(1)(l) and the Temporary Protection Regulation art. 3 name the same "persons with
 * special needs"; the last three come from the organisation's practice. `lgbti` and the
 * survivor codes are highly sensitive: see SENSITIVE_VULNERABILITIES.
 */
export const VULNERABILITY_CODES = [
  'unaccompanied-child',
  'person-with-disability',
  'elderly',
  'pregnant',
  'single-parent-with-child',
  'survivor-of-torture',
  'survivor-of-rape',
  'survivor-of-serious-violence',
  'trafficking-victim',
  'serious-illness',
  'lgbti',
] as const;
export type VulnerabilityCode = (typeof VULNERABILITY_CODES)[number];

/** Never shown in lists, exported only in aggregate, and worth a second thought before printing. */
export const SENSITIVE_VULNERABILITIES: ReadonlySet<VulnerabilityCode> = new Set([
  'lgbti',
  'survivor-of-rape',
  'survivor-of-torture',
  'survivor-of-serious-violence',
  'trafficking-victim',
]);

export const CONSENT_KINDS = ['processing', 'reporting'] as const;
export const CONSENT_METHODS = [
  'written',
  'oral',
  'electronic',
  'via-guardian',
  'via-interpreter',
  'imported',
] as const;

export const ALIAS_KINDS = ['spelling', 'alias', 'previous-name', 'document-spelling'] as const;

export const SAFE_CONTACT_FLAGS = [
  'only-through-ngo',
  'no-voicemail',
  'no-sms',
  'no-home-visits',
  'do-not-call-household',
  'set-times-only',
] as const;

const NAME_MAX = 100;
const EARLIEST_BIRTH_YEAR = 1900;

export const aliasSchema = z.object({
  name: requiredText(200),
  kind: z.enum(ALIAS_KINDS, { error: 'alias.unknownKind' }).default('spelling'),
});

export const genderSchema = z
  .object({
    kind: z.enum(GENDERS, { error: 'gender.unknown' }),
    /** The client's own words, when they describe themselves otherwise. */
    selfDescription: optionalText(100),
  })
  .refine((g) => g.kind !== 'self-described' || g.selfDescription !== undefined, {
    error: 'gender.descriptionRequired',
    path: ['selfDescription'],
  });

function birthYearSchema(today: string) {
  return z
    .number({ error: 'date.invalid' })
    .int({ error: 'date.invalid' })
    .min(EARLIEST_BIRTH_YEAR, { error: 'date.tooEarly' })
    .max(Number(today.slice(0, 4)), { error: 'date.inFuture' });
}

/** Exact; year only (documents say "1990"); or approximate (an age assessment, "about 1990"). */
export function dateOfBirthSchema(today: string) {
  return z.discriminatedUnion(
    'precision',
    [
      z.object({
        precision: z.literal('exact'),
        date: pastOrTodayDate(today).refine((d) => d >= `${EARLIEST_BIRTH_YEAR}-01-01`, { error: 'date.tooEarly' }),
      }),
      z.object({ precision: z.literal('year'), year: birthYearSchema(today) }),
      z.object({ precision: z.literal('approximate'), year: birthYearSchema(today) }),
    ],
    { error: 'date.invalid' },
  );
}

/** Validates with the checksum rules and stores the canonical form (digits only, upper case). */
export const identityNumberSchema = z
  .object({
    kind: z.enum(IDENTITY_KINDS, { error: 'identity.unknownKind' }),
    value: z.string().max(100, { error: 'identity.tooLong' }),
  })
  .transform((n, ctx) => {
    const check = validateIdentityNumber(n.kind, n.value);
    if (check.ok) return { kind: n.kind, value: check.value };
    ctx.issues.push({ code: 'custom', message: check.code, path: ['value'], input: n.value });
    return z.NEVER;
  });

export const phoneSchema = z
  .string()
  .max(LIMITS.phone, { error: 'phone.invalid' })
  .trim()
  .regex(/^\+?[0-9][0-9 ()\-.]{3,28}[0-9]$/, { error: 'phone.invalid' });

export const addressSchema = z.object({
  provinceCode: z.enum(PROVINCE_CODES, { error: 'province.unknown' }).optional(),
  district: optionalText(100),
  line: optionalText(300),
});

export const safeContactSchema = z.object({
  flags: uniqueList(z.enum(SAFE_CONTACT_FLAGS, { error: 'safeContact.unknown' }), 'safeContact.duplicate')
    .max(SAFE_CONTACT_FLAGS.length)
    .default([]),
  /** e.g. "only through the NGO's social worker; never leave a voicemail". */
  instructions: optionalText(1000),
});

export const interpreterSchema = z
  .object({ needed: z.boolean(), language: languageCodeSchema.optional() })
  .refine((i) => !i.needed || i.language !== undefined, {
    error: 'interpreter.languageRequired',
    path: ['language'],
  });

export function vulnerabilitySchema(today: string) {
  return z.object({
    code: z.enum(VULNERABILITY_CODES, { error: 'vulnerability.unknown' }),
    since: pastOrTodayDate(today),
    note: optionalText(2000),
  });
}

export function consentSchema(today: string) {
  return z
    .object({
      kind: z.enum(CONSENT_KINDS, { error: 'consent.unknownKind' }),
      givenOn: pastOrTodayDate(today),
      scope: requiredText(500),
      how: z.enum(CONSENT_METHODS, { error: 'consent.unknownMethod' }),
      withdrawnOn: pastOrTodayDate(today).optional(),
    })
    .refine((c) => c.withdrawnOn === undefined || c.withdrawnOn >= c.givenOn, {
      error: 'consent.withdrawnBeforeGiven',
      path: ['withdrawnOn'],
    });
}

/**
 * The fields of a client, unrefined, so that the import schema can reuse them (zod refuses
 * pick/omit on refined objects).
 */
export function clientShape(today: string) {
  return {
    givenName: requiredText(NAME_MAX),
    /** Optional: many clients have a single name. */
    familyName: optionalText(NAME_MAX),
    aliases: uniqueList(aliasSchema, 'alias.duplicate', (a) => a.name.toLocaleLowerCase('tr'))
      .max(LIMITS.aliases)
      .default([]),
    fatherName: optionalText(NAME_MAX),
    motherName: optionalText(NAME_MAX),
    dateOfBirth: dateOfBirthSchema(today).optional(),
    gender: genderSchema.optional(),
    nationality: countryCodeSchema.optional(),
    otherNationalities: uniqueList(countryCodeSchema, 'nationality.duplicate')
      .max(LIMITS.otherNationalities)
      .default([]),
    /** Recorded alongside a nationality if the lawyer wants (e.g. a last habitual residence). */
    stateless: z.boolean().default(false),
    languages: uniqueList(languageCodeSchema, 'language.duplicate').max(LIMITS.languages).default([]),
    interpreter: interpreterSchema.default({ needed: false }),
    identityNumbers: uniqueList(identityNumberSchema, 'identity.duplicate', (n) =>
      String(normalizeIdentityNumber(n.kind, n.value)),
    )
      .max(LIMITS.identityNumbers)
      .default([]),
    phone: phoneSchema.optional(),
    address: addressSchema.optional(),
    safeContact: safeContactSchema.optional(),
    vulnerabilities: uniqueList(vulnerabilitySchema(today), 'vulnerability.duplicate', (v) => v.code)
      .max(VULNERABILITY_CODES.length)
      .default([]),
    consents: z.array(consentSchema(today)).max(LIMITS.consents).default([]),
  };
}

export function clientInputSchema(today: string) {
  return z.object(clientShape(today)).superRefine((c, ctx) => {
    if (c.nationality !== undefined && c.otherNationalities.includes(c.nationality)) {
      ctx.addIssue({ code: 'custom', message: 'nationality.duplicate', path: ['otherNationalities'] });
    }
  });
}

export type ClientInput = z.output<ReturnType<typeof clientInputSchema>>;
/** What a form or the IPC may send: defaults not yet applied. */
export type ClientInputDraft = z.input<ReturnType<typeof clientInputSchema>>;
export type Gender = z.output<typeof genderSchema>;
export type DateOfBirth = z.output<ReturnType<typeof dateOfBirthSchema>>;
export type IdentityNumber = z.output<typeof identityNumberSchema>;
export type Vulnerability = z.output<ReturnType<typeof vulnerabilitySchema>>;
export type Consent = z.output<ReturnType<typeof consentSchema>>;

/** `'1990-05-01'` → exact, `'1990'` → year only (or approximate when flagged). */
export function dateOfBirthFromString(
  value: string,
  approximate = false,
): z.input<ReturnType<typeof dateOfBirthSchema>> {
  const year = /^\d{4}$/.exec(value.trim());
  if (year) return { precision: approximate ? 'approximate' : 'year', year: Number(year[0]) };
  return { precision: 'exact', date: value.trim() };
}

const GENDER_WORDS: Readonly<Record<string, (typeof GENDERS)[number]>> = {
  f: 'female',
  female: 'female',
  woman: 'female',
  m: 'male',
  male: 'male',
  man: 'male',
  'non-binary': 'non-binary',
  nonbinary: 'non-binary',
  undisclosed: 'undisclosed',
  unknown: 'undisclosed',
};

/** An import's free gender word: a known code, or the client's own description. */
function genderFromString(value: string): z.input<typeof genderSchema> {
  const word = value.trim().toLowerCase();
  const kind = GENDER_WORDS[word] ?? (GENDERS as readonly string[]).find((g) => g === word);
  return kind !== undefined
    ? { kind: kind as (typeof GENDERS)[number] }
    : { kind: 'self-described', selfDescription: value };
}

/**
 * The documented import shape of `client add --json-file`: flat and forgiving (a date of birth
 * as 'YYYY-MM-DD' or 'YYYY', aliases and vulnerabilities as plain strings, a gender word, a
 * reporting-consent boolean), mapped onto the full input and then validated by the same
 * clientInputSchema. Unknown keys are refused, so a misspelt field is reported instead of
 * being silently dropped. Every full-input field is also accepted as is.
 *
 * Vulnerabilities without a date and `reportingConsent: true` are dated `today`, the day they
 * were recorded; consent recorded this way has method 'imported', so it can be confirmed later.
 * Issue paths refer to the full input (e.g. `vulnerabilities.0.code`).
 */
export function clientImportSchema(today: string) {
  const full = clientShape(today);
  const target = clientInputSchema(today);
  return z
    .strictObject({
      givenName: z.string(),
      familyName: z.string().optional(),
      aliases: z.array(z.union([z.string(), aliasSchema])).optional(),
      fatherName: full.fatherName,
      motherName: full.motherName,
      dateOfBirth: z.union([z.string(), dateOfBirthSchema(today)]).optional(),
      dateOfBirthApproximate: z.boolean().optional(),
      gender: z.union([z.string(), genderSchema]).optional(),
      nationality: z.string().optional(),
      otherNationalities: z.array(z.string()).optional(),
      stateless: z.boolean().optional(),
      languages: z.array(z.string()).optional(),
      interpreter: full.interpreter.optional(),
      identityNumbers: z.array(z.object({ kind: z.string(), value: z.string() })).optional(),
      phone: z.string().optional(),
      address: full.address,
      safeContact: full.safeContact,
      vulnerabilities: z
        .array(
          z.union([
            z.string(),
            z.object({ code: z.string(), since: z.string().optional(), note: z.string().optional() }),
          ]),
        )
        .optional(),
      consents: z
        .array(
          z.object({
            kind: z.string(),
            givenOn: z.string(),
            scope: z.string(),
            how: z.string(),
            withdrawnOn: z.string().optional(),
          }),
        )
        .optional(),
      reportingConsent: z.boolean().optional(),
    })
    .transform((i, ctx): ClientInput => {
      const consents = [...(i.consents ?? [])];
      if (i.reportingConsent === true && !consents.some((c) => c.kind === 'reporting')) {
        consents.push({ kind: 'reporting', givenOn: today, scope: 'anonymized-reports', how: 'imported' });
      }
      // Raw strings (kinds, codes) go through unchecked here: `target` validates them below,
      // with the same messages a form gets.
      const mapped = {
        givenName: i.givenName,
        familyName: i.familyName,
        aliases: (i.aliases ?? []).map((a) => (typeof a === 'string' ? { name: a } : a)),
        fatherName: i.fatherName,
        motherName: i.motherName,
        dateOfBirth:
          typeof i.dateOfBirth === 'string'
            ? dateOfBirthFromString(i.dateOfBirth, i.dateOfBirthApproximate)
            : i.dateOfBirth,
        gender: typeof i.gender === 'string' ? genderFromString(i.gender) : i.gender,
        nationality: i.nationality?.trim().toUpperCase(),
        otherNationalities: i.otherNationalities?.map((c) => c.trim().toUpperCase()),
        stateless: i.stateless,
        languages: i.languages?.map((l) => l.trim().toLowerCase()),
        interpreter: i.interpreter,
        identityNumbers: i.identityNumbers,
        phone: i.phone,
        address: i.address,
        safeContact: i.safeContact,
        vulnerabilities: (i.vulnerabilities ?? []).map((v) =>
          typeof v === 'string' ? { code: v, since: today } : { ...v, since: v.since ?? today },
        ),
        consents,
      };
      const result = target.safeParse(mapped);
      if (result.success) return result.data;
      for (const issue of result.error.issues) {
        ctx.issues.push({ code: 'custom', message: issue.message, path: issue.path, input: undefined });
      }
      return z.NEVER;
    });
}
