import detention from '../../../resources/playbooks/administrative-detention.json' with { type: 'json' };
import constitutional from '../../../resources/playbooks/constitutional-court.json' with { type: 'json' };
import ecthr from '../../../resources/playbooks/ecthr.json' with { type: 'json' };
import protection from '../../../resources/playbooks/international-protection.json' with { type: 'json' };
import removal from '../../../resources/playbooks/removal-appeal.json' with { type: 'json' };
import residence from '../../../resources/playbooks/residence-permit.json' with { type: 'json' };
import temporary from '../../../resources/playbooks/temporary-protection.json' with { type: 'json' };
import type { CaseType } from '../../shared/schemas/deadlines';
import { playbookFileSchema, type PlaybookFile } from '../../shared/schemas/playbooks';
import type { DeadlineData } from '../deadline-data';

/** The playbooks shipped in resources/playbooks/, by file name (the file is named after its id). */
export const SHIPPED_PLAYBOOKS: Readonly<Record<string, unknown>> = {
  'removal-appeal.json': removal,
  'administrative-detention.json': detention,
  'international-protection.json': protection,
  'temporary-protection.json': temporary,
  'residence-permit.json': residence,
  'constitutional-court.json': constitutional,
  'ecthr.json': ecthr,
};

/** A playbook file failed validation: it is refused whole, with every problem named. */
export class PlaybookDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlaybookDataError';
  }
}

export interface PlaybookData {
  playbooks: readonly PlaybookFile[];
  forCaseType: (caseType: CaseType) => PlaybookFile | undefined;
  byId: (id: string) => PlaybookFile | undefined;
}

function describe(what: string, issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>): string {
  const lines = issues.map((i) => `  ${i.path.length > 0 ? i.path.map(String).join('.') : '(root)'}: ${i.message}`);
  return `${what} is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

/**
 * Validates one playbook (already-parsed JSON) against the schema and against the deadline rules:
 * a step that creates a deadline must name a rule that exists, has a period, and is offered for
 * every case type the playbook guides. Throws PlaybookDataError naming the file and each problem.
 */
export function parsePlaybook(fileName: string, json: unknown, deadlines: DeadlineData): PlaybookFile {
  const parsed = playbookFileSchema.safeParse(json);
  if (!parsed.success) throw new PlaybookDataError(describe(fileName, parsed.error.issues));
  const file = parsed.data;
  const problems: Array<{ path: PropertyKey[]; message: string }> = [];
  if (fileName !== `${file.id}.json`)
    problems.push({ path: ['id'], message: `the file must be named ${file.id}.json` });
  file.phases.forEach((phase, pi) =>
    phase.steps.forEach((step, si) => {
      if (step.action?.kind !== 'deadline') return;
      const path = ['phases', pi, 'steps', si, 'action', 'ruleId'];
      const rule = deadlines.ruleById(step.action.ruleId);
      if (!rule) return problems.push({ path, message: `unknown deadline rule "${step.action.ruleId}"` });
      if (!rule.period) problems.push({ path, message: `rule "${rule.id}" has no period: make the step a task` });
      for (const type of file.caseTypes) {
        const offered =
          (rule.caseTypes as readonly string[]).includes(type) && !rule.unavailableFor.some((u) => u.caseType === type);
        if (!offered) problems.push({ path, message: `rule "${rule.id}" is not offered for case type "${type}"` });
      }
      return undefined;
    }),
  );
  if (problems.length > 0) throw new PlaybookDataError(describe(fileName, problems));
  return file;
}

/** Validates a set of playbook files; one case type is guided by at most one playbook. */
export function buildPlaybookData(files: Readonly<Record<string, unknown>>, deadlines: DeadlineData): PlaybookData {
  const errors: string[] = [];
  const playbooks: PlaybookFile[] = [];
  for (const [name, json] of Object.entries(files)) {
    try {
      playbooks.push(parsePlaybook(name, json, deadlines));
    } catch (error) {
      if (!(error instanceof PlaybookDataError)) throw error;
      errors.push(error.message);
    }
  }
  const byType = new Map<CaseType, PlaybookFile>();
  for (const p of playbooks) {
    for (const type of p.caseTypes) {
      const other = byType.get(type);
      if (other) errors.push(`${p.id}.json: case type "${type}" is already guided by ${other.id}.json`);
      byType.set(type, p);
    }
  }
  if (errors.length > 0) throw new PlaybookDataError(errors.join('\n'));
  const byId = new Map(playbooks.map((p) => [p.id, p]));
  return { playbooks, forCaseType: (type) => byType.get(type), byId: (id) => byId.get(id) };
}

let cached: PlaybookData | undefined;

/** The shipped playbooks, validated on first use (like the deadline rules). */
export function loadPlaybookData(deadlines: DeadlineData): PlaybookData {
  cached ??= buildPlaybookData(SHIPPED_PLAYBOOKS, deadlines);
  return cached;
}
