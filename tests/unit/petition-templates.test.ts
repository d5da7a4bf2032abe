// Issue 16 step 3: the petition templates validate at load (shape, known fields, a deadline rule
// that exists, a .docx docxtemplater compiles), and the .docx files in resources/templates/ are
// exactly what their source in petition-templates.json builds (tests/tools/build-petition-templates.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import templatesJson from '../../resources/templates/petition-templates.json' with { type: 'json' };
import { buildTemplateDocx, docxText, fillTemplate, TemplateError } from '../../src-main/domain/petitions/docx';
import { loadDeadlineData } from '../../src-main/services/deadline-data';
import { buildPetitionData, PetitionDataError } from '../../src-main/services/petitions/petition-data';

const REPO = path.resolve(import.meta.dirname, '../..');
const clone = () => JSON.parse(JSON.stringify(templatesJson)) as typeof templatesJson;
const partText = (docx: Uint8Array, part: string) => new PizZip(docx).file(part)?.asText();

describe('petition templates', () => {
  it('the four templates the issue lists load, each with its legal basis, in Turkish and English', () => {
    const data = buildPetitionData(templatesJson, loadDeadlineData());
    expect(data.templates.map((t) => t.id)).toEqual([
      'removal-annulment',
      'detention-objection',
      'file-inspection',
      'poa-cover-letter',
    ]);
    for (const t of data.templates) {
      expect(t.legalBasisTr.length).toBeGreaterThan(30);
      expect(t.legalBasisEn.length).toBeGreaterThan(30);
      // Every petition is marked as a draft and ends with the date, signature and attachments.
      expect(t.lines[0]).toMatch(/^! TASLAKTIR/);
      expect(t.lines.some((l) => l.startsWith('> {place}, {today}'))).toBe(true);
      expect(t.lines.some((l) => l.startsWith('## EKLER'))).toBe(true);
    }
    // The removal action in the order of Turkish practice (İYUK m. 3).
    const removal = data
      .byId('removal-annulment')!
      .lines.filter((l) => l.startsWith('## '))
      .map((l) => l.split(':')[0]);
    expect(removal).toEqual([
      '## DAVACI',
      '## VEKİLİ',
      '## DAVALI',
      '## DAVA KONUSU',
      '## TEBLİĞ TARİHİ',
      '## AÇIKLAMALAR',
      '## HUKUKA AYKIRILIK NEDENLERİ',
      '## YÜRÜTMENİN DURDURULMASI TALEBİ',
      '## HUKUKİ NEDENLER',
      '## DELİLLER',
      '## SONUÇ VE İSTEM',
      '## EKLER',
    ]);
  });

  it('the checked-in .docx files are what their source builds (reproducible)', () => {
    for (const t of templatesJson.templates) {
      const onDisk = new Uint8Array(readFileSync(path.join(REPO, 'resources/templates', `${t.id}.docx`)));
      const built = buildTemplateDocx(t.lines);
      for (const part of ['word/document.xml', 'word/styles.xml', '[Content_Types].xml', '_rels/.rels']) {
        expect(partText(onDisk, part), `${t.id}.docx ${part}: run tests/tools/build-petition-templates.ts`).toBe(
          partText(built, part),
        );
      }
    }
  });

  it('refuses a malformed file with one line per problem: unknown field, unknown rule, broken tag, bad shape', () => {
    const bad = clone();
    bad.templates[0]!.lines.push('Müvekkilin annesi: {motherName}');
    (bad.templates[0] as { deadline?: string }).deadline = 'no-such-rule';
    bad.templates[1]!.lines.push('Eksik kapanış: {clientName');
    const run = () => buildPetitionData(bad, loadDeadlineData());
    expect(run).toThrow(PetitionDataError);
    expect(run).toThrow(/templates\.0\.lines: unknown field \{motherName\}/);
    expect(run).toThrow(/templates\.0\.deadline: unknown deadline rule "no-such-rule"/);
    expect(run).toThrow(/templates\.1\.lines: /);
    const shape = clone() as unknown as { templates: Array<Record<string, unknown>> };
    delete shape.templates[2]!.legalBasisEn;
    expect(() => buildPetitionData(shape, loadDeadlineData())).toThrow(/templates\.2\.legalBasisEn/);
  });

  it('fills every tag, escapes what it is given, and refuses to leave a value out', () => {
    const docx = buildTemplateDocx([
      '# {courtName} BAŞKANLIĞINA',
      '## DAVACI: {clientName}',
      '> {place}, {today}',
      '? [yazılacak]',
    ]);
    const filled = fillTemplate(docx, {
      courtName: 'İSTANBUL 5. İDARE MAHKEMESİ',
      clientName: 'Ahmad <Karimi> & Co',
      place: 'İstanbul',
      today: '03.12.2026',
    });
    expect(docxText(filled)).toBe(
      'İSTANBUL 5. İDARE MAHKEMESİ BAŞKANLIĞINA\nDAVACI: Ahmad <Karimi> & Co\nİstanbul, 03.12.2026\n[yazılacak]',
    );
    expect(() => fillTemplate(docx, { courtName: 'X', place: 'Y', today: 'Z' })).toThrow(TemplateError);
  });
});
