import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { systemClock, type Clock } from '../services/clock';
import type { Services } from '../services/create-services';
import { loadDeadlineData } from '../services/deadline-data';
import { checkPlaybook, MAX_SIGNED_PLAYBOOK_BYTES } from '../services/playbooks/signed-playbook';
import { createReportService } from '../services/reports';
import { AppError } from '../shared/errors';
import type { Language } from '../shared/schemas/vault';
import { stringOptions } from './args';
import { contractInput as input, runCommandTable, type CommandSpec } from './command-table';
import type { CliIo } from './io';
import { withVault } from './vault-session';

/**
 * The volunteer's guide on the command line (issue 16): a case's playbook with each step's state,
 * a step marked done, a petition draft and a client note saved to the case, and the signed
 * playbooks an organisation hands its lawyers (`playbook sign` on the supervisor's vault,
 * `playbook import` / `playbook revert` on a lawyer's). Input is checked with the IPC contract's
 * own schemas; the work is done by the same services as the app's.
 */
const MESSAGES = {
  tr: {
    usage: [
      'Kullanım: emanet playbook list --vault KLASÖR --case KİMLİK [--json]',
      '          emanet playbook step done --vault KLASÖR --case KİMLİK --step ADIM [--json]',
      '          emanet playbook sign DOSYA --vault KURUM-KASASI --out DOSYA [--force] [--json]',
      '          emanet playbook import DOSYA --vault KLASÖR [--json]',
      '          emanet playbook revert --vault KLASÖR --id REHBER [--json]',
      '          emanet petition draft --vault KLASÖR --case KİMLİK --template ŞABLON [--values DOSYA.json] [--json]',
      '          emanet client-note make --vault KLASÖR --case KİMLİK --lang tr|en|ar|fa|ps|fr|kmr [--phone TEL] [--json]',
    ].join('\n'),
    steps: (title: string) => `Rehber: ${title}`,
    noPlaybook: 'Bu dosya türü için rehber yok.',
    stepDone: 'Adım tamamlandı.',
    signed: (file: string) => `İmzalı rehber yazıldı: ${file}`,
    imported: (id: string, date: string) =>
      `Rehber içe aktarıldı: ${id} (inceleme ${date}); bu dosya türünde bu rehber kullanılacak.`,
    reverted: (id: string) => `${id}: uygulamayla gelen rehbere dönüldü.`,
    drafted: (version: number) => `Dilekçe taslağı belgelere eklendi (sürüm ${version}).`,
    noted: 'Müvekkil notu (PDF) belgelere eklendi.',
    exists: 'Bu dosya zaten var (üzerine yazmak için --force).',
    tooLarge: 'Dosya çok büyük.',
  },
  en: {
    usage: [
      'Usage: emanet playbook list --vault DIR --case ID [--json]',
      '       emanet playbook step done --vault DIR --case ID --step STEP [--json]',
      '       emanet playbook sign FILE --vault ORGVAULT --out FILE [--force] [--json]',
      '       emanet playbook import FILE --vault DIR [--json]',
      '       emanet playbook revert --vault DIR --id PLAYBOOK [--json]',
      '       emanet petition draft --vault DIR --case ID --template TEMPLATE [--values FILE.json] [--json]',
      '       emanet client-note make --vault DIR --case ID --lang tr|en|ar|fa|ps|fr|kmr [--phone PHONE] [--json]',
    ].join('\n'),
    steps: (title: string) => `Playbook: ${title}`,
    noPlaybook: 'No playbook for this case type.',
    stepDone: 'Step done.',
    signed: (file: string) => `Signed playbook written: ${file}`,
    imported: (id: string, date: string) =>
      `Playbook imported: ${id} (reviewed ${date}); it is used for its case types.`,
    reverted: (id: string) => `${id}: back to the playbook shipped with the app.`,
    drafted: (version: number) => `Petition draft added to the documents (version ${version}).`,
    noted: 'Client note (PDF) added to the documents.',
    exists: 'The file exists (use --force to overwrite).',
    tooLarge: 'The file is too large.',
  },
} as const;
type Messages = (typeof MESSAGES)[Language];

const OPTIONS = {
  ...stringOptions('case', 'step', 'out', 'id', 'template', 'values', 'lang', 'phone'),
  force: { type: 'boolean', default: false },
} as const;

interface Ctx {
  m: Messages;
  language: Language;
  withServices: <T>(run: (services: Services) => Promise<T>) => Promise<T>;
}

/** Reads a file the user named, bounded before it is read. */
async function readBounded(path: string, m: Messages): Promise<string> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new AppError('NOT_FOUND', 'File not found', ['file']);
  if (info.size > MAX_SIGNED_PLAYBOOK_BYTES) throw new AppError('VALIDATION', m.tooLarge, ['file:file.tooLarge']);
  return readFile(path, 'utf8');
}

function parseJson(text: string, field: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('VALIDATION', 'Not JSON', [`${field}:json.invalid`]);
  }
}

const COMMANDS: Record<string, CommandSpec<typeof OPTIONS, Ctx>> = {
  'playbook list': {
    required: ['case'],
    optional: [],
    async run({ values, m, language, withServices }) {
      const { caseId } = input('playbooks:forCase', { caseId: values.case });
      const view = await withServices((s) => s.playbooks.forCase(caseId));
      const steps = view.steps.map((s) => ({
        id: s.id,
        phase: s.phase,
        title: language === 'en' ? s.titleEn : s.titleTr,
        state: s.state,
        next: s.id === view.nextStepId,
        action: s.action?.kind ?? null,
        taskId: s.taskId,
        deadlineId: s.deadlineId,
      }));
      const playbook = view.playbook
        ? {
            id: view.playbook.id,
            title: language === 'en' ? view.playbook.titleEn : view.playbook.titleTr,
            reviewedOn: view.playbook.reviewedOn,
          }
        : null;
      const text = playbook
        ? [m.steps(playbook.title), ...steps.map((s) => `${s.next ? '→' : ' '} [${s.state}] ${s.id}: ${s.title}`)].join(
            '\n',
          )
        : m.noPlaybook;
      return { json: { playbook, hidden: view.hidden, nextStepId: view.nextStepId, steps }, text };
    },
  },
  'playbook step done': {
    required: ['case', 'step'],
    optional: [],
    async run({ values, m, withServices }) {
      const parsed = input('playbooks:setStep', { caseId: values.case, stepId: values.step, state: 'done' });
      await withServices((s) => s.playbooks.setState(parsed));
      return { json: { caseId: parsed.caseId, stepId: parsed.stepId, state: 'done' }, text: m.stepDone };
    },
  },
  'playbook sign': {
    required: ['out'],
    optional: ['force'],
    file: true,
    async run({ values, file, m, withServices }) {
      const playbook = parseJson(await readBounded(resolve(file ?? ''), m), 'file');
      // Checked like a shipped file before anything is signed: a supervisor never signs a broken one.
      checkPlaybook(playbook, loadDeadlineData());
      const out = resolve(values.out ?? '');
      const text = await withServices((s) => createReportService(s.reports).signPlaybook(playbook));
      try {
        await writeFile(out, text, { flag: values.force ? 'w' : 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('CONFLICT', m.exists);
        throw error;
      }
      const id = (playbook as { id: string }).id;
      return { json: { file: out, id }, text: m.signed(out) };
    },
  },
  'playbook import': {
    required: [],
    optional: ['force'],
    file: true,
    async run({ file, m, withServices }) {
      const text = await readBounded(resolve(file ?? ''), m);
      const done = await withServices((s) => s.playbooks.importSigned(text));
      return { json: done, text: m.imported(done.id, done.reviewedOn) };
    },
  },
  'playbook revert': {
    required: ['id'],
    optional: [],
    async run({ values, m, withServices }) {
      const { id } = input('playbooks:revert', { id: values.id });
      await withServices((s) => s.playbooks.revert(id));
      return { json: { id, reverted: true }, text: m.reverted(id) };
    },
  },
  'petition draft': {
    required: ['case', 'template'],
    optional: ['values'],
    async run({ values, m, withServices }) {
      const typed = values.values ? parseJson(await readBounded(resolve(values.values), m), 'values') : {};
      const parsed = input('petitions:generate', { caseId: values.case, templateId: values.template, values: typed });
      const made = await withServices((s) => s.petitions.generate(parsed));
      return { json: made, text: m.drafted(made.versionNo) };
    },
  },
  'client-note make': {
    required: ['case', 'lang'],
    optional: ['phone'],
    async run({ values, m, withServices }) {
      const parsed = input('clientNotes:generate', {
        caseId: values.case,
        language: values.lang,
        ...(values.phone ? { lawyerPhone: values.phone } : {}),
      });
      const made = await withServices((s) => s.clientNotes.generate(parsed));
      return { json: made, text: m.noted };
    },
  },
};

/** For CLI_COMMANDS (and so the README check). */
export const GUIDE_COMMAND_NAMES = Object.keys(COMMANDS);

export function isGuideCommand(argv: string[]): boolean {
  return argv[0] === 'playbook' || argv[0] === 'petition' || argv[0] === 'client-note';
}

export function runGuideCommand(argv: string[], io: CliIo, clock: Clock = systemClock): Promise<number> {
  return runCommandTable(
    io,
    argv,
    { options: OPTIONS, commands: COMMANDS },
    {
      messages: MESSAGES,
      context: (vaultDir, m, language) => ({
        m,
        language,
        withServices: (work) => withVault(io, vaultDir, work, { clock }),
      }),
    },
  );
}
