import { createHash, type Hash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/**
 * SHA-256 of a document's plaintext, computed beside the encryption rather than before it.
 *
 * On one thread, SHA-256 (≈1.4 GB/s with SHA-NI here) is slower than AES-GCM (≈5 GB/s with
 * VAES), so hashing on the encrypting thread more than halves the encryptor's speed. A large
 * document is therefore hashed on a worker thread: the encryptor reads the plaintext into a
 * ring of regions in one SharedArrayBuffer, hands each region to the worker by index (no copy),
 * seals it meanwhile, and refills the region once the worker acknowledged it. The worker holds
 * no key, only the hash state of streams in progress; plaintext never leaves this process.
 *
 * A region holds several chunks (about 1 MiB): every hand-off is a message to the worker and an
 * acknowledgement back, and on this machine's virtual CPUs each one that finds the other thread
 * asleep costs a wake-up (an inter-processor interrupt) worth tens of microseconds on both
 * threads — per 256 KiB chunk that was a tenth of the import's CPU (issue 18).
 */
export interface Sha256Pipeline {
  /** Hashes `regions[region][0..length)`; resolves when the region may be overwritten. */
  update(region: number, length: number): Promise<void>;
  /** Hex digest of everything updated, in order. Ends the pipeline. */
  digest(): Promise<string>;
  /** Drops the state without a digest (a failed or abandoned encryption). */
  discard(): void;
}

/** Plain JavaScript for `new Worker(…, { eval: true })`: nothing to bundle or resolve. */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const streams = new Map();
parentPort.on('message', (m) => {
  if (m.op === 'open') {
    streams.set(m.id, { hash: createHash('sha256'), ring: new Uint8Array(m.ring), regionBytes: m.regionBytes });
  } else if (m.op === 'update') {
    const s = streams.get(m.id);
    if (s) s.hash.update(s.ring.subarray(m.region * s.regionBytes, m.region * s.regionBytes + m.length));
    parentPort.postMessage({ id: m.id, seq: m.seq });
  } else if (m.op === 'digest') {
    const s = streams.get(m.id);
    streams.delete(m.id);
    parentPort.postMessage({ id: m.id, seq: m.seq, digest: s ? s.hash.digest('hex') : null });
  } else if (m.op === 'drop') {
    streams.delete(m.id);
  }
});
`;

interface Reply {
  id: number;
  seq: number;
  digest?: string | null;
}

interface Pending {
  resolve: (reply: Reply) => void;
  reject: (error: Error) => void;
}

/** One worker for the whole process, started on first use and unreferenced while idle. */
class HashWorker {
  private worker: Worker | null = null;
  private readonly waiting = new Map<string, Pending>();
  private active = 0;
  private nextId = 1;

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true, name: 'emanet-sha256' });
    worker.on('message', (reply: Reply) => {
      const key = `${reply.id}:${reply.seq}`;
      const pending = this.waiting.get(key);
      this.waiting.delete(key);
      pending?.resolve(reply);
    });
    const fail = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      for (const p of this.waiting.values()) p.reject(error);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', () => fail(new Error('The hashing worker stopped')));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** A stream over `ring`'s regions; the worker keeps the process alive only while a stream is open. */
  open(ring: SharedArrayBuffer, regionBytes: number): Sha256Pipeline {
    const worker = this.start();
    const id = this.nextId++;
    let seq = 0;
    let open = true;
    if (this.active++ === 0) worker.ref();
    const close = () => {
      if (!open) return;
      open = false;
      if (--this.active === 0) this.worker?.unref();
    };
    const ask = (message: object): Promise<Reply> => {
      const s = seq++;
      return new Promise<Reply>((resolve, reject) => {
        this.waiting.set(`${id}:${s}`, { resolve, reject });
        worker.postMessage({ ...message, id, seq: s });
      });
    };
    worker.postMessage({ op: 'open', id, ring, regionBytes });
    return {
      update: async (region, length) => {
        await ask({ op: 'update', region, length });
      },
      digest: async () => {
        try {
          const reply = await ask({ op: 'digest' });
          if (typeof reply.digest !== 'string') throw new Error('The hashing worker lost a stream');
          return reply.digest;
        } finally {
          close();
        }
      },
      discard: () => {
        if (open) this.worker?.postMessage({ op: 'drop', id });
        close();
      },
    };
  }
}

const shared = new HashWorker();

/** Hashes on this thread: for small documents, where a round trip to the worker costs more than it saves. */
function inlinePipeline(regions: Buffer[]): Sha256Pipeline {
  let hash: Hash | null = createHash('sha256');
  return {
    update(region, length) {
      hash?.update(regions[region]!.subarray(0, length));
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
   * every `update` settled (the worker no longer reads the ring); the regions are not used after.
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
  if (!inWorker) {
    const memory = Buffer.alloc(bytes);
    const regions = Array.from({ length: count }, (_, i) => memory.subarray(i * regionBytes, (i + 1) * regionBytes));
    return { regions, hash: inlinePipeline(regions), wipe: () => memory.fill(0) };
  }
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
    hash: shared.open(ring, regionBytes),
    wipe: () => {
      if (wiped) return;
      wiped = true;
      memory.fill(0);
      spareRing = ring;
    },
  };
}
