import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Casefile, ConflictCandidate } from '../services/casefile';
import { candidateOf } from '../services/casefile/client-candidate';
import { systemClock, type Clock } from '../services/clock';
import type { Services } from '../services/create-services';
import { writeIcsFile } from '../services/deadlines/agenda-ics';
import { AppError, type AppErrorShape } from '../shared/errors';
import type { IdentityKind } from '../shared/identity-numbers';
import { dateSchema } from '../shared/schemas/casefile-common';
import { clientImportSchema } from '../shared/schemas/clients';
import { validationDetails } from '../shared/validation-details';
import { casefileMessagesFor, type CasefileMessages } from './casefile-messages';
import { EXIT, exitCodeFor } from './exit-codes';
import type { CliIo } from './io';
import { languageFromEnv, messagesFor, type CliMessages } from './messages';
import { UsageError } from './output';
import type { CommandResult } from './vault-commands';
import { servicesFor, withVault } from './vault-session';

/**
 * The casefile commands: import a client, list clients and cases, search, check conflicts, and
 * build the demo vault. They parse their own options (a file, a name, a free-text query), unlock
 * like the vault commands (EMANET_PASSPHRASE or a hidden prompt) and run the same casefile
 * services as the app, so the CLI can never accept what the UI would refuse.
 */

const OPTIONS = {
  vault: { type: 'string' },
  json: { type: 'boolean', default: false },
  'insecure-test-kdf': { type: 'boolean', default: false },
  'json-file': { type: 'string' },
  name: { type: 'string' },
  dob: { type: 'string' },
  'id-number': { type: 'string' },
  clients: { type: 'string' },
  days: { type: 'string' },
  ics: { type: 'string' },
  'with-file-numbers': { type: 'boolean', default: false },
} as const;

type Option = 'json-file' | 'name' | 'dob' | 'id-number' | 'clients' | 'days' | 'ics';

interface Args {
  vaultDir: string;
  json: boolean;
  options: Partial<Record<Option, string>>;
  /** `agenda --ics FILE --with-file-numbers`: the opt-in to court file numbers in the calendar. */
  withFileNumbers: boolean;
  /** The words after the command: only `search` takes any (the query). */
  operands: string[];
}

interface Ctx extends Args {
  io: CliIo;
  m: CliMessages;
  cm: CasefileMessages;
  clock: Clock;
}

interface Spec {
  required: Option[];
  optional: Option[];
  takesQuery: boolean;
  run: (ctx: Ctx) => Promise<CommandResult>;
}

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
function withCasefile<T>(ctx: Ctx, run: (casefile: Casefile, services: Services) => Promise<T>): Promise<T> {
  return withVault(ctx.io, ctx.vaultDir, (s) => run(s.casefile, s), { clock: ctx.clock });
}

async function clientAdd(ctx: Ctx): Promise<CommandResult> {
  const raw = await readJsonFile(ctx.options['json-file'] ?? '');
  // Validated before unlocking: bad input never needs the passphrase and never reaches the vault.
  const parsed = clientImportSchema(today(ctx.clock)).safeParse(raw);
  if (!parsed.success) throw invalid(validationDetails(parsed.error.issues));
  const client = parsed.data;
  const { id, matches } = await withCasefile(ctx, async (casefile) => {
    const created = await casefile.clients.create(client);
    return { id: created.id, matches: await casefile.conflicts.check(candidateOf(client), created.id) };
  });
  if (matches.length > 0) ctx.io.stderr(ctx.cm.possibleConflicts(matches.length));
  return { exitCode: EXIT.ok, json: { id }, text: ctx.cm.clientAdded(id) };
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

async function clientList(ctx: Ctx): Promise<CommandResult> {
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
  return { exitCode: EXIT.ok, json: { clients }, text: lines.length ? lines.join('\n') : ctx.cm.noClients };
}

async function caseList(ctx: Ctx): Promise<CommandResult> {
  const cases = await withCasefile(ctx, (casefile) =>
    allPages((offset) => casefile.cases.list({ offset, limit: PAGE })),
  );
  const lines = cases.map((c) =>
    [c.id, c.openedOn, c.status, c.type, c.title ?? '', c.clients.map((x) => x.name).join(', ')].join('  '),
  );
  return { exitCode: EXIT.ok, json: { cases }, text: lines.length ? lines.join('\n') : ctx.cm.noCases };
}

async function search(ctx: Ctx): Promise<CommandResult> {
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
  return { exitCode: EXIT.ok, json: { results }, text: lines.length ? lines.join('\n') : ctx.cm.noResults };
}

/** The kind an ID number typed at the command line most likely is. */
export function identityKindOf(value: string): IdentityKind {
  const digits = value.replace(/[\s.\-_/]/g, '');
  if (/^99\d{9}$/.test(digits)) return 'foreign-id';
  if (/^\d{11}$/.test(digits)) return 'turkish-id';
  return 'passport';
}

async function conflicts(ctx: Ctx): Promise<CommandResult> {
  const name = (ctx.options.name ?? '').trim();
  const dob = ctx.options.dob?.trim();
  const idNumber = ctx.options['id-number']?.trim();
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
  return { exitCode: EXIT.ok, json: { matches }, text: lines.length ? lines.join('\n') : ctx.cm.noMatches };
}

async function demoCreate(ctx: Ctx): Promise<CommandResult> {
  const raw = ctx.options.clients ?? '';
  const n = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= MAX_DEMO_CLIENTS)) throw invalid(['clients:demo.clientsOutOfRange']);
  const { vault, fillDemo } = servicesFor(ctx.vaultDir, { clock: ctx.clock });
  await vault.createDemo();
  try {
    // Same as the app's "Explore the demo vault": people, cases, deadlines and hearings.
    const summary = await fillDemo(n);
    await vault.lock();
    return { exitCode: EXIT.ok, json: { vault: ctx.vaultDir, ...summary }, text: ctx.cm.demoCreated(summary) };
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
async function agendaIcsFile(ctx: Ctx, file: string): Promise<CommandResult> {
  const language = languageFromEnv(ctx.io.env);
  const ics = await withCasefile(ctx, (_casefile, s) =>
    s.agendaIcs({ withFileNumbers: ctx.withFileNumbers, language }),
  );
  const target = resolve(file);
  await writeIcsFile(target, ics);
  return { exitCode: EXIT.ok, json: { file: target, events: ics.events }, text: ctx.cm.icsWritten(ics.events, target) };
}

/** `agenda`: what is overdue and coming, as on the app's home screen (deadlines, hearings, tasks). */
async function agenda(ctx: Ctx): Promise<CommandResult> {
  if (ctx.options.ics !== undefined) {
    if (ctx.options.days !== undefined) throw new UsageError(ctx.cm.usage);
    return agendaIcsFile(ctx, ctx.options.ics);
  }
  if (ctx.withFileNumbers) throw new UsageError(ctx.cm.usage);
  const raw = ctx.options.days ?? '30';
  const days = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  if (!(days >= 1 && days <= 366)) throw invalid(['days:agenda.daysOutOfRange']);
  const result = await withCasefile(ctx, (_casefile, s) => s.agenda(days));
  const lang = languageFromEnv(ctx.io.env);
  // No client names in the plain-text form either: it is what ends up in terminals and scripts.
  const lines = result.items.map(
    (i) =>
      `${i.date}${i.time ? ` ${i.time}` : ''}  ${i.bucket.padEnd(7)}  ${i.kind.padEnd(8)}  ${i.title ?? i.ruleName?.[lang] ?? ''}  [${i.caseId}]`,
  );
  return { exitCode: EXIT.ok, json: result, text: lines.join('\n') };
}

const COMMANDS: Record<string, Spec> = {
  agenda: { required: [], optional: ['days', 'ics'], takesQuery: false, run: agenda },
  'client add': { required: ['json-file'], optional: [], takesQuery: false, run: clientAdd },
  'client list': { required: [], optional: [], takesQuery: false, run: clientList },
  'case list': { required: [], optional: [], takesQuery: false, run: caseList },
  search: { required: [], optional: [], takesQuery: true, run: search },
  conflicts: { required: ['name'], optional: ['dob', 'id-number'], takesQuery: false, run: conflicts },
  'demo create': { required: ['clients'], optional: [], takesQuery: false, run: demoCreate },
};

export const CASEFILE_COMMAND_NAMES = Object.keys(COMMANDS);
const FIRST_WORDS = new Set(CASEFILE_COMMAND_NAMES.map((c) => c.split(' ')[0]));

/** Whether argv names a casefile command; main.ts hands those over before its own parsing. */
export function isCasefileInvocation(argv: string[]): boolean {
  try {
    const { positionals } = parseArgs({ args: argv, options: OPTIONS, strict: false, allowPositionals: true });
    return FIRST_WORDS.has(positionals[0] ?? '');
  } catch {
    return false;
  }
}

function parse(argv: string[]): { spec: Spec; args: Args } | null {
  let result;
  try {
    result = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true });
  } catch {
    return null;
  }
  const { values, positionals } = result;
  const [first = '', second, ...rest] = positionals;
  const twoWords = `${first} ${second ?? ''}`;
  const name = Object.hasOwn(COMMANDS, twoWords) ? twoWords : first;
  const spec = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!spec || values.vault === undefined || values.vault === '') return null;
  const operands = name === twoWords ? rest : positionals.slice(1);
  if (spec.takesQuery ? operands.length === 0 : operands.length > 0) return null;
  const options: Args['options'] = {};
  for (const key of ['json-file', 'name', 'dob', 'id-number', 'clients', 'days', 'ics'] as const) {
    const value = values[key];
    if (value === undefined) continue;
    if (!spec.required.includes(key) && !spec.optional.includes(key)) return null;
    options[key] = value;
  }
  if (spec.required.some((key) => options[key] === undefined)) return null;
  const withFileNumbers = values['with-file-numbers'];
  if (withFileNumbers && name !== 'agenda') return null;
  return { spec, args: { vaultDir: resolve(values.vault), json: values.json, options, withFileNumbers, operands } };
}

/** Runs one casefile command and prints its output; returns the exit code (README). */
export async function runCasefileCli(argv: string[], io: CliIo, clock: Clock = systemClock): Promise<number> {
  const language = languageFromEnv(io.env);
  const m = messagesFor(language);
  const cm = casefileMessagesFor(language);
  const parsed = parse(argv);
  if (!parsed) {
    io.stderr(cm.usage);
    return EXIT.usage;
  }
  const { spec, args } = parsed;
  if (argv.includes('--insecure-test-kdf')) io.stderr(m.testKdfWarning);
  try {
    const result = await spec.run({ ...args, io, m, cm, clock });
    if (args.json) io.stdout(JSON.stringify(result.json));
    else if (result.text) io.stdout(result.text);
    return result.exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(error.message);
      return EXIT.usage;
    }
    const code = error instanceof AppError ? error.code : 'INTERNAL';
    const details = error instanceof AppError ? error.details : undefined;
    const message = m.errors[code];
    const reasons =
      code === 'VALIDATION' && details?.length ? [cm.invalidInput, ...details.map((d) => `  - ${d}`)] : [];
    io.stderr([message, ...reasons].join('\n'));
    const shape: AppErrorShape = details?.length ? { code, message, details } : { code, message };
    if (args.json) io.stdout(JSON.stringify({ error: shape }));
    return exitCodeFor(code);
  }
}
