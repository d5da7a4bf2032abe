import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

/**
 * Raw 32-byte X25519/Ed25519 public keys as base64, via JWK (node:crypto has no raw export).
 * Everything here is node:crypto: no primitive is implemented by hand.
 */
export type Curve = 'X25519' | 'Ed25519';

export function rawPublicKey(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('Not an OKP public key');
  return Buffer.from(jwk.x, 'base64url').toString('base64');
}

/** Imports a raw public key; null when it is not 32 bytes of a valid key for that curve. */
export function publicKeyFromRaw(curve: Curve, base64: string): KeyObject | null {
  const raw = Buffer.from(base64, 'base64');
  if (raw.length !== 32 || raw.toString('base64') !== base64) return null;
  try {
    return createPublicKey({ key: { kty: 'OKP', crv: curve, x: raw.toString('base64url') }, format: 'jwk' });
  } catch {
    return null;
  }
}

export interface KeyPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

export function generatePair(curve: Curve): KeyPair {
  return curve === 'X25519' ? generateKeyPairSync('x25519') : generateKeyPairSync('ed25519');
}

/** PKCS#8 DER bytes of a private key, for wrapping; the caller zero-fills them after use. */
export function privateKeyDer(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'pkcs8' });
}

export function privateKeyFromDer(der: Buffer): KeyObject {
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}
