/**
 * Keeps item 13 (and the router's promises) from coming back: inputs generated for EVERY channel
 * of the contract from its own zod schema — valid, near-valid and hostile (wrong types, strings
 * and lists far past every bound, `__proto__` keys, deep nesting) — are sent through the real
 * backend, locked and unlocked. Whatever comes in, what comes out is a typed envelope (a value
 * the channel's output schema accepts, or an error with a known code and no stack or path),
 * nothing throws, and the process stays within a memory bound.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { CHANNELS, contract, type Channel } from '../../../src-main/shared/contract';
import { appErrorSchema } from '../../../src-main/shared/errors';
import { arbitraryFor, hostileFor } from '../../helpers/zod-arbitrary';
import { makeTempDir, STRONG_PASSPHRASE } from '../../helpers/temp-vault';
import { testBackend } from '../../helpers/backend';
import { fakeClock } from '../../../src-main/services/clock';
import { call, ours } from '../backup-helpers';

/** Valid input to these would end the run's vault (a wipe): they get hostile input only. */
const NO_VALID_INPUT: ReadonlySet<Channel> = new Set(['vault:panicWipe']);
const RUNS_PER_STATE = Number(process.env.FUZZ_RUNS ?? 300);
const MEMORY_BOUND = 768 * 1024 * 1024;

function inputFor(channel: Channel): fc.Arbitrary<unknown> {
  const schema = contract[channel].input;
  return NO_VALID_INPUT.has(channel)
    ? hostileFor(schema)
    : fc.oneof({ weight: 2, arbitrary: arbitraryFor(schema) }, { weight: 1, arbitrary: hostileFor(schema) });
}

const calls = fc.oneof(
  {
    weight: 20,
    arbitrary: fc
      .constantFrom(...CHANNELS)
      .chain((channel) => fc.tuple(fc.constant<unknown>(channel), inputFor(channel))),
  },
  // Channels that do not exist, and names that are not even strings.
  { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.string(), fc.anything()), fc.anything({ maxDepth: 2 })) },
);

describe('IPC fuzzing over the whole contract', () => {
  let backend: Backend;
  let dir: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('emanet-fuzz-'));
    // A menu-command long poll answers null at once: otherwise each generated call to it holds the run 25 s.
    backend = testBackend({ vaultDir: join(dir, 'vault'), clock: fakeClock(), shellCommandWaitMs: 1 });
    await call(backend, 'vault:create', { passphrase: STRONG_PASSPHRASE });
    await call(backend, 'intake:create', {
      client: { givenName: 'Fuzz', familyName: 'Kanarya' },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2026-10-02' },
    });
  });
  afterAll(async () => {
    await backend.dispose();
    await cleanup();
  });

  /** One call: it must answer (not throw) with a typed envelope that leaks nothing. */
  async function check(channel: unknown, input: unknown, sender = ours): Promise<void> {
    const answer = await backend.invoke(channel, input, sender);
    if (answer.ok) {
      expect(typeof channel === 'string' && Object.hasOwn(contract, channel)).toBe(true);
      expect(contract[channel as Channel].output.safeParse(answer.value).success).toBe(true);
    } else {
      expect(appErrorSchema.strict().safeParse(answer.error).success).toBe(true);
      // Bad input gets a clear error: INTERNAL would mean it reached somewhere it should not.
      expect(answer.error.code, `${typeof channel === 'string' ? channel : typeof channel} answered INTERNAL`).not.toBe(
        'INTERNAL',
      );
      const text = JSON.stringify(answer.error);
      expect(text).not.toContain(dir);
      expect(text).not.toMatch(/\n\s+at |Error:|node_modules/);
    }
  }

  async function fuzz(state: 'unlocked' | 'locked'): Promise<void> {
    await fc.assert(
      fc.asyncProperty(calls, async ([channel, input]) => {
        await check(channel, input);
        // A valid vault:lock (or an idle lock) must not end the unlocked half early.
        if (state === 'unlocked' && !backend.vault.isUnlocked())
          await call(backend, 'vault:unlock', { passphrase: STRONG_PASSPHRASE });
        if (state === 'locked' && backend.vault.isUnlocked()) await call(backend, 'vault:lock', {});
      }),
      { numRuns: RUNS_PER_STATE, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31), endOnFailure: true },
    );
  }

  it('answers every generated call with a typed envelope, unlocked then locked, within a memory bound', async () => {
    const before = process.memoryUsage().rss;
    await fuzz('unlocked');
    await call(backend, 'vault:lock', {});
    await fuzz('locked');
    // Calls from anywhere but our own top frame are refused whatever they carry.
    for (const channel of CHANNELS.slice(0, 10))
      await check(channel, {}, { origin: 'https://evil.example', trusted: false });
    expect(process.memoryUsage().rss - before).toBeLessThan(MEMORY_BOUND);
  }, 240_000);
});
