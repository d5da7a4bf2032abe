import templatesJson from '../../../resources/templates/petition-templates.json' with { type: 'json' };
import { buildTemplateDocx, checkTemplate, templateTags, TemplateError } from '../../domain/petitions/docx';
import {
  PETITION_FIELDS,
  petitionTemplatesFileSchema,
  type PetitionField,
  type PetitionTemplate,
  type PetitionTemplatesFile,
} from '../../shared/schemas/petitions';
import type { DeadlineData } from '../deadline-data';

/** The templates file failed validation: refused whole, each problem named. */
export class PetitionDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PetitionDataError';
  }
}

export interface LoadedTemplate extends PetitionTemplate {
  fields: PetitionField[];
  docx: Uint8Array;
}

export interface PetitionData {
  file: PetitionTemplatesFile;
  templates: readonly LoadedTemplate[];
  byId: (id: string) => LoadedTemplate | undefined;
}

const isField = (tag: string): tag is PetitionField => (PETITION_FIELDS as readonly string[]).includes(tag);

/**
 * Validates the templates file (already-parsed JSON): its shape; each template's tags are known
 * fields; its deadline rule exists; its .docx, built from its lines, compiles in docxtemplater.
 */
export function buildPetitionData(
  json: unknown,
  deadlines: DeadlineData,
  what = 'petition-templates.json',
): PetitionData {
  const parsed = petitionTemplatesFileSchema.safeParse(json);
  const lines = (issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>) =>
    issues.map((i) => `  ${i.path.length > 0 ? i.path.map(String).join('.') : '(root)'}: ${i.message}`);
  if (!parsed.success) {
    const problems = lines(parsed.error.issues);
    throw new PetitionDataError(
      `${what} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.join('\n')}`,
    );
  }
  const problems: Array<{ path: PropertyKey[]; message: string }> = [];
  const seen = new Set<string>();
  const templates = parsed.data.templates.map((t, i): LoadedTemplate => {
    if (seen.has(t.id)) problems.push({ path: ['templates', i, 'id'], message: `template "${t.id}" twice` });
    seen.add(t.id);
    const tags = templateTags(t.lines);
    for (const tag of tags.filter((x) => !isField(x))) {
      problems.push({ path: ['templates', i, 'lines'], message: `unknown field {${tag}}` });
    }
    if (t.deadline !== undefined && t.deadline !== 'earliest' && !deadlines.ruleById(t.deadline)) {
      problems.push({ path: ['templates', i, 'deadline'], message: `unknown deadline rule "${t.deadline}"` });
    }
    const docx = buildTemplateDocx(t.lines);
    try {
      checkTemplate(docx);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      problems.push({ path: ['templates', i, 'lines'], message: error.message });
    }
    return { ...t, fields: tags.filter(isField), docx };
  });
  if (problems.length > 0) {
    const text = lines(problems);
    throw new PetitionDataError(
      `${what} is invalid (${text.length} problem${text.length === 1 ? '' : 's'}):\n${text.join('\n')}`,
    );
  }
  const byId = new Map(templates.map((t) => [t.id, t]));
  return { file: parsed.data, templates, byId: (id) => byId.get(id) };
}

let cached: PetitionData | undefined;

/** The shipped templates, validated on first use. */
export function loadPetitionData(deadlines: DeadlineData): PetitionData {
  cached ??= buildPetitionData(templatesJson, deadlines);
  return cached;
}
