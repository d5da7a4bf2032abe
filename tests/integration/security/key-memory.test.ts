import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keySlotFileSchema, unwrapMasterKey } from '../../../src-main/crypto/key-slots';
import { deriveSubkey } from '../../../src-main/crypto/subkeys';
import { makeTempDir, STRONG_PASSPHRASE } from '../../helpers/temp-vault';

const CHILD = join(import.meta.dirname, 'key-memory-child.ts');
const PAGE = 4096;
const PIECE = 16 * 1024 * 1024;

/** The resident (or swapped) page runs of one mapping, from /proc/<pid>/pagemap (bit 63, bit 62). */
function residentRuns(pagemap: number, start: number, end: number): Array<[number, number]> {
  const pages = (end - start) / PAGE;
  const entries = Buffer.alloc(pages * 8);
  const n = readSync(pagemap, entries, 0, entries.length, (start / PAGE) * 8);
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < n / 8; i++) {
    const flags = entries.readUInt32LE(i * 8 + 4);
    if ((flags & 0xc0000000) === 0) continue;
    const at = start + i * PAGE;
    const last = runs[runs.length - 1];
    if (last && last[1] === at) last[1] = at + PAGE;
    else runs.push([at, at + PAGE]);
  }
  return runs;
}

/**
 * Counts each needle in the memory of another process: every readable mapping, except read-only
 * file mappings (program text, libraries: a key made at run time cannot be there), and within a
 * mapping only the pages that exist (never-touched pages read as zeros). Reads overlap by the
 * longest needle, so nothing straddling two reads is missed.
 */
function scanMemory(pid: number, needles: Record<string, Buffer>): Record<string, number> {
  const counts = Object.fromEntries(Object.keys(needles).map((name) => [name, 0]));
  const overlap = Math.max(...Object.values(needles).map((n) => n.length)) - 1;
  const mem = openSync(`/proc/${pid}/mem`, 'r');
  const pagemap = openSync(`/proc/${pid}/pagemap`, 'r');
  const buffer = Buffer.alloc(PIECE + overlap);
  try {
    for (const line of readFileSync(`/proc/${pid}/maps`, 'utf8').split('\n')) {
      const m = /^([0-9a-f]+)-([0-9a-f]+) (r[-w][-x][ps]) [0-9a-f]+ \S+ (\d+)\s*(.*)$/.exec(line);
      if (!m) continue;
      const [, from, to, perms, inode, name] = m as unknown as [string, string, string, string, string, string];
      if (name.startsWith('[v')) continue;
      if (inode !== '0' && !perms.includes('w')) continue;
      for (const [start, end] of residentRuns(pagemap, parseInt(from, 16), parseInt(to, 16))) {
        for (let at = start; at < end; at += PIECE) {
          let n = 0;
          try {
            n = readSync(mem, buffer, 0, Math.min(PIECE + overlap, end - at), at);
          } catch {
            continue;
          }
          const view = buffer.subarray(0, n);
          for (const [label, needle] of Object.entries(needles)) {
            for (let i = view.indexOf(needle); i !== -1 && i < PIECE; i = view.indexOf(needle, i + 1))
              counts[label] = (counts[label] ?? 0) + 1;
          }
        }
      }
    }
  } finally {
    closeSync(pagemap);
    closeSync(mem);
  }
  return counts;
}

describe('item 4: keys in memory after lock', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir('emanet-keymem-')));
  afterEach(() => cleanup());

  it('item 4: after vault:lock neither the database key (raw or hex) nor the master key nor a subkey is anywhere in the process memory', async () => {
    const control = randomBytes(32);
    const mask = randomBytes(32);
    const masked = Buffer.from(control.map((b, i) => b ^ (mask[i] ?? 0)));
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', CHILD, dir, mask.toString('hex'), masked.toString('hex')],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      await new Promise<void>((ready, failed) => {
        child.stdout.on('data', (d: Buffer) => d.toString().includes('LOCKED') && ready());
        child.on('exit', () => failed(new Error(`child ended early: ${stderr.slice(0, 2000)}`)));
      });
      const slots = keySlotFileSchema.parse(JSON.parse(readFileSync(join(dir, 'vault', 'keys.json'), 'utf8')));
      const opened = await unwrapMasterKey(slots, 'passphrase', Buffer.from(STRONG_PASSPHRASE.normalize('NFC')));
      if (!opened) throw new Error('the passphrase does not open the vault');
      const { masterKey } = opened;
      const databaseKey = deriveSubkey(masterKey, slots.vaultId, 'database');
      const counts = scanMemory(child.pid ?? 0, {
        databaseKey,
        databaseKeyHex: Buffer.from(databaseKey.toString('hex'), 'latin1'),
        databaseKeyHexUtf16: Buffer.from(databaseKey.toString('hex'), 'utf16le'),
        masterKey,
        backupManifestKey: deriveSubkey(masterKey, slots.vaultId, 'backup-manifest'),
        control,
        controlHex: Buffer.from(control.toString('hex'), 'latin1'),
      });
      // The scan sees what the child still references; without this, zero hits would prove nothing.
      expect(counts.control).toBeGreaterThan(0);
      expect(counts.controlHex).toBeGreaterThan(0);
      expect({ ...counts, control: 1, controlHex: 1 }).toEqual({
        databaseKey: 0,
        databaseKeyHex: 0,
        databaseKeyHexUtf16: 0,
        masterKey: 0,
        backupManifestKey: 0,
        control: 1,
        controlHex: 1,
      });
    } finally {
      child.stdin.end('done\n');
      await exited;
    }
  });
});
