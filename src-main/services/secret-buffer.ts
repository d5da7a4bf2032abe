/**
 * Passphrases arrive as JS strings (immutable, beyond our reach); we copy them into Buffers at
 * once, normalised to NFC so "ş" typed on a Mac (NFD) and on Windows (NFC) give the same key,
 * and zero the Buffer as soon as the KDF has run.
 */
export function secretFromText(text: string): Buffer {
  return Buffer.from(text.normalize('NFC'), 'utf8');
}

export async function withSecret<T>(text: string, use: (secret: Buffer) => Promise<T>): Promise<T> {
  const secret = secretFromText(text);
  try {
    return await use(secret);
  } finally {
    secret.fill(0);
  }
}
