// Types for tests/run-steps.mjs (plain ESM so `npm test` needs no build step).
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  notes: string[];
}

export interface Step {
  name: string;
  commands: string[][];
  env?: Record<string, string>;
  /** Added to the environment only when a step named `build` passed before this one. */
  envIfBuilt?: Record<string, string>;
  /** A JSON report to count tests from; none for a check step (one test, by exit code). */
  report?: string | null;
  count?: (report: never) => Counts;
  /** Consecutive steps with the same name here run at the same time. */
  together?: string;
}

export interface StepResult extends Counts {
  name: string;
  seconds: number;
}

export function check(name: string, commands: string[][], env?: Record<string, string>, together?: string): Step;
export function firstLine(text: unknown): string;
export function runSteps(
  steps: Step[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; log?: (line: string) => void },
): Promise<{ results: StepResult[]; failed: number }>;
