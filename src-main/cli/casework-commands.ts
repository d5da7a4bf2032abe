import type { Casework } from '../services/casework';
import type { Services } from '../services/create-services';
import { systemClock, type Clock } from '../services/clock';
import { AppError } from '../shared/errors';
import type { Language } from '../shared/schemas/vault';
import { stringOptions } from './args';
import { byCaseSchema } from '../shared/schemas/channel-parts';
import {
  contractInput as input,
  namesTableCommand,
  parseInput,
  runCommandTable,
  type CommandSpec,
  type CommandTable,
} from './command-table';
import type { CliIo } from './io';
import { UsageError } from './output';
import { withVault } from './vault-session';

/**
 * Casework for scripts (issue 14): a new case for an existing client, a hearing postponed, a
 * task done, and the case's power of attorney, notifications and stay requests. Input is checked
 * with the IPC contract's own schemas, so the CLI accepts exactly what the app accepts; the work
 * is done by the same services.
 */
const MESSAGES = {
  tr: {
    usage: [
      'Kullanım: emanet case add --vault KLASÖR --client KİMLİK --type TÜR [--opened YYYY-AA-GG] [--title BAŞLIK] [--rule KURAL --notified YYYY-AA-GG] [--json]',
      '          emanet hearing postpone --vault KLASÖR --id KİMLİK --to YYYY-AA-GGTSS:DD --reason GEREKÇE [--json]',
      '          emanet task done --vault KLASÖR --id KİMLİK [--json]',
      '          emanet poa add --vault KLASÖR --case KİMLİK --granted YYYY-AA-GG [--notary NOTER] [--journal-number NO] [--scope general|special] [--json]',
      '          emanet poa list --vault KLASÖR --case KİMLİK [--json]',
      '          emanet notification add --vault KLASÖR --case KİMLİK --subject KONU --recipient client|lawyer|other --method hand|post|e-notification [--served G] [--delivered G] [--opened G] [--rule KURAL] [--json]',
      '          emanet notification list --vault KLASÖR --case KİMLİK [--json]',
      '          emanet stay add --vault KLASÖR --case KİMLİK --requested YYYY-AA-GG [--decision pending|granted|partially-granted|rejected --decided G] [--json]',
      '          emanet stay list --vault KLASÖR --case KİMLİK [--json]',
    ].join('\n'),
    caseAdded: (id: string) => `Dosya açıldı: ${id}`,
    postponed: 'Duruşma ertelendi; eski tarih ve gerekçe kayıtta.',
    taskDone: 'Görev tamamlandı.',
    added: (id: string) => `Kaydedildi: ${id}`,
    none: 'Kayıt yok.',
    poaMissing: 'Bu dosyada vekâletname kaydı yok.',
  },
  en: {
    usage: [
      'Usage: emanet case add --vault DIR --client ID --type TYPE [--opened YYYY-MM-DD] [--title TITLE] [--rule RULE --notified YYYY-MM-DD] [--json]',
      '       emanet hearing postpone --vault DIR --id ID --to YYYY-MM-DDTHH:MM --reason REASON [--json]',
      '       emanet task done --vault DIR --id ID [--json]',
      '       emanet poa add --vault DIR --case ID --granted YYYY-MM-DD [--notary NOTARY] [--journal-number N] [--scope general|special] [--json]',
      '       emanet poa list --vault DIR --case ID [--json]',
      '       emanet notification add --vault DIR --case ID --subject WHAT --recipient client|lawyer|other --method hand|post|e-notification [--served D] [--delivered D] [--opened D] [--rule RULE] [--json]',
      '       emanet notification list --vault DIR --case ID [--json]',
      '       emanet stay add --vault DIR --case ID --requested YYYY-MM-DD [--decision pending|granted|partially-granted|rejected --decided D] [--json]',
      '       emanet stay list --vault DIR --case ID [--json]',
    ].join('\n'),
    caseAdded: (id: string) => `Case opened: ${id}`,
    postponed: 'Hearing postponed; the old date and the reason are kept.',
    taskDone: 'Task done.',
    added: (id: string) => `Saved: ${id}`,
    none: 'No records.',
    poaMissing: 'No power of attorney is recorded for this case.',
  },
} as const;

type Messages = (typeof MESSAGES)[Language];

const OPTIONS = stringOptions(
  'client',
  'case',
  'id',
  'type',
  'title',
  'opened',
  'rule',
  'notified',
  'to',
  'reason',
  'granted',
  'notary',
  'journal-number',
  'scope',
  'subject',
  'recipient',
  'method',
  'served',
  'delivered',
  'requested',
  'decision',
  'decided',
);

interface Ctx {
  m: Messages;
  clock: Clock;
  /** Runs with the casework services of the unlocked vault; always locks again. */
  withCasework: <T>(run: (casework: Casework, services: Services) => Promise<T>) => Promise<T>;
}

const today = (clock: Clock) => new Date(clock.now()).toLocaleDateString('sv-SE');

/** `<noun> list --case ID`: the case's records one line each (columns two spaces apart), or `empty`. */
function caseList<T>(
  list: (casework: Casework, caseId: string) => Promise<{ json: unknown; rows: readonly T[] }>,
  columns: (row: T) => string[],
  empty: (m: Messages) => string = (m) => m.none,
): CommandSpec<typeof OPTIONS, Ctx> {
  return {
    required: ['case'],
    optional: [],
    async run({ values, m, withCasework }) {
      const { caseId } = parseInput(byCaseSchema, { caseId: values.case });
      const { json, rows } = await withCasework((casework) => list(casework, caseId));
      const lines = rows.map((row) => columns(row).join('  '));
      return { json, text: lines.length ? lines.join('\n') : empty(m) };
    },
  };
}

const COMMANDS: Record<string, CommandSpec<typeof OPTIONS, Ctx>> = {
  'case add': {
    required: ['client', 'type'],
    optional: ['opened', 'title', 'rule', 'notified'],
    async run({ values, m, clock, withCasework }) {
      if ((values.rule === undefined) !== (values.notified === undefined)) throw new UsageError(m.usage);
      const parsed = input('cases:createForClient', {
        clientId: values.client,
        case: {
          type: values.type,
          status: 'active',
          openedOn: values.opened ?? today(clock),
          ...(values.title ? { title: values.title } : {}),
        },
        ...(values.rule && values.notified
          ? { firstDeadline: { ruleId: values.rule, start: { kind: 'notification', date: values.notified } } }
          : {}),
      });
      const created = await withCasework((casework, { deadlines }) => {
        if (parsed.firstDeadline?.start.kind === 'notification')
          deadlines.assertNotFuture(parsed.firstDeadline.start.date, 'notified');
        const { firstDeadline, ...rest } = parsed;
        return casework.createForClient({ ...rest, ...(firstDeadline ? { firstDeadline } : {}) });
      });
      return { json: created, text: m.caseAdded(created.caseId) };
    },
  },
  'hearing postpone': {
    required: ['id', 'to', 'reason'],
    optional: [],
    async run({ values, m, withCasework }) {
      const id = input('records:restore', { id: values.id }).id;
      const result = await withCasework(async (casework) => {
        const row = await currentVersion(casework, 'hearing', id);
        const parsed = input('hearings:postpone', { id, version: row, startsAt: values.to, reason: values.reason });
        return casework.hearings.postpone(parsed.id, parsed.version, parsed.startsAt, parsed.reason);
      });
      return { json: result, text: m.postponed };
    },
  },
  'task done': {
    required: ['id'],
    optional: [],
    async run({ values, m, withCasework }) {
      const id = input('records:restore', { id: values.id }).id;
      const result = await withCasework(async (casework, { casefile }) =>
        casefile.timeline.setTaskDone(id, await currentVersion(casework, 'task', id), true),
      );
      return { json: result, text: m.taskDone };
    },
  },
  'poa add': {
    required: ['case', 'granted'],
    optional: ['notary', 'journal-number', 'scope'],
    async run({ values, m, withCasework }) {
      const parsed = input('powerOfAttorney:add', {
        caseId: values.case,
        record: {
          grantedOn: values.granted,
          notary: values.notary,
          journalNumber: values['journal-number'],
          scope: values.scope ?? 'general',
        },
      });
      const created = await withCasework((casework) => casework.powerOfAttorney.add(parsed.caseId, parsed.record));
      return { json: created, text: m.added(created.id) };
    },
  },
  'poa list': caseList(
    async (casework, caseId) => {
      const listed = await casework.powerOfAttorney.list(caseId);
      return { json: listed, rows: listed.records };
    },
    (r) => [r.id, r.grantedOn, r.scope, r.notary ?? '-', r.journalNumber ?? '-'],
    (m) => m.poaMissing,
  ),
  'notification add': {
    required: ['case', 'subject', 'recipient', 'method'],
    optional: ['served', 'delivered', 'opened', 'rule'],
    async run({ values, m, withCasework }) {
      const { caseId, deadline, ...n } = input('notifications:add', {
        caseId: values.case,
        subject: values.subject,
        recipient: values.recipient,
        method: values.method,
        servedOn: values.served,
        deliveredOn: values.delivered,
        openedOn: values.opened,
        ...(values.rule ? { deadline: { ruleId: values.rule } } : {}),
      });
      const created = await withCasework((casework) => casework.notifications.add(caseId, n, deadline));
      return { json: created, text: m.added(created.id) };
    },
  },
  'notification list': caseList(
    async (casework, caseId) => {
      const notifications = await casework.notifications.list(caseId);
      return { json: { notifications }, rows: notifications };
    },
    (n) => [n.id, n.servedOn ?? n.deliveredOn ?? '', n.method, n.recipient, n.deadlineId ?? '-'],
  ),
  'stay add': {
    required: ['case', 'requested'],
    optional: ['decision', 'decided'],
    async run({ values, m, withCasework }) {
      const parsed = input('stays:add', {
        caseId: values.case,
        stay: { requestedOn: values.requested, decision: values.decision, decidedOn: values.decided },
      });
      const created = await withCasework((casework) => casework.stays.add(parsed.caseId, parsed.stay));
      return { json: created, text: m.added(created.id) };
    },
  },
  'stay list': caseList(
    async (casework, caseId) => {
      const stays = await casework.stays.list(caseId);
      return { json: { stays }, rows: stays };
    },
    (s) => [s.id, s.requestedOn, s.decision, s.decidedOn ?? '-'],
  ),
};

/** The version a script does not know: read right before the change (same transaction semantics as a fresh screen). */
async function currentVersion(casework: Casework, entity: 'hearing' | 'task', id: string): Promise<number> {
  const version = await casework.versionOf(entity, id);
  if (version === null) throw new AppError('NOT_FOUND', 'Not found');
  return version;
}

const TABLE: CommandTable<typeof OPTIONS, Ctx> = { options: OPTIONS, commands: COMMANDS };

/** For CLI_COMMANDS (and so the README check). */
export const CASEWORK_COMMAND_NAMES = Object.keys(COMMANDS);

/** Whether argv names a casework command; main.ts hands those over before the casefile's `case …`. */
export function isCaseworkCommand(argv: string[]): boolean {
  return namesTableCommand(TABLE, argv);
}

export function runCaseworkCommand(argv: string[], io: CliIo, clock: Clock = systemClock): Promise<number> {
  return runCommandTable(io, argv, TABLE, {
    messages: MESSAGES,
    context: (vaultDir, m) => ({
      m,
      clock,
      // One session helper for every command group: the passphrase reader, unlock, lock again.
      withCasework: (work) => withVault(io, vaultDir, (services) => work(services.casework, services), { clock }),
    }),
  });
}
