import { z } from 'zod';
import type { IdentityKind } from '@shared/identity-numbers';
import {
  clientInputSchema,
  type ALIAS_KINDS,
  type CONSENT_KINDS,
  type CONSENT_METHODS,
  type ClientInput,
  type ClientInputDraft,
  type GENDERS,
  type SAFE_CONTACT_FLAGS,
  type VulnerabilityCode,
} from '@shared/schemas/clients';

/**
 * The client form's values and their mapping onto the shared schema. Field names follow the
 * schema's paths (`dateOfBirth.date`, `identityNumbers.0.value`, `interpreter.language`), so
 * an issue from `clientInputSchema` — in the form or from the backend's VALIDATION details —
 * lands on the field that caused it without a translation table.
 *
 * Values are what inputs hold (strings, '' for empty); `toClientDraft` turns them into the
 * schema's input, and the schema does the rest (trimming, codes, checksums, "not in the future").
 */

export type DobPrecision = 'none' | 'exact' | 'year' | 'approximate';

export interface ClientFormValues {
  givenName: string;
  familyName: string;
  fatherName: string;
  motherName: string;
  aliases: { name: string; kind: (typeof ALIAS_KINDS)[number] }[];
  dateOfBirth: { precision: DobPrecision; date: string; year: string };
  gender: { kind: '' | (typeof GENDERS)[number]; selfDescription: string };
  /** A country code, or the raw text typed when it matched none (refused as `country.unknown`). */
  nationality: string;
  otherNationalities: string[];
  stateless: boolean;
  languages: string[];
  interpreter: { needed: boolean; language: string };
  identityNumbers: { kind: IdentityKind; value: string }[];
  phone: string;
  address: { provinceCode: string; district: string; line: string };
  safeContact: { flags: (typeof SAFE_CONTACT_FLAGS)[number][]; instructions: string };
  vulnerabilities: { code: VulnerabilityCode; since: string; note: string }[];
  consents: {
    kind: (typeof CONSENT_KINDS)[number];
    givenOn: string;
    scope: string;
    how: (typeof CONSENT_METHODS)[number];
    withdrawnOn: string;
  }[];
}

export const EMPTY_CLIENT_FORM: ClientFormValues = {
  givenName: '',
  familyName: '',
  fatherName: '',
  motherName: '',
  aliases: [],
  dateOfBirth: { precision: 'none', date: '', year: '' },
  gender: { kind: '', selfDescription: '' },
  nationality: '',
  otherNationalities: [],
  stateless: false,
  languages: [],
  interpreter: { needed: false, language: '' },
  identityNumbers: [],
  phone: '',
  address: { provinceCode: '', district: '', line: '' },
  safeContact: { flags: [], instructions: '' },
  vulnerabilities: [],
  consents: [],
};

const blank = (s: string): string | undefined => (s.trim() === '' ? undefined : s);

function dateOfBirthDraft(dob: ClientFormValues['dateOfBirth']): ClientInputDraft['dateOfBirth'] {
  switch (dob.precision) {
    case 'none':
      return undefined;
    case 'exact':
      // An empty date with "exact" chosen is a forgotten field, not "unknown": let the schema say so.
      return { precision: 'exact', date: dob.date };
    case 'year':
    case 'approximate':
      return { precision: dob.precision, year: dob.year.trim() === '' ? Number.NaN : Number(dob.year) };
  }
}

export function toClientDraft(v: ClientFormValues): ClientInputDraft {
  const address = {
    provinceCode: blank(v.address.provinceCode),
    district: blank(v.address.district),
    line: blank(v.address.line),
  };
  const hasAddress = Object.values(address).some((x) => x !== undefined);
  const hasSafeContact = v.safeContact.flags.length > 0 || v.safeContact.instructions.trim() !== '';
  return {
    givenName: v.givenName,
    familyName: blank(v.familyName),
    fatherName: blank(v.fatherName),
    motherName: blank(v.motherName),
    aliases: v.aliases,
    dateOfBirth: dateOfBirthDraft(v.dateOfBirth),
    gender:
      v.gender.kind === '' ? undefined : { kind: v.gender.kind, selfDescription: blank(v.gender.selfDescription) },
    // Casts: the raw text goes to the schema on purpose, so an unknown code gets its own message.
    nationality: blank(v.nationality) as ClientInputDraft['nationality'],
    otherNationalities: v.otherNationalities as ClientInputDraft['otherNationalities'],
    stateless: v.stateless,
    languages: v.languages as ClientInputDraft['languages'],
    interpreter: {
      needed: v.interpreter.needed,
      language: (v.interpreter.needed ? blank(v.interpreter.language) : undefined) as NonNullable<
        ClientInputDraft['interpreter']
      >['language'],
    },
    identityNumbers: v.identityNumbers,
    phone: blank(v.phone),
    address: hasAddress ? (address as NonNullable<ClientInputDraft['address']>) : undefined,
    safeContact: hasSafeContact
      ? { flags: v.safeContact.flags, instructions: blank(v.safeContact.instructions) }
      : undefined,
    vulnerabilities: v.vulnerabilities.map((x) => ({ code: x.code, since: x.since, note: blank(x.note) })),
    consents: v.consents.map((c) => ({
      kind: c.kind,
      givenOn: c.givenOn,
      scope: c.scope,
      how: c.how,
      withdrawnOn: blank(c.withdrawnOn),
    })),
  };
}

/** The stored client back into form values, for editing. */
export function fromClient(c: ClientInput): ClientFormValues {
  const dob = c.dateOfBirth;
  return {
    givenName: c.givenName,
    familyName: c.familyName ?? '',
    fatherName: c.fatherName ?? '',
    motherName: c.motherName ?? '',
    aliases: c.aliases.map((a) => ({ name: a.name, kind: a.kind })),
    dateOfBirth:
      dob === undefined
        ? { precision: 'none', date: '', year: '' }
        : dob.precision === 'exact'
          ? { precision: 'exact', date: dob.date, year: '' }
          : { precision: dob.precision, date: '', year: String(dob.year) },
    gender: { kind: c.gender?.kind ?? '', selfDescription: c.gender?.selfDescription ?? '' },
    nationality: c.nationality ?? '',
    otherNationalities: [...c.otherNationalities],
    stateless: c.stateless,
    languages: [...c.languages],
    interpreter: { needed: c.interpreter.needed, language: c.interpreter.language ?? '' },
    identityNumbers: c.identityNumbers.map((n) => ({ kind: n.kind, value: n.value })),
    phone: c.phone ?? '',
    address: {
      provinceCode: c.address?.provinceCode ?? '',
      district: c.address?.district ?? '',
      line: c.address?.line ?? '',
    },
    safeContact: { flags: [...(c.safeContact?.flags ?? [])], instructions: c.safeContact?.instructions ?? '' },
    vulnerabilities: c.vulnerabilities.map((v) => ({ code: v.code, since: v.since, note: v.note ?? '' })),
    consents: c.consents.map((x) => ({
      kind: x.kind,
      givenOn: x.givenOn,
      scope: x.scope,
      how: x.how,
      withdrawnOn: x.withdrawnOn ?? '',
    })),
  };
}

/**
 * Form values → validated client, with issue paths that match the form's field names. `today`
 * is the local civil date, so "in the future" means what the lawyer's calendar says.
 */
export function clientFormSchema(today: string) {
  return z.custom<ClientFormValues>().transform(toClientDraft).pipe(clientInputSchema(today));
}
