/** What the CLI needs from the outside world, so tests run it in-process or as a real process. */
export interface CliIo {
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Asks for a secret without echo; null when there is no terminal to ask in. */
  promptSecret(question: string): Promise<string | null>;
}
