// Issue 16 step 4: the client note in seven languages, rendered with pdf-lib + fontkit and embedded
// fonts, read back with pdf.js: every source sentence comes back in logical order (Arabic, Farsi
// and Pashto included); the first pages of the Arabic and Turkish notes are saved as PNG.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderClientNote, type ClientNoteFonts } from '../../src-main/domain/client-notes/render';
import {
  buildClientNoteTexts,
  ClientNoteDataError,
  loadClientNoteFonts,
  SHIPPED_CLIENT_NOTES,
} from '../../src-main/services/client-notes/client-note-service';
import { CLIENT_NOTE_LANGUAGES } from '../../src-main/shared/schemas/client-notes';

const SCREENS = path.resolve(import.meta.dirname, '../../test-results/screens');
const texts = buildClientNoteTexts(SHIPPED_CLIENT_NOTES);
const DATA = {
  caseType: 'removal-appeal',
  hearing: { when: '24.06.2027 09:30', court: 'İstanbul 5. İdare Mahkemesi, 3. salon' },
  lawyerName: 'Ayşe Demir',
  lawyerPhone: '+90 532 123 45 67',
  generatedOn: '12.05.2027',
};

let pdfjs: typeof PdfJs;
let fonts: ClientNoteFonts;
beforeAll(async () => {
  pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  fonts = await loadClientNoteFonts();
});

/**
 * Two differences measured in pdf.js's read-back that are not in the page: a zero-width non-joiner
 * (Farsi "می‌توانند") comes back as a space, and a combining mark drawn as its own glyph (Arabic
 * tanwin, "شيئاً") comes back after a space. Both sides are compared without them.
 */
const squash = (s: string) =>
  s
    .replace(/\u200c/g, ' ')
    .replace(/\s+(?=[\u064b-\u065f\u0670])/g, '')
    .replace(/\s+/g, ' ')
    .trim();

async function extract(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const task = pdfjs.getDocument({ data: bytes.slice() });
  const pdf = await task.promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  const text = squash(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  const pages = pdf.numPages;
  await task.destroy();
  return { text, pages };
}

async function savePng(bytes: Uint8Array, lang: string): Promise<void> {
  const task = pdfjs.getDocument({ data: bytes.slice() });
  const pdf = await task.promise;
  const page = await pdf.getPage(1);
  const viewport = page.getViewport({ scale: 1.5 });
  const factory = pdf.canvasFactory as {
    create: (w: number, h: number) => { canvas: { toBuffer: (t: string) => Buffer } };
  };
  const { canvas } = factory.create(viewport.width, viewport.height);
  await page.render({ canvas, viewport }).promise;
  await mkdir(path.join(SCREENS, lang), { recursive: true });
  await writeFile(path.join(SCREENS, lang, `client-note-${lang}.png`), canvas.toBuffer('image/png'));
  await task.destroy();
}

describe('client notes', () => {
  it.each(CLIENT_NOTE_LANGUAGES)(
    '%s: one page whose extracted text matches the source, in logical order',
    async (lang) => {
      const t = texts[lang];
      const bytes = await renderClientNote(t, DATA, fonts);
      const { text, pages } = await extract(bytes);
      expect(pages).toBe(1);
      const sentences = [
        t.title,
        t.intro,
        t.nextHearing,
        t.decisionTitle,
        t.decision['removal-appeal']!,
        t.bringTitle,
        ...t.bring,
        t.dontTitle,
        ...t.dont,
        t.lawyer,
        t.translationReviewed ? t.reviewed : t.notReviewed,
        DATA.hearing.when,
        DATA.hearing.court,
        'Av. Ayşe Demir',
        DATA.lawyerPhone,
      ];
      for (const s of sentences) expect(text, `${lang}: ${s}`).toContain(squash(s));
      if (t.direction === 'rtl') {
        // The lam-alef ligature reads back as written, not reversed.
        expect(text).not.toContain('الوالية');
      }
      if (lang === 'ar' || lang === 'tr') await savePng(bytes, lang);
    },
  );

  it('a language file with a missing text or the wrong language is refused with its problems named', () => {
    const broken = {
      ...SHIPPED_CLIENT_NOTES,
      fa: { ...(SHIPPED_CLIENT_NOTES.fa as object), bring: [] },
      ps: SHIPPED_CLIENT_NOTES.ar,
    };
    expect(() => buildClientNoteTexts(broken)).toThrow(ClientNoteDataError);
    expect(() => buildClientNoteTexts(broken)).toThrow(
      /client-notes\/fa\.json is invalid:\n {2}bring: [\s\S]*client-notes\/ps\.json says it is "ar"/,
    );
  });

  it('only Turkish, the source, is marked reviewed: the others print "translation reviewed: no"', () => {
    expect(CLIENT_NOTE_LANGUAGES.filter((l) => texts[l].translationReviewed)).toEqual(['tr']);
  });
});

describe('client note from a case, through the router', () => {
  it('suggests the client’s language and saves the note as a PDF document of the case', async () => {
    const { caseworkVault } = await import('./casework/helpers');
    const v = await caseworkVault();
    try {
      const client = await v.call('clients:get', { id: v.clientId });
      await v.call('clients:update', {
        id: v.clientId,
        version: client.version,
        client: { ...client.client, languages: ['fa', 'tr'] },
      });
      await v.call('hearings:add', {
        caseId: v.caseId,
        kind: 'hearing',
        court: 'İstanbul 5. İdare Mahkemesi',
        startsAt: '2027-06-24T09:30',
      });
      const langs = await v.call('clientNotes:languages', { caseId: v.caseId });
      expect(langs.suggested).toBe('fa');
      expect(langs.languages).toHaveLength(7);
      const { documentId } = await v.call('clientNotes:generate', {
        caseId: v.caseId,
        language: 'fa',
        lawyerPhone: '+90 532 000 00 00',
      });
      const docs = (await v.call('documents:list', { caseId: v.caseId })).documents;
      expect(docs).toMatchObject([{ id: documentId, category: 'correspondence', language: 'fa' }]);
      const { versions } = await v.call('documents:versions', { documentId });
      const opened = await v.backend.documents.openStream(versions[0]!.id);
      const parts: Buffer[] = [];
      for await (const chunk of opened.chunks) parts.push(Buffer.from(chunk));
      const { text } = await extract(new Uint8Array(Buffer.concat(parts)));
      expect(text).toContain('24.06.2027 09:30');
      expect(text).toContain(squash(texts.fa.decision['removal-appeal']!));
    } finally {
      await v.dispose();
    }
  });
});
