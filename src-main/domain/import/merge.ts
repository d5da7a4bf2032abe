import { normalizeIdentityNumber } from '../../shared/identity-numbers';
import type { ClientInput, ClientInputDraft } from '../../shared/schemas/clients';
import { foldForSearch } from '../text/turkish-fold';

/**
 * A row merged into a client already in the vault: what the vault knows stays as it is, and the
 * row only fills what is missing. New identity numbers and languages are added; the row's name,
 * when it is spelt differently, becomes another spelling (alias) rather than replacing the name
 * the lawyer has been using. The result is validated again with the form's schema by the caller.
 */
export function mergeClientInput(existing: ClientInputDraft, row: ClientInput): ClientInputDraft {
  const fold = (s: string) => foldForSearch(s).replace(/\s+/g, ' ').trim();
  const fullName = (c: { givenName: string; familyName?: string | undefined }) =>
    [c.givenName, c.familyName].filter((s) => s !== undefined && s.trim() !== '').join(' ');

  const aliases = [...(existing.aliases ?? [])];
  const known = new Set([fold(fullName(existing)), ...aliases.map((a) => fold(a.name))]);
  for (const candidate of [fullName(row), ...row.aliases.map((a) => a.name)]) {
    if (candidate.trim() === '' || known.has(fold(candidate))) continue;
    known.add(fold(candidate));
    aliases.push({ name: candidate, kind: 'spelling' });
  }

  const identityNumbers = [...(existing.identityNumbers ?? [])];
  const ids = new Set(identityNumbers.map((n) => normalizeIdentityNumber(n.kind, n.value)));
  for (const n of row.identityNumbers) {
    const key = normalizeIdentityNumber(n.kind, n.value);
    if (ids.has(key)) continue;
    ids.add(key);
    identityNumbers.push(n);
  }

  const languages = [...(existing.languages ?? [])];
  for (const l of row.languages) if (!languages.includes(l)) languages.push(l);

  return {
    ...existing,
    familyName: existing.familyName ?? row.familyName,
    fatherName: existing.fatherName ?? row.fatherName,
    motherName: existing.motherName ?? row.motherName,
    dateOfBirth: existing.dateOfBirth ?? row.dateOfBirth,
    gender: existing.gender ?? row.gender,
    // A nationality already among the other nationalities is not made the main one as well.
    nationality:
      existing.nationality ??
      (row.nationality && existing.otherNationalities?.includes(row.nationality) ? undefined : row.nationality),
    phone: existing.phone ?? row.phone,
    aliases,
    identityNumbers,
    languages,
  };
}
