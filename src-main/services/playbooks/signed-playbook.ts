import { sign, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { PlaybookFile } from '../../shared/schemas/playbooks';
import type { DeadlineData } from '../deadline-data';
import { ed25519Verifies, hex64Schema, parseJsonAs, signatureSchema } from '../reports/signed-json';
import type { OrgKeyFile } from '../reports/org-key-file';
import { parsePlaybook, PlaybookDataError, type PlaybookData } from './playbook-data';

/**
 * An updated playbook the organisation hands its lawyers (issue 16): the playbook JSON inside an
 * envelope signed with the organisation's Ed25519 key (the key of its key file), naming that
 * key's fingerprint. A lawyer's vault accepts it only from the organisation it trusts, only when
 * the signature covers exactly this playbook, only when the playbook passes the shipped files'
 * own checks (schema and deadline rules), and only when it is newer than the one in use.
 */
export const SIGNED_PLAYBOOK_FORMAT = 'emanet-signed-playbook';
export const SIGNED_PLAYBOOK_VERSION = 1;
/** A playbook is a few dozen kilobytes; anything far larger is not one. */
export const MAX_SIGNED_PLAYBOOK_BYTES = 1024 * 1024;

export const signedPlaybookSchema = z.strictObject({
  format: z.literal(SIGNED_PLAYBOOK_FORMAT),
  version: z.literal(SIGNED_PLAYBOOK_VERSION),
  orgFingerprint: hex64Schema,
  /** The playbook file as the organisation's legal team wrote it (checked after the signature). */
  playbook: z.record(z.string(), z.unknown()),
  signature: signatureSchema,
});

/** Why a signed playbook was refused; travels as the AppError's detail (shown in tr/en by the UI and CLI). */
export const PLAYBOOK_REFUSALS = [
  'playbook.notSigned',
  'playbook.noTrustedOrg',
  'playbook.otherOrganisation',
  'playbook.badSignature',
  'playbook.invalid',
  'playbook.unknown',
  'playbook.notNewer',
] as const;
export type PlaybookRefusal = (typeof PLAYBOOK_REFUSALS)[number];

export function playbookRefused(reason: PlaybookRefusal, message: string, more: readonly string[] = []): AppError {
  return new AppError('INTEGRITY', message, [reason, ...more]);
}

/** The bytes signed: the format line, the organisation's fingerprint and the playbook's JSON as sent. */
const signedBytes = (orgFingerprint: string, playbook: unknown): Buffer =>
  Buffer.from(`${SIGNED_PLAYBOOK_FORMAT}/v1\n${orgFingerprint}\n${JSON.stringify(playbook)}`, 'utf8');

/** The supervisor's side: wraps a (validated) playbook's JSON and signs it with the organisation key. */
export function signPlaybook(playbook: unknown, org: { fingerprint: string; ed25519Private: KeyObject }): string {
  const signature = sign(null, signedBytes(org.fingerprint, playbook), org.ed25519Private).toString('base64');
  const envelope = {
    format: SIGNED_PLAYBOOK_FORMAT,
    version: SIGNED_PLAYBOOK_VERSION,
    orgFingerprint: org.fingerprint,
    playbook,
    signature,
  };
  return JSON.stringify(envelope, null, 2) + '\n';
}

/** Checks a playbook's JSON like the shipped files (schema, deadline rules); the problems as details. */
export function checkPlaybook(json: unknown, deadlines: DeadlineData): PlaybookFile {
  const id = typeof (json as { id?: unknown }).id === 'string' ? (json as { id: string }).id : 'playbook';
  try {
    return parsePlaybook(`${id}.json`, json, deadlines);
  } catch (error) {
    if (!(error instanceof PlaybookDataError)) throw error;
    // The first lines of the loader's report (paths and reasons, no free text of a case).
    const lines = error.message
      .split('\n')
      .slice(1, 6)
      .map((l) => l.trim());
    throw playbookRefused('playbook.invalid', 'The playbook does not pass the checks', lines);
  }
}

/**
 * Verifies a signed playbook for a lawyer's vault against the trusted organisation. The order
 * matters: nothing of the playbook is parsed before its signature holds.
 */
export function verifySignedPlaybook(
  text: string,
  trusted: { fingerprint: string; file: OrgKeyFile } | null,
  deadlines: DeadlineData,
): { playbook: PlaybookFile; orgFingerprint: string } {
  const envelope = parseJsonAs(text, signedPlaybookSchema, () =>
    playbookRefused('playbook.notSigned', 'This is not a signed playbook file'),
  );
  if (!trusted) throw playbookRefused('playbook.noTrustedOrg', 'No organisation key is trusted yet');
  if (envelope.orgFingerprint !== trusted.fingerprint)
    throw playbookRefused('playbook.otherOrganisation', 'The playbook was signed by another organisation');
  const bytes = signedBytes(envelope.orgFingerprint, envelope.playbook);
  if (!ed25519Verifies(trusted.file.ed25519, bytes, envelope.signature))
    throw playbookRefused('playbook.badSignature', 'The playbook was altered or forged');
  return { playbook: checkPlaybook(envelope.playbook, deadlines), orgFingerprint: envelope.orgFingerprint };
}

/**
 * Whether `next` may replace the playbook in use: it must guide a shipped playbook (same id) and
 * have been reviewed later than the one in use (an older genuine file is signed too, so the date
 * is what stops a downgrade).
 */
export function assertNewer(next: PlaybookFile, inUse: PlaybookData, shipped: PlaybookData): void {
  if (!shipped.byId(next.id)) throw playbookRefused('playbook.unknown', 'No shipped playbook has this id');
  const current = inUse.byId(next.id);
  if (current && next.reviewedOn <= current.reviewedOn)
    throw playbookRefused('playbook.notNewer', 'This playbook is not newer than the one in use', [
      `reviewedOn:${current.reviewedOn}`,
    ]);
}
