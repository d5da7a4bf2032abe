import {
  compute,
  dayAndDate,
  DeadlineInputError,
  explainResult,
  explainStep,
  explainSteps,
  explainWarning,
} from '../services/deadlines/calculator';
import { type DeadlineData, DeadlineDataError, loadDeadlineData } from '../services/deadline-data';
import {
  caseTypeSchema,
  type Confidence,
  type DeadlineRule,
  type DeadlineStart,
  type Period,
  recessChoiceSchema,
} from '../shared/schemas/deadlines';
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
  /** Detention maximums: the day detention actually began (day one). */
  detentionStarted?: string | undefined;
  /** With --detention-started: only the written order's date is known. */
  orderDateOnly?: boolean | undefined;
  /** Whether the court takes the judicial recess: taken | not-taken | unsure (default). */
  recess?: string | undefined;
  /** The case type, so a remedy that does not exist for it (istinaf after a final judgment) is refused. */
  caseType?: string | undefined;
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

/** "doğrulandı / muhtemel / belirsiz": words, never the letter codes a lawyer could misread. */
const confidenceWord = (confidence: Confidence, m: DeadlineMessages) => m.confidenceWords[confidence];

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
          `${r.id.padEnd(24)} ${periodText(r.period, m).padEnd(10)} ${language === 'tr' ? r.nameTr : r.nameEn} — ${basisOf(r, language)} (${m.basis.toLocaleLowerCase(language)}: ${confidenceWord(r.confidence, m)})`,
      )
      .join('\n'),
  }));
};

/**
 * Exactly one start: a notification date, an e-notification delivery (and maybe opening) date,
 * or the day detention began.
 */
function startFrom(args: DeadlineArgs): DeadlineStart | null {
  const given = [args.notified, args.etebligatDelivered, args.detentionStarted].filter((v) => v !== undefined);
  if (given.length !== 1) return null;
  if (args.orderDateOnly && args.detentionStarted === undefined) return null;
  if (args.detentionStarted !== undefined) {
    if (args.opened !== undefined) return null;
    return args.orderDateOnly
      ? { kind: 'detention', startedOn: args.detentionStarted, orderDateOnly: true }
      : { kind: 'detention', startedOn: args.detentionStarted };
  }
  if (args.notified !== undefined) {
    if (args.opened !== undefined) return null;
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
  startedOn: 'detentionStarted',
};
const FLAG_OF_OPTION: Partial<Record<keyof DeadlineArgs, string>> = {
  notified: '--notified',
  etebligatDelivered: '--etebligat-delivered',
  opened: '--opened',
  detentionStarted: '--detention-started',
};

export const deadlineCompute: DeadlineCommand = (args, language, load) => {
  const m = deadlineMessagesFor(language);
  const start = startFrom(args);
  const recess = recessChoiceSchema.safeParse(args.recess ?? 'unsure');
  if (args.rule === undefined || args.rule === '' || start === null || !recess.success) return usage(m);
  const ruleId = args.rule;
  return withData(m, load, ({ ruleById, calendar }) => {
    const rule = ruleById(ruleId);
    if (!rule) return invalid(m.unknownRule(ruleId), ['--rule']);
    const caseType = args.caseType === undefined ? undefined : caseTypeSchema.safeParse(args.caseType);
    if (caseType && !caseType.success) return invalid(m.unknownCaseType(String(args.caseType)), ['--case-type']);
    try {
      const result = compute(rule, start, { calendar, recess: recess.data, caseType: caseType?.data });
      const steps = result.steps.map((step) => ({ ...step, text: explainStep(step, language) }));
      const warnings = result.warnings.map((warning) => ({ ...warning, text: explainWarning(warning, language) }));
      const basis = basisOf(rule, language);
      const lines = [
        `${language === 'tr' ? rule.nameTr : rule.nameEn} (${rule.id})`,
        `${m.due}: ${dayAndDate(result.due, language)}`,
        `${m.basis}: ${basis} (${confidenceWord(rule.confidence, m)})`,
        `${m.steps}:`,
        ...explainSteps(result.steps, language).map((s) => `  - ${s}`),
        ...(warnings.length > 0 ? [`${m.warnings}:`, ...warnings.map((w) => `  ! ${w.text}`)] : []),
      ];
      return {
        exitCode: EXIT.ok,
        json: {
          rule: rule.id,
          due: result.due,
          recess: result.recess,
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
      if (error.code === 'startKindMismatch') {
        const detention = rule.startsFrom === 'detention-start';
        return invalid(m.startKindMismatch(rule.id, detention), [detention ? '--detention-started' : '--notified']);
      }
      if (error.code === 'unavailableForCaseType') {
        const basis = rule.unavailableFor.find((u) => u.caseType === args.caseType);
        const why = basis ? (language === 'tr' ? basis.basisTr : basis.basisEn) : '';
        return invalid(m.unavailableForCaseType(rule.id, String(args.caseType), why), ['--case-type']);
      }
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
