import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Options every vault command takes: the vault folder, JSON output, and the test-only cheap KDF
 * (acted on by `vault init`; accepted and ignored elsewhere, so scripts can pass it to every
 * command alike: unlocking reads the KDF parameters from the key file).
 */
const COMMON_OPTIONS = {
  vault: { type: 'string' },
  json: { type: 'boolean', default: false },
  'insecure-test-kdf': { type: 'boolean', default: false },
} as const;

type Options = NonNullable<ParseArgsConfig['options']>;

/** Strict parsing of a command line with positionals: the common options plus the command's own. */
export function parseCommandLine<O extends Options>(argv: string[], options: O) {
  return parseArgs({ args: argv, allowPositionals: true, strict: true, options: { ...COMMON_OPTIONS, ...options } });
}

/** The positionals of a command line, its options not judged: enough to route it to its command group. */
export function positionalsOf<O extends Options>(argv: string[], options: O): string[] {
  return parseArgs({ args: argv, allowPositionals: true, strict: false, options: { ...COMMON_OPTIONS, ...options } })
    .positionals;
}

/** Options that each take one string (`--case ID`), by name. */
export function stringOptions<K extends string>(...names: K[]): Record<K, { type: 'string' }> {
  return Object.fromEntries(names.map((name) => [name, { type: 'string' }])) as Record<K, { type: 'string' }>;
}
