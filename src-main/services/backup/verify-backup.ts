import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentIntegrityError } from '../../crypto/document-format';
import { wipeAndRelease } from '../../crypto/buffers';
import { decryptDocument } from '../../crypto/document-stream';
import { keySlotFileSchema, unwrapMasterKey, type KeySlotFile } from '../../crypto/key-slots';
import { parseRecoveryKey } from '../../crypto/recovery-key';
import { deriveSubkey } from '../../crypto/subkeys';
import { AppError } from '../../shared/errors';
import { FILE_MODE } from '../../storage/vault-paths';
import { withSecret } from '../secret-buffer';
import { BackupIntegrityError, macMatches } from './format';
import { readBackupIndex, type BackupIndex, type FoundEntry } from './read-backup';
import { documentRows, integrityOk, openSnapshot } from './snapshot';

/** The passphrase or the recovery key: either opens a backup, as either opens the vault. */
export interface BackupSecret {
  kind: 'passphrase' | 'recovery';
  value: string;
}

export interface VerifyProgress {
  done: number;
  total: number;
}

export interface VerifyResult {
  ok: true;
  vaultId: string;
  createdAt: string;
  documents: number;
  bytes: number;
}

export interface CheckedBackup extends VerifyResult {
  index: BackupIndex;
}

const READ_CHUNK = 256 * 1024;

function parseSlots(keys: Buffer): KeySlotFile {
  try {
    const parsed = keySlotFileSchema.safeParse(JSON.parse(keys.toString('utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // Falls through: unreadable JSON is the same damage as a wrong shape.
  }
  throw new BackupIntegrityError('keys');
}

/**
 * Unwraps the master key from the key slots stored IN the backup, not from any local vault.
 * Nothing is authenticated yet: the key file's schema already refused more than one slot per
 * kind and any cost `calibrateCost` could not have produced, so this is one bounded derivation,
 * and the signal is honoured right after it.
 */
async function unwrap(slots: KeySlotFile, secret: BackupSecret, signal?: AbortSignal): Promise<Buffer> {
  if (secret.kind === 'passphrase') {
    const opened = await withSecret(secret.value, (s) => unwrapMasterKey(slots, 'passphrase', s, signal));
    if (!opened) throw new AppError('WRONG_PASSPHRASE', 'Wrong passphrase');
    return opened.masterKey;
  }
  const parsed = parseRecoveryKey(secret.value);
  const opened = parsed ? await withSecret(parsed, (s) => unwrapMasterKey(slots, 'recovery', s, signal)) : null;
  if (!opened) throw new AppError('WRONG_PASSPHRASE', 'Wrong recovery key');
  return opened.masterKey;
}

function range(file: string, entry: FoundEntry) {
  return createReadStream(file, { start: entry.offset, end: entry.offset + entry.size - 1, highWaterMark: READ_CHUNK });
}

/**
 * Copies one entry's bytes out of the backup, checking them against the (by now authenticated)
 * manifest hash: the backup file could have changed since it was first read.
 */
export async function extractEntry(
  file: string,
  entry: FoundEntry,
  destination: string,
  signal?: AbortSignal,
): Promise<void> {
  const handle = await open(destination, 'wx', FILE_MODE);
  const hash = createHash('sha256');
  try {
    if (entry.size > 0) {
      for await (const chunk of range(file, entry)) {
        signal?.throwIfAborted();
        const bytes = chunk as Buffer;
        hash.update(bytes);
        let offset = 0;
        while (offset < bytes.length) offset += (await handle.write(bytes, offset)).bytesWritten;
      }
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (hash.digest('hex') !== entry.sha256) throw new BackupIntegrityError('changed');
}

/** Authenticates every chunk of one document entry and compares it with its database row. */
async function checkDocument(
  file: string,
  entry: FoundEntry,
  row: { key: Buffer; sha256: string; size: number },
  signal?: AbortSignal,
): Promise<void> {
  const hash = createHash('sha256');
  let size = 0;
  try {
    const plain = decryptDocument(range(file, entry), row.key, {
      expectedFileId: Buffer.from(entry.name, 'hex'),
      ...(signal ? { signal } : {}),
    });
    for await (const chunk of plain) {
      hash.update(chunk);
      size += chunk.length;
      wipeAndRelease(chunk);
    }
  } catch (error) {
    if (error instanceof DocumentIntegrityError) throw new BackupIntegrityError('document');
    throw error;
  }
  if (size !== row.size || hash.digest('hex') !== row.sha256) throw new BackupIntegrityError('document');
}

/**
 * Everything short of restoring: structure and entry hashes, the key slots inside the backup
 * (passphrase or recovery key), the manifest MAC, the database copy (opens with the derived key,
 * integrity_check ok), and every document (each chunk authenticates, plaintext hash and size
 * match its row, every row has its file and every file its row). The database copy is written
 * to `databaseCopy` (restore puts it where it belongs) or to a private temp folder that is removed.
 */
export async function checkBackup(
  file: string,
  secret: BackupSecret,
  options: { databaseCopy?: string; signal?: AbortSignal; onProgress?: (p: VerifyProgress) => void } = {},
): Promise<CheckedBackup> {
  const { signal, onProgress } = options;
  const index = await readBackupIndex(file, signal);
  const slots = parseSlots(index.keys);
  if (slots.vaultId !== index.manifest.vaultId) throw new BackupIntegrityError('vault-id');
  signal?.throwIfAborted();
  const masterKey = await unwrap(slots, secret, signal);
  const manifestKey = deriveSubkey(masterKey, slots.vaultId, 'backup-manifest');
  const databaseKey = deriveSubkey(masterKey, slots.vaultId, 'database');
  masterKey.fill(0);
  const scratch = options.databaseCopy ? null : await mkdtemp(join(tmpdir(), 'emanet-verify-'));
  const dbPath = options.databaseCopy ?? join(scratch ?? '', 'snapshot.db');
  try {
    if (!macMatches(manifestKey, index.header, index.manifestBytes, index.mac)) throw new BackupIntegrityError('mac');
    const [, dbEntry, ...docEntries] = index.entries;
    if (!dbEntry) throw new BackupIntegrityError('manifest');
    await extractEntry(file, dbEntry, dbPath, signal);
    const db = openSnapshot(dbPath, databaseKey);
    if (!db) throw new BackupIntegrityError('database');
    try {
      if (!integrityOk(db)) throw new BackupIntegrityError('database');
      const byName = new Map(docEntries.map((e) => [e.name, e]));
      const total = docEntries.reduce((sum, e) => sum + e.size, 0);
      let done = 0;
      let documents = 0;
      for (const row of documentRows(db)) {
        try {
          const entry = byName.get(row.fileName);
          if (!entry) throw new BackupIntegrityError('document-missing');
          byName.delete(row.fileName);
          await checkDocument(file, entry, row, signal);
          done += entry.size;
          documents++;
          onProgress?.({ done, total });
        } finally {
          row.key.fill(0);
        }
      }
      if (byName.size > 0) throw new BackupIntegrityError('document-unreferenced');
      return {
        ok: true,
        vaultId: slots.vaultId,
        createdAt: index.manifest.createdAt,
        documents,
        bytes: index.bytes,
        index,
      };
    } finally {
      db.close();
    }
  } finally {
    manifestKey.fill(0);
    databaseKey.fill(0);
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

/** `backup verify`: the whole check, nothing written anywhere but a removed temp copy. */
export async function verifyBackup(
  file: string,
  secret: BackupSecret,
  options: { signal?: AbortSignal; onProgress?: (p: VerifyProgress) => void } = {},
): Promise<VerifyResult> {
  const { ok, vaultId, createdAt, documents, bytes } = await checkBackup(file, secret, options);
  return { ok, vaultId, createdAt, documents, bytes };
}
