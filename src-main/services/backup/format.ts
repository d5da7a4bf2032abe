import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { DOCUMENT_NAME } from '../../storage/document-store';

/**
 * The `.emanet-backup` container, version 1 (BACKUP-FORMAT.md). Integers are big-endian.
 *
 *   header (16)  'EMNBAK' (6) ‖ version (1) ‖ flags (1, = 0) ‖ header length (2, = 16) ‖ zero (6)
 *   records      kind (1) ‖ name length (1) ‖ name (ASCII) ‖ data length (8) ‖ data
 *                keys.json, emanet.db, then one record per document, then the manifest record
 *   trailer (40) 'EMNEND' (6) ‖ version (1) ‖ zero (1) ‖ HMAC-SHA256 (32)
 *
 * Every byte is covered: the MAC authenticates header ‖ manifest, and the manifest lists every
 * record's kind, name, size and SHA-256 in order; the reader insists the trailer ends the file.
 */
export const BACKUP_MAGIC = Buffer.from('EMNBAK', 'latin1');
export const TRAILER_MAGIC = Buffer.from('EMNEND', 'latin1');
export const BACKUP_VERSION = 1;
export const HEADER_LENGTH = 16;
export const TRAILER_LENGTH = 40;
export const MAC_LENGTH = 32;
export const BACKUP_EXTENSION = '.emanet-backup';

export const RECORD_KIND = { keys: 0x01, database: 0x02, document: 0x03, manifest: 0x4d } as const;
export type EntryKind = 'keys' | 'database' | 'document';
export const KEYS_NAME = 'keys.json';
export const DATABASE_NAME = 'emanet.db';
export const MANIFEST_NAME = 'manifest';
/** A key file is about 1 KiB (two slots); the bound keeps a hostile file from making us allocate. */
export const MAX_KEYS_RECORD = 64 * 1024;
/** Beyond 2^53 a JS number stops being exact; nothing real comes close. */
export const MAX_RECORD_LENGTH = Number.MAX_SAFE_INTEGER;

/**
 * Document versions one backup may hold. Every record is remembered while the file is read (its
 * name, size and hash, ~250 bytes) until the manifest confirms it, so the count bounds what an
 * unauthenticated file can make us allocate (~50 MB here, plus the manifest). 200,000 is twenty
 * times a busy lawyer's ten thousand versions; a vault beyond it is refused by `create`, clearly,
 * instead of written as a backup no reader would accept.
 */
export const MAX_DOCUMENT_RECORDS = 200_000;
/** keys.json and emanet.db come first, then the documents. */
export const MAX_RECORDS = MAX_DOCUMENT_RECORDS + 2;

/**
 * The manifest grows with the records it lists, so its bound does too: a fixed part (format,
 * version, vault id, time: under 200 bytes) and at most 194 bytes per entry (a document entry
 * with a 64-character name and a 16-digit size), each rounded up generously. Readers check the
 * manifest against the records they actually found, so a hostile file gains nothing by claiming.
 */
const MANIFEST_FIXED_BYTES = 1024;
const MANIFEST_ENTRY_BYTES = 256;
export function maxManifestBytes(records: number): number {
  return MANIFEST_FIXED_BYTES + MANIFEST_ENTRY_BYTES * records;
}

/**
 * What `create` checks about its own output before it reports success, with exactly the reader's
 * numbers: a backup that its own reader would refuse is never called a backup.
 */
export function checkWithinReaderLimits(records: number, manifestBytes: number): void {
  if (records > MAX_RECORDS) throw new BackupTooLargeError();
  if (manifestBytes > maxManifestBytes(records)) throw new BackupTooLargeError();
}

/**
 * Every structural or cryptographic failure of a backup. `reason` says which check failed; the
 * message never names a file, a path or anything from inside the vault.
 */
export class BackupIntegrityError extends AppError {
  constructor(readonly reason: string) {
    super('INTEGRITY', 'The backup failed its integrity check', [`backup.${reason}`]);
  }
}

/** The vault holds more document versions than one backup file may; said before anything is written. */
export class BackupTooLargeError extends AppError {
  constructor() {
    super('CONFLICT', 'The vault holds too many document versions for one backup file', ['backup.tooManyDocuments']);
  }
}

/** Entry names become file names on restore: only the three fixed shapes, never a path. */
export function validEntryName(kind: EntryKind, name: string): boolean {
  if (kind === 'keys') return name === KEYS_NAME;
  if (kind === 'database') return name === DATABASE_NAME;
  return DOCUMENT_NAME.test(name);
}

export function kindOfByte(byte: number): EntryKind | 'manifest' | null {
  for (const [kind, value] of Object.entries(RECORD_KIND)) if (value === byte) return kind as EntryKind | 'manifest';
  return null;
}

/** Header and trailer both open with their 6-byte magic and the version byte; the rest starts zeroed. */
function openBlock(magic: Buffer, length: number): Buffer {
  const block = Buffer.alloc(length);
  magic.copy(block, 0);
  block[6] = BACKUP_VERSION;
  return block;
}

/** Whether `block` has the length of its kind and opens with its magic. */
const opensWith = (block: Buffer, magic: Buffer, length: number): boolean =>
  block.length === length && block.subarray(0, 6).equals(magic);

export function buildHeader(): Buffer {
  const header = openBlock(BACKUP_MAGIC, HEADER_LENGTH);
  header.writeUInt16BE(HEADER_LENGTH, 8);
  return header;
}

/** Magic and version first: an unknown version is refused, never guessed at. */
export function checkHeader(header: Buffer): void {
  if (!opensWith(header, BACKUP_MAGIC, HEADER_LENGTH)) throw new BackupIntegrityError('header');
  if (header[6] !== BACKUP_VERSION) throw new BackupIntegrityError('version');
  if (header[7] !== 0 || header.readUInt16BE(8) !== HEADER_LENGTH || header.subarray(10).some((b) => b !== 0))
    throw new BackupIntegrityError('header');
}

export function recordPrefix(kind: EntryKind | 'manifest', name: string, length: number): Buffer {
  const nameBytes = Buffer.from(name, 'latin1');
  const prefix = Buffer.alloc(2 + nameBytes.length + 8);
  prefix[0] = RECORD_KIND[kind];
  prefix[1] = nameBytes.length;
  nameBytes.copy(prefix, 2);
  prefix.writeBigUInt64BE(BigInt(length), 2 + nameBytes.length);
  return prefix;
}

export function buildTrailer(mac: Buffer): Buffer {
  const trailer = openBlock(TRAILER_MAGIC, TRAILER_LENGTH);
  mac.copy(trailer, 8);
  return trailer;
}

export function macOfTrailer(trailer: Buffer): Buffer {
  if (!opensWith(trailer, TRAILER_MAGIC, TRAILER_LENGTH) || trailer[6] !== BACKUP_VERSION || trailer[7] !== 0)
    throw new BackupIntegrityError('trailer');
  return Buffer.from(trailer.subarray(8));
}

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z
  .object({
    format: z.literal('emanet-backup-manifest'),
    version: z.literal(BACKUP_VERSION),
    vaultId: z.uuid(),
    createdAt: z.iso.datetime(),
    entries: z.array(
      z
        .object({
          kind: z.enum(['keys', 'database', 'document']),
          name: z.string().max(64),
          size: z.number().int().min(0).max(MAX_RECORD_LENGTH),
          sha256: sha256Hex,
        })
        .strict(),
    ),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = Manifest['entries'][number];

/** HMAC-SHA256 over header ‖ manifest under the 'backup-manifest' subkey of the master key. */
export function manifestMac(key: Buffer, header: Buffer, manifest: Buffer): Buffer {
  return createHmac('sha256', key).update(header).update(manifest).digest();
}

export function macMatches(key: Buffer, header: Buffer, manifest: Buffer, mac: Buffer): boolean {
  const expected = manifestMac(key, header, manifest);
  return mac.length === expected.length && timingSafeEqual(mac, expected);
}
