/**
 * The job channels behind the backup screens: start returns at once, `…job` is polled for
 * progress and the result, cancel aborts (no file left), a lock drops backup jobs, restore runs
 * locked and refuses a full folder before any dialog opens, and the store is bounded.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src-main/backend';
import { createJobStore, MAX_JOBS } from '../../src-main/services/backup/jobs';
import { fakeClock } from '../../src-main/services/clock';
import type { ChannelOutput } from '../../src-main/shared/contract';
import { codeOf, testBackend } from '../helpers/backend';
import { makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';
import { call, documentHashes, dumpVault, ours, seedVault, type Seeded } from './backup-helpers';
import { nextTurn, scaled } from '../helpers/timing';

type JobStatus = ChannelOutput<'backup:job'>;

describe('backup jobs over IPC', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let vaultDir: string;
  let outDir: string;
  let backend: Backend;
  let seeded: Seeded;
  let opened: string;
  let openCalls: number;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('emanet-backup-jobs-'));
    vaultDir = join(dir, 'vault');
    outDir = join(dir, 'out');
    await mkdir(outDir);
    seeded = await seedVault(vaultDir);
    await seeded.backend.dispose();
    opened = join(outDir, 'chosen.emanet-backup');
    openCalls = 0;
    backend = testBackend({
      vaultDir,
      clock: fakeClock(),
      saveDialog: (name) => Promise.resolve(join(outDir, name)),
      openDialog: () => {
        openCalls++;
        return Promise.resolve(opened);
      },
    });
    await call(backend, 'vault:unlock', { passphrase: STRONG_PASSPHRASE });
  });
  afterEach(async () => {
    await backend.dispose();
    await cleanup();
  });

  const secret = { kind: 'passphrase' as const, value: STRONG_PASSPHRASE };
  // Any input, valid or not, as a compromised renderer could send it.
  const code = async (channel: Parameters<Backend['invoke']>[0], input: unknown) =>
    codeOf(await backend.invoke(channel, input, ours));

  /** Polls like the renderer does (faster), keeping every status seen. */
  async function waitFor(channel: 'backup:job' | 'vault:restoreJob', jobId: string): Promise<JobStatus[]> {
    const seen: JobStatus[] = [];
    const deadline = Date.now() + scaled(60_000);
    while (Date.now() < deadline) {
      const status = await call(backend, channel, { jobId });
      seen.push(status);
      if (status.finished) return seen;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error('job never finished');
  }

  async function backUp(): Promise<Extract<NonNullable<JobStatus['result']>, { kind: 'create' }>> {
    const started = await call(backend, 'backup:start', { action: 'create' });
    expect(started.cancelled).toBe(false);
    const last = (await waitFor('backup:job', started.jobId ?? '')).at(-1);
    if (last?.result?.kind !== 'create') throw new Error(`backup failed: ${JSON.stringify(last)}`);
    return last.result;
  }

  it('a backup job reports progress, names the file, and records lastBackupAt', async () => {
    expect((await call(backend, 'settings:get', {})).lastBackupAt).toBeNull();
    const started = await call(backend, 'backup:start', { action: 'create' });
    const seen = await waitFor('backup:job', started.jobId ?? '');
    const last = seen.at(-1);
    expect(last).toMatchObject({ finished: true, cancelled: false, phase: 'done' });
    expect(last?.error).toBeUndefined();
    expect(last?.result).toMatchObject({ kind: 'create', documents: 3 });
    if (last?.result?.kind !== 'create') throw new Error('no result');
    // A bare name (the folder never crosses IPC), of a file that is really there, of that size.
    expect(last.result.fileName).toMatch(/^emanet-\d{4}-\d{2}-\d{2}\.emanet-backup$/);
    const bytes = await readFile(join(outDir, last.result.fileName));
    expect(bytes.length).toBe(last.result.bytes);
    expect(last.done).toBe(last.total);
    expect(last.total).toBe(bytes.length);
    const { lastBackupAt } = await call(backend, 'settings:get', {});
    expect(lastBackupAt).not.toBeNull();
    // The renderer cannot claim a backup that never happened.
    expect(await code('settings:update', { lastBackupAt: new Date().toISOString() })).toBe('VALIDATION');
  });

  it('verify job: ok with either secret; a flipped byte is INTEGRITY, a wrong passphrase WRONG_PASSPHRASE', async () => {
    const made = await backUp();
    opened = join(outDir, made.fileName);
    const verify = async (s: typeof secret | { kind: 'recovery'; value: string }) => {
      const started = await call(backend, 'backup:start', { action: 'verify', secret: s });
      return (await waitFor('backup:job', started.jobId ?? '')).at(-1);
    };
    expect((await verify(secret))?.result).toMatchObject({ kind: 'verify', documents: 3 });
    expect((await verify({ kind: 'recovery', value: seeded.recoveryKey }))?.result).toMatchObject({ kind: 'verify' });
    expect((await verify({ kind: 'passphrase', value: 'yanlış parola ama uzun bir tane' }))?.error?.code).toBe(
      'WRONG_PASSPHRASE',
    );
    const bytes = await readFile(opened);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
    await writeFile(opened, bytes);
    const damaged = await verify(secret);
    expect(damaged).toMatchObject({ finished: true, error: { code: 'INTEGRITY' } });
    expect(damaged?.result).toBeUndefined();
  });

  it('cancel aborts a running backup and leaves no file behind', async () => {
    // Big enough that the copy is still running when the cancel arrives.
    await backend.documents.add(
      { caseId: seeded.caseIds[0] ?? '', title: 'Büyük belge', category: 'other' },
      { kind: 'bytes', chunks: [randomBytes(24 * 1024 * 1024)], originalName: 'big.bin', mediaType: 'text/plain' },
    );
    const started = await call(backend, 'backup:start', { action: 'create' });
    await call(backend, 'backup:cancel', { jobId: started.jobId ?? '' });
    const last = (await waitFor('backup:job', started.jobId ?? '')).at(-1);
    expect(last).toMatchObject({ finished: true, cancelled: true });
    expect(last?.result).toBeUndefined();
    expect(await readdir(outDir)).toEqual([]);
    expect((await call(backend, 'settings:get', {})).lastBackupAt).toBeNull();
  });

  it('a lock drops backup jobs; unknown ids are NOT_FOUND', async () => {
    const started = await call(backend, 'backup:start', { action: 'create' });
    await call(backend, 'vault:lock', {});
    expect(await code('backup:job', { jobId: started.jobId })).toBe('LOCKED');
    await call(backend, 'vault:unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await code('backup:job', { jobId: started.jobId })).toBe('NOT_FOUND');
    expect(await code('backup:job', { jobId: 'nonsense' })).toBe('VALIDATION');
  });

  it('restore job: refused while unlocked and (before any dialog) over a full folder; restores after a wipe', async () => {
    const before = await dumpVault(backend);
    const hashes = await documentHashes(
      backend,
      seeded.documents.map((d) => d.id),
    );
    const made = await backUp();
    opened = join(outDir, made.fileName);
    const recovery = { kind: 'recovery' as const, value: seeded.recoveryKey };
    expect(await code('vault:startRestore', { secret: recovery })).toBe('FORBIDDEN');
    await call(backend, 'vault:lock', {});
    const refused = await backend.invoke('vault:startRestore', { secret: recovery }, ours);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VAULT_EXISTS' } });
    if (!refused.ok) expect(refused.error.details).toContain('existing.isVault:true');
    expect(openCalls).toBe(0);

    await call(backend, 'vault:panicWipe', { confirmation: 'WIPE' });
    const started = await call(backend, 'vault:startRestore', { secret: recovery });
    const seen = await waitFor('vault:restoreJob', started.jobId ?? '');
    expect(seen.at(-1)).toMatchObject({ finished: true, result: { kind: 'restore', documents: 3, replaced: null } });
    await call(backend, 'vault:unlockWithRecoveryKey', { recoveryKey: seeded.recoveryKey });
    expect(await dumpVault(backend)).toEqual(before);
    expect(
      await documentHashes(
        backend,
        seeded.documents.map((d) => d.id),
      ),
    ).toEqual(hashes);
  });

  it('restore with REPLACE swaps an existing vault; a damaged backup leaves it untouched', async () => {
    const made = await backUp();
    opened = join(outDir, made.fileName);
    await call(backend, 'clients:create', {
      client: { givenName: 'Sonradan', familyName: 'Eklenen', nationality: 'IQ' },
    });
    await call(backend, 'vault:lock', {});
    const vaultFiles = async () => (await readdir(vaultDir)).sort();
    const filesBefore = await vaultFiles();

    // Damaged: the job ends in INTEGRITY and the vault is as it was (the new client is still there).
    const good = await readFile(opened);
    const bad = Buffer.from(good);
    bad[bad.length - 10] = (bad[bad.length - 10] ?? 0) ^ 0x80;
    await writeFile(opened, bad);
    const failed = await call(backend, 'vault:startRestore', { secret, replace: 'REPLACE' });
    expect((await waitFor('vault:restoreJob', failed.jobId ?? '')).at(-1)).toMatchObject({
      finished: true,
      error: { code: 'INTEGRITY' },
    });
    expect(await vaultFiles()).toEqual(filesBefore);

    await writeFile(opened, good);
    const started = await call(backend, 'vault:startRestore', { secret, replace: 'REPLACE' });
    const last = (await waitFor('vault:restoreJob', started.jobId ?? '')).at(-1);
    expect(last?.result).toMatchObject({ kind: 'restore', replaced: { isVault: true } });
    await call(backend, 'vault:unlock', { passphrase: STRONG_PASSPHRASE });
    const { rows } = await call(backend, 'clients:list', {});
    expect(rows.map((c) => c.familyName)).not.toContain('Eklenen');
    expect(rows).toHaveLength(2);
  });
});

describe('job store', () => {
  it(`keeps at most ${MAX_JOBS} jobs: finished ones make room, running ones never`, async () => {
    const store = createJobStore<number>();
    const forever = () => new Promise<number>(() => undefined);
    const first = store.start(() => Promise.resolve(1));
    await nextTurn();
    expect(store.get(first)).toMatchObject({ finished: true, result: 1 });
    const running = Array.from({ length: MAX_JOBS }, () => store.start(forever));
    expect(() => store.get(first)).toThrow(/No such job/);
    expect(() => store.start(forever)).toThrow(/Too many/);
    store.cancel(running[0] ?? '');
    await nextTurn();
    // The abort is the job's to honour: this one ignores it, so it stays running.
    expect(store.get(running[0] ?? '').finished).toBe(false);
    store.dropAll();
    expect(() => store.get(running[1] ?? '')).toThrow(/No such job/);
  });

  it('a cancelled job ends as cancelled whatever error the abort surfaced as', async () => {
    const store = createJobStore<number>();
    const id = store.start(
      ({ signal }) =>
        new Promise<number>((_, reject) => signal.addEventListener('abort', () => reject(new Error('boom')))),
    );
    store.cancel(id);
    await nextTurn();
    expect(store.get(id)).toMatchObject({ finished: true, cancelled: true });
    expect(store.get(id).error).toBeUndefined();
  });
});
