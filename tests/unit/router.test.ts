import { describe, expect, it } from 'vitest';
import { createRouter, type Handlers } from '../../src-main/ipc/router';
import { createLogger } from '../../src-main/services/logger';
import { AppError } from '../../src-main/shared/errors';

const ours = { origin: 'app://emanet', trusted: true };

function routerWith(overrides: Partial<Handlers>, logLines: string[] = []) {
  const unimplemented = () => Promise.reject(new Error('not used in this test'));
  const handlers = new Proxy(overrides, {
    get: (t, k) => (t as Record<string | symbol, unknown>)[k] ?? unimplemented,
  }) as Handlers;
  return createRouter({
    handlers,
    isUnlocked: () => true,
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
