import { spawn, type ChildProcess } from 'node:child_process';

/**
 * A second process that keeps one CPU core busy, for the "loaded" variant of a benchmark: the
 * lawyer's laptop is rarely idle (a browser, a video call, an antivirus scan). Started before the
 * samples and stopped after them; `stop()` waits until it is gone.
 */
export interface CpuLoad {
  stop(): Promise<void>;
}

export async function startCpuLoad(): Promise<CpuLoad> {
  const child: ChildProcess = spawn(process.execPath, ['-e', 'process.stdout.write("busy\\n"); for (;;) {}'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Measured only once the loop runs.
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.stdout?.once('data', () => resolve());
  });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
