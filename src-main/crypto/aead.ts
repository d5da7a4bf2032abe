import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';

/** AES-256-GCM with a 96-bit random nonce; used to wrap the master key in a key slot. */
export const sealedBoxSchema = z.object({
  alg: z.literal('aes-256-gcm'),
  iv: z.string().regex(/^[A-Za-z0-9+/]{16}$/),
  tag: z.string().regex(/^[A-Za-z0-9+/]{22}==$/),
  ciphertext: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/),
});
export type SealedBox = z.infer<typeof sealedBoxSchema>;

export function seal(key: Buffer, plaintext: Buffer, aad: Buffer): SealedBox {
  if (key.length !== 32) throw new Error('AES-256-GCM needs a 32-byte key');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return {
    alg: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

/** Returns null when authentication fails (wrong key or tampered box): callers decide the error. */
export function open(key: Buffer, box: SealedBox, aad: Buffer): Buffer | null {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(box.iv, 'base64'));
  decipher.setAAD(aad);
  decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(box.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}
