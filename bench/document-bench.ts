import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { decryptDocument, encryptDocument } from '../src-main/crypto/document-stream';
import { readDocument, writeDocument } from '../src-main/storage/document-store';

/**
 * Document encryption throughput on a 256 MiB generated stream, against baselines measured in
 * the same run: a plain file copy (what the disk allows) and `openssl speed -evp aes-256-gcm`
 * at 16 KiB blocks (what the CPU allows). The goal is encrypt/decrypt ≥ 0.6 × openssl.
 */
const SIZE = 256 * 1024 * 1024;
const MiB = 1024 * 1024;

export interface DocumentBenchRow {
  name: string;
  mibPerSec: number;
}

function* generated(total = SIZE): Generator<Buffer> {
  const block = randomBytes(256 * 1024);
  for (let sent = 0; sent < total; sent += block.length) yield block.subarray(0, Math.min(block.length, total - sent));
}

async function drain(stream: AsyncIterable<Buffer>): Promise<number> {
  let n = 0;
  for await (const b of stream) n += b.length;
  return n;
}

/** Best of `runs` (least disturbed by the other jobs sharing the CPU), in MiB/s. */
async function rate(runs: number, task: () => Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await task();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return SIZE / MiB / best;
}

/** openssl's AES-256-GCM at 16 KiB blocks, in MiB/s; NaN when openssl is not installed. */
function opensslRate(): number {
  const run = spawnSync('openssl', ['speed', '-evp', 'aes-256-gcm', '-bytes', '16384', '-seconds', '2'], {
    encoding: 'utf8',
  });
  // Last line: "AES-256-GCM  <rate>k" in thousands of bytes per second.
  const match = /aes-256-gcm\s+([\d.]+)k\s*$/im.exec(run.stdout ?? '');
  return match ? (Number(match[1]) * 1000) / MiB : NaN;
}

export async function runDocumentBench(): Promise<DocumentBenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'emanet-doc-bench-'));
  try {
    const key = randomBytes(32);
    const plainPath = join(dir, 'plain.bin');
    await pipeline(generated(), createWriteStream(plainPath));

    const copy = await rate(2, async () => {
      const dest = join(dir, 'copy.bin');
      await pipeline(createReadStream(plainPath, { highWaterMark: 256 * 1024 }), createWriteStream(dest));
      const handle = await open(dest, 'r+');
      await handle.sync();
      await handle.close();
      await rm(dest);
    });

    const encryptMem = await rate(3, () => drain(encryptDocument(generated(), key).output));
    const sealed: Buffer[] = [];
    // One encrypted copy kept in memory (256 MiB) so decryption is timed without the disk.
    for await (const b of encryptDocument(generated(), key).output) sealed.push(b);
    const decryptMem = await rate(3, () => drain(decryptDocument(sealed, key)));
    sealed.length = 0;

    let fileName = '';
    const docs = join(dir, 'documents');
    const encryptFile = await rate(2, async () => {
      if (fileName) await rm(join(docs, fileName));
      fileName = (await writeDocument(docs, createReadStream(plainPath, { highWaterMark: 256 * 1024 }), key)).fileName;
    });
    const decryptFile = await rate(2, async () => {
      const dest = join(dir, 'decrypted.bin');
      await pipeline(readDocument(docs, fileName, key), createWriteStream(dest));
      await rm(dest);
    });

    const openssl = opensslRate();
    return [
      { name: 'baseline: plain file copy (256 MiB, fsync)', mibPerSec: copy },
      { name: 'baseline: openssl speed aes-256-gcm 16 KiB', mibPerSec: openssl },
      { name: 'document encrypt, in memory', mibPerSec: encryptMem },
      { name: 'document decrypt, in memory', mibPerSec: decryptMem },
      { name: 'document encrypt file → file (temp, fsync, rename)', mibPerSec: encryptFile },
      { name: 'document decrypt file → file', mibPerSec: decryptFile },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Prints the rows and the ratios the issue asks for. */
export function formatDocumentBench(rows: DocumentBenchRow[]): string {
  const by = (prefix: string) => rows.find((r) => r.name.startsWith(prefix))?.mibPerSec ?? NaN;
  const openssl = by('baseline: openssl');
  const copy = by('baseline: plain file copy');
  const lines = rows.map((r) => `${r.mibPerSec.toFixed(0).padStart(8)} MiB/s  ${r.name}`);
  lines.push(
    `encrypt / openssl: ${(by('document encrypt, in memory') / openssl).toFixed(2)}   decrypt / openssl: ${(by('document decrypt, in memory') / openssl).toFixed(2)}   (goal ≥ 0.6)`,
    `encrypt file / copy: ${(by('document encrypt file') / copy).toFixed(2)}   decrypt file / copy: ${(by('document decrypt file') / copy).toFixed(2)}`,
  );
  return lines.join('\n');
}
