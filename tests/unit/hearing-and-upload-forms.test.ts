import { describe, expect, it } from 'vitest';
import {
  hearingEditSchema,
  outcomeSchema,
  postponeSchema,
} from '../../src-renderer/src/features/casework/hearingForms';
import {
  EMPTY_HEARING,
  hearingFieldOf,
  hearingFormSchema,
} from '../../src-renderer/src/features/deadlines/hearingForm';
import { uploadFormSchema } from '../../src-renderer/src/features/documents/uploadForm';

const CASE_ID = '6f1c2f0e-8a4b-4c57-9d1e-2b3c4d5e6f70';

const codes = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);

describe('the add-hearing form (react-hook-form + zod)', () => {
  it('asks for the date and the time, and says which is unreadable', () => {
    expect(codes(hearingFormSchema.safeParse(EMPTY_HEARING))).toEqual([
      'date:hearings.errors.dateRequired',
      'time:hearings.errors.timeRequired',
    ]);
    expect(codes(hearingFormSchema.safeParse({ ...EMPTY_HEARING, date: '31.02.2026', time: '25:00' }))).toEqual([
      'date:deadlines.errors.badDate',
      'time:hearings.errors.badTime',
    ]);
  });

  it('gives the channel a 24-hour start and leaves blank details out', () => {
    const parsed = hearingFormSchema.parse({ ...EMPTY_HEARING, date: '2026-03-01', time: '9.05', court: ' İdare ' });
    expect(parsed).toEqual({
      kind: 'hearing',
      startsAt: '2026-03-01T09:05',
      court: 'İdare',
      hall: undefined,
      fileNumber: undefined,
      preparation: undefined,
    });
  });

  it('places the backend’s start on the date field, details on their own', () => {
    expect(hearingFieldOf('startsAt')).toBe('date');
    expect(hearingFieldOf('preparation')).toBe('preparation');
    expect(hearingFieldOf('caseId')).toBeUndefined();
  });
});

describe('a hearing’s inline forms', () => {
  it('postpone refuses a time that is not on the 24-hour clock, at the time field', () => {
    expect(codes(postponeSchema.safeParse({ date: '2026-03-01', time: '9:75', reason: 'x' }))).toEqual([
      'time:casework.hearings.badTime',
    ]);
    expect(postponeSchema.parse({ date: '2026-03-01', time: '9:30', reason: 'Tercüman' })).toEqual({
      startsAt: '2026-03-01T09:30',
      reason: 'Tercüman',
    });
  });

  it('an interim decision with days creates its deadline; other outcomes never do', () => {
    const base = { note: '', days: '15', deadlineTitle: 'Kesin süre' };
    expect(outcomeSchema.parse({ ...base, outcome: 'interim-decision' })).toEqual({
      outcome: 'interim-decision',
      note: '',
      deadline: { days: 15, title: 'Kesin süre' },
    });
    expect(outcomeSchema.parse({ ...base, outcome: 'decision' })).toEqual({ outcome: 'decision', note: '' });
    expect(outcomeSchema.parse({ ...base, outcome: 'interim-decision', days: ' ' })).not.toHaveProperty('deadline');
  });

  it('a correction keeps the values as typed', () => {
    const value = { kind: 'e-hearing', court: '', hall: '4', fileNumber: '2026/1' };
    expect(hearingEditSchema.parse(value)).toEqual(value);
  });
});

describe('the upload form (react-hook-form + zod)', () => {
  const values = { title: 'Karar', category: 'decision', date: '', language: '', note: '' } as const;

  it('asks for a title and refuses an unreadable date with the upload’s own sentences', () => {
    expect(codes(uploadFormSchema(CASE_ID, undefined).safeParse({ ...values, title: ' ', date: 'yarın' }))).toEqual([
      'title:documents.upload.titleRequired',
      'date:documents.upload.badDate',
    ]);
    // A day the calendar does not have passes the format but not the metadata schema.
    expect(codes(uploadFormSchema(CASE_ID, undefined).safeParse({ ...values, date: '31.02.2025' }))).toEqual([
      'date:documents.upload.badDate',
    ]);
  });

  it('puts anything else the metadata refuses at its field, with the shared sentence', () => {
    expect(codes(uploadFormSchema(CASE_ID, undefined).safeParse({ ...values, title: 'x'.repeat(301) }))).toEqual([
      'title:validation.text.tooLong',
    ]);
  });

  it('gives the document’s metadata, trimmed, without blank fields', () => {
    expect(
      uploadFormSchema(CASE_ID, undefined).parse({
        ...values,
        date: '2025-03-07',
        note: ' okunaksız ',
        language: 'ar',
      }),
    ).toEqual({
      caseId: CASE_ID,
      title: 'Karar',
      category: 'decision',
      documentDate: '2025-03-07',
      note: 'okunaksız',
      language: 'ar',
    });
  });

  it('for a new version names the document’s own title and category, whatever the hidden fields hold', () => {
    const version = { documentId: CASE_ID, title: 'Pasaport', category: 'identity-document' } as const;
    expect(uploadFormSchema(CASE_ID, version).parse({ ...values, title: '', date: 'yarın', note: 'x' })).toEqual({
      caseId: CASE_ID,
      title: 'Pasaport',
      category: 'identity-document',
    });
  });
});
