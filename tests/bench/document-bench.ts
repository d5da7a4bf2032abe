import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { releaseBuffer, wipeAndRelease } from '../../src-main/crypto/buffers';
import { decryptDocument, encryptDocument, sealDocument } from '../../src-main/crypto/document-stream';
import { createCasefile } from '../../src-main/services/casefile';
import { systemClock } from '../../src-main/services/clock';
import { createDocumentService, type DocumentService } from '../../src-main/services/documents';
import { createVaultService } from '../../src-main/services/vault-service';
import { vaultPaths } from '../../src-main/storage/vault-paths';
import { startBenchShell, type BenchShell } from './bench-shell';

/**
 * Issue 18: documents at the disk's speed. Every figure is a ratio against a baseline measured
 * in the same round, right next to it, so the load other jobs put on the shared CPU and disk
 * weighs on both sides; the median over the rounds is reported.
 *
 * - import end to end (`documents.add` of a 256 MiB file on a real vault: read, SHA-256,
 *   encrypt, write, fsync, link, the row and its index) and export (`documents.export`: read,
 *   authenticate, decrypt, write, fsync, link) against a plain fsync'd copy of the same file
 *   into the same folder — the faster of `copyFile` (copy_file_range, in the kernel) and a
 *   1 MiB read/write loop, so the baseline is the best a plain copy does here;
 * - encrypt and decrypt in memory (the document format's own streams: `sealDocument`, the
 *   encryption a handover file uses, and `decryptDocument`) against `openssl speed -evp
 *   aes-256-gcm` at 16 KiB blocks, run with `-elapsed` (wall clock, like ours) right before;
 *   the ratio against openssl's default CPU-time figure is printed too;
 * - for reference, the import's in-memory work: `encryptDocument`, the same encryption with the
 *   whole-file SHA-256 of the plaintext on the worker thread, next to openssl's SHA-256 over
 *   AES-GCM: one SHA-256 stream cannot be split across cores, so that ratio is its ceiling. The
 *   hash's cost to a lawyer is in the import's end-to-end ratio, which includes it.
 *
 * Run once on an otherwise idle process and once with a CPU burner child spinning on one core.
 *
 * Wall-clock ratios on a shared machine say as much about the other jobs as about the code, so
 * each timed step also records CPU time per thread (Linux: /proc/self/task/<tid>/schedstat) —
 * how much the main thread, the hashing worker and libuv's I/O pool worked — and how long our
 * threads stood runnable waiting for a CPU someone else held: a run whose waiting dwarfs its
 * working was starved, and its wall-clock ratios should not be trusted. The load average is
 * printed next to them.
 */
const MiB = 1024 * 1024;
export const DOC_SIZE = 256 * MiB;
const PASSPHRASE = 'kestane-vapur-Üsküdar-1923-mavi';

export const DOCUMENT_GOALS = {
  import: 0.8,
  export: 0.8,
  encrypt: 0.5,
  decrypt: 0.6,
} as const;

/** CPU time of one timed step, in ms (per DOC_SIZE). */
export interface StepCpu {
  /** The main (JavaScript) thread. */
  main: number;
  /** The SHA-256 worker thread. */
  hash: number;
  /** libuv's thread pool: file reads, writes, fsync. */
  io: number;
  /** Every thread of this process, the above included (GC helpers too). */
  all: number;
  /** Time our threads were runnable but waiting for a CPU (other processes held them). */
  waited: number;
}

export interface RoundFigures {
  /** MiB/s */
  copy: number;
  import: number;
  export: number;
  /** The format's encryption alone (sealDocument). */
  encrypt: number;
  /** The same with the plaintext's SHA-256 (encryptDocument, as an import does). */
  encryptHashed: number;
  decrypt: number;
  opensslElapsed: number;
  opensslCpu: number;
  /** openssl's SHA-256 (-elapsed): one stream cannot be hashed faster, whatever the cores. */
  opensslSha256: number;
  /** Peak RSS growth during import and export, MiB. */
  rssGrowth: number;
  cpu: { copy: StepCpu; import: StepCpu; encrypt: StepCpu; encryptHashed: StepCpu };
}

export interface DocumentBenchPhase {
  label: string;
  rounds: RoundFigures[];
  /** One-minute load average when the phase started and when it ended. */
  load: [number, number];
}

const median = (values: number[]): number => {
  const s = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

type ThreadTimes = Map<string, { run: number; wait: number }>;

/** On-CPU and runnable-waiting nanoseconds per thread kind, from /proc (empty elsewhere). */
function threadTimes(): ThreadTimes {
  const times: ThreadTimes = new Map();
  let tids: string[] = [];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return times;
  }
  for (const tid of tids) {
    try {
      const comm = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
      const [run = 0, wait = 0] = readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
      const kind =
        comm === 'MainThread' || comm === 'node'
          ? 'main'
          : comm.startsWith('emanet-sha')
            ? 'hash'
            : comm.startsWith('libuv-worker')
              ? 'io'
              : 'other';
      const t = times.get(kind) ?? { run: 0, wait: 0 };
      t.run += run;
      t.wait += wait;
      times.set(kind, t);
    } catch {
      // The thread ended meanwhile.
    }
  }
  return times;
}

/** CPU of a step from thread times before and after (threads that ended meanwhile are lost: none here). */
function stepCpu(before: ThreadTimes, after: ThreadTimes, fallback: { main: number; all: number }): StepCpu {
  const ms = (kind: string, field: 'run' | 'wait') =>
    ((after.get(kind)?.[field] ?? 0) - (before.get(kind)?.[field] ?? 0)) / 1e6;
  if (after.size === 0) return { ...fallback, hash: NaN, io: NaN, waited: NaN };
  const kinds = [...after.keys()];
  return {
    main: ms('main', 'run'),
    hash: ms('hash', 'run'),
    io: ms('io', 'run'),
    all: kinds.reduce((sum, k) => sum + ms(k, 'run'), 0),
    waited: kinds.reduce((sum, k) => sum + ms(k, 'wait'), 0),
  };
}

/**
 * Flushes every filesystem before a timed step. The bench deletes 256 MiB files between steps;
 * with the `discard` mount option (this machine's root) the blocks are trimmed at the next
 * journal commit, which the next step's fsync would otherwise wait for and be charged with. Run
 * by the bench shell: a fork of this process would be paid for by the step after it.
 */
async function settleDisk(shell: BenchShell): Promise<void> {
  await shell.run('sync');
}

/** MiB/s of `task` over `bytes`, the peak RSS growth while it ran, and its CPU time. */
async function timed(
  shell: BenchShell,
  bytes: number,
  task: () => Promise<unknown>,
): Promise<{ rate: number; rss: number; cpu: StepCpu }> {
  await settleDisk(shell);
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const threads = threadTimes();
  const main = process.threadCpuUsage();
  const all = process.cpuUsage();
  const start = process.hrtime.bigint();
  try {
    await task();
  } finally {
    clearInterval(sampler);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const mainUsed = process.threadCpuUsage(main);
  const allUsed = process.cpuUsage(all);
  const cpu = stepCpu(threads, threadTimes(), {
    main: (mainUsed.user + mainUsed.system) / 1e3,
    all: (allUsed.user + allUsed.system) / 1e3,
  });
  peak = Math.max(peak, process.memoryUsage.rss());
  return { rate: bytes / MiB / seconds, rss: (peak - before) / MiB, cpu };
}

/**
 * MiB/s of `pass` (one DOC_SIZE pass) repeated for at least a second, as openssl speed runs for
 * its `-seconds`: a single burst right after a pause measures how fast the CPU wakes up. CPU
 * times are per pass.
 */
async function sustained(shell: BenchShell, pass: () => Promise<unknown>): Promise<{ rate: number; cpu: StepCpu }> {
  await settleDisk(shell);
  const threads = threadTimes();
  const main = process.threadCpuUsage();
  const all = process.cpuUsage();
  const start = process.hrtime.bigint();
  let passes = 0;
  let seconds = 0;
  do {
    await pass();
    passes++;
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
  } while (seconds < 1);
  const mainUsed = process.threadCpuUsage(main);
  const allUsed = process.cpuUsage(all);
  const total = stepCpu(threads, threadTimes(), {
    main: (mainUsed.user + mainUsed.system) / 1e3,
    all: (allUsed.user + allUsed.system) / 1e3,
  });
  const cpu = Object.fromEntries(Object.entries(total).map(([k, v]) => [k, v / passes])) as unknown as StepCpu;
  return { rate: (passes * DOC_SIZE) / MiB / seconds, cpu };
}

/**
 * `openssl speed -evp aes-256-gcm` at 16 KiB blocks, in MiB/s (NaN without openssl). With
 * `elapsed`, openssl divides by wall-clock time, as our own figures do; without, by its CPU time.
 */
async function opensslRate(shell: BenchShell, elapsed: boolean, algorithm = 'aes-256-gcm'): Promise<number> {
  const args = ['speed', ...(elapsed ? ['-elapsed'] : []), '-evp', algorithm, '-bytes', '16384', '-seconds', '1'];
  const stdout = await shell.run(`openssl ${args.join(' ')} 2>/dev/null`);
  // Last line: "AES-256-GCM  <rate>k" (or "sha256 …") in thousands of bytes per second.
  const match = new RegExp(`${algorithm}\\s+([\\d.]+)k\\s*$`, 'im').exec(stdout);
  return match ? (Number(match[1]) * 1000) / MiB : NaN;
}

async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** What a plain program does: 1 MiB reads and writes, then fsync. */
async function loopCopy(from: string, to: string): Promise<void> {
  const src = await open(from, 'r');
  const dst = await open(to, 'wx', 0o600);
  const buffer = Buffer.allocUnsafe(MiB);
  try {
    for (;;) {
      const { bytesRead } = await src.read(buffer, 0, MiB, null);
      if (bytesRead === 0) break;
      let at = 0;
      while (at < bytesRead) at += (await dst.write(buffer, at, bytesRead - at)).bytesWritten;
    }
    await dst.sync();
  } finally {
    await src.close();
    await dst.close();
  }
}

async function plainCopyRate(shell: BenchShell, source: string, dir: string): Promise<{ rate: number; cpu: StepCpu }> {
  const dest = join(dir, 'copy.bin');
  const kernel = await timed(shell, DOC_SIZE, async () => {
    await copyFile(source, dest);
    await fsyncFile(dest);
  });
  await rm(dest);
  const loop = await timed(shell, DOC_SIZE, () => loopCopy(source, dest));
  await rm(dest);
  return kernel.rate >= loop.rate ? kernel : loop;
}

interface Setup {
  dir: string;
  source: string;
  /** The same plaintext in memory, as 1 MiB pieces (not one block over and over: that would stay in the cache). */
  pieces: Buffer[];
  documents: DocumentService;
  caseId: string;
  shell: BenchShell;
  close(): Promise<void>;
}

async function setUp(): Promise<Setup> {
  const dir = await mkdtemp(join(tmpdir(), 'emanet-doc-bench-'));
  const plain = randomBytes(DOC_SIZE);
  const source = join(dir, 'karar.bin');
  await writeFile(source, plain);
  const pieces = Array.from({ length: DOC_SIZE / MiB }, (_, i) => plain.subarray(i * MiB, (i + 1) * MiB));
  const paths = vaultPaths(join(dir, 'vault'));
  const vault = createVaultService({
    paths,
    clock: systemClock,
    kdfCost: { memoryKiB: 8192, iterations: 1, parallelism: 1 },
  });
  await vault.create(PASSPHRASE);
  const deps = { db: () => vault.db(), clock: systemClock };
  const { caseId } = await createCasefile(deps).intake({
    client: { givenName: 'Hız', familyName: 'Testi', nationality: 'SY' },
    case: { type: 'removal-appeal', status: 'active', openedOn: '2026-01-05' },
    otherClientIds: [],
  });
  const documents = createDocumentService({ ...deps, documentsDir: paths.documents });
  const shell = startBenchShell();
  return {
    dir,
    source,
    pieces,
    documents,
    caseId,
    shell,
    close: async () => {
      shell.close();
      await vault.lock();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function round(s: Setup): Promise<RoundFigures> {
  const copied = await plainCopyRate(s.shell, s.source, s.dir);
  let versionId = '';
  let documentId = '';
  const imported = await timed(s.shell, DOC_SIZE, async () => {
    const added = await s.documents.add(
      { caseId: s.caseId, title: 'Hız testi', category: 'evidence' },
      { kind: 'file', path: s.source },
    );
    versionId = added.versionId;
    documentId = added.id;
  });
  const dest = join(s.dir, 'disari.bin');
  const exported = await timed(s.shell, DOC_SIZE, () => s.documents.export(versionId, dest, { overwrite: false }));
  await rm(dest);
  await s.documents.remove(documentId);

  const key = randomBytes(32);
  const opensslElapsed = await opensslRate(s.shell, true);
  // Timed without keeping the output (that would time the allocator and the GC, not the cipher):
  // each piece is released as the file writer releases it once written; and like openssl speed:
  // as many passes as fit in a second or more, not one short burst.
  const encrypted = await sustained(s.shell, async () => {
    for await (const piece of sealDocument(s.pieces, key, { sizeHint: DOC_SIZE }).output) releaseBuffer(piece);
  });
  const encryptedHashed = await sustained(s.shell, async () => {
    for await (const piece of encryptDocument(s.pieces, key, { sizeHint: DOC_SIZE }).output) releaseBuffer(piece);
  });
  // In memory means one contiguous ciphertext, as a file read into memory would be.
  const sealed: Buffer[] = [];
  for await (const piece of encryptDocument(s.pieces, key, { sizeHint: DOC_SIZE }).output) sealed.push(piece);
  const file = Buffer.concat(sealed);
  sealed.length = 0;
  const decrypted = await sustained(s.shell, async () => {
    for await (const plain of decryptDocument([file], key)) wipeAndRelease(plain);
  });
  const opensslCpu = await opensslRate(s.shell, false);
  const opensslSha256 = await opensslRate(s.shell, true, 'sha256');
  return {
    copy: copied.rate,
    import: imported.rate,
    export: exported.rate,
    encrypt: encrypted.rate,
    encryptHashed: encryptedHashed.rate,
    decrypt: decrypted.rate,
    opensslElapsed,
    opensslCpu,
    opensslSha256,
    rssGrowth: Math.max(imported.rss, exported.rss),
    cpu: { copy: copied.cpu, import: imported.cpu, encrypt: encrypted.cpu, encryptHashed: encryptedHashed.cpu },
  };
}

/**
 * A process that spins on one core for as long as it lives: the "second process loading the
 * CPU". Started by the bench shell (not forked from here); returns its process id.
 */
async function startBurner(shell: BenchShell): Promise<number> {
  const node = `'${process.execPath.replaceAll("'", "'\\''")}'`;
  const pid = Number((await shell.run(`${node} -e 'for (;;) {}' >/dev/null 2>&1 & echo $!`)).trim());
  if (!Number.isInteger(pid) || pid <= 0) throw new Error('The CPU burner did not start');
  return pid;
}

export async function runDocumentBench(
  options: { rounds?: number; progress?: (line: string) => void } = {},
): Promise<DocumentBenchPhase[]> {
  const rounds = options.rounds ?? 5;
  const s = await setUp();
  try {
    // Warm-up: the JIT, the hashing worker, the page cache for the source file.
    await round(s);
    const phases: DocumentBenchPhase[] = [];
    for (const label of ['idle', 'with a CPU burner'] as const) {
      const burner = label === 'idle' ? null : await startBurner(s.shell);
      try {
        const figures: RoundFigures[] = [];
        const loadBefore = loadavg()[0]!;
        for (let i = 0; i < rounds; i++) {
          options.progress?.(`documents (${label}): round ${i + 1} of ${rounds}…`);
          figures.push(await round(s));
        }
        phases.push({ label, rounds: figures, load: [loadBefore, loadavg()[0]!] });
      } finally {
        if (burner !== null) process.kill(burner, 'SIGKILL');
      }
    }
    return phases;
  } finally {
    await s.close();
  }
}

/** The ratios the issue asks for, with the goals next to them. */
export function formatDocumentBench(phases: DocumentBenchPhase[]): string {
  const mark = (ratio: number, goal: number) => (!Number.isFinite(ratio) ? '  ' : ratio >= goal ? '✓ ' : '✗ ');
  const lines: string[] = [];
  for (const phase of phases) {
    const r = phase.rounds;
    const ratio = (pick: (f: RoundFigures) => number) => median(r.map(pick));
    const rate = (pick: (f: RoundFigures) => number) => median(r.map(pick)).toFixed(0).padStart(6);
    lines.push(`\nDocuments, ${phase.label}: ${DOC_SIZE / MiB} MiB, median of ${r.length} rounds (ratio per round)`);
    lines.push(
      `${rate((f) => f.copy)} MiB/s  baseline: plain fsync'd copy to the same folder (best of copyFile, 1 MiB loop)`,
    );
    lines.push(
      `${rate((f) => f.opensslElapsed)} MiB/s  baseline: openssl speed -elapsed -evp aes-256-gcm, 16 KiB blocks (wall clock)`,
    );
    lines.push(
      `${rate((f) => f.opensslCpu)} MiB/s  reference: openssl speed -evp aes-256-gcm, 16 KiB blocks (its CPU time)`,
    );
    const rows: Array<[string, (f: RoundFigures) => number, (f: RoundFigures) => number, number]> = [
      [
        'import end to end (read, hash, encrypt, write, fsync, row + index) / copy',
        (f) => f.import,
        (f) => f.import / f.copy,
        DOCUMENT_GOALS.import,
      ],
      [
        'export (read, authenticate, decrypt, write, fsync) / copy',
        (f) => f.export,
        (f) => f.export / f.copy,
        DOCUMENT_GOALS.export,
      ],
      [
        'encrypt in memory (the format: AES-256-GCM chunks, nonces, tags) / openssl -elapsed',
        (f) => f.encrypt,
        (f) => f.encrypt / f.opensslElapsed,
        DOCUMENT_GOALS.encrypt,
      ],
      [
        'decrypt in memory / openssl -elapsed',
        (f) => f.decrypt,
        (f) => f.decrypt / f.opensslElapsed,
        DOCUMENT_GOALS.decrypt,
      ],
    ];
    for (const [name, speed, ratioOf, goal] of rows) {
      const value = ratio(ratioOf);
      lines.push(`${rate(speed)} MiB/s  ${mark(value, goal)}${name}: ${value.toFixed(2)} (goal ≥ ${goal})`);
    }
    lines.push(
      `          encrypt / openssl CPU-time figure: ${ratio((f) => f.encrypt / f.opensslCpu).toFixed(2)}, ` +
        `decrypt: ${ratio((f) => f.decrypt / f.opensslCpu).toFixed(2)} (reference)`,
    );
    lines.push(
      `${rate((f) => f.encryptHashed)} MiB/s  reference: encrypt + SHA-256 of the plaintext in memory (an import's ` +
        `CPU path, hash on the worker) / openssl -elapsed: ${ratio((f) => f.encryptHashed / f.opensslElapsed).toFixed(2)}; ` +
        `its ceiling, one SHA-256 stream: openssl sha256 / aes-256-gcm = ` +
        `${ratio((f) => f.opensslSha256 / f.opensslElapsed).toFixed(2)} (${rate((f) => f.opensslSha256).trim()} MiB/s)`,
    );
    lines.push(
      `          peak RSS growth during import/export: ${Math.max(...r.map((f) => f.rssGrowth)).toFixed(0)} MiB`,
    );
    lines.push(
      `          per round, import/copy: ${r.map((f) => (f.import / f.copy).toFixed(2)).join(' ')}; ` +
        `export/copy: ${r.map((f) => (f.export / f.copy).toFixed(2)).join(' ')}`,
    );
    const ms = (pick: (f: RoundFigures) => number) => median(r.map(pick)).toFixed(0);
    const cpuLine = (name: string, step: (f: RoundFigures) => StepCpu) =>
      `${name}: main ${ms((f) => step(f).main)}, hash worker ${ms((f) => step(f).hash)}, ` +
      `I/O pool ${ms((f) => step(f).io)}, all threads ${ms((f) => step(f).all)}; waited for a CPU ${ms((f) => step(f).waited)}`;
    lines.push(`          CPU ms per ${DOC_SIZE / MiB} MiB (median): ${cpuLine('import', (f) => f.cpu.import)}`);
    lines.push(`            ${cpuLine('encrypt in memory', (f) => f.cpu.encrypt)}`);
    lines.push(`            ${cpuLine('encrypt + SHA-256 in memory', (f) => f.cpu.encryptHashed)}`);
    lines.push(`            ${cpuLine('copy', (f) => f.cpu.copy)}`);
    lines.push(
      `          load average (1 min) ${phase.load[0].toFixed(1)} → ${phase.load[1].toFixed(1)} on ` +
        `${availableParallelism()} CPUs: when "waited for a CPU" is far above "all threads", the machine ` +
        `was busy and the wall-clock ratios above say more about it than about the code`,
    );
  }
  return lines.join('\n');
}
