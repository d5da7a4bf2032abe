/**
 * Base64 for IPC pieces (≤ 1 MiB). Built by hand because Uint8Array.toBase64/fromBase64 are
 * not in every Chromium we run on; String.fromCharCode is applied in slices so a 1 MiB piece
 * never overflows the argument limit.
 */
const SLICE = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  }
  return btoa(binary);
}

/** Decodes into `target` at `offset`; returns the number of bytes written. */
export function fromBase64Into(base64: string, target: Uint8Array, offset: number): number {
  const binary = atob(base64);
  if (offset + binary.length > target.length) throw new RangeError('More bytes than the document size');
  for (let i = 0; i < binary.length; i++) target[offset + i] = binary.charCodeAt(i);
  return binary.length;
}
