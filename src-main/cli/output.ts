import { AppError, type ErrorCode } from '../shared/errors';
import type { Language } from '../shared/schemas/vault';
import { EXIT, exitCodeFor } from './exit-codes';
import type { CliIo } from './io';
import { languageFromEnv, messagesFor } from './messages';

/** Wrong or missing arguments: exit 2 with the message (or the command's usage text). */
export class UsageError extends Error {}

/** What a command hands back when it succeeds. */
export interface Outcome {
  exitCode?: number;
  json?: unknown;
  text?: string;
  /** Diagnostics for stderr (warnings, damaged-document notes), printed before the result. */
  stderr?: readonly string[];
}

/** How a command wants a failure worded, when the generic message for its code is not enough. */
export interface FailureWording {
  message?: string;
  /** `null` hides the `path:code` details (e.g. when the message already says it all). */
  details?: readonly string[] | null;
  /** Extra fields inside the JSON `error` object (e.g. a refusal reason code). */
  errorFields?: Record<string, unknown>;
  /** Extra top-level fields of the JSON error document. */
  documentFields?: Record<string, unknown>;
}

export interface PrintOptions {
  json: boolean;
  language: Language;
  usage: string;
  word?: (error: AppError | null, code: ErrorCode) => FailureWording | undefined;
  /**
   * Field codes as a list rather than inline: a VALIDATION failure's codes one a line under this
   * heading on stderr, and every failure's codes as `details` in the JSON error (the casefile
   * commands' shape, which scripts read).
   */
  detailsHeading?: string;
}

/**
 * Runs a command and prints its outcome the same way for every CLI noun: exactly one JSON
 * document on stdout with --json, diagnostics on stderr, and the README's exit codes. A failure
 * never prints a stack trace or a path: only the message for its code and field codes.
 */
export async function printOutcome(io: CliIo, options: PrintOptions, run: () => Promise<Outcome>): Promise<number> {
  try {
    const outcome = await run();
    for (const line of outcome.stderr ?? []) io.stderr(line);
    if (options.json) io.stdout(JSON.stringify(outcome.json));
    else if (outcome.text) io.stdout(outcome.text);
    return outcome.exitCode ?? EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(error.message || options.usage);
      return EXIT.usage;
    }
    const appError = error instanceof AppError ? error : null;
    const code: ErrorCode = appError?.code ?? 'INTERNAL';
    const wording = options.word?.(appError, code) ?? {};
    const message = wording.message ?? messagesFor(options.language).errors[code];
    const details = wording.details === undefined ? appError?.details : (wording.details ?? undefined);
    const listed = options.detailsHeading !== undefined && details?.length ? details : undefined;
    if (options.detailsHeading === undefined) io.stderr(message + (details?.length ? ` (${details.join(', ')})` : ''));
    else if (listed && code === 'VALIDATION')
      io.stderr([message, options.detailsHeading, ...listed.map((d) => `  - ${d}`)].join('\n'));
    else io.stderr(message);
    if (options.json) {
      const error = { code, ...wording.errorFields, message, ...(listed ? { details: listed } : {}) };
      io.stdout(JSON.stringify({ ...wording.documentFields, error }));
    }
    return exitCodeFor(code);
  }
}

/**
 * The shape of every `<noun> …` command: parse (any failure prints the usage and exits 2), then
 * run and print through `printOutcome`, with the group's messages in the language of the
 * environment handed to `run` and `word`.
 */
export async function parseAndRun<T extends Record<Language, { usage: string }>, A extends { json: boolean }>(
  io: CliIo,
  messages: T,
  parse: () => A,
  run: (args: A, m: T[Language], language: Language) => Promise<Outcome>,
  word?: (args: A, m: T[Language], language: Language) => PrintOptions['word'],
): Promise<number> {
  const language = languageFromEnv(io.env);
  const m = messages[language];
  let args: A;
  try {
    args = parse();
  } catch {
    io.stderr(m.usage);
    return EXIT.usage;
  }
  const wording = word?.(args, m, language);
  const options = { json: args.json, language, usage: m.usage, ...(wording ? { word: wording } : {}) };
  return printOutcome(io, options, () => run(args, m, language));
}
