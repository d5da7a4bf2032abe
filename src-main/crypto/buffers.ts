/**
 * Giving a cipher's output buffers back at once (issue 18).
 *
 * Node's `cipher.update()` returns a fresh buffer for every call (and, for GCM, allocates it
 * twice and copies once). Those buffers live outside the JavaScript heap, and V8 frees them
 * only when a garbage collection finds them unreachable; it starts a full collection every
 * ~64 MiB of such memory. Streaming a 256 MiB document therefore cost a few full collections
 * (marking the whole heap, which in the app is large) and, since the memory went back to the
 * system in between, a page fault for every 4 KiB of ciphertext — together ten times the
 * cipher itself, measured with perf in the documents bench. A consumer that is done with a
 * buffer (it was written, hashed or copied) releases it: the memory goes back to the allocator
 * at once and the next `update()` gets it again, warm.
 */
type Transferable = ArrayBuffer & { transfer?: (length: number) => ArrayBuffer; detached?: boolean };

/** Released already: any typed-array method on it (fill included) would throw. */
const isDetached = (buffer: Uint8Array): boolean => (buffer.buffer as Transferable).detached === true;

/**
 * Frees `buffer`'s memory now (ES2024 `ArrayBuffer.prototype.transfer(0)` detaches it). Only a
 * buffer that owns its whole ArrayBuffer is released — a view into a shared pool or a larger
 * allocation is left alone — so this never frees memory someone else still uses. After the
 * call `buffer` is empty; never release a buffer a pending write or another owner still holds.
 */
export function releaseBuffer(buffer: Uint8Array): void {
  const backing = buffer.buffer;
  if (!(backing instanceof ArrayBuffer)) return;
  if (buffer.byteOffset !== 0 || buffer.byteLength !== backing.byteLength || backing.byteLength === 0) return;
  try {
    (backing as Transferable).transfer?.(0);
  } catch {
    // Not detachable (never the case for cipher output): the collector frees it later, as before.
  }
}

/** Zero-fills a plaintext buffer, then releases it; a buffer released already is left as it is. */
export function wipeAndRelease(buffer: Uint8Array): void {
  if (isDetached(buffer)) return;
  buffer.fill(0);
  releaseBuffer(buffer);
}

let allocatorReady = false;

/**
 * Once per process, before the first document stream: allocates a 16 MiB buffer and releases it
 * at once. glibc's malloc takes the size of the largest mapped block freed so far as its new
 * threshold for mapping (up to 32 MiB) and twice that as the free memory it keeps before giving
 * any back, so from then on the cipher's 64 KiB buffers are recycled instead of being returned
 * to the system and faulted back in page by page — in the documents bench that halved the
 * import's main-thread CPU and cut its page faults by 2–5× (issue 18). Costs nothing where the
 * allocator is another one; keeps at most 32 MiB of freed memory for reuse.
 */
export function prepareAllocator(): void {
  if (allocatorReady) return;
  allocatorReady = true;
  releaseBuffer(Buffer.allocUnsafeSlow(16 * 1024 * 1024));
}
