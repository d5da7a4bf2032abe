import { AppError } from '../../shared/errors';
import type { ByteSource } from '../../crypto/document-stream';
import { extractPdfText, PDF_TEXT_MAX_BYTES } from './pdf-text';

/** How much of a text file goes into the search index: enough for any decision or petition. */
export const INDEX_TEXT_BYTES = 200 * 1024;

export interface Capture {
  /** The source, passed through unchanged, counting bytes and keeping what the index needs. */
  source: AsyncGenerator<Uint8Array, void, undefined>;
  /** The captured text (empty when not capturing), available after `source` ended. */
  text(): Promise<string>;
  /** Wipes what was kept, for when the write failed and `text()` will not be called. */
  discard(): void;
}

/**
 * What to keep for the index: the first bytes of a text file, or a whole PDF (up to
 * PDF_TEXT_MAX_BYTES, in memory only) for pdf.js to read once the upload is complete.
 */
export type CaptureMode = 'none' | 'text' | 'pdf';

/**
 * Taps the plaintext on its way into the encryptor, so text is indexed without a second read
 * (and without a plaintext copy on disk). Also enforces the size cap while streaming.
 */
export function capture(source: ByteSource, options: { mode: CaptureMode; maxBytes: number }): Capture {
  const kept: Buffer[] = [];
  const limit = options.mode === 'pdf' ? PDF_TEXT_MAX_BYTES : INDEX_TEXT_BYTES;
  let keptBytes = 0;
  let total = 0;
  // A PDF over the limit is not indexed at all (pdf.js needs the whole file, not a prefix).
  let overLimit = false;
  const wipe = (): void => {
    for (const b of kept) b.fill(0);
    kept.length = 0;
  };
  async function* run(): AsyncGenerator<Uint8Array, void, undefined> {
    for await (const piece of source) {
      total += piece.byteLength;
      if (total > options.maxBytes)
        throw new AppError('VALIDATION', 'The document is too large', ['document.tooLarge']);
      if (options.mode === 'pdf' && !overLimit && total > limit) {
        overLimit = true;
        wipe();
      } else if (options.mode !== 'none' && !overLimit && keptBytes < limit) {
        const take = Buffer.from(piece.subarray(0, limit - keptBytes));
        kept.push(take);
        keptBytes += take.length;
      }
      yield piece;
    }
  }
  return {
    source: run(),
    discard: wipe,
    async text() {
      if (options.mode === 'none' || overLimit) return '';
      const joined = Buffer.concat(kept);
      wipe();
      try {
        if (options.mode === 'pdf') return await extractPdfText(joined);
        // Not fatal: a stray invalid byte must not keep the rest of the text out of the index. A
        // character cut at the 200 KiB mark decodes to U+FFFD, which the tokenizer ignores.
        return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(joined);
      } finally {
        // Plaintext copies are wiped rather than left for the GC. (pdf.js may have taken the
        // buffer over to its worker, in which case this one is already empty.)
        joined.fill(0);
      }
    },
  };
}
