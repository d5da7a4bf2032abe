import { describe, expect, it } from 'vitest';
import { createRouter, type Handlers } from '../../src-main/ipc/router';
import { createLogger } from '../../src-main/services/logger';
import { answersWhileLocked, BACKGROUND_CHANNELS, CHANNELS, contract } from '../../src-main/shared/contract';
import { AppError } from '../../src-main/shared/errors';

const ours = { origin: 'app://emanet', trusted: true };

function routerWith(overrides: Partial<Handlers>, logLines: string[] = [], unlocked = true) {
  const unimplemented = () => Promise.reject(new Error('not used in this test'));
  const handlers = new Proxy(overrides, {
    get: (t, k) => (t as Record<string | symbol, unknown>)[k] ?? unimplemented,
  }) as Handlers;
  return createRouter({
    handlers,
    isUnlocked: () => unlocked,
    allowedOrigins: ['app://emanet'],
    logger: createLogger((line) => logLines.push(line)),
  });
}

describe('router envelopes', () => {
  it('turns an unexpected error into INTERNAL with a fixed message, logging no message, path or stack', async () => {
    const lines: string[] = [];
    const route = routerWith(
      { 'settings:get': () => Promise.reject(new Error('ENOENT: /home/avukat/Emanet/client Ayşe Yılmaz.pdf')) },
      lines,
    );
    const result = await route('settings:get', {}, ours);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong' } });
    expect(lines.join('\n')).not.toMatch(/Ayşe|\/home|ENOENT/);
    expect(lines.join('\n')).toContain('ipc.handler_failed');
  });

  it('passes AppErrors through with their code', async () => {
    const route = routerWith({ 'settings:get': () => Promise.reject(new AppError('NOT_FOUND', 'No such thing')) });
    expect(await route('settings:get', {}, ours)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such thing' },
    });
  });

  it('refuses a handler output that breaks the contract', async () => {
    const route = routerWith({
      'settings:get': () =>
        Promise.resolve({
          autoLockMinutes: 999,
          lawyerName: 'x',
          reminderShowsCaseNumber: false,
          retentionYears: 10,
          lastBackupAt: null,
          autoBackupFolderName: null,
          autoBackupKeep: 5,
          privacyScreen: false,
          autoBackupForeignFiles: 0,
          internalDeadlineWorkingDays: 2,
        }),
    });
    expect(await route('settings:get', {}, ours)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('returns the parsed value on success', async () => {
    const route = routerWith({
      'settings:get': () =>
        Promise.resolve({
          autoLockMinutes: 5,
          lawyerName: '',
          reminderShowsCaseNumber: false,
          retentionYears: 10,
          lastBackupAt: null,
          autoBackupFolderName: null,
          autoBackupKeep: 5,
          privacyScreen: false,
          autoBackupForeignFiles: 0,
          internalDeadlineWorkingDays: 2,
        }),
    });
    expect(await route('settings:get', {}, ours)).toEqual({
      ok: true,
      value: {
        autoLockMinutes: 5,
        lawyerName: '',
        reminderShowsCaseNumber: false,
        retentionYears: 10,
        lastBackupAt: null,
        autoBackupFolderName: null,
        autoBackupKeep: 5,
        privacyScreen: false,
        autoBackupForeignFiles: 0,
        internalDeadlineWorkingDays: 2,
      },
    });
  });
});

describe('router and the lock', () => {
  const status = { exists: true, unlocked: false, language: 'tr' as const, demo: false };

  it('refuses a channel without the whileLocked flag while locked, before its handler runs', async () => {
    expect(answersWhileLocked('settings:get')).toBe(false);
    let ran = false;
    const route = routerWith(
      {
        'settings:get': () => {
          ran = true;
          return Promise.reject(new Error('must not run'));
        },
      },
      [],
      false,
    );
    expect(await route('settings:get', {}, ours)).toEqual({
      ok: false,
      error: { code: 'LOCKED', message: 'The vault is locked' },
    });
    expect(ran).toBe(false);
  });

  it('answers a channel with the whileLocked flag while locked', async () => {
    expect(contract['vault:status'].whileLocked).toBe(true);
    const route = routerWith({ 'vault:status': () => Promise.resolve(status) }, [], false);
    expect(await route('vault:status', {}, ours)).toEqual({ ok: true, value: status });
  });

  it('takes the lock rule from the flag alone: the flagged channels are the vault namespace of today', () => {
    // The flag replaced a `startsWith('vault:')` rule; the set it names did not change.
    const flagged = CHANNELS.filter((c) => answersWhileLocked(c));
    expect(flagged.sort()).toEqual(CHANNELS.filter((c) => c.startsWith('vault:')).sort());
  });

  it('counts background polls as no activity, every other accepted call as activity', async () => {
    expect([...BACKGROUND_CHANNELS].sort()).toEqual(
      ['backup:job', 'documents:textStatus', 'shell:nextCommand', 'vault:restoreJob', 'vault:status'].sort(),
    );
    let touched = 0;
    const route = createRouter({
      handlers: new Proxy({} as Handlers, { get: () => () => Promise.resolve(status) }),
      isUnlocked: () => true,
      allowedOrigins: ['app://emanet'],
      logger: createLogger(() => undefined),
      onActivity: () => (touched += 1),
    });
    await route('vault:status', {}, ours);
    expect(touched).toBe(0);
    await route('vault:activity', {}, ours);
    expect(touched).toBe(1);
  });
});
