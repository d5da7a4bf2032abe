import { createHash, type Hash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/**
 * SHA-256 of a document's plaintext, computed beside the encryption rather than before it.
 *
 * On one thread, SHA-256 (≈1.4 GB/s with SHA-NI here) is slower than AES-GCM (≈5 GB/s with
 * VAES), so hashing on the encrypting thread more than halves the encryptor's speed. A large
 * document is therefore hashed on a worker thread: the encryptor reads the plaintext into a
 * ring of regions in one SharedArrayBuffer, hands each region to the worker by index (no copy),
 * seals it meanwhile, and refills the region once the worker has read it. The worker holds no
 * key, only the hash state of streams in progress; plaintext never leaves this process.
 *
 * A region holds several chunks (about 1 MiB), and the hand-offs go through counters in shared
 * memory rather than a message and an acknowledgement per region: each message wakes the other
 * thread's event loop, and on this machine's virtual CPUs every wake-up (an inter-processor
 * interrupt, a futex) costs tens of microseconds on both threads — per 256 KiB chunk that was a
 * tenth of the import's CPU, and per 1 MiB region still a few per cent (issue 18). Now the
 * worker, the slower stage, takes the next region from the counters as soon as it is done with
 * one, and a message wakes it only when it had caught up and went idle; this thread waits only
 * when the ring is full, and is then woken once a quarter of the ring is free again, not once
 * per region.
 */
export interface Sha256Pipeline {
  /**
   * Hands `regions[region][0..length)` over (hashed in the order handed over) and returns its
   * ticket. The region must not be written again before `released(ticket)` resolved; at most
   * as many hand-offs as the ring has regions may be outstanding.
   */
  update(region: number, length: number): number;
  /**
   * Resolves once hand-off `ticket` (and each one before it) was read: its region may be
   * refilled. Rejects if the hashing failed (the worker stopped). A negative ticket (nothing
   * handed over yet) resolves at once.
   */
  released(ticket: number): Promise<void>;
  /** Hex digest of everything handed over, in order. Ends the pipeline. */
  digest(): Promise<string>;
  /**
   * Drops the state without a digest (a failed or abandoned encryption); hand-offs not read yet
   * are skipped, and `released` of the last one resolves once the worker no longer reads the ring.
   */
  discard(): void;
}

/**
 * The shared counters of one stream (Int32Array slots). Only this thread writes SUBMITTED, WANT
 * and the queue; only the worker writes PROCESSED; IDLE is set by the worker and taken back by
 * this thread (exchange) when it hands a region over, which tells it a wake-up message is due.
 */
const SUBMITTED = 0;
const PROCESSED = 1;
const IDLE = 2;
const STATE = 3;
/** The PROCESSED count this thread waits for; the worker notifies only when it gets there. */
const WANT = 4;
/** Then (region, length) per outstanding hand-off, at `QUEUE + 2 * (ticket % count)`. */
const QUEUE = 5;
const OPEN = 0;
const DISCARDED = 1;
const FAILED = 2;
const NOBODY_WAITS = 0x7fffffff;

/** Plain JavaScript for `new Worker(…, { eval: true })`: nothing to bundle or resolve. */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const [SUBMITTED, PROCESSED, IDLE, STATE, WANT, QUEUE, OPEN] = [${SUBMITTED}, ${PROCESSED}, ${IDLE}, ${STATE}, ${WANT}, ${QUEUE}, ${OPEN}];
const streams = new Map();
// Reads every region handed over so far; then marks the stream idle, and looks once more: a
// region handed over between the last look and IDLE was set came without a wake-up message.
function pump(s) {
  const ctl = s.ctl;
  for (;;) {
    let done = ctl[PROCESSED];
    const submitted = Atomics.load(ctl, SUBMITTED);
    if (done < submitted) {
      if (Atomics.load(ctl, STATE) === OPEN) {
        const at = QUEUE + 2 * (done % s.count);
        const start = ctl[at] * s.regionBytes;
        s.hash.update(s.ring.subarray(start, start + ctl[at + 1]));
        done += 1;
      } else {
        done = submitted;
      }
      Atomics.store(ctl, PROCESSED, done);
      if (done >= Atomics.load(ctl, WANT)) Atomics.notify(ctl, PROCESSED);
      continue;
    }
    Atomics.store(ctl, IDLE, 1);
    if (Atomics.load(ctl, SUBMITTED) === done) return;
    Atomics.store(ctl, IDLE, 0);
  }
}
parentPort.on('message', (m) => {
  if (m.op === 'open') {
    const s = { hash: createHash('sha256'), ring: new Uint8Array(m.ring), ctl: new Int32Array(m.ctl), regionBytes: m.regionBytes, count: m.count };
    streams.set(m.id, s);
    pump(s);
  } else if (m.op === 'wake') {
    const s = streams.get(m.id);
    if (s) pump(s);
  } else if (m.op === 'digest') {
    const s = streams.get(m.id);
    streams.delete(m.id);
    if (s) pump(s);
    parentPort.postMessage({ id: m.id, digest: s ? s.hash.digest('hex') : null });
  } else if (m.op === 'drop') {
    const s = streams.get(m.id);
    streams.delete(m.id);
    if (s) pump(s);
    parentPort.postMessage({ id: m.id, digest: null });
  }
});
`;

interface Reply {
  id: number;
  digest: string | null;
}

interface Pending {
  resolve: (reply: Reply) => void;
  reject: (error: Error) => void;
}

type WaitAsync = (
  array: Int32Array,
  index: number,
  value: number,
) => { async: false; value: 'not-equal' | 'timed-out' } | { async: true; value: Promise<'ok' | 'timed-out'> };
/** ES2024; in every Node and Electron this app runs on, not yet in the TypeScript lib it targets. */
const waitAsync = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync;

/** One worker for the whole process, started on first use and unreferenced while idle. */
class HashWorker {
  private worker: Worker | null = null;
  /** Digests asked for, by stream id. */
  private readonly waiting = new Map<number, Pending>();
  /** The counters of every open stream, so a worker that stops fails them all. */
  private readonly open = new Map<number, { ctl: Int32Array; fail: (error: Error) => void }>();
  private nextId = 1;

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true, name: 'emanet-sha256' });
    worker.on('message', (reply: Reply) => {
      const pending = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      pending?.resolve(reply);
    });
    const fail = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      for (const p of this.waiting.values()) p.reject(error);
      this.waiting.clear();
      for (const stream of this.open.values()) stream.fail(error);
      this.open.clear();
    };
    worker.on('error', fail);
    worker.on('exit', () => fail(new Error('The hashing worker stopped')));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** A stream over `ring`'s `count` regions; the worker keeps the process alive only while a stream is open. */
  stream(ring: SharedArrayBuffer, count: number, regionBytes: number): Sha256Pipeline {
    const worker = this.start();
    const id = this.nextId++;
    const ctl = new Int32Array(new SharedArrayBuffer((QUEUE + 2 * count) * Int32Array.BYTES_PER_ELEMENT));
    ctl[WANT] = NOBODY_WAITS;
    let failure: Error | null = null;
    let discarded = false;
    let submitted = 0;
    const close = () => {
      if (!this.open.delete(id)) return;
      if (this.open.size === 0) this.worker?.unref();
    };
    this.open.set(id, {
      ctl,
      fail: (error) => {
        failure = error;
        Atomics.store(ctl, STATE, FAILED);
        Atomics.notify(ctl, PROCESSED);
      },
    });
    if (this.open.size === 1) worker.ref();
    worker.postMessage({ op: 'open', id, ring, ctl: ctl.buffer, regionBytes, count });
    // Waits for PROCESSED ≥ `target`. The worker notifies only once it gets to WANT (the lowest
    // target waited for), so this thread sleeps through the regions before it instead of waking
    // for each.
    const targets: number[] = [];
    const want = () => Atomics.store(ctl, WANT, targets.length === 0 ? NOBODY_WAITS : Math.min(...targets));
    const reach = async (target: number): Promise<void> => {
      targets.push(target);
      try {
        for (;;) {
          want();
          const done = Atomics.load(ctl, PROCESSED);
          if (done >= target) return;
          if (failure) throw failure;
          const wait = waitAsync(ctl, PROCESSED, done);
          if (wait.async) await wait.value;
        }
      } finally {
        targets.splice(targets.indexOf(target), 1);
        want();
      }
    };
    return {
      update: (region, length) => {
        // Discarded: nothing more is handed over (the worker may have forgotten the stream), and
        // the ticket is that of the last hand-off, which `released` still waits for.
        if (discarded) return submitted - 1;
        const ticket = submitted++;
        if (failure) return ticket;
        const at = QUEUE + 2 * (ticket % count);
        ctl[at] = region;
        ctl[at + 1] = length;
        Atomics.store(ctl, SUBMITTED, submitted);
        // The worker went idle: it looks again only when told to.
        if (Atomics.exchange(ctl, IDLE, 0) === 1) worker.postMessage({ op: 'wake', id });
        return ticket;
      },
      released: async (ticket) => {
        if (ticket < 0 || Atomics.load(ctl, PROCESSED) > ticket) return;
        // The ring is full. Wait until a quarter of it is free (or everything handed over is
        // read), so the next few refills need no waiting and this thread wakes once for them.
        await reach(Math.min(submitted, ticket + 1 + Math.floor(count / 4)));
      },
      digest: async () => {
        try {
          if (failure) throw failure;
          const reply = await new Promise<Reply>((resolve, reject) => {
            this.waiting.set(id, { resolve, reject });
            worker.postMessage({ op: 'digest', id });
          });
          if (typeof reply.digest !== 'string') throw new Error('The hashing worker lost a stream');
          return reply.digest;
        } finally {
          close();
        }
      },
      discard: () => {
        discarded = true;
        if (!this.open.has(id) || this.waiting.has(id)) return;
        Atomics.store(ctl, STATE, DISCARDED);
        // Open until the worker answers: should it stop before, `released` still fails over.
        this.waiting.set(id, { resolve: close, reject: close });
        worker.postMessage({ op: 'drop', id });
      },
    };
  }
}

const shared = new HashWorker();

/** Hashes on this thread: for small documents, where a round trip to the worker costs more than it saves. */
function inlinePipeline(regions: Buffer[]): Sha256Pipeline {
  let hash: Hash | null = createHash('sha256');
  let tickets = 0;
  return {
    update(region, length) {
      hash?.update(regions[region]!.subarray(0, length));
      return tickets++;
    },
    released() {
      return Promise.resolve();
    },
    digest() {
      const h = hash;
      hash = null;
      return Promise.resolve(h ? h.digest('hex') : createHash('sha256').digest('hex'));
    },
    discard() {
      hash = null;
    },
  };
}

/** Hand-offs that nobody hashes (`sealDocument`): a region is free again as soon as it was sealed. */
function unhashedPipeline(): Sha256Pipeline {
  let tickets = 0;
  return {
    update: () => tickets++,
    released: () => Promise.resolve(),
    digest: () => Promise.reject(new Error('This stream is not hashed')),
    discard: () => undefined,
  };
}

/**
 * The shared ring of the last large document, wiped, kept for the next one: 8 MiB of
 * SharedArrayBuffer is zeroed and faulted in page by page when it is made (2,048 page faults,
 * a few milliseconds of this thread's time per document, issue 18). At most one is kept; it
 * holds nothing but zeros while it waits.
 */
let spareRing: SharedArrayBuffer | null = null;

export interface Sha256Ring {
  /** `count` regions of `regionBytes` each, in one piece of memory. */
  regions: Buffer[];
  hash: Sha256Pipeline;
  /**
   * Zero-fills every region and gives the memory back for the next document. Call once, after
   * the last hand-off was released or the pipeline failed (the worker no longer reads the ring);
   * the regions are not used after.
   */
  wipe(): void;
}

/**
 * `count` plaintext regions of `regionBytes` and a SHA-256 pipeline over them: on the worker
 * when `inWorker` (the regions are then views of one SharedArrayBuffer), on this thread
 * otherwise.
 */
export function sha256Ring(count: number, regionBytes: number, inWorker: boolean): Sha256Ring {
  const bytes = count * regionBytes;
  if (!inWorker) return heapRing(count, regionBytes, inlinePipeline);
  let ring: SharedArrayBuffer;
  if (spareRing !== null && spareRing.byteLength === bytes) {
    ring = spareRing;
    spareRing = null;
  } else {
    ring = new SharedArrayBuffer(bytes);
  }
  const memory = Buffer.from(ring);
  const regions = Array.from({ length: count }, (_, i) => memory.subarray(i * regionBytes, (i + 1) * regionBytes));
  let wiped = false;
  return {
    regions,
    hash: shared.stream(ring, count, regionBytes),
    wipe: () => {
      if (wiped) return;
      wiped = true;
      memory.fill(0);
      spareRing = ring;
    },
  };
}

/** The same ring without a hash: sealed, read ahead and being filled need `count` ≥ 3 regions. */
export function unhashedRing(count: number, regionBytes: number): Sha256Ring {
  return heapRing(count, regionBytes, unhashedPipeline);
}

/** Regions in ordinary memory, for a pipeline on this thread. */
function heapRing(count: number, regionBytes: number, pipeline: (regions: Buffer[]) => Sha256Pipeline): Sha256Ring {
  const memory = Buffer.alloc(count * regionBytes);
  const regions = Array.from({ length: count }, (_, i) => memory.subarray(i * regionBytes, (i + 1) * regionBytes));
  return { regions, hash: pipeline(regions), wipe: () => memory.fill(0) };
}
