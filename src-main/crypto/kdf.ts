import { hashRaw } from '@node-rs/argon2';
import { z } from 'zod';

/**
 * Argon2id parameters stored with every key slot, so a vault created on a fast machine still
 * opens on a slow one and parameters can grow over time without a format change.
 */
export const kdfParamsSchema = z.object({
  alg: z.literal('argon2id'),
  memoryKiB: z.number().int().min(1024).max(4 * 1024 * 1024),
  iterations: z.number().int().min(1).max(64),
  parallelism: z.number().int().min(1).max(16),
  salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;
export type KdfCost = Pick<KdfParams, 'memoryKiB' | 'iterations' | 'parallelism'>;

/** The floor from ARCHITECTURE.md; production never goes below it. */
export const MIN_PRODUCTION_COST: KdfCost = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };
const TARGET_MS = 1000;
const MAX_ITERATIONS = 24;

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
 * Measures one derivation at the floor and scales the iteration count so that unlocking takes
 * about a second here. Memory stays at 64 MiB: more iterations cost the attacker as much time
 * without risking out-of-memory on the 8 GiB laptops many volunteers use.
 */
export async function calibrateCost(measure: (cost: KdfCost) => Promise<number> = timeDerivation): Promise<KdfCost> {
  const base = MIN_PRODUCTION_COST;
  const ms = Math.max(1, await measure(base));
  const scaled = Math.round((base.iterations * TARGET_MS) / ms);
  return { ...base, iterations: Math.min(MAX_ITERATIONS, Math.max(base.iterations, scaled)) };
}

async function timeDerivation(cost: KdfCost): Promise<number> {
  const started = performance.now();
  await deriveKey(Buffer.from('calibration'), { alg: 'argon2id', ...cost, salt: Buffer.alloc(16).toString('base64') });
  return performance.now() - started;
}
