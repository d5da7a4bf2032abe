import { describe, expect, it } from 'vitest';
import { petitionFormSchema } from '../../src-renderer/src/features/guide/petitionForm';

const codes = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);

describe('the petition dialog form (react-hook-form + zod)', () => {
  const schema = petitionFormSchema([
    { field: 'courtName', date: false },
    { field: 'decisionDate', date: true },
  ]);

  it('requires every field the case lacks: nothing is left blank in a petition', () => {
    expect(codes(schema.safeParse({ values: {} }))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^values\.courtName:/),
        expect.stringMatching(/^values\.decisionDate:/),
      ]),
    );
    expect(codes(schema.safeParse({ values: { courtName: '   ', decisionDate: '2026-11-25' } }))).toEqual([
      'values.courtName:petition.missing',
    ]);
  });

  it('takes a date only as a whole day, and bounds text', () => {
    expect(codes(schema.safeParse({ values: { courtName: 'X', decisionDate: '25.11' } }))).toEqual([
      'values.decisionDate:date.invalid',
    ]);
    expect(codes(schema.safeParse({ values: { courtName: 'x'.repeat(501), decisionDate: '2026-11-25' } }))).toEqual([
      'values.courtName:text.tooLong',
    ]);
    expect(schema.safeParse({ values: { courtName: ' İDARE ', decisionDate: '2026-11-25' } })).toMatchObject({
      success: true,
      data: { values: { courtName: 'İDARE', decisionDate: '2026-11-25' } },
    });
  });

  it('with nothing missing, an empty form is valid', () => {
    expect(petitionFormSchema([]).safeParse({ values: {} }).success).toBe(true);
  });
});
