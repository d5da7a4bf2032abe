import { z } from 'zod';
import { caseInputSchema, type CaseInput, type CaseInputDraft } from '@shared/schemas/cases';
import { inputToIso } from './format';

/**
 * The edit form holds what the lawyer sees and types (dates as DateField gives them, tags as
 * one comma-separated line, empty selects as ''); this turns it into a case draft and validates
 * it with the shared `caseInputSchema(today)`, so the form and the backend apply one rule set.
 * Field names match the schema's paths, so its issues land on the right field unchanged.
 */
const formShape = z.object({
  title: z.string(),
  type: z.string(),
  status: z.string(),
  stage: z.string(),
  authority: z.object({ kind: z.string(), name: z.string() }),
  court: z.string(),
  courtRecess: z.string(),
  fileNumbers: z.array(z.object({ kind: z.string(), value: z.string() })),
  opposingParty: z.string(),
  outcome: z.string(),
  openedOn: z.string(),
  closedOn: z.string(),
  closureReason: z.string(),
  closureNote: z.string(),
  retentionYears: z.string(),
  tags: z.string(),
});

export type CaseFormValues = z.input<typeof formShape>;

const orUndefined = (s: string): string | undefined => (s.trim() === '' ? undefined : s);

export function caseEditSchema(today: string, clientIds: readonly string[]) {
  return (
    formShape
      // The enum fields are still free strings here; the piped schema is what checks them, so the
      // cast only tells the compiler what the next line verifies.
      .transform((f): CaseInputDraft => ({
        title: f.title,
        clientIds: [...clientIds],
        type: f.type as CaseInputDraft['type'],
        status: f.status as CaseInputDraft['status'],
        stage: orUndefined(f.stage) as CaseInputDraft['stage'],
        authority:
          f.authority.kind === '' && f.authority.name.trim() === ''
            ? undefined
            : { kind: f.authority.kind as NonNullable<CaseInputDraft['authority']>['kind'], name: f.authority.name },
        court: f.court,
        courtRecess: (orUndefined(f.courtRecess) ?? 'unsure') as CaseInputDraft['courtRecess'],
        // Kept as typed (no filtering), so issue indices still point at the row on screen.
        fileNumbers: f.fileNumbers as NonNullable<CaseInputDraft['fileNumbers']>,
        opposingParty: f.opposingParty,
        outcome: f.outcome as CaseInputDraft['outcome'],
        // '' is not a date, so an empty opening date is refused by the schema with `date.invalid`.
        openedOn: inputToIso(f.openedOn) ?? '',
        closedOn: inputToIso(f.closedOn),
        closureReason: orUndefined(f.closureReason) as CaseInputDraft['closureReason'],
        closureNote: f.closureNote,
        // Empty means "the vault's setting"; anything else must be a whole number of years.
        retentionYears: f.retentionYears.trim() === '' ? undefined : Number(f.retentionYears.trim()),
        tags: f.tags
          .split(',')
          .map((tag) => tag.trim())
          .filter((tag) => tag !== ''),
      }))
      .pipe(caseInputSchema(today))
  );
}

export function caseToForm(c: CaseInput): CaseFormValues {
  return {
    title: c.title ?? '',
    type: c.type,
    status: c.status,
    stage: c.stage ?? '',
    authority: { kind: c.authority?.kind ?? '', name: c.authority?.name ?? '' },
    court: c.court ?? '',
    courtRecess: c.courtRecess ?? 'unsure',
    fileNumbers: c.fileNumbers.map((n) => ({ kind: n.kind, value: n.value })),
    opposingParty: c.opposingParty ?? '',
    outcome: c.outcome,
    openedOn: c.openedOn,
    closedOn: c.closedOn ?? '',
    closureReason: c.closureReason ?? '',
    closureNote: c.closureNote ?? '',
    retentionYears: c.retentionYears === undefined ? '' : String(c.retentionYears),
    tags: c.tags.join(', '),
  };
}

/** A backend path (`case.openedOn`, `case.tags.2`) → the form field that shows it. */
export function caseFieldOf(path: string): string | undefined {
  const p = path.replace(/^case\./, '');
  if (/^tags(\.|$)/.test(p)) return 'tags';
  if (/^fileNumbers\.\d+\.(kind|value)$/.test(p) || /^authority\.(kind|name)$/.test(p)) return p;
  return Object.hasOwn(formShape.shape, p) ? p : undefined;
}
