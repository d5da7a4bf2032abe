import { sql } from 'kysely';
import { normalizeHeader, recognizeHeaders } from '../../domain/import/headers';
import { mergeClientInput } from '../../domain/import/merge';
import { candidateOf, duplicatesInFile, mapRow, rowSchemas, type MappedRow } from '../../domain/import/rows';
import { AppError } from '../../shared/errors';
import { clientInputSchema, type ClientInput } from '../../shared/schemas/clients';
import {
  importMappingSchema,
  type ImportChoice,
  type ImportDecision,
  type ImportMapping,
  type ImportMappingInput,
  type ImportOutcome,
  type ImportPreview,
  type ImportRowView,
} from '../../shared/schemas/import';
import { validationDetails } from '../../shared/validation-details';
import { mutate, recordAudit } from '../audit-log';
import type { Casefile } from '../casefile';
import { clientColumns, clientSearchParts } from '../casefile/client-mapping';
import { readClient, writeClientChildren } from '../casefile/client-store';
import { nowIso, todayOf, type CasefileDeps } from '../casefile/context';
import { indexRecord } from '../casefile/search-index';
import type { DeadlineService } from '../deadlines/deadline-service';
import type { ImportTable } from './read-table';

/**
 * Import of an existing client list (issue 17). `preview` reads nothing from disk: it takes the
 * table `read-table.ts` made and shows, per row, the parsed values, the reasons a row cannot be
 * imported (the forms' own schemas), possible conflicts of interest in the vault and duplicates
 * inside the file. `commit` writes every chosen row in ONE transaction, or nothing, with an
 * audit entry that points at an `import_run` row of counts. Mappings are saved per header row.
 */
export interface ImportDeps extends CasefileDeps {
  casefile: Casefile;
  deadlines: DeadlineService;
}

export interface PreviewResult extends ImportPreview {
  /** The mapped rows behind the views, for `commit` (never sent to the renderer). */
  mapped: MappedRow[];
}

const HEADER_SEPARATOR = '\u001f';

function headerKey(headers: readonly string[]): string {
  return headers.map(normalizeHeader).join(HEADER_SEPARATOR);
}

function invalid(details: string[]): AppError {
  return new AppError('VALIDATION', 'Invalid input', details);
}

function suggest(errors: string[], conflicts: number, earlierDuplicate: boolean): ImportChoice {
  if (errors.length > 0 || conflicts > 0 || earlierDuplicate) return 'skip';
  return 'import';
}

export function createImportService(deps: ImportDeps) {
  const { casefile, deadlines } = deps;

  async function savedMapping(headers: readonly string[]): Promise<ImportMapping | null> {
    const row = await deps
      .db()
      .selectFrom('import_mapping')
      .select('mapping')
      .where('header_key', '=', headerKey(headers))
      .executeTakeFirst();
    if (!row) return null;
    const parsed = importMappingSchema.safeParse(JSON.parse(row.mapping));
    return parsed.success ? parsed.data : null;
  }

  async function resolveMapping(
    table: ImportTable,
    given: ImportMappingInput | undefined,
  ): Promise<{ mapping: ImportMapping; origin: ImportPreview['mappingOrigin'] }> {
    if (given !== undefined) {
      const parsed = importMappingSchema.safeParse(given);
      if (!parsed.success) throw invalid(validationDetails(parsed.error.issues).map((d) => `mapping.${d}`));
      return { mapping: parsed.data, origin: 'given' };
    }
    const headers = table.rows[0]?.cells ?? [];
    const saved = await savedMapping(headers);
    if (saved) return { mapping: saved, origin: 'saved' };
    return { mapping: { columns: recognizeHeaders(headers), hasHeader: true }, origin: 'recognised' };
  }

  function headersOf(table: ImportTable, mapping: ImportMapping): string[] {
    const first = table.rows[0]?.cells ?? [];
    if (mapping.hasHeader) return first;
    const width = Math.max(0, ...table.rows.map((r) => r.cells.length));
    return Array.from({ length: width }, (_, i) => String(i + 1));
  }

  async function preview(table: ImportTable, given?: ImportMappingInput): Promise<PreviewResult> {
    const { mapping, origin } = await resolveMapping(table, given);
    const schemas = rowSchemas(todayOf(deps));
    const dataRows = mapping.hasHeader ? table.rows.slice(1) : table.rows;
    const mapped = dataRows.map((r) => mapRow(r.cells, r.number, mapping, schemas));
    const duplicates = duplicatesInFile(mapped);
    const check = await casefile.conflicts.batch();
    const rows: ImportRowView[] = mapped.map((m) => {
      const conflicts = m.client
        ? check(candidateOf(m.client)).map((c) => ({
            id: c.id,
            name: c.name,
            score: c.score,
            reasons: c.reasons,
            nameReasons: c.nameReasons,
          }))
        : [];
      const duplicateOf = duplicates.get(m.row) ?? [];
      return {
        row: m.row,
        values: m.values,
        errors: m.errors,
        conflicts,
        duplicateOf,
        suggested: suggest(
          m.errors,
          conflicts.length,
          duplicateOf.some((d) => d < m.row),
        ),
      };
    });
    return {
      source: {
        kind: table.kind,
        encoding: table.encoding,
        delimiter: table.delimiter,
        headers: headersOf(table, mapping),
        rowCount: dataRows.length,
      },
      mapping,
      mappingOrigin: origin,
      rows,
      mapped,
    };
  }

  /** Fills what the vault's client lacks from the row (domain/import/merge.ts), in `tx`. */
  async function mergeInto(tx: ReturnType<CasefileDeps['db']>, id: string, row: ClientInput, at: number) {
    const stored = await readClient(tx, id);
    if (stored.deletedAt !== null) throw invalid([`rows.${at}:import.mergeTarget`]);
    const parsed = clientInputSchema(todayOf(deps)).safeParse(mergeClientInput(stored.client, row));
    if (!parsed.success) {
      throw invalid(validationDetails(parsed.error.issues).map((d) => `rows.${at}.${d}`));
    }
    const merged = parsed.data;
    await tx
      .updateTable('client')
      .set({ ...clientColumns(merged), updated_at: nowIso(deps), version: sql`version + 1` })
      .where('id', '=', id)
      .execute();
    await writeClientChildren(tx, id, merged);
    await indexRecord(tx, 'client', id, null, clientSearchParts(merged));
    await recordAudit(tx, deps.clock, { action: 'updated', entity: 'client', entityId: id });
  }

  /**
   * Writes the chosen rows. Rows without a decision take the suggested choice. Importing or
   * merging a row that has errors, or merging into a client the row was not matched with, is
   * refused before anything is written; any failure while writing rolls everything back.
   */
  async function commit(
    result: PreviewResult,
    decisions: readonly ImportDecision[],
    options: { dryRun?: boolean; saveMapping?: boolean } = {},
  ): Promise<ImportOutcome> {
    const byRow = new Map(decisions.map((d) => [d.row, d]));
    const problems: string[] = [];
    const plan = result.rows.map((view, i) => {
      const mapped = result.mapped[i]!;
      const decision = byRow.get(view.row) ?? { row: view.row, choice: view.suggested };
      if (decision.choice !== 'skip' && mapped.client === null) problems.push(`rows.${view.row}:import.rowInvalid`);
      if (
        decision.choice === 'merge' &&
        (decision.mergeInto === undefined || !view.conflicts.some((c) => c.id === decision.mergeInto))
      )
        problems.push(`rows.${view.row}:import.mergeTarget`);
      return { view, mapped, decision };
    });
    for (const d of decisions) {
      if (!result.rows.some((r) => r.row === d.row)) problems.push(`rows.${d.row}:import.noSuchRow`);
    }
    if (problems.length) throw invalid(problems);

    const counts = { created: 0, merged: 0, skipped: 0, cases: 0 };
    for (const p of plan) {
      if (p.decision.choice === 'import') counts.created++;
      else if (p.decision.choice === 'merge') counts.merged++;
      else counts.skipped++;
      if (p.decision.choice !== 'skip' && p.mapped.kase) counts.cases++;
    }
    const rows: ImportOutcome['rows'] = [];
    if (options.dryRun) {
      for (const p of plan) {
        const outcome =
          p.decision.choice === 'import' ? 'created' : p.decision.choice === 'merge' ? 'merged' : 'skipped';
        rows.push({ row: p.view.row, outcome, clientId: p.decision.mergeInto ?? null, caseId: null });
      }
      return { ...counts, deadlines: 0, rows };
    }

    const now = nowIso(deps);
    const newCases: Array<{ caseId: string; type: string; notifiedOn: string }> = [];
    await mutate<number>(
      deps,
      (runId) => ({ action: 'created', entity: 'import', entityId: String(runId) }),
      async (tx) => {
        for (const { view, mapped, decision } of plan) {
          if (decision.choice === 'skip' || mapped.client === null) {
            rows.push({ row: view.row, outcome: 'skipped', clientId: null, caseId: null });
            continue;
          }
          let clientId: string;
          if (decision.choice === 'merge' && decision.mergeInto !== undefined) {
            clientId = decision.mergeInto;
            await mergeInto(tx, clientId, mapped.client, view.row);
          } else {
            clientId = await casefile.clients.createIn(tx, mapped.client);
          }
          let caseId: string | null = null;
          if (mapped.kase) {
            const kase = casefile.cases.schema().parse({
              type: mapped.kase.type,
              fileNumbers: mapped.kase.fileNumbers,
              openedOn: mapped.kase.openedOn,
              clientIds: [clientId],
            });
            caseId = await casefile.cases.createIn(tx, kase);
            if (mapped.kase.notifiedOn) {
              newCases.push({ caseId, type: mapped.kase.type, notifiedOn: mapped.kase.notifiedOn });
            }
          }
          rows.push({
            row: view.row,
            outcome: decision.choice === 'merge' ? 'merged' : 'created',
            clientId,
            caseId,
          });
        }
        const run = await tx
          .insertInto('import_run')
          .values({ at: now, rows: plan.length, ...counts })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (options.saveMapping !== false) {
          const key = headerKey(result.source.headers);
          const mapping = JSON.stringify(result.mapping);
          await tx
            .insertInto('import_mapping')
            .values({ header_key: key, mapping, used_at: now })
            .onConflict((oc) => oc.column('header_key').doUpdateSet({ mapping, used_at: now }))
            .execute();
        }
        return Number(run.id);
      },
    );
    for (const r of rows) if (r.clientId) await casefile.conflicts.refreshClient(r.clientId);
    // As in the quick intake, the first deadline comes right after the commit: a rule the
    // case type does not have, or a failure here, leaves the case for the lawyer to complete.
    let deadlineCount = 0;
    for (const c of newCases) {
      const ruleId = deadlines.defaultRuleFor(c.type);
      if (!ruleId) continue;
      try {
        await deadlines.add({ caseId: c.caseId, ruleId, start: { kind: 'notification', date: c.notifiedOn } });
        deadlineCount++;
      } catch {
        // Counted as missing; the case page shows no deadline and the lawyer adds it.
      }
    }
    return { ...counts, deadlines: deadlineCount, rows };
  }

  return { preview, commit, savedMapping };
}

export type ImportService = ReturnType<typeof createImportService>;
