import { compute } from '../domain/deadlines/compute';
import { DeadlineInputError } from '../domain/deadlines/errors';
import { explainResult, explainStep, explainSteps, explainWarning } from '../domain/deadlines/explain';
import { dayAndDate } from '../domain/deadlines/words';
import { type DeadlineData, DeadlineDataError, loadDeadlineData } from '../services/deadline-data';
import type { DeadlineRule, DeadlineStart, Period } from '../shared/schemas/deadlines';
import type { AppErrorShape } from '../shared/errors';
import type { Language } from '../shared/schemas/vault';
import { deadlineMessagesFor, type DeadlineMessages } from './deadline-messages';
import { EXIT } from './exit-codes';
import type { CliIo } from './io';
import { languageFromEnv } from './messages';

/** The options main.ts parses for the `deadline` commands; none of them needs a vault. */
export interface DeadlineArgs {
  json: boolean;
  rule?: string | undefined;
  notified?: string | undefined;
  etebligatDelivered?: string | undefined;
  opened?: string | undefined;
}

export interface DeadlineCommandResult {
  exitCode: number;
  /** The one JSON document printed with --json (also on errors other than usage errors). */
  json?: unknown;
  text?: string;
  /** Printed on stderr. */
  error?: string;
}

/** `load` defaults to the shipped data files; tests pass a loader over deliberately broken data. */
export type DeadlineDataLoader = () => DeadlineData;

type DeadlineCommand = (args: DeadlineArgs, language: Language, load?: DeadlineDataLoader) => DeadlineCommandResult;

function usage(m: DeadlineMessages): DeadlineCommandResult {
  return { exitCode: EXIT.usage, error: m.usage };
}

/** Input errors exit 4 (EXIT.invalid) with the same { error } envelope as the other commands. */
function invalid(message: string, details: string[]): DeadlineCommandResult {
  const error: AppErrorShape = { code: 'VALIDATION', message, details };
  return { exitCode: EXIT.invalid, json: { error }, error: message };
}

function withData(
  m: DeadlineMessages,
  load: DeadlineDataLoader = loadDeadlineData,
  run: (data: DeadlineData) => DeadlineCommandResult,
): DeadlineCommandResult {
  let data: DeadlineData;
  try {
    data = load();
  } catch (error) {
    if (!(error instanceof DeadlineDataError)) throw error;
    const message = `${m.dataInvalid}\n${error.message}`;
    const shape: AppErrorShape = { code: 'INTEGRITY', message: m.dataInvalid };
    return { exitCode: EXIT.integrity, json: { error: shape }, error: message };
  }
  return run(data);
}

function periodText(period: Period | null, m: DeadlineMessages): string {
  return period ? `${period.amount} ${period.unit === 'days' ? m.days : m.months}` : m.noLimit;
}

const basisOf = (rule: DeadlineRule, language: Language) => (language === 'tr' ? rule.legalBasisTr : rule.legalBasisEn);

export const deadlineRules: DeadlineCommand = (_args, language, load) => {
  const m = deadlineMessagesFor(language);
  return withData(m, load, ({ rules }) => ({
    exitCode: EXIT.ok,
    json: {
      rules: rules.map((r) => ({
        id: r.id,
        nameTr: r.nameTr,
        nameEn: r.nameEn,
        basis: basisOf(r, language),
        confidence: r.confidence,
        period: r.period,
      })),
    },
    text: rules
      .map(
        (r) =>
          `${r.id.padEnd(24)} ${periodText(r.period, m).padEnd(10)} ${r.confidence}  ${language === 'tr' ? r.nameTr : r.nameEn} — ${basisOf(r, language)}`,
      )
      .join('\n'),
  }));
};

/** Exactly one start: a notification date, or an e-notification delivery (and maybe opening) date. */
function startFrom(args: DeadlineArgs): DeadlineStart | null {
  if (args.notified !== undefined) {
    if (args.etebligatDelivered !== undefined || args.opened !== undefined) return null;
    return { kind: 'notification', date: args.notified };
  }
  if (args.etebligatDelivered === undefined) return null;
  return args.opened === undefined
    ? { kind: 'e-notification', deliveredOn: args.etebligatDelivered }
    : { kind: 'e-notification', deliveredOn: args.etebligatDelivered, openedOn: args.opened };
}

const OPTION_OF_FIELD: Record<string, keyof DeadlineArgs> = {
  date: 'notified',
  deliveredOn: 'etebligatDelivered',
  openedOn: 'opened',
};
const FLAG_OF_OPTION: Partial<Record<keyof DeadlineArgs, string>> = {
  notified: '--notified',
  etebligatDelivered: '--etebligat-delivered',
  opened: '--opened',
};

export const deadlineCompute: DeadlineCommand = (args, language, load) => {
  const m = deadlineMessagesFor(language);
  const start = startFrom(args);
  if (args.rule === undefined || args.rule === '' || start === null) return usage(m);
  const ruleId = args.rule;
  return withData(m, load, ({ ruleById, calendar }) => {
    const rule = ruleById(ruleId);
    if (!rule) return invalid(m.unknownRule(ruleId), ['--rule']);
    try {
      const result = compute(rule, start, { calendar });
      const steps = result.steps.map((step) => ({ ...step, text: explainStep(step, language) }));
      const warnings = result.warnings.map((warning) => ({ ...warning, text: explainWarning(warning, language) }));
      const basis = basisOf(rule, language);
      const lines = [
        `${language === 'tr' ? rule.nameTr : rule.nameEn} (${rule.id})`,
        `${m.due}: ${dayAndDate(result.due, language)}`,
        `${m.basis}: ${basis}`,
        `${m.confidence}: ${rule.confidence}`,
        `${m.steps}:`,
        ...explainSteps(result.steps, language).map((s) => `  - ${s}`),
        ...(warnings.length > 0 ? [`${m.warnings}:`, ...warnings.map((w) => `  ! ${w.text}`)] : []),
      ];
      return {
        exitCode: EXIT.ok,
        json: {
          rule: rule.id,
          due: result.due,
          basis,
          confidence: result.confidence,
          warnings,
          steps,
          explanation: explainResult(result, language),
        },
        text: lines.join('\n'),
      };
    } catch (error) {
      if (!(error instanceof DeadlineInputError)) throw error;
      if (error.code === 'noPeriod') return invalid(m.noPeriod(rule.id), ['--rule']);
      if (error.code === 'openedBeforeDelivery') return invalid(m.openedBeforeDelivery, ['--opened']);
      const option = OPTION_OF_FIELD[error.field ?? ''] ?? 'notified';
      const flag = FLAG_OF_OPTION[option] ?? '--notified';
      return invalid(m.invalidDate(flag, String(args[option])), [flag]);
    }
  });
};

export const DEADLINE_COMMANDS: Record<string, DeadlineCommand> = {
  'deadline rules': deadlineRules,
  'deadline compute': deadlineCompute,
};

export const DEADLINE_COMMAND_NAMES = Object.keys(DEADLINE_COMMANDS);

export function isDeadlineCommand(command: string): boolean {
  return Object.hasOwn(DEADLINE_COMMANDS, command);
}

/**
 * Runs one `deadline` command and prints its output: with --json exactly one JSON document on
 * stdout (none for usage errors, as for the other commands); messages on stderr. Returns the
 * exit code.
 */
export function runDeadlineCommand(command: string, args: DeadlineArgs, io: CliIo, load?: DeadlineDataLoader): number {
  const language = languageFromEnv(io.env);
  const run = DEADLINE_COMMANDS[command];
  const result = run ? run(args, language, load) : usage(deadlineMessagesFor(language));
  if (result.error !== undefined) io.stderr(result.error);
  if (args.json && result.json !== undefined) io.stdout(JSON.stringify(result.json));
  else if (!args.json && result.text !== undefined) io.stdout(result.text);
  return result.exitCode;
}
