import type { Db } from '../../db/connection';
import { AppError } from '../../shared/errors';
import { refused } from './errors';
import { fingerprintWords } from './fingerprint';
import { orgFingerprint, readOrgKeyFile, serialOf, type OrgKeyFile } from './org-key-file';

/**
 * Who this vault trusts: on a lawyer's vault, the one organisation key reports are sealed to
 * (trusting a new one replaces it: a lawyer reports to one organisation); on a supervisor's
 * vault, the lawyer signing keys it has accepted.
 */
export async function trustOrgKey(db: Db, text: string, now: string): Promise<{ fingerprint: string; file: OrgKeyFile }> {
  const file = readOrgKeyFile(text);
  const fingerprint = orgFingerprint(file);
  // The same organisation key in an older issue of its file (a lower serial, so maybe a lower k):
  // genuine and signed, but superseded. Replacing the current file with it would lower k.
  const current = await db.selectFrom('trusted_org').selectAll().where('fingerprint', '=', fingerprint).executeTakeFirst();
  if (current && serialOf(file) < serialOf(readOrgKeyFile(current.public_key_file)))
    throw refused('orgKey.outdated', 'This organisation key file is older than the one already trusted');
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('trusted_org').execute();
    await tx
      .insertInto('trusted_org')
      .values({ fingerprint, public_key_file: JSON.stringify(file), k: file.k, trusted_at: now })
      .execute();
  });
  return { fingerprint, file };
}

export async function trustedOrg(db: Db): Promise<{ fingerprint: string; file: OrgKeyFile }> {
  const row = await db.selectFrom('trusted_org').selectAll().executeTakeFirst();
  if (!row) throw refused('orgKey.notTrusted', 'No organisation key is trusted yet (run org trust first)');
  // Re-checked on every use: a row edited behind our back is refused, not used.
  const file = readOrgKeyFile(row.public_key_file);
  if (orgFingerprint(file) !== row.fingerprint) throw refused('orgKey.invalid', 'The trusted organisation key changed');
  return { fingerprint: row.fingerprint, file };
}

export async function isKnownLawyer(db: Db, fingerprint: string): Promise<boolean> {
  const row = await db.selectFrom('known_lawyer').select('fingerprint').where('fingerprint', '=', fingerprint).executeTakeFirst();
  return row !== undefined;
}

export async function acceptLawyer(db: Db, fingerprint: string, publicKey: string, now: string): Promise<void> {
  await db
    .insertInto('known_lawyer')
    .values({ fingerprint, public_key: publicKey, accepted_at: now, label: null })
    .onConflict((oc) => oc.column('fingerprint').doNothing())
    .execute();
}

/**
 * The supervisor's own name for an enrolled lawyer, found by the fingerprint words the screens
 * show (kept in this vault only); '' clears it.
 */
export async function labelLawyer(db: Db, lawyerWords: string, label: string): Promise<boolean> {
  const known = await db.selectFrom('known_lawyer').select('fingerprint').execute();
  const match = known.find((l) => fingerprintWords(l.fingerprint) === lawyerWords);
  if (!match) throw new AppError('NOT_FOUND', 'No enrolled lawyer has these words', ['lawyerWords']);
  const result = await db
    .updateTable('known_lawyer')
    .set({ label: label.trim() === '' ? null : label.trim() })
    .where('fingerprint', '=', match.fingerprint)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
