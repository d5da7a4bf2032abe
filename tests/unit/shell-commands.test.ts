// Menu commands for the page (services/shell-commands.ts): delivered to a waiting call at once,
// kept briefly otherwise, dropped on lock.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeClock } from '../../src-main/services/clock';
import { createShellCommands } from '../../src-main/services/shell-commands';

afterEach(() => {
  vi.useRealTimers();
});

describe('shell commands', () => {
  it('answers a waiting call as soon as a command is posted', async () => {
    const commands = createShellCommands({ clock: fakeClock() });
    const next = commands.next();
    commands.post('lock');
    await expect(next).resolves.toBe('lock');
  });

  it('keeps a command nobody waited for, briefly, and only once', async () => {
    const clock = fakeClock();
    const commands = createShellCommands({ clock, keepMs: 5_000 });
    commands.post('backupNow');
    commands.post('backupNow');
    await expect(commands.next()).resolves.toBe('backupNow');
    commands.post('hideScreen');
    clock.advance(6_000);
    vi.useFakeTimers();
    const stale = commands.next();
    vi.advanceTimersByTime(30_000);
    await expect(stale).resolves.toBeNull();
  });

  it('answers null after the wait, so the page asks again', async () => {
    vi.useFakeTimers();
    const commands = createShellCommands({ clock: fakeClock(), waitMs: 25_000 });
    const next = commands.next();
    vi.advanceTimersByTime(25_000);
    await expect(next).resolves.toBeNull();
  });

  it('drops kept commands and releases waiting calls on clear (lock)', async () => {
    const commands = createShellCommands({ clock: fakeClock() });
    const waiting = commands.next();
    commands.clear();
    await expect(waiting).resolves.toBeNull();
    commands.post('backupNow');
    commands.clear();
    vi.useFakeTimers();
    const after = commands.next();
    vi.advanceTimersByTime(30_000);
    await expect(after).resolves.toBeNull();
  });

  it('lets no page pile up waiting calls', async () => {
    const commands = createShellCommands({ clock: fakeClock() });
    const calls = Array.from({ length: 6 }, () => commands.next());
    // The oldest two were released to make room; the newest four get the command.
    await expect(Promise.all(calls.slice(0, 2))).resolves.toEqual([null, null]);
    commands.post('lock');
    await expect(Promise.all(calls.slice(2))).resolves.toEqual(['lock', 'lock', 'lock', 'lock']);
  });
});
