import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { KdfCost } from '../crypto/kdf';
import { AppError } from '../shared/errors';
import { EXIT, exitCodeFor } from './exit-codes';
import type { CliIo } from './io';
import { languageFromEnv, messagesFor } from './messages';
import {
  UsageError,
  vaultChangePassphrase,
  vaultCheck,
  vaultDbKey,
  vaultInit,
  type CommandContext,
  type CommandResult,
} from './vault-commands';

const COMMANDS: Record<string, (ctx: CommandContext) => Promise<CommandResult>> = {
  'vault init': vaultInit,
  'vault check': vaultCheck,
  'vault change-passphrase': vaultChangePassphrase,
  'vault db-key': vaultDbKey,
};

export const CLI_COMMANDS = Object.keys(COMMANDS);

/** Cheap Argon2id for automated tests only, behind a flag whose name says what it is. */
const INSECURE_TEST_KDF: KdfCost = { memoryKiB: 8192, iterations: 1, parallelism: 1 };

const argsSchema = z.object({
  command: z.string(),
  vault: z.string().min(1),
  json: z.boolean(),
  insecureTestKdf: z.boolean(),
});

/** Runs one CLI invocation and returns its exit code; it never calls process.exit itself. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const messages = messagesFor(languageFromEnv(io.env));
  let parsed: z.infer<typeof argsSchema>;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        vault: { type: 'string' },
        json: { type: 'boolean', default: false },
        'insecure-test-kdf': { type: 'boolean', default: false },
      },
    });
    parsed = argsSchema.parse({
      command: positionals.join(' '),
      vault: values.vault,
      json: values.json,
      insecureTestKdf: values['insecure-test-kdf'],
    });
  } catch {
    io.stderr(messages.usage);
    return EXIT.usage;
  }
  const command = COMMANDS[parsed.command];
  if (!command) {
    io.stderr(messages.usage);
    return EXIT.usage;
  }
  if (parsed.insecureTestKdf) io.stderr(messages.testKdfWarning);

  const ctx: CommandContext = {
    io,
    messages,
    vaultDir: resolve(parsed.vault),
    json: parsed.json,
    ...(parsed.insecureTestKdf ? { kdfCost: INSECURE_TEST_KDF } : {}),
  };
  try {
    const result = await command(ctx);
    if (parsed.json) io.stdout(JSON.stringify(result.json));
    else if (result.text) io.stdout(result.text);
    return result.exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(error.message);
      return EXIT.usage;
    }
    const code = error instanceof AppError ? error.code : 'INTERNAL';
    const details = error instanceof AppError && error.details ? ` (${error.details.join(', ')})` : '';
    const message = messages.errors[code];
    io.stderr(message + details);
    if (parsed.json) io.stdout(JSON.stringify({ error: { code, message } }));
    return exitCodeFor(code);
  }
}
