import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Clock } from '../clock';
import { AppError } from '../../shared/errors';
import type { documentChannels } from '../../shared/channels/documents';
import type { AddedDocument } from '../../shared/schemas/documents';
import { ChunkQueue } from './chunk-queue';
import type { DocumentService } from './document-service';

export type BeginUpload = z.output<(typeof documentChannels)['documents:beginUpload']['input']>;

/** At most this many uploads at once; each holds one temp file and at most ~2 MiB of memory. */
export const MAX_UPLOAD_SESSIONS = 4;
/** A session that received nothing for this long is abandoned (the window crashed, say). */
export const UPLOAD_IDLE_MS = 10 * 60_000;

interface Session {
  size: number;
  received: number;
  nextIndex: number;
  lastActivity: number;
  queue: ChunkQueue;
  controller: AbortController;
  done: Promise<AddedDocument>;
  /** Serializes chunk pushes; a second chunk while one is in flight is refused, not queued. */
  busy: boolean;
}

const bad = (code: string) => new AppError('VALIDATION', 'Invalid input', [code]);

/**
 * Uploads from the renderer: metadata first, then numbered base64 chunks, then finish. The
 * encryptor runs as the chunks arrive, so plaintext never waits in memory or on disk. Sessions
 * live in memory only; lock discards them all and their temp files go with them.
 */
export function createUploadSessions(documents: DocumentService, clock: Clock) {
  const sessions = new Map<string, Session>();

  async function discard(id: string, session: Session): Promise<void> {
    sessions.delete(id);
    const reason = new DOMException('Upload cancelled', 'AbortError');
    session.controller.abort(reason);
    session.queue.fail(reason);
    // The writer removes its temp file before `done` settles; wait so callers can rely on it.
    await session.done.catch(() => undefined);
  }

  async function reapIdle(): Promise<void> {
    const now = clock.now();
    for (const [id, s] of [...sessions]) if (now - s.lastActivity > UPLOAD_IDLE_MS) await discard(id, s);
  }

  function sessionOf(id: string): Session {
    const session = sessions.get(id);
    if (!session) throw new AppError('NOT_FOUND', 'Not found');
    return session;
  }

  return {
    async begin(input: BeginUpload): Promise<{ uploadId: string }> {
      await reapIdle();
      if (sessions.size >= MAX_UPLOAD_SESSIONS) throw new AppError('CONFLICT', 'Too many uploads in progress');
      const { documentId, originalName, mediaType, size, ...metadata } = input;
      const queue = new ChunkQueue();
      const controller = new AbortController();
      const source = { kind: 'bytes' as const, chunks: queue, originalName, mediaType, size };
      const options = { signal: controller.signal };
      // For a new version the metadata fields are not used; the case must still match.
      const done =
        documentId === undefined
          ? documents.add(metadata, source, options)
          : documents.caseOf(documentId).then((caseId) => {
              if (caseId !== metadata.caseId) throw new AppError('NOT_FOUND', 'Not found');
              return documents.addVersion(documentId, source, options);
            });
      done.catch(() => undefined);
      // Validation and the case lookup run before the first read: report their errors here.
      await Promise.race([queue.started, done]);
      const uploadId = randomBytes(16).toString('hex');
      sessions.set(uploadId, {
        size,
        received: 0,
        nextIndex: 0,
        lastActivity: clock.now(),
        queue,
        controller,
        done,
        busy: false,
      });
      return { uploadId };
    },

    async chunk(uploadId: string, index: number, base64: string): Promise<{ received: number }> {
      const session = sessionOf(uploadId);
      if (session.busy || index !== session.nextIndex) throw bad('upload.outOfOrder');
      const bytes = Buffer.from(base64, 'base64');
      if (session.received + bytes.length > session.size) {
        await discard(uploadId, session);
        throw bad('upload.sizeMismatch');
      }
      session.busy = true;
      session.nextIndex++;
      session.received += bytes.length;
      session.lastActivity = clock.now();
      try {
        // If the writer fails meanwhile (disk full, lock), `done` rejects and so does this.
        await Promise.race([session.queue.push(bytes), session.done.then(() => undefined)]);
      } catch (error) {
        await discard(uploadId, session);
        throw error;
      } finally {
        session.busy = false;
      }
      return { received: session.received };
    },

    async finish(uploadId: string): Promise<AddedDocument> {
      const session = sessionOf(uploadId);
      if (session.busy) throw bad('upload.outOfOrder');
      if (session.received !== session.size) {
        await discard(uploadId, session);
        throw bad('upload.sizeMismatch');
      }
      sessions.delete(uploadId);
      session.queue.end();
      return session.done;
    },

    async cancel(uploadId: string): Promise<void> {
      const session = sessions.get(uploadId);
      if (session) await discard(uploadId, session);
    },

    /** On lock: every session goes, with its temp file. */
    async discardAll(): Promise<void> {
      await Promise.all([...sessions].map(([id, s]) => discard(id, s)));
    },

    count: () => sessions.size,
  };
}

export type UploadSessions = ReturnType<typeof createUploadSessions>;
