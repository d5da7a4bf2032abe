import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { REPORT_TABLE_IDS, reportSchema } from '../../../src-main/shared/schemas/report';
import { FINGERPRINT_WORDS } from '../../../src-main/services/reports/word-list';
import { FINGERPRINT_WORDS_TR, fingerprintWordsIn } from '../../../src-main/shared/fingerprint-words';

const valid = {
  schemaVersion: 2,
  revision: 1,
  period: '2026-Q3',
  k: 5,
  excludedForNoConsent: 2,
  tables: [
    {
      id: 'clients.by-gender',
      unit: 'clients',
      dimensions: ['gender'],
      rows: [
        { key: { gender: 'female' }, count: 12, suppressed: false },
        { key: { gender: 'male' }, count: null, suppressed: true },
      ],
    },
  ],
};

describe('the report schema is an allowlist', () => {
  it('matches the reviewed snapshot: adding a field or a table fails here until it is allowlisted', async () => {
    await expect(JSON.stringify(z.toJSONSchema(reportSchema), null, 2)).toMatchFileSnapshot(
      './__snapshots__/report-schema.json',
    );
    expect(REPORT_TABLE_IDS).toEqual([
      'cases.by-type',
      'outcomes.by-type',
      'clients.by-nationality',
      'clients.by-gender',
      'clients.by-age-band',
      'clients.by-vulnerability',
      'clients.by-interpreter',
      'activities.by-kind',
      'hours.pro-bono',
      'deadlines.by-result',
    ]);
  });

  it('accepts a well-formed report', () => {
    expect(reportSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses extra fields anywhere, free text as a dimension value, and counts on suppressed cells', () => {
    const table = valid.tables[0]!;
    const row = table.rows[0]!;
    const bad: unknown[] = [
      { ...valid, lawyer: 'Av. Ayşe' },
      { ...valid, tables: [{ ...table, note: 'x' }] },
      { ...valid, tables: [{ ...table, rows: [{ ...row, name: 'Leyla Hüseyni' }] }] },
      { ...valid, tables: [{ ...table, rows: [{ ...row, key: { gender: 'Leyla Hüseyni' } }] }] },
      { ...valid, tables: [{ ...table, rows: [{ ...row, key: { gender: 'female', district: 'Fatih' } }] }] },
      { ...valid, tables: [{ ...table, rows: [{ key: { gender: 'male' }, count: 2, suppressed: true }] }] },
      { ...valid, tables: [{ ...table, id: 'clients.by-district' }] },
      { ...valid, period: '2026-07-14' },
      { ...valid, k: 2 },
      // Version 1 (suppression only) is no longer a report a lawyer can send.
      { ...valid, schemaVersion: 1 },
      { ...valid, revision: 0 },
    ];
    for (const b of bad) expect(reportSchema.safeParse(b).success, JSON.stringify(b)).toBe(false);
  });

  it('ships 256 distinct fingerprint words', () => {
    expect(new Set(FINGERPRINT_WORDS).size).toBe(256);
    for (const w of FINGERPRINT_WORDS) expect(w).toMatch(/^[a-z]{3,8}$/);
  });

  it('ships 256 distinct Turkish fingerprint words, shown for Turkish users at the same positions', () => {
    expect(new Set(FINGERPRINT_WORDS_TR).size).toBe(256);
    for (const w of FINGERPRINT_WORDS_TR) expect(w).toMatch(/^[a-zçğıöşü]{2,10}$/);
    expect(fingerprintWordsIn('tr', 'acorn actor wheat')).toBe(
      `${FINGERPRINT_WORDS_TR[0]} ${FINGERPRINT_WORDS_TR[1]} ${FINGERPRINT_WORDS_TR[255]}`,
    );
    expect(fingerprintWordsIn('en', 'acorn actor')).toBe('acorn actor');
  });
});
