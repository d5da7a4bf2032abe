import { fillTemplate } from '../../domain/petitions/docx';
import { AppError } from '../../shared/errors';
import { COUNTRIES } from '../../shared/iso/countries';
import { PROVINCES_TR } from '../../shared/iso/provinces-tr';
import type { CaseType } from '../../shared/schemas/deadlines';
import {
  DATE_FIELDS,
  type PetitionField,
  type PetitionPrepared,
  type PetitionTemplate,
} from '../../shared/schemas/petitions';
import type { Casefile } from '../casefile';
import { todayOf, type CasefileDeps } from '../casefile/context';
import { liveCaseType } from '../casefile/live-records';
import type { DocumentService } from '../documents';
import { getSettings } from '../settings-service';
import type { LoadedTemplate, PetitionData } from './petition-data';

const invalid = (...details: string[]) => new AppError('VALIDATION', 'Invalid input', details);

export interface PetitionServiceDeps extends CasefileDeps {
  casefile: Casefile;
  documents: DocumentService;
  petitions: () => PetitionData;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 2027-05-12 → 12.05.2027, as Turkish petitions write dates. */
const trDate = (iso: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso;

const aboutTemplate = (t: PetitionTemplate) => ({
  id: t.id,
  titleTr: t.titleTr,
  titleEn: t.titleEn,
  legalBasisTr: t.legalBasisTr,
  legalBasisEn: t.legalBasisEn,
});

/**
 * Petition drafts from the case (issue 16): what the case already knows for each field of a
 * template, what is missing (listed before generating, never left blank), and the filled .docx
 * saved encrypted as a document of the case, a new version of the same document each time.
 */
export function createPetitionService(deps: PetitionServiceDeps) {
  const caseType = (caseId: string): Promise<CaseType> => liveCaseType(deps.db(), caseId);

  async function template(caseId: string, templateId: string): Promise<LoadedTemplate> {
    const type = await caseType(caseId);
    const t = deps.petitions().byId(templateId);
    if (!t || !t.caseTypes.includes(type)) throw invalid('templateId:petition.unknownTemplate');
    return t;
  }

  /** What the vault already records for each field (ISO dates for date fields). */
  async function fromCase(caseId: string, t: LoadedTemplate): Promise<Partial<Record<PetitionField, string>>> {
    const db = deps.db();
    const kase = await deps.casefile.cases.get(caseId);
    const out: Partial<Record<PetitionField, string>> = { today: todayOf(deps) };
    const first = kase.clients[0];
    if (first) {
      const { client } = await deps.casefile.clients.get(first.id);
      out.clientName = [client.givenName, client.familyName].filter(Boolean).join(' ');
      if (client.nationality)
        out.clientNationality = COUNTRIES[client.nationality as keyof typeof COUNTRIES]?.tr ?? client.nationality;
      const id =
        (client.identityNumbers ?? []).find((n) => n.kind === 'foreign-id' || n.kind === 'temporary-protection-id') ??
        (client.identityNumbers ?? []).find((n) => n.kind === 'passport');
      if (id) out.clientIdNumber = id.value;
      const a = client.address;
      const province = a?.provinceCode ? PROVINCES_TR[a.provinceCode] : undefined;
      const address = [a?.line, a?.district, province].filter(Boolean).join(', ');
      if (address) out.clientAddress = address;
      if (province) out.place = province;
    }
    const settings = await getSettings(db);
    if (settings.lawyerName.trim()) out.lawyerName = settings.lawyerName.trim().replace(/^Av\.\s*/, '');
    const c = kase.case;
    if (c.authority?.name) {
      if (c.authority.kind === 'removal-centre') out.detentionPlace = c.authority.name;
      else out.authority = c.authority.name;
    }
    if (c.opposingParty) out.authority = c.opposingParty;
    if (c.court) out.courtName = c.court.toLocaleUpperCase('tr');
    const esas = (c.fileNumbers ?? []).find((f) => f.kind === 'esas');
    if (esas) out.courtFileNo = esas.value;
    const notification = await db
      .selectFrom('case_notification')
      .select(['served_on', 'delivered_on'])
      .where('case_id', '=', caseId)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    const notified = notification?.served_on ?? notification?.delivered_on;
    if (notified) out.notificationDate = notified;
    const deadlines = await db
      .selectFrom('case_deadline')
      .select(['rule_id', 'due_on', 'detention_started_on'])
      .where('case_id', '=', caseId)
      .where('done_at', 'is', null)
      .orderBy('due_on')
      .execute();
    const due = t.deadline === 'earliest' ? deadlines[0] : deadlines.find((d) => d.rule_id === t.deadline);
    if (due) out.deadlineDue = due.due_on;
    const detention = deadlines.find((d) => d.detention_started_on !== null);
    if (detention?.detention_started_on) out.detentionStartDate = detention.detention_started_on;
    return out;
  }

  async function prepare(caseId: string, templateId: string, typed: Partial<Record<PetitionField, string>> = {}) {
    const t = await template(caseId, templateId);
    const known = { ...(await fromCase(caseId, t)), ...typed, today: todayOf(deps) };
    const fields = t.fields.map((field) => ({ field, value: known[field] ?? null, date: DATE_FIELDS.has(field) }));
    const prepared: PetitionPrepared = {
      template: aboutTemplate(t),
      fields,
      missing: fields.filter((f) => f.value === null).map((f) => f.field),
    };
    return { prepared, template: t };
  }

  return {
    templatesFor: async (caseId: string) => {
      const type = await caseType(caseId);
      return deps
        .petitions()
        .templates.filter((t) => t.caseTypes.includes(type))
        .map(aboutTemplate);
    },

    prepare: async (caseId: string, templateId: string) => (await prepare(caseId, templateId)).prepared,

    /** Fills the template and saves it; refuses (VALIDATION, one `values.<field>:petition.missing` each) while a field has no value. */
    async generate(input: { caseId: string; templateId: string; values: Partial<Record<PetitionField, string>> }) {
      for (const [field, value] of Object.entries(input.values)) {
        if (DATE_FIELDS.has(field as PetitionField) && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
          throw invalid(`values.${field}:date.invalid`);
        }
      }
      const { prepared, template: t } = await prepare(input.caseId, input.templateId, input.values);
      if (prepared.missing.length > 0) throw invalid(...prepared.missing.map((f) => `values.${f}:petition.missing`));
      const data = Object.fromEntries(
        prepared.fields.map((f) => [f.field, f.date ? trDate(f.value ?? '') : (f.value ?? '')]),
      );
      const bytes = fillTemplate(t.docx, data);
      const source = {
        kind: 'bytes' as const,
        chunks: [bytes],
        originalName: `${t.id}-${todayOf(deps)}.docx`,
        mediaType: DOCX_TYPE,
        size: bytes.length,
      };
      const db = deps.db();
      const existing = await db
        .selectFrom('petition_draft')
        .innerJoin('document', 'document.id', 'petition_draft.document_id')
        .select('petition_draft.document_id')
        .where('petition_draft.case_id', '=', input.caseId)
        .where('petition_draft.template_id', '=', t.id)
        .where('document.deleted_at', 'is', null)
        .executeTakeFirst();
      if (existing) {
        const added = await deps.documents.addVersion(existing.document_id, source);
        return { documentId: existing.document_id, versionNo: added.versionNo };
      }
      const added = await deps.documents.add(
        { caseId: input.caseId, title: `Taslak: ${t.titleTr}`, category: 'petition', documentDate: todayOf(deps) },
        source,
      );
      await db
        .insertInto('petition_draft')
        .values({ case_id: input.caseId, template_id: t.id, document_id: added.id })
        .onConflict((oc) => oc.columns(['case_id', 'template_id']).doUpdateSet({ document_id: added.id }))
        .execute();
      return { documentId: added.id, versionNo: added.versionNo };
    },
  };
}

export type PetitionService = ReturnType<typeof createPetitionService>;
