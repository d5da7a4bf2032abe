import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Casefile, ConflictCandidate } from '../services/casefile';
import { candidateOf } from '../services/casefile/client-candidate';
import { systemClock, type Clock } from '../services/clock';
import type { Services } from '../services/create-services';
import { writeIcsFile } from '../services/deadlines/agenda-ics';
import { AppError } from '../shared/errors';
import type { IdentityKind } from '../shared/identity-numbers';
import { dateSchema } from '../shared/schemas/casefile-common';
import { clientImportSchema } from '../shared/schemas/clients';
import { stringOptions } from './args';
import { CASEFILE_MESSAGES, type CasefileMessages } from './casefile-messages';
import { namesTableNoun, parseInput, runCommandTable, type CommandSpec, type CommandTable } from './command-table';
import type { CliIo } from './io';
import type { Language } from '../shared/schemas/vault';
import { UsageError, type Outcome } from './output';
import { servicesFor, withVault } from './vault-session';

/**
 * The casefile commands: import a client, list clients and cases, search, check conflicts, and
 * build the demo vault, on the shared command table (a file, a name, a free-text query as
 * options and operands). They unlock like the vault commands (EMANET_PASSPHRASE or a hidden
 * prompt) and run the same casefile services as the app, so the CLI can never accept what the
 * UI would refuse.
 */

const OPTIONS = {
  ...stringOptions('json-file', 'name', 'dob', 'id-number', 'clients', 'days', 'ics'),
  /** `agenda --ics FILE --with-file-numbers`: the opt-in to court file numbers in the calendar. */
  'with-file-numbers': { type: 'boolean', default: false },
} as const;

interface Ctx {
  io: CliIo;
  cm: CasefileMessages;
  language: Language;
  clock: Clock;
  vaultDir: string;
}

type Spec = CommandSpec<typeof OPTIONS, Ctx>;
type Run = Parameters<Spec['run']>[0];

/** A file of one client is a few kilobytes; anything near this is not what the lawyer meant. */
const MAX_IMPORT_BYTES = 1024 * 1024;
const PAGE = 500;
const SEARCH_LIMIT = 50;
const MAX_DEMO_CLIENTS = 10_000;

const today = (clock: Clock) => new Date(clock.now()).toLocaleDateString('sv-SE');
const invalid = (details: string[]) => new AppError('VALIDATION', 'Invalid input', details);

async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    const handle = await open(path, 'r');
    try {
      // Checked before reading, so a wrong path (a disk image, a log) is not pulled into memory.
      if ((await handle.stat()).size > MAX_IMPORT_BYTES) throw invalid(['jsonFile:file.tooLarge']);
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid(['jsonFile:file.unreadable']);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    throw invalid(['jsonFile:json.invalid']);
  }
}

/** Unlocks, hands the casefile services over, and always locks again (which drops the conflict index). */
function withCasefile<T>(ctx: Run, run: (casefile: Casefile, services: Services) => Promise<T>): Promise<T> {
  return withVault(ctx.io, ctx.vaultDir, (s) => run(s.casefile, s), { clock: ctx.clock });
}

async function clientAdd(ctx: Run): Promise<Outcome> {
  const raw = await readJsonFile(ctx.values['json-file'] ?? '');
  // Validated before unlocking: bad input never needs the passphrase and never reaches the vault.
  const client = parseInput(clientImportSchema(today(ctx.clock)), raw);
  const { id, matches } = await withCasefile(ctx, async (casefile) => {
    const created = await casefile.clients.create(client);
    return { id: created.id, matches: await casefile.conflicts.check(candidateOf(client), created.id) };
  });
  const stderr = matches.length > 0 ? [ctx.cm.possibleConflicts(matches.length)] : [];
  return { json: { id }, text: ctx.cm.clientAdded(id), stderr };
}

/** Pages through a list service until it is exhausted: the CLI prints everything. */
async function allPages<T>(page: (offset: number) => Promise<{ rows: T[] }>): Promise<T[]> {
  const out: T[] = [];
  for (;;) {
    const { rows } = await page(out.length);
    out.push(...rows);
    if (rows.length < PAGE) return out;
  }
}

async function clientList(ctx: Run): Promise<Outcome> {
  const clients = await withCasefile(ctx, (casefile) =>
    allPages((offset) => casefile.clients.list({ sort: 'name', offset, limit: PAGE })),
  );
  const lines = clients.map((c) =>
    [
      c.id,
      [c.givenName, c.familyName].filter(Boolean).join(' '),
      c.nationality ?? '-',
      `${c.openCases}/${c.totalCases}`,
    ].join('  '),
  );
  return { json: { clients }, text: lines.length ? lines.join('\n') : ctx.cm.noClients };
}

async function caseList(ctx: Run): Promise<Outcome> {
  const cases = await withCasefile(ctx, (casefile) =>
    allPages((offset) => casefile.cases.list({ offset, limit: PAGE })),
  );
  const lines = cases.map((c) =>
    [c.id, c.openedOn, c.status, c.type, c.title ?? '', c.clients.map((x) => x.name).join(', ')].join('  '),
  );
  return { json: { cases }, text: lines.length ? lines.join('\n') : ctx.cm.noCases };
}

async function search(ctx: Run): Promise<Outcome> {
  const query = ctx.operands.join(' ');
  if (query.length > 200) throw invalid(['query:text.tooLong']);
  const found = await withCasefile(ctx, async (casefile) => casefile.search(query, SEARCH_LIMIT));
  // Plain text: the segments' `hit` marks are for the UI's highlighting, never markup.
  const results = found.map((r) => ({
    kind: r.kind,
    id: r.id,
    caseId: r.caseId,
    title: r.title,
    snippet: r.snippet.map((s) => s.text).join(''),
  }));
  const lines = results.map((r) => `${r.kind.padEnd(8)} ${r.title} — ${r.snippet}`);
  return { json: { results }, text: lines.length ? lines.join('\n') : ctx.cm.noResults };
}

/** The kind an ID number typed at the command line most likely is. */
export function identityKindOf(value: string): IdentityKind {
  const digits = value.replace(/[\s.\-_/]/g, '');
  if (/^99\d{9}$/.test(digits)) return 'foreign-id';
  if (/^\d{11}$/.test(digits)) return 'turkish-id';
  return 'passport';
}

async function conflicts(ctx: Run): Promise<Outcome> {
  const name = (ctx.values.name ?? '').trim();
  const dob = ctx.values.dob?.trim();
  const idNumber = ctx.values['id-number']?.trim();
  const problems: string[] = [];
  if (name === '' || name.length > 200) problems.push('name:text.required');
  if (dob !== undefined && !/^\d{4}$/.test(dob) && !dateSchema.safeParse(dob).success)
    problems.push('dob:date.invalid');
  if (idNumber !== undefined && (idNumber === '' || idNumber.length > 100))
    problems.push('idNumber:identity.badFormat');
  if (problems.length) throw invalid(problems);
  const candidate: ConflictCandidate = {
    givenName: name,
    ...(dob ? { dateOfBirth: dob } : {}),
    identityNumbers: idNumber ? [{ kind: identityKindOf(idNumber), value: idNumber }] : [],
  };
  const found = await withCasefile(ctx, (casefile) => casefile.conflicts.check(candidate));
  const matches = found.map((m) => ({
    id: m.id,
    kind: m.kind,
    name: m.name,
    matchedName: m.matchedName,
    score: m.score,
    reasons: m.reasons,
    nameReasons: m.nameReasons,
  }));
  const lines = matches.map(
    (m) => `${m.score.toFixed(2)}  ${m.name}  (${[...m.reasons, ...m.nameReasons].join(', ')})`,
  );
  return { json: { matches }, text: lines.length ? lines.join('\n') : ctx.cm.noMatches };
}

async function demoCreate(ctx: Run): Promise<Outcome> {
  const raw = ctx.values.clients ?? '';
  const n = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= MAX_DEMO_CLIENTS)) throw invalid(['clients:demo.clientsOutOfRange']);
  const { vault, fillDemo } = servicesFor(ctx.vaultDir, { clock: ctx.clock });
  await vault.createDemo();
  try {
    // Same as the app's "Explore the demo vault": people, cases, deadlines and hearings.
    const summary = await fillDemo(n);
    await vault.lock();
    return { json: { vault: ctx.vaultDir, ...summary }, text: ctx.cm.demoCreated(summary) };
  } catch (error) {
    // A half-filled demo is no use to anyone; remove it so the command can simply be rerun.
    await vault.discardDemo().catch(() => undefined);
    throw error;
  }
}

/**
 * `agenda --ics FILE`: the open deadlines, internal targets, reviews and hearings as an
 * iCalendar file for a phone calendar, with neutral titles (file numbers only when asked for).
 */
async function agendaIcsFile(ctx: Run, file: string): Promise<Outcome> {
  const ics = await withCasefile(ctx, (_casefile, s) =>
    s.agendaIcs({ withFileNumbers: ctx.values['with-file-numbers'] ?? false, language: ctx.language }),
  );
  const target = resolve(file);
  await writeIcsFile(target, ics);
  return { json: { file: target, events: ics.events }, text: ctx.cm.icsWritten(ics.events, target) };
}

/** `agenda`: what is overdue and coming, as on the app's home screen (deadlines, hearings, tasks). */
async function agenda(ctx: Run): Promise<Outcome> {
  if (ctx.values.ics !== undefined) {
    if (ctx.values.days !== undefined) throw new UsageError(ctx.cm.usage);
    return agendaIcsFile(ctx, ctx.values.ics);
  }
  if (ctx.values['with-file-numbers']) throw new UsageError(ctx.cm.usage);
  const raw = ctx.values.days ?? '30';
  const days = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  if (!(days >= 1 && days <= 366)) throw invalid(['days:agenda.daysOutOfRange']);
  const result = await withCasefile(ctx, (_casefile, s) => s.agenda(days));
  // No client names in the plain-text form either: it is what ends up in terminals and scripts.
  const lines = result.items.map(
    (i) =>
      `${i.date}${i.time ? ` ${i.time}` : ''}  ${i.bucket.padEnd(7)}  ${i.kind.padEnd(8)}  ${i.title ?? i.ruleName?.[ctx.language] ?? ''}  [${i.caseId}]`,
  );
  return { json: result, text: lines.join('\n') };
}

const COMMANDS: Record<string, Spec> = {
  agenda: { required: [], optional: ['days', 'ics', 'with-file-numbers'], run: agenda },
  'client add': { required: ['json-file'], optional: [], run: clientAdd },
  'client list': { required: [], optional: [], run: clientList },
  'case list': { required: [], optional: [], run: caseList },
  search: { required: [], optional: [], words: true, run: search },
  conflicts: { required: ['name'], optional: ['dob', 'id-number'], run: conflicts },
  'demo create': { required: ['clients'], optional: [], run: demoCreate },
};

const TABLE: CommandTable<typeof OPTIONS, Ctx> = { options: OPTIONS, commands: COMMANDS };

export const CASEFILE_COMMAND_NAMES = Object.keys(COMMANDS);

/**
 * Whether argv names a casefile noun (`client`, `case`, `search`, …); main.ts hands those over
 * before its own parsing, so a wrong verb gets the casefile usage.
 */
export function isCasefileInvocation(argv: string[]): boolean {
  return namesTableNoun(TABLE, argv);
}

/** Runs one casefile command and prints its output; returns the exit code (README). */
export function runCasefileCli(argv: string[], io: CliIo, clock: Clock = systemClock): Promise<number> {
  return runCommandTable(io, argv, TABLE, {
    messages: CASEFILE_MESSAGES,
    // Scripts read the field codes of a refused input from the JSON error's `details`.
    detailsHeading: (cm) => cm.invalidInput,
    context: (vaultDir, cm, language) => ({ io, cm, language, clock, vaultDir }),
  });
}
