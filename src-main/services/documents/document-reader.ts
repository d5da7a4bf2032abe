import { wipeAndRelease } from '../../crypto/buffers';
import type { Clock } from '../clock';
import { AppError } from '../../shared/errors';
import { MAX_READ_CHUNK_BYTES } from '../../shared/schemas/documents';
import type { DocumentService, OpenedDocument } from './document-service';

/** The viewer reads a version in pieces of at most this many bytes (one IPC answer). */
export const MAX_READ_BYTES = MAX_READ_CHUNK_BYTES;
/** Viewers open at once (several windows are not a thing; two dialogs in a row are). */
const MAX_READERS = 4;
const EMPTY = Buffer.alloc(0);
/** A reader nobody asked for more in this long is closed, and its key wiped. */
export const READER_IDLE_MS = 2 * 60_000;

interface Reader {
  opened: OpenedDocument;
  /** Plaintext offset of the next byte `take` will return. */
  position: number;
  /** Authenticated bytes of the current piece not yet handed out. */
  leftover: Buffer;
  /** The whole current piece (`leftover` is its tail): wiped and released once used up. */
  piece: Buffer | null;
  lastUsed: number;
  /** Serializes reads: a second read of the same reader waits for the first. */
  busy: Promise<unknown>;
}

/**
 * Serves `documents:read`: a version's plaintext in pieces, for the renderer to assemble in
 * memory. Each reader keeps one decrypting stream open, so reading a file front to back
 * decrypts it once (and records one 'opened' audit event), not once per piece. Only bytes the
 * decryptor already authenticated are ever returned. Readers hold the document key until they
 * end, are idle, are evicted or the vault locks (`closeAll`); closing wipes it.
 */
export function createDocumentReaders(documents: DocumentService, clock: Clock) {
  const readers = new Map<string, Reader>();

  function close(versionId: string): void {
    const reader = readers.get(versionId);
    if (!reader) return;
    readers.delete(versionId);
    // `leftover` is always a view of `piece` (or empty): wiping the piece wipes it.
    if (reader.piece) wipeAndRelease(reader.piece);
    reader.piece = null;
    reader.leftover = EMPTY;
    // return() runs the stream's finally: the key is zero-filled, the file closed.
    void reader.opened.chunks.return(undefined).catch(() => undefined);
  }

  function reapIdle(): void {
    const now = clock.now();
    for (const [id, r] of [...readers]) if (now - r.lastUsed > READER_IDLE_MS) close(id);
  }

  async function open(versionId: string): Promise<Reader> {
    reapIdle();
    if (readers.size >= MAX_READERS) {
      const oldest = [...readers].sort((a, b) => a[1].lastUsed - b[1].lastUsed)[0];
      if (oldest) close(oldest[0]);
    }
    const opened = await documents.openStream(versionId);
    const reader: Reader = {
      opened,
      position: 0,
      leftover: EMPTY,
      piece: null,
      lastUsed: clock.now(),
      busy: Promise.resolve(),
    };
    readers.set(versionId, reader);
    return reader;
  }

  /** Up to `length` bytes from the reader's position; fewer only at the end of the document. */
  async function take(reader: Reader, length: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let have = 0;
    while (have < length) {
      if (reader.leftover.length === 0) {
        // The decryptor's pieces are ours: give each back as soon as it is copied out.
        if (reader.piece) wipeAndRelease(reader.piece);
        reader.piece = null;
        reader.leftover = EMPTY;
        const next = await reader.opened.chunks.next();
        if (next.done) break;
        reader.piece = next.value;
        reader.leftover = next.value;
      }
      const piece = reader.leftover.subarray(0, length - have);
      parts.push(Buffer.from(piece));
      have += piece.length;
      reader.leftover = reader.leftover.subarray(piece.length);
    }
    reader.position += have;
    return Buffer.concat(parts);
  }

  /**
   * The end is only reported once the stream itself ended: the decryptor has then checked the
   * last-chunk flag, so a truncated file can never look complete.
   */
  async function atEnd(reader: Reader): Promise<boolean> {
    if (reader.leftover.length > 0 || reader.position < reader.opened.size) return false;
    const next = await reader.opened.chunks.next();
    if (next.done) return true;
    next.value.fill(0);
    throw new AppError('INTEGRITY', 'The document failed its integrity check', ['document.size']);
  }

  async function read(versionId: string, offset: number, length: number): Promise<{ bytes: Buffer; eof: boolean }> {
    if (length > MAX_READ_BYTES) throw new AppError('VALIDATION', 'Invalid input', ['length']);
    let reader = readers.get(versionId);
    // A jump backwards (the viewer reopened the document) starts a fresh stream.
    if (!reader || reader.position > offset) {
      close(versionId);
      reader = await open(versionId);
    }
    const current = reader;
    const run = current.busy.then(async () => {
      current.lastUsed = clock.now();
      // A jump forwards skips authenticated plaintext without returning it.
      while (current.position < offset) {
        const skipped = await take(current, Math.min(offset - current.position, MAX_READ_BYTES));
        skipped.fill(0);
        if (skipped.length === 0) break;
      }
      const bytes = current.position === offset ? await take(current, length) : Buffer.alloc(0);
      const eof = await atEnd(current);
      if (eof) close(versionId);
      return { bytes, eof };
    });
    current.busy = run.catch(() => undefined);
    try {
      return await run;
    } catch (error) {
      // A failed chunk ends the stream for good; the next read starts over (and fails again).
      close(versionId);
      throw error;
    }
  }

  return {
    read,
    /** On lock: every reader goes, with its key. */
    closeAll(): void {
      for (const id of [...readers.keys()]) close(id);
    },
    count: () => readers.size,
  };
}

export type DocumentReaders = ReturnType<typeof createDocumentReaders>;
