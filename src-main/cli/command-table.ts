import { resolve } from 'node:path';
import type { z } from 'zod';
import { contract, type Channel } from '../shared/contract';
import { AppError } from '../shared/errors';
import type { Language } from '../shared/schemas/vault';
import { validationDetails } from '../shared/validation-details';
import { parseCommandLine, positionalsOf } from './args';
import { EXIT } from './exit-codes';
import type { CliIo } from './io';
import { languageFromEnv, messagesFor } from './messages';
import { printOutcome, type Outcome } from './output';

/**
 * The command groups that are a table of `<noun> <verb>` commands, each with the options it
 * requires and allows (casework, the guide, the casefile): one parser, one usage check, one way
 * to run and print. An option a command does not name, a missing required one, a missing --vault
 * or a wrong number of operands all print the group's usage and exit 2.
 */

/** The group's own options (the common --vault, --json and --insecure-test-kdf are added). */
export type OptionTable = Record<string, { type: 'string' } | { type: 'boolean'; default: false }>;

/** The options given on the command line, by name: strings, and `true` for a boolean flag. */
export type OptionValues<O extends OptionTable> = {
  [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : string;
};

export interface CommandSpec<O extends OptionTable, Ctx> {
  required: Array<keyof O & string>;
  optional: Array<keyof O & string>;
  /** Takes one FILE operand after the command's words. */
  file?: boolean;
  /** Takes one or more words after the command's words (a free-text query), as `operands`. */
  words?: boolean;
  run: (ctx: Ctx & { values: OptionValues<O>; file: string | undefined; operands: string[] }) => Promise<Outcome>;
}

export interface CommandTable<O extends OptionTable, Ctx> {
  options: O;
  commands: Record<string, CommandSpec<O, Ctx>>;
}

/** The command `positionals` name (the longest of three, two or one words) and the operands after it. */
function commandOf<O extends OptionTable, Ctx>(
  table: CommandTable<O, Ctx>,
  positionals: readonly string[],
): { spec: CommandSpec<O, Ctx>; operands: string[] } | null {
  for (const words of [3, 2, 1]) {
    const name = positionals.slice(0, words).join(' ');
    const spec = Object.hasOwn(table.commands, name) ? table.commands[name] : undefined;
    if (spec) return { spec, operands: positionals.slice(words) };
  }
  return null;
}

/** Whether argv starts with one of the table's commands (options anywhere). */
export function namesTableCommand<O extends OptionTable, Ctx>(table: CommandTable<O, Ctx>, argv: string[]): boolean {
  try {
    return commandOf(table, positionalsOf(argv, table.options)) !== null;
  } catch {
    return false;
  }
}

/** Whether argv's first word is the first word of one of the table's commands: the group's usage answers the rest. */
export function namesTableNoun<O extends OptionTable, Ctx>(table: CommandTable<O, Ctx>, argv: string[]): boolean {
  try {
    const first = positionalsOf(argv, table.options)[0];
    return Object.keys(table.commands).some((name) => name.split(' ')[0] === first);
  } catch {
    return false;
  }
}

/**
 * Parses `argv` against the table and runs the command it names with the context `context`
 * builds for the vault folder, in the environment's language; prints through `printOutcome`
 * (README exit codes).
 */
export async function runCommandTable<O extends OptionTable, Ctx, T extends Record<Language, { usage: string }>>(
  io: CliIo,
  argv: string[],
  table: CommandTable<O, Ctx>,
  how: {
    /** The group's messages by language; the chosen language's `usage` answers a wrong command line. */
    messages: T;
    context: (vaultDir: string, m: T[Language], language: Language) => Ctx;
    /** Field codes listed under this heading and kept in the JSON error (`PrintOptions.detailsHeading`). */
    detailsHeading?: (m: T[Language]) => string;
  },
): Promise<number> {
  const language = languageFromEnv(io.env);
  const m = how.messages[language];
  let found: { spec: CommandSpec<O, Ctx>; operands: string[] } | null = null;
  let vault: string | undefined;
  let json = false;
  let values: OptionValues<O> = {};
  try {
    const parsed = parseCommandLine(argv, table.options);
    found = commandOf(table, parsed.positionals);
    const { vault: v, json: j, 'insecure-test-kdf': _kdf, ...rest } = parsed.values as Record<string, unknown>;
    vault = typeof v === 'string' ? v : undefined;
    json = j === true;
    values = Object.fromEntries(
      Object.entries(rest).filter(([, value]) => value !== undefined && value !== false),
    ) as OptionValues<O>;
  } catch {
    found = null;
  }
  const spec = found?.spec;
  const allowed = new Set<string>([...(spec?.required ?? []), ...(spec?.optional ?? [])]);
  if (
    !found ||
    !spec ||
    !vault ||
    (spec.words ? found.operands.length === 0 : found.operands.length !== (spec.file ? 1 : 0)) ||
    Object.keys(values).some((k) => !allowed.has(k)) ||
    spec.required.some((k) => values[k] === undefined)
  ) {
    io.stderr(m.usage);
    return EXIT.usage;
  }
  if (argv.includes('--insecure-test-kdf')) io.stderr(messagesFor(language).testKdfWarning);
  const context = how.context(resolve(vault), m, language);
  const { operands } = found;
  const file = spec.file ? operands[0] : undefined;
  const heading = how.detailsHeading ? { detailsHeading: how.detailsHeading(m) } : {};
  return printOutcome(io, { json, language, usage: m.usage, ...heading }, () =>
    spec.run({ ...context, values, file, operands }),
  );
}

/** Parses with `schema`; a failure is a VALIDATION error with the schema's field codes. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('VALIDATION', 'Invalid input', validationDetails(parsed.error.issues));
  return parsed.data;
}

/** Parses with a channel's input schema: the CLI refuses what the app refuses, with the same codes. */
export function contractInput<C extends Channel>(channel: C, value: unknown): z.output<(typeof contract)[C]['input']> {
  return parseInput(contract[channel].input, value) as z.output<(typeof contract)[C]['input']>;
}
