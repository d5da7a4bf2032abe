import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { KeySlotFile } from '../../../src-main/crypto/key-slots';
import { buildHeader, recordPrefix, TRAILER_LENGTH } from '../../../src-main/services/backup/format';
import { readBackupIndex } from '../../../src-main/services/backup/read-backup';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * A copy of `source` whose key file is `edit`ed, with the manifest's claims made to match (as an
 * attacker would: the manifest is only authenticated by the MAC, which needs the master key, so
 * everything up to the unwrap sees a consistent file). The MAC itself is left as it was.
 */
export async function withForgedKeys(
  source: string,
  target: string,
  edit: (keys: KeySlotFile) => unknown,
): Promise<void> {
  const bytes = await readFile(source);
  const index = await readBackupIndex(source);
  const [keysEntry, ...rest] = index.entries;
  if (!keysEntry) throw new Error('no keys record');
  const keys = Buffer.from(JSON.stringify(edit(JSON.parse(index.keys.toString('utf8')))), 'utf8');
  const manifest = JSON.parse(index.manifestBytes.toString('utf8'));
  manifest.entries[0] = { ...manifest.entries[0], size: keys.length, sha256: sha256(keys) };
  const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
  const last = rest[rest.length - 1] ?? keysEntry;
  await writeFile(
    target,
    Buffer.concat([
      buildHeader(),
      recordPrefix('keys', 'keys.json', keys.length),
      keys,
      bytes.subarray(keysEntry.offset + keysEntry.size, last.offset + last.size),
      recordPrefix('manifest', 'manifest', manifestBytes.length),
      manifestBytes,
      bytes.subarray(bytes.length - TRAILER_LENGTH),
    ]),
  );
}

/** A backup-looking file: a key file, then `count` empty document records and nothing else. */
export async function manyEmptyRecords(source: string, target: string, count: number): Promise<void> {
  const index = await readBackupIndex(source);
  const record = (name: string) => recordPrefix('document', name, 0);
  const size = record('0'.repeat(32)).length;
  const records = Buffer.alloc(size * count);
  for (let i = 0; i < count; i++) record(i.toString(16).padStart(32, '0')).copy(records, i * size);
  await writeFile(
    target,
    Buffer.concat([buildHeader(), recordPrefix('keys', 'keys.json', index.keys.length), index.keys, records]),
  );
}
