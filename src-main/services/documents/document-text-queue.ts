import { wipeAndRelease } from '../../crypto/buffers';
import type { Db } from '../../db/connection';
import { readDocument } from '../../storage/document-store';
import { indexRecord } from '../casefile/search-index';
import { createPdfTextWorker, PDF_TEXT_MAX_BYTES, PdfTextStalled, type PdfTextWorker } from './pdf-text';

/**
 * PDF text extraction behind the import (issue 18): a PDF is stored, listed and viewable at
 * once; its text reaches the search index a moment later. The queue lives in the vault
 * (`document_text_job`, migration 0010), so it survives a lock, a crash or a restart, and runs
 * whenever the vault is unlocked: one job at a time, on a worker thread (pdf-text.ts). A lock
 * stops it at once (the worker is terminated) and the job stays queued; the next unlock
 * resumes it from the start of that PDF. A job whose worker stalled (a busy machine starves the
 * niced worker) is not recorded as textless: it goes back to the end of the queue and is tried
 * again in the next session (unlock or restart), within MAX_TEXT_ATTEMPTS.
 */
export interface DocumentTextQueueDeps {
  db: () => Db;
  documentsDir: string;
  /** How long the worker may go without finishing a page (tests shorten it). */
  stallMs?: number;
  /**
   * Called with the PDF read and decrypted, right before the worker gets it (tests hold a job
   * here to look at the vault while its text is pending, or to lock in the middle of it).
   * Never set in production.
   */
  beforeExtract?: (versionId: string) => Promise<void>;
  /** What happened to each job, for tests and the bench. */
  onEvent?: (event: TextJobEvent) => void;
}

export type TextJobEvent =
  | { kind: 'started'; versionId: string }
  | { kind: 'indexed'; versionId: string; chars: number }
  | { kind: 'stopped'; versionId: string }
  | { kind: 'deferred'; versionId: string }
  | { kind: 'given-up'; versionId: string };

/**
 * A job is counted as tried before it runs, so a PDF that brings the whole process down is not
 * retried forever. A lock that stops a job also counts, hence more than one or two.
 */
export const MAX_TEXT_ATTEMPTS = 5;

interface Job {
  version_id: string;
  attempts: number;
}

export function createDocumentTextQueue(deps: DocumentTextQueueDeps) {
  // Each start() (unlock, new PDF) belongs to one vault session; stop() (lock) ends the session,
  // and work of an ended session never writes to the database again.
  let session = 0;
  let running: Promise<void> | null = null;
  let current: AbortController | null = null;
  let worker: PdfTextWorker | null = null;
  /** Jobs that stalled in this session: left for the next one, so a loaded machine is not hammered. */
  let deferred = new Set<string>();

  async function nextJob(): Promise<Job | undefined> {
    let query = deps
      .db()
      .selectFrom('document_text_job')
      .select(['version_id', 'attempts'])
      .orderBy('created_at')
      .orderBy('version_id');
    if (deferred.size > 0) query = query.where('version_id', 'not in', [...deferred]);
    return query.limit(1).executeTakeFirst();
  }

  /** The version's plaintext in one buffer of its own (transferred to the worker), or null if too large. */
  async function plaintextOf(versionId: string, signal: AbortSignal): Promise<Uint8Array | null> {
    const row = await deps
      .db()
      .selectFrom('document_version')
      .select(['file_name', 'key', 'size'])
      .where('id', '=', versionId)
      .executeTakeFirst();
    if (!row) return null;
    try {
      if (row.size === 0 || row.size > PDF_TEXT_MAX_BYTES) return null;
      const bytes = new Uint8Array(row.size);
      let at = 0;
      try {
        for await (const chunk of readDocument(deps.documentsDir, row.file_name, row.key, signal)) {
          if (at + chunk.length > bytes.length) throw new Error('The document is larger than its row says');
          bytes.set(chunk, at);
          at += chunk.length;
          wipeAndRelease(chunk);
        }
      } catch (error) {
        bytes.fill(0);
        throw error;
      }
      return bytes;
    } finally {
      row.key.fill(0);
    }
  }

  /** Indexes the text under the document if this version is still its newest; then the job goes. */
  async function finish(versionId: string, text: string): Promise<void> {
    await deps
      .db()
      .transaction()
      .execute(async (tx) => {
        const version = await tx
          .selectFrom('document_version')
          .innerJoin('document', 'document.id', 'document_version.document_id')
          .select(['document.id', 'document.case_id', 'document.title', 'document.note', 'document_version.version_no'])
          .where('document_version.id', '=', versionId)
          .executeTakeFirst();
        if (version && text.trim() !== '') {
          const newest = await tx
            .selectFrom('document_version')
            .select((eb) => eb.fn.max('version_no').as('n'))
            .where('document_id', '=', version.id)
            .executeTakeFirst();
          if (Number(newest?.n) === version.version_no)
            await indexRecord(tx, 'document', version.id, version.case_id, [version.title, version.note, text]);
        }
        await tx.deleteFrom('document_text_job').where('version_id', '=', versionId).execute();
      });
  }

  async function runOne(job: Job, mine: number): Promise<void> {
    const id = job.version_id;
    if (job.attempts >= MAX_TEXT_ATTEMPTS) {
      await deps.db().deleteFrom('document_text_job').where('version_id', '=', id).execute();
      deps.onEvent?.({ kind: 'given-up', versionId: id });
      return;
    }
    await deps
      .db()
      .updateTable('document_text_job')
      .set({ attempts: job.attempts + 1 })
      .where('version_id', '=', id)
      .execute();
    deps.onEvent?.({ kind: 'started', versionId: id });
    const controller = new AbortController();
    current = controller;
    try {
      const bytes = await plaintextOf(id, controller.signal);
      if (bytes !== null) {
        try {
          await deps.beforeExtract?.(id);
          if (mine !== session) throw new Error('stopped');
        } catch (error) {
          bytes.fill(0);
          throw error;
        }
      }
      worker ??= createPdfTextWorker(deps.stallMs === undefined ? {} : { stallMs: deps.stallMs });
      let text: string;
      try {
        // The worker takes the bytes over (transfer) and wipes them when done.
        text = bytes === null ? '' : await worker.extract(bytes, controller.signal);
      } catch (error) {
        if (!(error instanceof PdfTextStalled) || mine !== session) throw error;
        worker = null; // it was stopped; the next job starts a fresh one
        deferred.add(id);
        deps.onEvent?.({ kind: 'deferred', versionId: id });
        return;
      }
      if (mine !== session) throw new Error('stopped');
      await finish(id, text);
      deps.onEvent?.({ kind: 'indexed', versionId: id, chars: text.length });
    } finally {
      if (current === controller) current = null;
    }
  }

  async function loop(mine: number): Promise<void> {
    try {
      for (;;) {
        if (mine !== session) return;
        const job = await nextJob();
        if (!job) return;
        try {
          await runOne(job, mine);
        } catch {
          // Stopped by a lock (the job stays queued for the next unlock), or the database went
          // away with it; either way this session's work is over.
          if (mine !== session) {
            deps.onEvent?.({ kind: 'stopped', versionId: job.version_id });
            return;
          }
          // Unreadable or missing file: nothing to index, and retrying will not help.
          await deps.db().deleteFrom('document_text_job').where('version_id', '=', job.version_id).execute();
          deps.onEvent?.({ kind: 'given-up', versionId: job.version_id });
        }
      }
    } finally {
      // The worker holds pdf.js (tens of MiB): it goes when there is nothing left to do.
      if (mine === session) {
        const w = worker;
        worker = null;
        await w?.close();
      }
    }
  }

  return {
    /** Works through the queue in the background (after unlock, after a PDF was stored). */
    start(): void {
      if (running) return;
      const mine = session;
      const run = loop(mine).catch(() => undefined);
      running = run;
      void run.finally(() => {
        if (running === run) running = null;
        // A job queued while the last one was finishing is picked up by a new run.
      });
    },
    /** Until the queue is empty (the CLI before it exits; tests). */
    async drain(): Promise<void> {
      const mine = session;
      while (mine === session) {
        this.start();
        if (running) await running;
        if ((await nextJob().catch(() => undefined)) === undefined) return;
      }
    },
    /** On lock: the job in progress is abandoned where it is and stays queued. */
    async stop(): Promise<void> {
      session++;
      deferred = new Set();
      current?.abort(new DOMException('The vault was locked', 'AbortError'));
      const w = worker;
      worker = null;
      await w?.close();
      await running;
    },
    /** The case's documents with a PDF text job still queued. */
    async pendingInCase(caseId: string): Promise<Set<string>> {
      const rows = await deps
        .db()
        .selectFrom('document_text_job')
        .innerJoin('document_version', 'document_version.id', 'document_text_job.version_id')
        .innerJoin('document', 'document.id', 'document_version.document_id')
        .select('document.id')
        .where('document.case_id', '=', caseId)
        .where('document.deleted_at', 'is', null)
        .execute();
      return new Set(rows.map((r) => r.id));
    },
  };
}

export type DocumentTextQueue = ReturnType<typeof createDocumentTextQueue>;
