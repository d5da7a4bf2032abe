import type { Insertable } from 'kysely';
import { turkishSortKey } from '../../domain/text/turkish-sort-key';
import type { DbClient } from '../../db/schema';
import type { ClientInput } from '../../shared/schemas/clients';

/** Domain input → row columns. Child lists (aliases, ids, …) are written separately. */
export function clientColumns(
  c: ClientInput,
): Omit<Insertable<DbClient>, 'id' | 'created_at' | 'updated_at' | 'version'> {
  const dob = c.dateOfBirth;
  return {
    given_name: c.givenName,
    family_name: c.familyName ?? null,
    // Family name first, as Turkish registers and most of our users sort.
    sort_key: turkishSortKey(`${c.familyName ?? ''} ${c.givenName}`),
    father_name: c.fatherName ?? null,
    mother_name: c.motherName ?? null,
    birth_date: dob === undefined ? null : dob.precision === 'exact' ? dob.date : String(dob.year),
    birth_date_precision: dob?.precision ?? null,
    gender: c.gender?.kind ?? null,
    gender_description: c.gender?.selfDescription ?? null,
    nationality: c.nationality ?? null,
    other_nationalities: JSON.stringify(c.otherNationalities),
    stateless: c.stateless ? 1 : 0,
    languages: JSON.stringify(c.languages),
    interpreter_needed: c.interpreter.needed ? 1 : 0,
    interpreter_language: c.interpreter.language ?? null,
    phone: c.phone ?? null,
    province: c.address?.provinceCode ?? null,
    district: c.address?.district ?? null,
    address_line: c.address?.line ?? null,
    safe_contact: c.safeContact ? JSON.stringify(c.safeContact) : null,
    deleted_at: null,
  };
}

export function displayName(row: { given_name: string; family_name: string | null }): string {
  return row.family_name ? `${row.given_name} ${row.family_name}` : row.given_name;
}

/** Client names, aliases and identity numbers, as the search index should know them. */
export function clientSearchParts(c: ClientInput): string[] {
  return [
    c.givenName,
    c.familyName ?? '',
    ...c.aliases.map((a) => a.name),
    c.fatherName ?? '',
    c.motherName ?? '',
    ...c.identityNumbers.map((n) => n.value),
    c.phone ?? '',
  ];
}
