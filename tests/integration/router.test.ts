import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../src-main/backend';
import { fakeClock } from '../../src-main/services/clock';
import { silentLogger } from '../../src-main/services/logger';
import { answersWhileLocked, CHANNELS } from '../../src-main/shared/contract';
import type { Envelope } from '../../src-main/shared/errors';
import { folderContains, makeTempDir, STRONG_PASSPHRASE, TEST_KDF } from '../helpers/temp-vault';

const ORIGIN = 'app://emanet';
const ours = { origin: ORIGIN, trusted: true };

function errorCode(result: Envelope<unknown>): string {
  return result.ok ? 'OK' : result.error.code;
}

describe('IPC router on the real backend', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let backend: Backend;
  let clock: ReturnType<typeof fakeClock>;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    clock = fakeClock();
    backend = createBackend({ vaultDir: dir, allowedOrigins: [ORIGIN], kdf: TEST_KDF, clock, logger: silentLogger });
  });
  afterEach(async () => {
    await backend.dispose();
    await cleanup();
  });

  it('answers LOCKED on every channel without the whileLocked flag while locked, whatever the input', async () => {
    await backend.invoke('vault:create', { passphrase: STRONG_PASSPHRASE }, ours);
    await backend.invoke('vault:lock', {}, ours);
    const nonVault = CHANNELS.filter((c) => !answersWhileLocked(c));
    expect(nonVault.length).toBeGreaterThan(0);
    for (const channel of nonVault) {
      expect({ channel, code: errorCode(await backend.invoke(channel, {}, ours)) }).toEqual({
        channel,
        code: 'LOCKED',
      });
      expect({ channel, code: errorCode(await backend.invoke(channel, { junk: 1 }, ours)) }).toEqual({
        channel,
        code: 'LOCKED',
      });
    }
    expect(errorCode(await backend.invoke('vault:status', {}, ours))).toBe('OK');
  });

  it('answers VALIDATION for invalid input and unknown channels, naming fields but never values', async () => {
    await backend.invoke('vault:create', { passphrase: STRONG_PASSPHRASE }, ours);
    const bad = await backend.invoke('settings:update', { autoLockMinutes: 0, lawyerName: 'x'.repeat(500) }, ours);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('VALIDATION');
    expect(bad.error.details?.sort()).toEqual(['autoLockMinutes:invalid', 'lawyerName:invalid']);
    expect(JSON.stringify(bad)).not.toContain('xxxxx');
    expect(errorCode(await backend.invoke('settings:update', { autoLockMinutes: 61 }, ours))).toBe('VALIDATION');
    expect(errorCode(await backend.invoke('settings:update', { unknownField: true }, ours))).toBe('VALIDATION');
    expect(errorCode(await backend.invoke('vault:unlock', { passphrase: 42 }, ours))).toBe('VALIDATION');
    expect(errorCode(await backend.invoke('db:exec', { sql: 'select 1' }, ours))).toBe('VALIDATION');
    expect(errorCode(await backend.invoke('__proto__', {}, ours))).toBe('VALIDATION');
  });

  it('refuses calls from another origin or from a frame that is not our window', async () => {
    expect(errorCode(await backend.invoke('vault:status', {}, { origin: 'https://evil.example', trusted: true }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await backend.invoke('vault:status', {}, { origin: ORIGIN, trusted: false }))).toBe('FORBIDDEN');
  });

  it('reports wrong passphrases as WRONG_PASSPHRASE and weak ones with reasons', async () => {
    const weak = await backend.invoke('vault:create', { passphrase: 'password' }, ours);
    expect(weak.ok ? null : weak.error).toMatchObject({
      code: 'WEAK_PASSPHRASE',
      details: expect.arrayContaining(['tooShort']),
    });
    await backend.invoke('vault:create', { passphrase: STRONG_PASSPHRASE }, ours);
    await backend.invoke('vault:lock', {}, ours);
    const wrong = await backend.invoke('vault:unlock', { passphrase: 'not-the-right-one-at-all' }, ours);
    expect(wrong).toEqual({ ok: false, error: { code: 'WRONG_PASSPHRASE', message: 'Wrong passphrase' } });
  });

  it('idle timeout from the settings locks the vault on a fake clock; calls count as activity', async () => {
    await backend.invoke('vault:create', { passphrase: STRONG_PASSPHRASE }, ours);
    expect(await backend.invoke('settings:update', { autoLockMinutes: 2 }, ours)).toMatchObject({
      ok: true,
      value: { autoLockMinutes: 2 },
    });
    clock.advance(90_000);
    await backend.invoke('settings:get', {}, ours);
    clock.advance(90_000);
    expect(await backend.checkIdle()).toBe(false);
    // The renderer's own lock-state poll is not the lawyer doing something.
    await backend.invoke('vault:status', {}, ours);
    clock.advance(30_000);
    expect(await backend.checkIdle()).toBe(true);
    expect(errorCode(await backend.invoke('settings:get', {}, ours))).toBe('LOCKED');
    // The setting survives the lock: it lives in the encrypted database.
    await backend.invoke('vault:unlock', { passphrase: STRONG_PASSPHRASE }, ours);
    expect(await backend.invoke('settings:get', {}, ours)).toMatchObject({ ok: true, value: { autoLockMinutes: 2 } });
  });

  it('a canary written through the app is in no file of the vault, unlocked or locked', async () => {
    const canary = 'CANARY-Şükrü-Öztürk-7f3a9c';
    await backend.invoke('vault:create', { passphrase: STRONG_PASSPHRASE }, ours);
    expect(await backend.invoke('settings:update', { lawyerName: canary }, ours)).toMatchObject({ ok: true });
    expect(await backend.invoke('settings:get', {}, ours)).toMatchObject({ ok: true, value: { lawyerName: canary } });
    expect(await folderContains(dir, canary)).toEqual([]);
    expect(await folderContains(dir, 'lawyerName')).toEqual([]);
    await backend.invoke('vault:lock', {}, ours);
    expect(await folderContains(dir, canary)).toEqual([]);
    expect(await folderContains(dir, 'lawyerName')).toEqual([]);
  });

  it('remembers the language before unlock, outside the encrypted database', async () => {
    expect(await backend.invoke('vault:status', {}, ours)).toEqual({
      ok: true,
      value: { exists: false, unlocked: false, language: 'tr', demo: false },
    });
    await backend.invoke('vault:setLanguage', { language: 'en' }, ours);
    expect(await backend.invoke('vault:status', {}, ours)).toMatchObject({ ok: true, value: { language: 'en' } });
    expect(errorCode(await backend.invoke('vault:setLanguage', { language: 'de' }, ours))).toBe('VALIDATION');
  });
});
