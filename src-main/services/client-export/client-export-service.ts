import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import {
  describeRecord,
  type ClientExportDocumentModel,
  type ClientExportSection,
} from '../../domain/client-export/records';
import { CLIENT_EXPORT_TEXTS, type ClientExportLanguage } from '../../domain/client-export/texts';
import { AppError } from '../../shared/errors';
import { writeFileAtomic } from '../../storage/atomic-write';
import { recordAudit } from '../audit-log';
import type { Casefile } from '../casefile';
import { todayOf, type CasefileDeps } from '../casefile/context';
import type { Casework } from '../casework';
import type { DeadlineService } from '../deadlines/deadline-service';
import type { DocumentService } from '../documents';

/**
 * A client's own data (KVKK art. 11, issue 17): everything the vault holds about one person —
 * the profile, each of their cases with its timeline, deadlines, hearings, parties, casework
 * records and document list (titles, sizes, SHA-256 of every version) — as a JSON file and a
 * readable PDF, optionally with the decrypted documents in a folder next to them. Records of
 * other clients are never read: only the cases this client is a client of. Audited with the
 * client's id only.
 */

export const CLIENT_EXPORT_FORMAT = 'emanet-client-data';
export const CLIENT_EXPORT_VERSION = 1;

export interface ClientExportDeps extends CasefileDeps {
  casefile: Casefile;
  casework: Casework;
  deadlines: DeadlineService;
  documents: DocumentService;
  /** The embedded font (Noto Sans, the client notes' Latin font), read on first use. */
  fonts: () => Promise<{ latin: Uint8Array }>;
}

export interface ClientExportOptions {
  /** Also write each document's newest version, decrypted, into `<base>-documents/`. */
  withDocuments: boolean;
  /** The PDF's headings. */
  language: ClientExportLanguage;
  /** Replace an existing PDF and JSON (the app's save dialog asked); the documents folder must be new. */
  overwrite?: boolean;
}

export interface ClientExportResult {
  pdf: string;
  json: string;
  documentsDir: string | null;
  cases: number;
  documents: number;
}

type Data = Awaited<ReturnType<ReturnType<typeof createClientExportService>['collect']>>;

/** Where the files go for a chosen name: `x.pdf` → x.pdf, x.json, x-documents/. */
export function exportPaths(chosen: string): { pdf: string; json: string; documentsDir: string } {
  const ext = extname(chosen).toLowerCase();
  const base = ext === '.pdf' || ext === '.json' ? chosen.slice(0, -ext.length) : chosen;
  return { pdf: `${base}.pdf`, json: `${base}.json`, documentsDir: `${base}-documents` };
}

/** A document's name inside the export folder: numbered, without path separators or control characters. */
function safeFileName(n: number, name: string): string {
  const cleaned = Array.from(basename(name), (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f || '<>:"/\\|?*'.includes(ch) ? '_' : ch;
  })
    .join('')
    .slice(0, 120);
  return `${String(n).padStart(3, '0')}-${cleaned || 'document'}`;
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null)) !== null;
}

export function createClientExportService(deps: ClientExportDeps) {
  const { casefile, casework, deadlines, documents } = deps;

  /** Everything about the client, as plain data (the JSON file's content). */
  async function collect(clientId: string) {
    const stored = await casefile.clients.get(clientId);
    const cases = [];
    for (const summary of stored.cases) {
      const kase = await casefile.cases.get(summary.id);
      const docs = await documents.list(summary.id);
      const documentList = [];
      for (const d of docs) {
        const versions = await documents.versions(d.id);
        documentList.push({
          id: d.id,
          title: d.title,
          category: d.category,
          documentDate: d.documentDate,
          note: d.note,
          language: d.language,
          createdAt: d.createdAt,
          versions: versions.map((v) => ({
            id: v.id,
            versionNo: v.versionNo,
            originalName: v.originalName,
            mediaType: v.mediaType,
            size: v.size,
            sha256: v.sha256,
            createdAt: v.createdAt,
          })),
        });
      }
      const poa = await casework.powerOfAttorney.list(summary.id);
      cases.push({
        id: summary.id,
        createdAt: kase.createdAt,
        updatedAt: kase.updatedAt,
        // The other clients of a shared case (a household) are other people: counted, not named or identified.
        case: (({ clientIds, ...rest }) => ({
          ...rest,
          otherClients: clientIds.filter((id) => id !== clientId).length,
        }))(kase.case),
        timeline: await casefile.timeline.list(summary.id),
        deadlines: await deadlines.list(summary.id),
        hearings: await casework.hearings.details(summary.id),
        parties: await casefile.timeline.listPersons(summary.id),
        powerOfAttorney: poa.records,
        notifications: await casework.notifications.list(summary.id),
        stays: await casework.stays.list(summary.id),
        documents: documentList,
      });
    }
    return {
      format: CLIENT_EXPORT_FORMAT,
      version: CLIENT_EXPORT_VERSION,
      generatedOn: todayOf(deps),
      client: { id: stored.id, createdAt: stored.createdAt, updatedAt: stored.updatedAt, ...stored.client },
      cases,
    };
  }

  function pdfModel(data: Data, language: ClientExportLanguage): ClientExportDocumentModel {
    const texts = CLIENT_EXPORT_TEXTS[language];
    const records = (items: readonly unknown[]): string[][] =>
      items.map((item) => describeRecord(item as Record<string, unknown>, texts)).filter((r) => r.length > 0);
    const { client } = data;
    const name = [client.givenName, client.familyName].filter(Boolean).join(' ');
    const sections: Array<ClientExportSection & { level: 1 | 2 }> = [
      { level: 1, heading: texts.profile, records: records([client]) },
      { level: 1, heading: texts.cases, records: data.cases.length ? [] : [[texts.none]] },
    ];
    data.cases.forEach((c, i) => {
      const type = texts.caseTypes[c.case.type] ?? c.case.type;
      sections.push(
        { level: 1, heading: `${texts.caseHeading} ${i + 1}: ${type}`, records: records([c.case]) },
        { level: 2, heading: texts.timeline, records: records(c.timeline) },
        { level: 2, heading: texts.deadlines, records: records(c.deadlines) },
        { level: 2, heading: texts.hearings, records: records(c.hearings) },
        { level: 2, heading: texts.parties, records: records(c.parties) },
        {
          level: 2,
          heading: texts.records,
          records: records([...c.powerOfAttorney, ...c.notifications, ...c.stays]),
        },
        {
          level: 2,
          heading: texts.documents,
          records: c.documents.map((d) => [
            d.title,
            ...d.versions.map(
              (v) =>
                `${texts.labels.versionNo ?? 'v'} ${v.versionNo}: ${v.originalName}, ${v.size} B, SHA-256 ${v.sha256}`,
            ),
          ]),
        },
      );
    });
    return {
      language,
      title: texts.title,
      intro: texts.intro,
      generatedOn: `${texts.generatedOn}: ${data.generatedOn.split('-').reverse().join('.')}`,
      name,
      sections,
      pageLabel: texts.page,
      none: texts.none,
    };
  }

  /**
   * Writes `<base>.json`, `<base>.pdf` and, when asked, `<base>-documents/` for the chosen path.
   * Nothing existing is overwritten (CONFLICT before anything is written); each file is written
   * through a temp file, fsync'd and renamed into place.
   */
  async function write(clientId: string, chosen: string, options: ClientExportOptions): Promise<ClientExportResult> {
    const paths = exportPaths(chosen);
    const targets = [
      ...(options.overwrite ? [] : [paths.pdf, paths.json]),
      ...(options.withDocuments ? [paths.documentsDir] : []),
    ];
    for (const target of targets) {
      if (await exists(target)) throw new AppError('CONFLICT', 'The destination already exists');
    }
    await mkdir(dirname(paths.pdf), { recursive: true });
    const data = await collect(clientId);
    const fonts = await deps.fonts();
    // pdf-lib and fontkit load with the first export, not with the app.
    const { renderClientExportPdf } = await import('../../domain/client-export/render');
    const pdf = await renderClientExportPdf(pdfModel(data, options.language), fonts);
    await writeFileAtomic(paths.json, `${JSON.stringify(data, null, 2)}\n`);
    await writeFileAtomic(paths.pdf, Buffer.from(pdf));
    let documentCount = 0;
    if (options.withDocuments) {
      await mkdir(paths.documentsDir, { mode: 0o700 });
      let n = 0;
      for (const c of data.cases) {
        for (const d of c.documents) {
          const latest = d.versions.reduce((a, b) => (b.versionNo > a.versionNo ? b : a), d.versions[0]!);
          n++;
          // The document service's export: authenticated, through a temp file, audited per document.
          await documents.export(latest.id, join(paths.documentsDir, safeFileName(n, latest.originalName)), {
            overwrite: false,
          });
          documentCount++;
        }
      }
    }
    await recordAudit(deps.db(), deps.clock, { action: 'exported', entity: 'client', entityId: data.client.id });
    return {
      pdf: paths.pdf,
      json: paths.json,
      documentsDir: options.withDocuments ? paths.documentsDir : null,
      cases: data.cases.length,
      documents: documentCount,
    };
  }

  return { collect, write };
}

export type ClientExportService = ReturnType<typeof createClientExportService>;
