import { hashRaw } from '@node-rs/argon2';
import { z } from 'zod';

/** The floor from ARCHITECTURE.md; production never goes below it. */
export const MIN_PRODUCTION_COST: KdfCost = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };
const TARGET_MS = 1000;
const MAX_ITERATIONS = 24;
const MAX_MEMORY_KIB = 256 * 1024;
/**
 * The cheapest cost a key file may name: what tests, the demo vault and `--insecure-test-kdf`
 * use. Anything cheaper was never written by Emanet.
 */
const MIN_TEST_MEMORY_KIB = 8 * 1024;

/**
 * Argon2id parameters stored with every key slot, so a vault created on a fast machine still
 * opens on a slow one and parameters can grow over time without a format change.
 *
 * The bounds are what `calibrateCost` can produce (at most 256 MiB, 24 passes, one lane) and no
 * more: the parameters are read before anything is authenticated (a backup's key file comes
 * from wherever the backup came from), so a larger claim would let a file make us allocate
 * gigabytes and spin for minutes before we could know it is forged.
 */
export const kdfParamsSchema = z.object({
  alg: z.literal('argon2id'),
  memoryKiB: z.number().int().min(MIN_TEST_MEMORY_KIB).max(MAX_MEMORY_KIB),
  iterations: z.number().int().min(1).max(MAX_ITERATIONS),
  parallelism: z.number().int().min(1).max(1),
  salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;
export type KdfCost = Pick<KdfParams, 'memoryKiB' | 'iterations' | 'parallelism'>;

/** True when `cost` is cheaper than `floor` in memory or in passes. */
export function isBelow(cost: KdfCost, floor: KdfCost): boolean {
  return cost.memoryKiB < floor.memoryKiB || cost.iterations < floor.iterations;
}

// @node-rs/argon2 numbers its algorithms; Argon2id is 2.
const ARGON2ID = 2;

export async function deriveKey(secret: Buffer, params: KdfParams): Promise<Buffer> {
  const out = await hashRaw(secret, {
    algorithm: ARGON2ID,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    salt: Buffer.from(params.salt, 'base64'),
    outputLen: 32,
  });
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

/**
 * Measures a derivation at the floor and scales the cost so that unlocking takes about a second
 * here: iterations first (64 MiB is safe on the 8 GiB laptops many volunteers use), then memory
 * up to 256 MiB on machines so fast that 24 passes would still be quick.
 */
export async function calibrateCost(measure: (cost: KdfCost) => Promise<number> = timeDerivation): Promise<KdfCost> {
  const base = MIN_PRODUCTION_COST;
  // The first derivation pays for page faults on fresh memory; measure warm, keep the faster run.
  await measure(base);
  const ms = Math.max(1, Math.min(await measure(base), await measure(base)));
  const perPass = ms / base.iterations;
  if (perPass * MAX_ITERATIONS >= TARGET_MS) {
    return { ...base, iterations: clamp(Math.round(TARGET_MS / perPass), base.iterations, MAX_ITERATIONS) };
  }
  const memoryFactor = MAX_MEMORY_KIB / base.memoryKiB;
  const guess = {
    ...base,
    memoryKiB: MAX_MEMORY_KIB,
    iterations: clamp(Math.round(TARGET_MS / (perPass * memoryFactor)), base.iterations, MAX_ITERATIONS),
  };
  // Cost does not grow linearly with memory (caches, page faults): measure the guess and correct it.
  const measured = Math.max(1, await measure(guess));
  return {
    ...guess,
    iterations: clamp(Math.round((guess.iterations * TARGET_MS) / measured), base.iterations, MAX_ITERATIONS),
  };
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

async function timeDerivation(cost: KdfCost): Promise<number> {
  const started = performance.now();
  await deriveKey(Buffer.from('calibration'), { alg: 'argon2id', ...cost, salt: Buffer.alloc(16).toString('base64') });
  return performance.now() - started;
}
