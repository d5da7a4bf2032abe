import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ar from '../../../resources/client-notes/ar.json' with { type: 'json' };
import en from '../../../resources/client-notes/en.json' with { type: 'json' };
import fa from '../../../resources/client-notes/fa.json' with { type: 'json' };
import fr from '../../../resources/client-notes/fr.json' with { type: 'json' };
import kmr from '../../../resources/client-notes/kmr.json' with { type: 'json' };
import ps from '../../../resources/client-notes/ps.json' with { type: 'json' };
import tr from '../../../resources/client-notes/tr.json' with { type: 'json' };
import { CLIENT_NOTE_FONT_FILES } from './font-files';
import type { ClientNoteData, ClientNoteFonts } from '../../domain/client-notes/render';
import {
  CLIENT_NOTE_LANGUAGES,
  clientNoteTextsSchema,
  type ClientNoteLanguage,
  type ClientNoteTexts,
} from '../../shared/schemas/client-notes';
import { todayOf, type CasefileDeps } from '../casefile/context';
import type { Casefile } from '../casefile';
import type { DocumentService } from '../documents';
import { getSettings } from '../settings-service';

/** The shipped texts, by language (data, separate from the UI translations). */
export const SHIPPED_CLIENT_NOTES: Readonly<Record<ClientNoteLanguage, unknown>> = { tr, en, ar, fa, ps, fr, kmr };

export class ClientNoteDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClientNoteDataError';
  }
}

/** Validates every language's file; a bad one is refused with its problems named. */
export function buildClientNoteTexts(
  files: Readonly<Record<string, unknown>>,
): Readonly<Record<ClientNoteLanguage, ClientNoteTexts>> {
  const out: Partial<Record<ClientNoteLanguage, ClientNoteTexts>> = {};
  const errors: string[] = [];
  for (const language of CLIENT_NOTE_LANGUAGES) {
    const parsed = clientNoteTextsSchema.safeParse(files[language]);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
      errors.push(`client-notes/${language}.json is invalid:\n${lines.join('\n')}`);
    } else if (parsed.data.language !== language) {
      errors.push(`client-notes/${language}.json says it is "${parsed.data.language}"`);
    } else out[language] = parsed.data;
  }
  if (errors.length > 0) throw new ClientNoteDataError(errors.join('\n'));
  return out as Record<ClientNoteLanguage, ClientNoteTexts>;
}

// Not named `require`: the bundled main process declares its own, and a second one is a SyntaxError at start.
const resolveFromHere = createRequire(import.meta.url);

/**
 * The embedded fonts (OFL): no system font is assumed. From `fontDir` when given (the packaged
 * app's copy next to its main bundle, see font-files.ts), otherwise from their npm packages.
 */
export async function loadClientNoteFonts(fontDir?: string): Promise<ClientNoteFonts> {
  const pathOf = (f: { module: string; file: string }): string =>
    fontDir === undefined ? resolveFromHere.resolve(f.module) : join(fontDir, f.file);
  const [latin, arabic] = await Promise.all([
    readFile(pathOf(CLIENT_NOTE_FONT_FILES.latin)),
    readFile(pathOf(CLIENT_NOTE_FONT_FILES.arabic)),
  ]);
  return { latin: new Uint8Array(latin), arabic: new Uint8Array(arabic) };
}

const trDate = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

export interface ClientNoteServiceDeps extends CasefileDeps {
  casefile: Casefile;
  documents: DocumentService;
  /** Where the fonts are (the packaged app's bundled copy); absent: from node_modules. */
  fontDir?: string | undefined;
}

/** The client note from a case, written to the case as an encrypted PDF document. */
export function createClientNoteService(deps: ClientNoteServiceDeps) {
  let texts: Readonly<Record<ClientNoteLanguage, ClientNoteTexts>> | undefined;
  let fonts: ClientNoteFonts | undefined;
  return {
    /** The languages, each with its review flag, and the first of the client's recorded languages offered. */
    async languages(caseId: string) {
      texts ??= buildClientNoteTexts(SHIPPED_CLIENT_NOTES);
      const kase = await deps.casefile.cases.get(caseId);
      const first = kase.clients[0];
      const spoken = first ? ((await deps.casefile.clients.get(first.id)).client.languages ?? []) : [];
      const suggested =
        spoken
          .map((l) => (l === 'ku' ? 'kmr' : l))
          .find((l): l is ClientNoteLanguage => (CLIENT_NOTE_LANGUAGES as readonly string[]).includes(l)) ?? 'tr';
      const all = texts;
      return {
        suggested,
        languages: CLIENT_NOTE_LANGUAGES.map((code) => ({ code, reviewed: all[code].translationReviewed })),
      };
    },

    async generate(input: { caseId: string; language: ClientNoteLanguage; lawyerPhone?: string | undefined }) {
      texts ??= buildClientNoteTexts(SHIPPED_CLIENT_NOTES);
      fonts ??= await loadClientNoteFonts(deps.fontDir);
      const kase = await deps.casefile.cases.get(input.caseId);
      const today = todayOf(deps);
      const hearing = await deps
        .db()
        .selectFrom('hearing')
        .select(['starts_at', 'court', 'hall'])
        .where('case_id', '=', input.caseId)
        .where('done_at', 'is', null)
        .where('starts_at', '>=', today)
        .orderBy('starts_at')
        .executeTakeFirst();
      const lawyerName = (await getSettings(deps.db())).lawyerName.trim().replace(/^Av\.\s*/, '') || null;
      const data: ClientNoteData = {
        caseType: kase.case.type,
        hearing: hearing
          ? {
              when: `${trDate(hearing.starts_at.slice(0, 10))} ${hearing.starts_at.slice(11, 16)}`,
              court: [hearing.court ?? kase.case.court, hearing.hall].filter(Boolean).join(', ') || null,
            }
          : null,
        lawyerName,
        lawyerPhone: input.lawyerPhone ?? null,
        generatedOn: trDate(today),
      };
      // pdf-lib and fontkit load with the first note, not with the app.
      const { renderClientNote } = await import('../../domain/client-notes/render');
      const bytes = await renderClientNote(texts[input.language], data, fonts);
      const added = await deps.documents.add(
        {
          caseId: input.caseId,
          title: `Müvekkil notu (${input.language})`,
          category: 'correspondence',
          documentDate: today,
          language: input.language,
        },
        {
          kind: 'bytes',
          chunks: [bytes],
          originalName: `client-note-${input.language}.pdf`,
          mediaType: 'application/pdf',
          size: bytes.length,
        },
      );
      return { documentId: added.id };
    },
  };
}

export type ClientNoteService = ReturnType<typeof createClientNoteService>;
