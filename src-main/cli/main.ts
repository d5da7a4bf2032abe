import { HANDOVER_COMMAND_NAMES, isHandoverCommand, runHandoverCommand } from './handover-commands';
import { resolve } from 'node:path';
import { parseCommandLine } from './args';
import { z } from 'zod';
import type { KdfCost } from '../services/create-services';
import { BACKUP_COMMAND_NAMES, isBackupCommand, runBackupCommand } from './backup-commands';
import { CASEFILE_COMMAND_NAMES, isCasefileInvocation, runCasefileCli } from './casefile-commands';
import { CLIENT_EXPORT_COMMAND_NAMES, isClientExportCommand, runClientExportCommand } from './client-export-commands';
import { CASEWORK_COMMAND_NAMES, isCaseworkCommand, runCaseworkCommand } from './casework-commands';
import { GUIDE_COMMAND_NAMES, isGuideCommand, runGuideCommand } from './guide-commands';
import { DEADLINE_COMMAND_NAMES, isDeadlineCommand, runDeadlineCommand } from './deadline-commands';
import { DOCUMENT_COMMAND_NAMES, isDocumentCommand, runDocumentCommand } from './document-commands';
import { isReportCommand, REPORT_COMMAND_NAMES, runReportCommand } from './report-commands';
import { EXIT } from './exit-codes';
import { IMPORT_COMMAND_NAMES, isImportCommand, runImportCommand } from './import-commands';
import type { CliIo } from './io';
import { languageFromEnv, messagesFor } from './messages';
import { printOutcome } from './output';
import {
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

export const CLI_COMMANDS = [
  ...Object.keys(COMMANDS),
  ...DEADLINE_COMMAND_NAMES,
  ...CASEFILE_COMMAND_NAMES,
  ...CASEWORK_COMMAND_NAMES,
  ...DOCUMENT_COMMAND_NAMES,
  ...BACKUP_COMMAND_NAMES,
  ...REPORT_COMMAND_NAMES,
  ...IMPORT_COMMAND_NAMES,
  ...HANDOVER_COMMAND_NAMES,
  ...CLIENT_EXPORT_COMMAND_NAMES,
  ...GUIDE_COMMAND_NAMES,
];

/** Cheap Argon2id for automated tests only, behind a flag whose name says what it is. */
const INSECURE_TEST_KDF: KdfCost = { memoryKiB: 8192, iterations: 1, parallelism: 1 };

const argsSchema = z.object({
  command: z.string(),
  // Required by the vault commands only (checked below); the deadline commands need no vault.
  vault: z.string().min(1).optional(),
  json: z.boolean(),
  insecureTestKdf: z.boolean(),
  rule: z.string().optional(),
  notified: z.string().optional(),
  etebligatDelivered: z.string().optional(),
  opened: z.string().optional(),
  detentionStarted: z.string().optional(),
  orderDateOnly: z.boolean(),
  recess: z.string().optional(),
  caseType: z.string().optional(),
});

/** Runs one CLI invocation and returns its exit code; it never calls process.exit itself. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // `doc …` has options of its own (--case, --title, --out, --force): it parses them itself.
  if (isDocumentCommand(argv)) return runDocumentCommand(argv, io);
  // `import clients FILE` (issue 17): its own options (--mapping, --dry-run).
  if (isImportCommand(argv)) return runImportCommand(argv, io);
  // `handover …`, `case handover` and `case receive` (issue 17): before the other `case …` commands.
  if (isHandoverCommand(argv)) return runHandoverCommand(argv, io);
  // `client export` (issue 17): before the casefile's `client add` / `client list`.
  if (isClientExportCommand(argv)) return runClientExportCommand(argv, io);
  // `org …` and `report …` (anonymized reports) parse their own options too.
  if (isReportCommand(argv)) return runReportCommand(argv, io);
  // The volunteer's guide (issue 16): `playbook …`, `petition draft`, `client-note make`.
  if (isGuideCommand(argv)) return runGuideCommand(argv, io);
  // Casework for scripts (`case add`, `hearing postpone`, `task done`, `poa`, `notification`,
  // `stay`): checked before the casefile's `case list`.
  if (isCaseworkCommand(argv)) return runCaseworkCommand(argv, io);
  // `backup …` and `case purge` parse their own options; checked before the casefile `case …`.
  if (isBackupCommand(argv)) return runBackupCommand(argv, io);
  // The casefile commands take their own options (a file, a name, a free-text query).
  if (isCasefileInvocation(argv)) return runCasefileCli(argv, io);
  const messages = messagesFor(languageFromEnv(io.env));
  let parsed: z.infer<typeof argsSchema>;
  try {
    const { values, positionals } = parseCommandLine(argv, {
      rule: { type: 'string' },
      notified: { type: 'string' },
      'etebligat-delivered': { type: 'string' },
      opened: { type: 'string' },
      'detention-started': { type: 'string' },
      'order-date-only': { type: 'boolean', default: false },
      recess: { type: 'string' },
      'case-type': { type: 'string' },
    });
    parsed = argsSchema.parse({
      command: positionals.join(' '),
      vault: values.vault,
      json: values.json,
      insecureTestKdf: values['insecure-test-kdf'],
      rule: values.rule,
      notified: values.notified,
      etebligatDelivered: values['etebligat-delivered'],
      opened: values.opened,
      detentionStarted: values['detention-started'],
      orderDateOnly: values['order-date-only'],
      recess: values.recess,
      caseType: values['case-type'],
    });
  } catch {
    io.stderr(messages.usage);
    return EXIT.usage;
  }
  if (isDeadlineCommand(parsed.command)) {
    const { command: _command, vault: _vault, insecureTestKdf: _kdf, ...deadlineArgs } = parsed;
    return runDeadlineCommand(parsed.command, deadlineArgs, io);
  }
  const command = COMMANDS[parsed.command];
  const deadlineOnly = [
    parsed.rule,
    parsed.notified,
    parsed.etebligatDelivered,
    parsed.opened,
    parsed.detentionStarted,
    parsed.recess,
    parsed.caseType,
  ];
  if (!command || parsed.vault === undefined || parsed.orderDateOnly || deadlineOnly.some((v) => v !== undefined)) {
    io.stderr(messages.usage);
    return EXIT.usage;
  }
  // A cheap KDF is for a NEW test vault only: on an existing vault it would be a downgrade.
  if (parsed.insecureTestKdf && parsed.command !== 'vault init') {
    io.stderr(messages.testKdfOnlyInit);
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
  return printOutcome(io, { json: parsed.json, language: languageFromEnv(io.env), usage: messages.usage }, () =>
    command(ctx),
  );
}
