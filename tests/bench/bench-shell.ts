import { spawn } from 'node:child_process';

/**
 * A shell started once that runs the documents bench's commands (`sync`, `openssl speed`, the CPU
 * burner), so that the bench process itself never forks between measured steps.
 *
 * A fork (every `spawnSync`) write-protects each page of the forking process; afterwards the
 * first write to each page takes a copy-on-write fault, and on this machine's virtual CPUs a
 * fault is expensive. The step after a `spawnSync('sync')` paid for every page it wrote first:
 * for the 256 MiB import (its read ring, the allocator's free memory, the JavaScript heap) about
 * 60 ms of CPU across threads, paired runs; for the plain copy (one 1 MiB buffer) next to
 * nothing. That was a cost of the bench, not of the import (issue 18).
 */
export interface BenchShell {
  /** Runs one command line in the shell and resolves with its standard output. */
  run(command: string): Promise<string>;
  close(): void;
}

export function startBenchShell(): BenchShell {
  const shell = spawn('sh', ['-s'], { stdio: ['pipe', 'pipe', 'ignore'] });
  shell.stdout.setEncoding('utf8');
  let queue: Promise<unknown> = Promise.resolve();
  let next = 0;
  let output = '';
  let waiting: { marker: string; resolve: (out: string) => void; reject: (error: Error) => void } | null = null;
  shell.once('exit', () => waiting?.reject(new Error('The bench shell ended')));
  shell.stdout.on('data', (data: string) => {
    output += data;
    if (waiting === null) return;
    const at = output.indexOf(waiting.marker);
    if (at < 0) return;
    const done = waiting;
    waiting = null;
    const out = output.slice(0, at);
    output = '';
    done.resolve(out);
  });
  const runOne = (command: string) =>
    new Promise<string>((resolve, reject) => {
      if (shell.exitCode !== null || shell.signalCode !== null) return reject(new Error('The bench shell ended'));
      const marker = `__emanet_bench_${next++}__\n`;
      waiting = { marker, resolve, reject };
      shell.stdin.write(`${command}\necho ${marker.trim()}\n`);
    });
  return {
    run(command) {
      const result = queue.then(() => runOne(command));
      queue = result.catch(() => undefined);
      return result;
    },
    close() {
      shell.stdin.end();
    },
  };
}
