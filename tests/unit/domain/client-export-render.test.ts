import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRecord, formatValue } from '../../../src-main/domain/client-export/records';
import { renderClientExportPdf } from '../../../src-main/domain/client-export/render';
import { CLIENT_EXPORT_TEXTS } from '../../../src-main/domain/client-export/texts';
import { loadClientNoteFonts } from '../../../src-main/services/client-notes/client-note-service';

const tr = CLIENT_EXPORT_TEXTS.tr;
let pdfjs: typeof PdfJs;
beforeAll(async () => {
  pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
});

describe('the client data PDF: records as readable lines', () => {
  it('writes dates the Turkish way, booleans as words, and leaves out ids and empty fields', () => {
    expect(formatValue('2026-03-07', tr)).toBe('07.03.2026');
    expect(formatValue('2027-05-20T10:30', tr)).toBe('20.05.2027 10:30');
    expect(formatValue(true, tr)).toBe('evet');
    expect(
      describeRecord(
        {
          id: 'x',
          version: 3,
          givenName: 'Zeynep',
          phone: null,
          aliases: [],
          identityNumbers: [{ kind: 'passport', value: 'P123' }],
          dateOfBirth: { precision: 'exact', date: '1990-02-01' },
          futureField: 'kept',
        },
        tr,
      ),
    ).toEqual(['Ad: Zeynep', 'Kimlik numaraları: passport P123', 'Doğum tarihi: 01.02.1990', 'futureField: kept']);
  });

  it('never fails on a name in a script the font lacks, and spans pages', async () => {
    const fonts = await loadClientNoteFonts();
    const many = Array.from({ length: 70 }, (_, i) => [`Not ${i + 1}: ${'uzun metin '.repeat(12)}`]);
    const bytes = await renderClientExportPdf(
      {
        language: 'tr',
        title: tr.title,
        intro: tr.intro,
        generatedOn: 'Hazırlanma tarihi: 01.12.2026',
        name: 'محمد Al-Hasan',
        sections: [{ level: 1, heading: tr.timeline, records: many }],
        pageLabel: tr.page,
        none: tr.none,
      },
      fonts,
    );
    const pdf = await pdfjs.getDocument({ data: bytes.slice() }).promise;
    expect(pdf.numPages).toBeGreaterThan(1);
    const first = await (await pdf.getPage(1)).getTextContent();
    const text = first.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    expect(text).toContain('Al-Hasan');
    expect(text).toContain(tr.title);
  });
});
