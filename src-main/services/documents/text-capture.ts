import { AppError } from '../../shared/errors';
import type { ByteSource } from '../../crypto/document-stream';

/** How much of a text file goes into the search index: enough for any decision or petition. */
export const INDEX_TEXT_BYTES = 200 * 1024;

export interface Capture {
  /** The source, passed through unchanged, counting bytes and keeping the first text bytes. */
  source: AsyncGenerator<Uint8Array, void, undefined>;
  /** The captured text (empty when not capturing), available after `source` ended. */
  text(): string;
}

/**
 * Taps the plaintext on its way into the encryptor, so text is indexed without a second read
 * (and without a plaintext copy on disk). Also enforces the size cap while streaming.
 */
export function capture(source: ByteSource, options: { keepText: boolean; maxBytes: number }): Capture {
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let total = 0;
  async function* run(): AsyncGenerator<Uint8Array, void, undefined> {
    for await (const piece of source) {
      total += piece.byteLength;
      if (total > options.maxBytes)
        throw new AppError('VALIDATION', 'The document is too large', ['document.tooLarge']);
      if (options.keepText && keptBytes < INDEX_TEXT_BYTES) {
        const take = Buffer.from(piece.subarray(0, INDEX_TEXT_BYTES - keptBytes));
        kept.push(take);
        keptBytes += take.length;
      }
      yield piece;
    }
  }
  return {
    source: run(),
    text() {
      if (!options.keepText) return '';
      // Not fatal: a stray invalid byte must not keep the rest of the text out of the index. A
      // character cut at the 200 KiB mark decodes to U+FFFD, which the tokenizer ignores.
      const joined = Buffer.concat(kept);
      const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(joined);
      // Plaintext copies are wiped rather than left for the GC.
      joined.fill(0);
      for (const b of kept) b.fill(0);
      kept.length = 0;
      return text;
    },
  };
}
