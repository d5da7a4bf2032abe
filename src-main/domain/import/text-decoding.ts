import type { TextEncodingName } from '../../shared/schemas/import';

/**
 * Which encoding a CSV file is in. Lawyers' lists come from Excel on Turkish Windows: "CSV
 * (comma delimited)" is Windows-1254 (ş, ğ, ı, İ in the upper half), "CSV UTF-8" starts with a
 * byte-order mark, and "Unicode text" is UTF-16 little-endian with one. Without a mark, text
 * that is valid UTF-8 is UTF-8 (Windows-1254 text with Turkish letters almost never is), and
 * anything else is read as Windows-1254, the only other encoding such a file is in practice.
 *
 * TextDecoder is the WHATWG decoder every JavaScript runtime has; Node's full ICU (the default
 * build, and Electron's) knows windows-1254.
 */
export interface DetectedEncoding {
  encoding: TextEncodingName;
  /** Bytes of the byte-order mark to skip. */
  bomLength: number;
}

/** How much of the file the UTF-16-without-BOM guess looks at. */
const SNIFF_BYTES = 4096;

export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  // UTF-16 without a mark: Latin text has a zero in every other byte.
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n >= 4) {
    let zeroEven = 0;
    let zeroOdd = 0;
    for (let i = 0; i < n; i += 2) {
      if (bytes[i] === 0) zeroEven++;
      if (bytes[i + 1] === 0) zeroOdd++;
    }
    const pairs = n / 2;
    if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return { encoding: 'utf-16le', bomLength: 0 };
    if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return { encoding: 'utf-16be', bomLength: 0 };
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    return { encoding: 'windows-1254', bomLength: 0 };
  }
}

/** Decodes a text file in its detected encoding, without the byte-order mark. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const { encoding, bomLength } = detectEncoding(bytes);
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(bomLength));
  return { text, encoding };
}
