import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KdfCost } from '../../src-main/crypto/kdf';

/** Cheap Argon2id for tests only; production calibrates to about a second (never below 64 MiB, t=3). */
export const TEST_KDF: KdfCost = { memoryKiB: 8192, iterations: 1, parallelism: 1 };

export const STRONG_PASSPHRASE = 'kestane-vapur-Üsküdar-1923-mavi';
export const OTHER_STRONG_PASSPHRASE = 'ılgaz dağı çam ormanı sabah 7';

export async function makeTempDir(prefix = 'emanet-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** SHA-256 of every file in a folder, by name: proves byte-identity before and after an action. */
export async function hashFolder(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    out[name] = createHash('sha256')
      .update(await readFile(join(dir, name)))
      .digest('hex');
  }
  return out;
}

export async function folderContains(dir: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  const variants = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  for (const name of await readdir(dir)) {
    const bytes = await readFile(join(dir, name));
    if (variants.some((v) => bytes.includes(v))) hits.push(name);
  }
  return hits;
}
