import type { ByteSource } from './document-stream';

/** What the decryptor reads records through: a stream of pieces (ByteReader) or a file by position. */
export interface RecordReader {
  /** Exactly `n` bytes, or fewer only at the end. */
  read(n: number): Promise<Buffer>;
  /** True when no byte is left. */
  atEnd(): Promise<boolean>;
  /** Every later read will be of this size (the record size): a file reader reads ahead. */
  expect?(n: number): void;
  /** The caller is done with a buffer `read` returned; the reader may reuse it. */
  release?(buffer: Buffer): void;
}

/**
 * Reads exact byte counts from a stream of arbitrarily sized pieces, holding at most one
 * record plus one incoming piece: the decryptor's only buffer.
 */
export class ByteReader implements RecordReader {
  private readonly iterator: AsyncIterator<Uint8Array> | Iterator<Uint8Array>;
  private queue: Buffer[] = [];
  private queued = 0;
  private ended = false;

  constructor(source: ByteSource) {
    this.iterator =
      Symbol.asyncIterator in source
        ? source[Symbol.asyncIterator]()
        : (source as Iterable<Uint8Array>)[Symbol.iterator]();
  }

  private async pull(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.iterator.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    const piece = next.value;
    const bytes = Buffer.isBuffer(piece) ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    if (bytes.length > 0) {
      this.queue.push(bytes);
      this.queued += bytes.length;
    }
    return true;
  }

  /** Exactly `n` bytes, or fewer only when the source ended. */
  async read(n: number): Promise<Buffer> {
    while (this.queued < n && (await this.pull()));
    const head = this.queue[0];
    // Zero-copy when one incoming piece holds the whole record (the common case with 256 KiB reads).
    if (head && head.length >= n) {
      this.queue[0] = head.subarray(n);
      if (head.length === n) this.queue.shift();
      this.queued -= n;
      return head.subarray(0, n);
    }
    const out = Buffer.allocUnsafe(Math.min(n, this.queued));
    let filled = 0;
    while (filled < out.length) {
      const head = this.queue[0]!;
      const take = Math.min(head.length, out.length - filled);
      head.copy(out, filled, 0, take);
      filled += take;
      if (take === head.length) this.queue.shift();
      else this.queue[0] = head.subarray(take);
    }
    this.queued -= filled;
    return out;
  }

  /** Lets go of the source early (a consumer stopped, or a chunk failed): closes file handles. */
  async close(): Promise<void> {
    this.queue = [];
    this.queued = 0;
    if (!this.ended) {
      this.ended = true;
      await this.iterator.return?.();
    }
  }

  /** True when no byte is left; pulls from the source to find out. */
  async atEnd(): Promise<boolean> {
    while (this.queued === 0) if (!(await this.pull())) return true;
    return false;
  }
}
