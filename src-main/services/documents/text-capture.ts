import { AppError } from '../../shared/errors';

/** How much of a text file goes into the search index: enough for any decision or petition. */
export const INDEX_TEXT_BYTES = 200 * 1024;

export interface Capture {
  /** Sees each plaintext chunk on its way into the encryptor: counts it, keeps what the index needs. */
  tap: (plain: Buffer) => void;
  /** The captured text ('' when not capturing). Call once, after the last chunk. */
  text(): string;
  /** Wipes what was kept, for when the write failed and `text()` will not be called. */
  discard(): void;
}

/**
 * Keeps the first INDEX_TEXT_BYTES of a text file for the search index while it is being
 * encrypted, so it is indexed without a second read and without a plaintext copy on disk, and
 * enforces the size cap while streaming. (PDFs are read later, from the stored file, by the text
 * queue: parsing them here would hold up the import.)
 */
export function captureText(options: { text: boolean; maxBytes: number }): Capture {
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let total = 0;
  const wipe = (): void => {
    for (const b of kept) b.fill(0);
    kept.length = 0;
  };
  return {
    tap: (plain) => {
      total += plain.length;
      if (total > options.maxBytes)
        throw new AppError('VALIDATION', 'The document is too large', ['document.tooLarge']);
      if (options.text && keptBytes < INDEX_TEXT_BYTES) {
        const take = Buffer.from(plain.subarray(0, INDEX_TEXT_BYTES - keptBytes));
        kept.push(take);
        keptBytes += take.length;
      }
    },
    discard: wipe,
    text() {
      if (!options.text) return '';
      const joined = Buffer.concat(kept);
      wipe();
      try {
        // Not fatal: a stray invalid byte must not keep the rest of the text out of the index. A
        // character cut at the 200 KiB mark decodes to U+FFFD, which the tokenizer ignores.
        return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(joined);
      } finally {
        // Plaintext copies are wiped rather than left for the GC.
        joined.fill(0);
      }
    },
  };
}
