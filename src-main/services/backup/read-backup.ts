import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { ByteReader } from '../../crypto/byte-reader';
import {
  BackupIntegrityError,
  checkHeader,
  HEADER_LENGTH,
  kindOfByte,
  macOfTrailer,
  manifestSchema,
  MAX_KEYS_RECORD,
  MAX_RECORD_LENGTH,
  MAX_RECORDS,
  maxManifestBytes,
  TRAILER_LENGTH,
  validEntryName,
  type EntryKind,
  type Manifest,
} from './format';

/** One record as found in the file: where its data starts, and what it actually hashes to. */
export interface FoundEntry {
  kind: EntryKind;
  name: string;
  size: number;
  /** Byte offset of the data (after the record prefix). */
  offset: number;
  sha256: string;
}

/**
 * The file's structure, read once front to back. Nothing here is authenticated yet: the
 * manifest's claims are compared with what was found, and the MAC is checked by the caller
 * once it has the master key (verify.ts).
 */
export interface BackupIndex {
  header: Buffer;
  manifestBytes: Buffer;
  manifest: Manifest;
  mac: Buffer;
  entries: FoundEntry[];
  keys: Buffer;
  bytes: number;
}

const READ_CHUNK = 256 * 1024;

async function exactly(reader: ByteReader, n: number, reason: string): Promise<Buffer> {
  const bytes = await reader.read(n);
  if (bytes.length !== n) throw new BackupIntegrityError(reason);
  return Buffer.from(bytes);
}

/**
 * Streams through a backup: header, records, manifest, trailer, end of file. Memory stays at one
 * read-ahead buffer (record data is hashed and dropped), plus what every record leaves for the
 * manifest to confirm (name, size, hash): both bounded by MAX_RECORDS, the key file and the manifest
 * by their own limits (format.ts).
 */
export async function readBackupIndex(file: string, signal?: AbortSignal): Promise<BackupIndex> {
  const reader = new ByteReader(createReadStream(file, { highWaterMark: READ_CHUNK }));
  try {
    const header = await exactly(reader, HEADER_LENGTH, 'header');
    checkHeader(header);
    let offset = HEADER_LENGTH;
    const entries: FoundEntry[] = [];
    let keys: Buffer | null = null;
    for (;;) {
      signal?.throwIfAborted();
      const [kindByte, nameLength] = await exactly(reader, 2, 'truncated');
      const kind = kindOfByte(kindByte ?? -1);
      if (kind === null) throw new BackupIntegrityError('record');
      const name = (await exactly(reader, nameLength ?? 0, 'truncated')).toString('latin1');
      const length = (await exactly(reader, 8, 'truncated')).readBigUInt64BE();
      if (length > BigInt(MAX_RECORD_LENGTH)) throw new BackupIntegrityError('record');
      const size = Number(length);
      offset += 2 + (nameLength ?? 0) + 8;
      if (kind === 'manifest') {
        // Bounded by the records actually found, so it grows with the vault but not with a claim.
        if (name !== 'manifest' || size > maxManifestBytes(entries.length)) throw new BackupIntegrityError('manifest');
        const manifestBytes = await exactly(reader, size, 'truncated');
        const mac = macOfTrailer(await exactly(reader, TRAILER_LENGTH, 'trailer'));
        if (!(await reader.atEnd())) throw new BackupIntegrityError('trailing-bytes');
        if (!keys) throw new BackupIntegrityError('keys');
        const manifest = parseManifest(manifestBytes);
        matchManifest(manifest, entries);
        return {
          header,
          manifestBytes,
          manifest,
          mac,
          entries,
          keys,
          bytes: offset + size + TRAILER_LENGTH,
        };
      }
      if (!validEntryName(kind, name)) throw new BackupIntegrityError('name');
      // Refused at the first record too many, before it is even read: memory stays bounded.
      if (entries.length >= MAX_RECORDS) throw new BackupIntegrityError('too-many-records');
      if (kind === 'keys' && (entries.length !== 0 || size > MAX_KEYS_RECORD)) throw new BackupIntegrityError('keys');
      const hash = createHash('sha256');
      let left = size;
      const kept: Buffer[] = [];
      while (left > 0) {
        const piece = await reader.read(Math.min(left, READ_CHUNK));
        if (piece.length === 0) throw new BackupIntegrityError('truncated');
        hash.update(piece);
        if (kind === 'keys') kept.push(Buffer.from(piece));
        left -= piece.length;
      }
      if (kind === 'keys') keys = Buffer.concat(kept);
      entries.push({ kind, name, size, offset, sha256: hash.digest('hex') });
      offset += size;
    }
  } finally {
    await reader.close();
  }
}

function parseManifest(bytes: Buffer): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new BackupIntegrityError('manifest');
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new BackupIntegrityError('manifest');
  return parsed.data;
}

/**
 * The records must be exactly the manifest's entries, in order: keys, database, documents with
 * distinct names. Hash mismatches are reported before any key is derived, so a damaged key file
 * shows up as damage, not as a "wrong passphrase".
 */
function matchManifest(manifest: Manifest, found: FoundEntry[]): void {
  if (manifest.entries.length !== found.length) throw new BackupIntegrityError('manifest');
  const names = new Set<string>();
  for (const [i, claim] of manifest.entries.entries()) {
    const entry = found[i];
    if (!entry || entry.kind !== claim.kind || entry.name !== claim.name || entry.size !== claim.size)
      throw new BackupIntegrityError('manifest');
    if (entry.sha256 !== claim.sha256) throw new BackupIntegrityError(`entry-${entry.kind}`);
    const expectedKind: EntryKind = i === 0 ? 'keys' : i === 1 ? 'database' : 'document';
    if (entry.kind !== expectedKind || names.has(entry.name)) throw new BackupIntegrityError('manifest');
    names.add(entry.name);
  }
  if (found.length < 2) throw new BackupIntegrityError('manifest');
}
