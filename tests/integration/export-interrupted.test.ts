/**
 * Issue 11, item 10: an interrupted document export must not leave decrypted client data next
 * to the destination. A child process exports a document and is SIGKILLed while the export's
 * temp file exists (tests/crash/export-child.ts); the next unlock deletes that file, because
 * the export recorded it in the vault before creating it (pending-exports.ts).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../src-main/backend';
import { fakeClock } from '../../src-main/services/clock';
import { silentLogger } from '../../src-main/services/logger';
import type { Channel, ChannelInput, ChannelOutput } from '../../src-main/shared/contract';
import type { Envelope } from '../../src-main/shared/errors';
import { makeTempDir, STRONG_PASSPHRASE, TEST_KDF } from '../helpers/temp-vault';

const ours = { origin: 'app://emanet', trusted: true };
const CHILD = join(import.meta.dirname, '..', 'crash', 'export-child.ts');
const CANARY = Buffer.from('KANARYA-sinir-disi-karari-item10');
const MiB = 1024 * 1024;

describe('issue 11 item 10: exports cut short leave no plaintext', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let backend: Backend;
  let caseId: string;
  const vaultDir = () => join(dir, 'vault');
  const outDir = () => join(dir, 'Belgeler');

  function open(): Backend {
    return createBackend({
      vaultDir: vaultDir(),
      allowedOrigins: [ours.origin],
      kdf: TEST_KDF,
      clock: fakeClock(),
      logger: silentLogger,
    });
  }
  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const r = (await backend.invoke(channel, input, ours)) as Envelope<ChannelOutput<C>>;
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${JSON.stringify(r.error.details ?? [])}`);
    return r.value;
  }

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    await mkdir(outDir());
    backend = open();
    await call('vault:create', { passphrase: STRONG_PASSPHRASE });
    ({ caseId } = await call('intake:create', {
      client: { givenName: 'Abdullah', familyName: 'Rahimi', nationality: 'AF' },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2026-11-20' },
    }));
  });
  afterEach(async () => {
    await backend.dispose();
    await cleanup();
  });

  it('item 10: an export killed half-way leaves no plaintext temp file after the next unlock', async () => {
    // Many chunks with the canary in each, so any part of the temp file would give it away.
    const plain = Buffer.concat(Array.from({ length: 16 }, () => Buffer.concat([CANARY, randomBytes(MiB)])));
    const source = join(dir, 'karar.bin');
    await writeFile(source, plain);
    const added = await backend.documents.add(
      { caseId, title: 'Karar', category: 'decision' },
      { kind: 'file', path: source },
    );
    await backend.dispose();

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, vaultDir(), added.versionId, join(outDir(), 'karar.bin')],
      { env: { ...process.env, EMANET_PASSPHRASE: STRONG_PASSPHRASE }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const signal = await new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, s) => done(s)));
    expect(signal, stderr).toBe('SIGKILL');
    expect(stdout).toMatch(/^TEMP \.[0-9a-f]{24}\.tmp\n$/);

    // What the killed export left behind: a temp file of decrypted bytes, and no export.
    const left = await readdir(outDir());
    expect(left).toEqual([stdout.trim().split(' ')[1]]);
    const leftover = await readFile(join(outDir(), left[0]!));
    expect(leftover.length).toBeGreaterThan(0);
    expect(leftover.includes(CANARY)).toBe(true);

    backend = open();
    await call('vault:unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await readdir(outDir())).toEqual([]);
    // The record went with the file: a second unlock has nothing left to do.
    const rows = await backend.vault.db().selectFrom('pending_export').selectAll().execute();
    expect(rows).toEqual([]);
  }, 60_000);

  it('item 10: the sweep leaves an export another live process is writing, and never follows a link', async () => {
    const sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      const live = join(outDir(), `.${'a'.repeat(24)}.tmp`);
      const linked = join(outDir(), `.${'b'.repeat(24)}.tmp`);
      const target = join(dir, 'not-an-export.txt');
      await writeFile(live, 'yazılıyor');
      await writeFile(target, 'keep me');
      await symlink(target, linked);
      const at = new Date().toISOString();
      await backend.vault
        .db()
        .insertInto('pending_export')
        .values([
          { temp_path: live, pid: sleeper.pid!, created_at: at },
          { temp_path: linked, pid: 2 ** 22 + 1, created_at: at },
        ])
        .execute();

      // The live export stays; the link is neither followed nor counted as an export.
      await backend.documents.sweep();
      expect((await readdir(outDir())).sort()).toEqual([`.${'a'.repeat(24)}.tmp`, `.${'b'.repeat(24)}.tmp`]);
      expect(await readFile(target, 'utf8')).toBe('keep me');

      sleeper.kill('SIGKILL');
      await new Promise((done) => sleeper.on('exit', done));
      await backend.documents.sweep();
      expect(await readdir(outDir())).toEqual([`.${'b'.repeat(24)}.tmp`]);
      expect(await readFile(target, 'utf8')).toBe('keep me');
      expect(await backend.vault.db().selectFrom('pending_export').selectAll().execute()).toEqual([]);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });
});
