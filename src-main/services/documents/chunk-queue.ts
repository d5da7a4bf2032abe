/**
 * A one-slot hand-off from IPC calls (push) to the encryptor (async iteration). `push` resolves
 * once the encryptor has taken the bytes, so at most one upload chunk waits in memory per
 * session: backpressure without buffering a whole file.
 */
export class ChunkQueue implements AsyncIterable<Uint8Array> {
  private slot: { bytes: Uint8Array; taken: () => void; dropped: (e: Error) => void } | null = null;
  private consumer: { resolve: (r: IteratorResult<Uint8Array>) => void; reject: (e: Error) => void } | null = null;
  private ended = false;
  private failure: { error: Error } | null = null;
  private pulledOnce!: () => void;
  /** Resolves when the encryptor first asks for data: every check before writing has passed. */
  readonly started = new Promise<void>((resolve) => (this.pulledOnce = resolve));

  push(bytes: Uint8Array): Promise<void> {
    if (this.failure) return Promise.reject(this.failure.error);
    if (this.ended || this.slot) return Promise.reject(new Error('Upload queue is busy or closed'));
    return new Promise<void>((taken, dropped) => {
      this.slot = { bytes, taken, dropped };
      this.deliver();
    });
  }

  end(): void {
    this.ended = true;
    this.deliver();
  }

  /** Fails the consumer's next read and any waiting push: used for cancel and lock. */
  fail(error: Error): void {
    if (this.failure) return;
    this.failure = { error };
    this.slot?.dropped(error);
    this.slot = null;
    this.consumer?.reject(error);
    this.consumer = null;
  }

  private deliver(): void {
    if (!this.consumer) return;
    const consumer = this.consumer;
    if (this.slot) {
      const slot = this.slot;
      this.slot = null;
      this.consumer = null;
      consumer.resolve({ value: slot.bytes, done: false });
      slot.taken();
    } else if (this.ended) {
      this.consumer = null;
      consumer.resolve({ value: undefined, done: true });
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return {
      next: () => {
        this.pulledOnce();
        if (this.failure) return Promise.reject(this.failure.error);
        return new Promise<IteratorResult<Uint8Array>>((resolve, reject) => {
          this.consumer = { resolve, reject };
          this.deliver();
        });
      },
      return: () => {
        this.fail(new Error('Upload consumer stopped'));
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}
