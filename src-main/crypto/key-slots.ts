import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { open, seal, sealedBoxSchema } from './aead';
import { deriveKey, isBelow, kdfParamsSchema, MIN_PRODUCTION_COST, type KdfCost, type KdfParams } from './kdf';

/**
 * The key-slot file: the only place the master key exists at rest, wrapped once per way in.
 * Versioned so a future format is refused rather than misread.
 */
export const KEY_SLOT_FORMAT = 'emanet-key-slots';
export const KEY_SLOT_VERSION = 1;

const slotKindSchema = z.enum(['passphrase', 'recovery']);
export type SlotKind = z.infer<typeof slotKindSchema>;

const slotSchema = z
  .object({
    kind: slotKindSchema,
    kdf: kdfParamsSchema,
    wrappedKey: sealedBoxSchema,
  })
  .strict();
export type KeySlot = z.infer<typeof slotSchema>;

/**
 * One slot per way in, at most: Emanet never writes more (a new passphrase REPLACES its slot).
 * A second slot of a kind can only be planted, and every slot tried costs a full Argon2id run
 * before anything is authenticated, so the file is refused instead.
 */
export const keySlotFileSchema = z
  .object({
    format: z.literal(KEY_SLOT_FORMAT),
    version: z.literal(KEY_SLOT_VERSION),
    vaultId: z.uuid(),
    createdAt: z.string().max(64),
    /** A demo vault full of fictional people, opened with the passphrase `demo`. */
    demo: z.literal(true).optional(),
    slots: z
      .array(slotSchema)
      .min(1)
      .max(slotKindSchema.options.length)
      .refine((slots) => new Set(slots.map((s) => s.kind)).size === slots.length, { error: 'slots.duplicateKind' }),
  })
  .strict();
export type KeySlotFile = z.infer<typeof keySlotFileSchema>;

/**
 * A slot cheaper than the production floor is made on purpose (tests, the demo vault, a vault
 * created with `--insecure-test-kdf`), and says so inside its authenticated data. A cheap slot
 * that does not say so can only predate this rule (an old `--insecure-test-kdf` passphrase
 * change wrote such slots into real vaults): the vault re-wraps it at the floor when it opens.
 */
const CHEAP_ON_PURPOSE = 'below-production-floor-on-purpose';

/** Binds the wrap to this vault, this slot and these KDF parameters: none can be swapped. */
function associatedData(vaultId: string, kind: SlotKind, kdf: KdfParams, legacy = false): Buffer {
  const fields: Array<string | number> = [
    KEY_SLOT_FORMAT,
    KEY_SLOT_VERSION,
    vaultId,
    kind,
    kdf.alg,
    kdf.memoryKiB,
    kdf.iterations,
    kdf.parallelism,
    kdf.salt,
  ];
  if (!legacy && isBelow(kdf, MIN_PRODUCTION_COST)) fields.push(CHEAP_ON_PURPOSE);
  return Buffer.from(JSON.stringify(fields), 'utf8');
}

export async function wrapMasterKey(
  vaultId: string,
  kind: SlotKind,
  secret: Buffer,
  masterKey: Buffer,
  cost: KdfCost,
): Promise<KeySlot> {
  const kdf: KdfParams = { alg: 'argon2id', ...cost, salt: randomBytes(16).toString('base64') };
  const wrappingKey = await deriveKey(secret, kdf);
  try {
    return { kind, kdf, wrappedKey: seal(wrappingKey, masterKey, associatedData(vaultId, kind, kdf)) };
  } finally {
    wrappingKey.fill(0);
  }
}

export interface Unwrapped {
  masterKey: Buffer;
  /** The slot that opened: its cost, not another slot's, decides the cost of the next wrap. */
  slot: KeySlot;
  /** Cheaper than the production floor without saying it was on purpose: re-wrap it. */
  weakLegacy: boolean;
}

/**
 * Tries the slot of this kind; null when the secret does not fit. The signal is checked before
 * and after the derivation (which itself cannot be interrupted), so a cancelled restore stops
 * there instead of carrying on to the database and the documents.
 */
export async function unwrapMasterKey(
  file: KeySlotFile,
  kind: SlotKind,
  secret: Buffer,
  signal?: AbortSignal,
): Promise<Unwrapped | null> {
  for (const slot of file.slots) {
    if (slot.kind !== kind) continue;
    signal?.throwIfAborted();
    const wrappingKey = await deriveKey(secret, slot.kdf);
    try {
      signal?.throwIfAborted();
      const opened = openSlot(wrappingKey, file.vaultId, slot);
      if (opened) return { masterKey: opened.masterKey, slot, weakLegacy: opened.legacy };
    } finally {
      wrappingKey.fill(0);
    }
  }
  return null;
}

function openSlot(wrappingKey: Buffer, vaultId: string, slot: KeySlot): { masterKey: Buffer; legacy: boolean } | null {
  const attempts = isBelow(slot.kdf, MIN_PRODUCTION_COST) ? [false, true] : [false];
  for (const legacy of attempts) {
    const masterKey = open(wrappingKey, slot.wrappedKey, associatedData(vaultId, slot.kind, slot.kdf, legacy));
    if (masterKey && masterKey.length === 32) return { masterKey, legacy };
    masterKey?.fill(0);
  }
  return null;
}

export async function createKeySlotFile(
  passphrase: Buffer,
  recoveryKey: Buffer,
  masterKey: Buffer,
  cost: KdfCost,
  now: Date,
): Promise<KeySlotFile> {
  const vaultId = randomUUID();
  return {
    format: KEY_SLOT_FORMAT,
    version: KEY_SLOT_VERSION,
    vaultId,
    createdAt: now.toISOString(),
    slots: [
      await wrapMasterKey(vaultId, 'passphrase', passphrase, masterKey, cost),
      await wrapMasterKey(vaultId, 'recovery', recoveryKey, masterKey, cost),
    ],
  };
}

/** A new wrap replaces the slot of its kind; the other slot and the master key stay. */
export async function replaceSlot(
  file: KeySlotFile,
  kind: SlotKind,
  secret: Buffer,
  masterKey: Buffer,
  cost: KdfCost,
): Promise<KeySlotFile> {
  const fresh = await wrapMasterKey(file.vaultId, kind, secret, masterKey, cost);
  const slots = slotKindSchema.options.flatMap((k) => (k === kind ? [fresh] : file.slots.filter((s) => s.kind === k)));
  return { ...file, slots };
}
