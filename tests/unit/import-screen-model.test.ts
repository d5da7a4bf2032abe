import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportRowView } from '../../src-main/shared/schemas/import';
import { importMappingSchema } from '../../src-main/shared/schemas/import';
import {
  choiceValue,
  countChoices,
  decisionsOf,
  parseChoiceValue,
  remapped,
  rowProblems,
  type RowChoice,
} from '../../src-renderer/src/features/import/importModel';

const row = (n: number, over: Partial<ImportRowView> = {}): ImportRowView => ({
  row: n,
  values: {},
  errors: [],
  conflicts: [],
  duplicateOf: [],
  suggested: 'import',
  ...over,
});

const preview: ImportPreview = {
  source: { kind: 'csv', encoding: 'utf-8', delimiter: ';', headers: ['Ad', 'Soyad', 'Tel', 'Not'], rowCount: 3 },
  mapping: {
    columns: [
      { column: 0, field: 'givenName' },
      { column: 1, field: 'familyName' },
      { column: 2, field: 'phone' },
    ],
    hasHeader: true,
  },
  mappingOrigin: 'recognised',
  rows: [
    row(2),
    row(3, { errors: ['nationality:country.unknown'], suggested: 'skip' }),
    row(4, {
      conflicts: [{ id: 'c1', name: 'X', score: 0.9, reasons: [], nameReasons: [] }],
      suggested: 'skip',
    }),
  ],
};

describe('the import screen model: what the summary counts is what the commit sends', () => {
  it('counts the suggestions, then the lawyer’s choices, and sends every row explicitly', () => {
    expect(countChoices(preview.rows, new Map())).toEqual({ import: 1, merge: 0, skip: 2 });
    const choices = new Map<number, RowChoice>([
      [2, { choice: 'skip' }],
      [4, { choice: 'merge', mergeInto: 'c1' }],
    ]);
    expect(countChoices(preview.rows, choices)).toEqual({ import: 0, merge: 1, skip: 2 });
    expect(decisionsOf(preview.rows, choices)).toEqual([
      { row: 2, choice: 'skip' },
      { row: 3, choice: 'skip' },
      { row: 4, choice: 'merge', mergeInto: 'c1' },
    ]);
  });

  it('round-trips a choice through the select value', () => {
    for (const c of [{ choice: 'import' }, { choice: 'skip' }, { choice: 'merge', mergeInto: 'abc' }] as RowChoice[]) {
      expect(parseChoiceValue(choiceValue(c))).toEqual(c);
    }
  });

  it('moves a field to the column the lawyer chose, releasing it from its old column (a valid mapping)', () => {
    const next = remapped(preview, 3, 'phone');
    expect(next.columns).toEqual([
      { column: 0, field: 'givenName' },
      { column: 1, field: 'familyName' },
      { column: 3, field: 'phone' },
    ]);
    expect(importMappingSchema.safeParse(next).success).toBe(true);
    expect(remapped(preview, 2, null).columns).toHaveLength(2);
    expect(remapped(preview, -1, null, { defaultCaseType: 'residence-permit' })).toMatchObject({
      defaultCaseType: 'residence-permit',
      columns: preview.mapping.columns,
    });
    expect(remapped(preview, -1, null, { hasHeader: false }).hasHeader).toBe(false);
  });

  it('reads the rows named in a refused commit', () => {
    expect(rowProblems(['rows.4:import.mergeTarget', '(input):invalid'])).toEqual([
      { row: 4, code: 'import.mergeTarget' },
      { row: null, code: 'invalid' },
    ]);
  });
});
