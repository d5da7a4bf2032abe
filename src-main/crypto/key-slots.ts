import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { open, seal, sealedBoxSchema } from './aead';
import { deriveKey, kdfParamsSchema, type KdfCost, type KdfParams } from './kdf';

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

export const keySlotFileSchema = z
  .object({
    format: z.literal(KEY_SLOT_FORMAT),
    version: z.literal(KEY_SLOT_VERSION),
    vaultId: z.uuid(),
    createdAt: z.string(),
    /** A demo vault full of fictional people, opened with the passphrase `demo`. */
    demo: z.literal(true).optional(),
    slots: z.array(slotSchema).min(1),
  })
  .strict();
export type KeySlotFile = z.infer<typeof keySlotFileSchema>;

/** Binds the wrap to this vault, this slot and these KDF parameters: none can be swapped. */
function associatedData(vaultId: string, kind: SlotKind, kdf: KdfParams): Buffer {
  return Buffer.from(
    JSON.stringify([
      KEY_SLOT_FORMAT,
      KEY_SLOT_VERSION,
      vaultId,
      kind,
      kdf.alg,
      kdf.memoryKiB,
      kdf.iterations,
      kdf.parallelism,
      kdf.salt,
    ]),
    'utf8',
  );
}

export async function wrapMasterKey(
  vaultId: string,
  kind: SlotKind,
  secret: Buffer,
  masterKey: Buffer,
  cost: KdfCost,
): Promise<KeySlotFile['slots'][number]> {
  const kdf: KdfParams = { alg: 'argon2id', ...cost, salt: randomBytes(16).toString('base64') };
  const wrappingKey = await deriveKey(secret, kdf);
  try {
    return { kind, kdf, wrappedKey: seal(wrappingKey, masterKey, associatedData(vaultId, kind, kdf)) };
  } finally {
    wrappingKey.fill(0);
  }
}

/** Tries every slot of the kind; returns the master key or null when the secret fits none. */
export async function unwrapMasterKey(file: KeySlotFile, kind: SlotKind, secret: Buffer): Promise<Buffer | null> {
  for (const slot of file.slots) {
    if (slot.kind !== kind) continue;
    const wrappingKey = await deriveKey(secret, slot.kdf);
    try {
      const masterKey = open(wrappingKey, slot.wrappedKey, associatedData(file.vaultId, kind, slot.kdf));
      if (masterKey && masterKey.length === 32) return masterKey;
      masterKey?.fill(0);
    } finally {
      wrappingKey.fill(0);
    }
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

/** A new passphrase replaces the passphrase slot; the recovery slot and the master key stay. */
export async function replacePassphraseSlot(
  file: KeySlotFile,
  newPassphrase: Buffer,
  masterKey: Buffer,
  cost: KdfCost,
): Promise<KeySlotFile> {
  const fresh = await wrapMasterKey(file.vaultId, 'passphrase', newPassphrase, masterKey, cost);
  return { ...file, slots: [fresh, ...file.slots.filter((s) => s.kind !== 'passphrase')] };
}
