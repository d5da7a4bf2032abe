/**
 * Issue 18, acceptance 2: PDF text extraction never blocks the import. Through the real router on
 * a real vault, with pdf.js on its real worker thread: a PDF whose text job is held (test hook,
 * after the PDF was read and before the worker gets it) is already listed, readable by the viewer
 * channel and marked `textPending`, and its words are found once the job is let go. A lock in
 * the middle of a job stops it; the job stays in the vault and is done after the next unlock —
 * also after a restart (a new backend on the same folder).
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../src-main/backend';
import { fakeClock } from '../../src-main/services/clock';
import type { TextJobEvent } from '../../src-main/services/documents/document-text-queue';
import { silentLogger } from '../../src-main/services/logger';
import type { Channel, ChannelInput, ChannelOutput } from '../../src-main/shared/contract';
import type { Envelope } from '../../src-main/shared/errors';
import { minimalPdf } from '../e2e/documents-files';
import { makeTempDir, STRONG_PASSPHRASE, TEST_KDF } from '../helpers/temp-vault';

const ours = { origin: 'app://emanet', trusted: true };
const WORD = 'zeytinburnu';
const PDF = minimalPdf(['Idare mahkemesi karari', `geriGonderme ${WORD}`]);

/** A gate a test opens by hand; `reached` resolves when the queue arrives at it. */
function gate() {
  let open!: () => void;
  let arrived!: (versionId: string) => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const reached = new Promise<string>((resolve) => (arrived = resolve));
  return { open, opened, reached, arrive: arrived };
}

/** Resolves on the first event of `kind` for `versionId`, including one already recorded. */
function waitFor(events: TextJobEvent[], listeners: Array<() => void>, kind: TextJobEvent['kind'], versionId: string) {
  return new Promise<void>((resolve) => {
    const check = () => {
      if (events.some((e) => e.kind === kind && e.versionId === versionId)) resolve();
    };
    listeners.push(check);
    check();
  });
}

describe('issue 18: PDF text is indexed behind the import', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let backend: Backend;
  let caseId: string;
  let events: TextJobEvent[];
  let listeners: Array<() => void>;
  /** Jobs that arrive at the hold point wait for this gate; null lets them through. */
  let hold: ReturnType<typeof gate> | null;

  function open(stallMs?: number): Backend {
    return createBackend({
      vaultDir: join(dir, 'vault'),
      allowedOrigins: [ours.origin],
      kdf: TEST_KDF,
      clock: fakeClock(),
      logger: silentLogger,
      documentTextQueue: {
        ...(stallMs === undefined ? {} : { stallMs }),
        beforeExtract: async (versionId) => {
          const g = hold;
          if (!g) return;
          g.arrive(versionId);
          await g.opened;
        },
        onEvent: (event) => {
          events.push(event);
          for (const l of listeners) l();
        },
      },
    });
  }

  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const r = (await backend.invoke(channel, input, ours)) as Envelope<ChannelOutput<C>>;
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${JSON.stringify(r.error.details ?? [])}`);
    return r.value;
  }

  async function uploadPdf() {
    const { uploadId } = await call('documents:beginUpload', {
      caseId,
      title: 'Mahkeme kararı',
      category: 'decision',
      originalName: 'karar.pdf',
      mediaType: 'application/pdf',
      size: PDF.length,
    });
    await call('documents:uploadChunk', { uploadId, index: 0, bytes: PDF.toString('base64') });
    return call('documents:finishUpload', { uploadId });
  }

  const found = async () => (await call('search:query', { query: WORD, limit: 10 })).results.map((r) => r.id);

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    events = [];
    listeners = [];
    hold = null;
    backend = open();
    await call('vault:create', { passphrase: STRONG_PASSPHRASE });
    ({ caseId } = await call('intake:create', {
      client: { givenName: 'Abdullah', familyName: 'Rahimi', nationality: 'AF' },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2026-11-20' },
    }));
  });
  afterEach(async () => {
    hold?.open();
    await backend.dispose();
    await cleanup();
  });

  it('acceptance 2: a PDF imported while its extraction is pending is listed and viewable, and searchable once extraction finishes', async () => {
    hold = gate();
    // The import returns while the text job is held: extraction does not block it.
    const added = await uploadPdf();
    expect(await hold.reached).toBe(added.versionId);

    const [listed] = (await call('documents:list', { caseId })).documents;
    expect(listed).toMatchObject({ id: added.id, title: 'Mahkeme kararı', textPending: true });
    const read = await call('documents:read', { versionId: added.versionId, offset: 0, length: 1024 * 1024 });
    expect(read.eof).toBe(true);
    expect(Buffer.from(read.bytes, 'base64').equals(PDF)).toBe(true);
    expect(await found()).toEqual([]);

    hold.open();
    await waitFor(events, listeners, 'indexed', added.versionId);
    expect(await found()).toEqual([added.id]);
    expect((await call('documents:list', { caseId })).documents[0]?.textPending).toBe(false);
  });

  it('acceptance 2: extraction interrupted by a lock stays queued and resumes after unlock', async () => {
    hold = gate();
    const added = await uploadPdf();
    await hold.reached;

    await call('vault:lock', {});
    const first = hold;
    hold = null;
    first.open();
    await waitFor(events, listeners, 'stopped', added.versionId);
    expect(events.filter((e) => e.kind === 'indexed')).toEqual([]);

    await call('vault:unlock', { passphrase: STRONG_PASSPHRASE });
    await waitFor(events, listeners, 'indexed', added.versionId);
    expect(events.map((e) => e.kind)).toEqual(['started', 'stopped', 'started', 'indexed']);
    expect(await found()).toEqual([added.id]);
  });

  it('acceptance 2: extraction cut short by quitting resumes when the vault is next unlocked in a new process', async () => {
    hold = gate();
    const added = await uploadPdf();
    await hold.reached;
    await backend.dispose();
    const first = hold;
    hold = null;
    first.open();
    await waitFor(events, listeners, 'stopped', added.versionId);

    backend = open();
    await call('vault:unlock', { passphrase: STRONG_PASSPHRASE });
    await waitFor(events, listeners, 'indexed', added.versionId);
    expect(await found()).toEqual([added.id]);
  });

  it('a worker starved of the CPU is not taken for a textless PDF: the job waits for the next session and is indexed then', async () => {
    // A stall time far below the worker's start-up: every extraction in this session stalls,
    // as the niced worker would on a machine too busy to give it the CPU.
    await backend.dispose();
    backend = open(1);
    await call('vault:unlock', { passphrase: STRONG_PASSPHRASE });
    const added = await uploadPdf();
    await waitFor(events, listeners, 'deferred', added.versionId);
    await backend.documents.texts.drain();
    // Tried once in this session, then left alone: not given up, not recorded as empty.
    expect(events.filter((e) => e.versionId === added.versionId).map((e) => e.kind)).toEqual(['started', 'deferred']);
    expect((await call('documents:list', { caseId })).documents[0]).toMatchObject({ id: added.id, textPending: true });
    expect(await found()).toEqual([]);

    // The next session (here a restart on a quiet machine) takes it up again.
    await backend.dispose();
    backend = open();
    await call('vault:unlock', { passphrase: STRONG_PASSPHRASE });
    await waitFor(events, listeners, 'indexed', added.versionId);
    expect(await found()).toEqual([added.id]);
    expect((await call('documents:list', { caseId })).documents[0]?.textPending).toBe(false);
  });

  it('a broken PDF is stored and listed; its job ends without text and without retrying', async () => {
    const { uploadId } = await call('documents:beginUpload', {
      caseId,
      title: 'Bozuk',
      category: 'other',
      originalName: 'bozuk.pdf',
      mediaType: 'application/pdf',
      size: 24,
    });
    await call('documents:uploadChunk', {
      uploadId,
      index: 0,
      bytes: Buffer.from('%PDF-1.7\n%%EOF garbage!!').subarray(0, 24).toString('base64'),
    });
    const added = await call('documents:finishUpload', { uploadId });
    await backend.documents.texts.drain();
    expect(events.filter((e) => e.versionId === added.versionId).map((e) => e.kind)).toEqual(['started', 'indexed']);
    expect((await call('documents:list', { caseId })).documents[0]).toMatchObject({ id: added.id, textPending: false });
    expect((await call('search:query', { query: 'garbage', limit: 10 })).results).toEqual([]);
  });
});
