import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src-main/backend';
import { CLIENT_EXPORT_TEXTS } from '../../src-main/domain/client-export/texts';
import { fakeClock } from '../../src-main/services/clock';
import { channelsOf, testBackend } from '../helpers/backend';
import { cli, onlyJson } from '../helpers/cli';
import { makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let pdfjs: typeof PdfJs;
beforeAll(async () => {
  pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
});

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await pdfjs.getDocument({ data: bytes.slice() }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.cleanup();
  return pages.join('\n').replace(/\s+/g, ' ');
}

/** Two clients, each with a case full of records; the second's words must never leave with the first's data. */
async function seed(call: ReturnType<typeof channelsOf>['call']) {
  const a = await call('intake:create', {
    client: { givenName: 'Zeynep', familyName: 'Ağaoğlu', nationality: 'SY', phone: '+90 532 000 11 22' },
    case: { type: 'removal-appeal', openedOn: '2026-10-01', fileNumbers: [{ kind: 'esas', value: '2026/4711 E.' }] },
    otherClientIds: [],
  });
  const b = await call('intake:create', {
    client: { givenName: 'Başkasıyım', familyName: 'Ötekioğlu', nationality: 'AF' },
    case: { type: 'residence-permit', openedOn: '2026-09-01' },
    otherClientIds: [],
  });
  const note = await call('notes:add', { caseId: a.caseId, body: 'Görüşme notu: ZEYNEP-NOTU' });
  await call('notes:add', { caseId: b.caseId, body: 'Başkasının notu: OTEKI-NOTU' });
  const deadline = await call('deadlines:add', {
    caseId: a.caseId,
    ruleId: 'removal-appeal',
    start: { kind: 'notification', date: '2026-11-20' },
  });
  const hearing = await call('hearings:add', { caseId: a.caseId, kind: 'hearing', startsAt: '2027-05-20T10:30' });
  const person = await call('persons:add', { caseId: a.caseId, role: 'relative', name: 'Akraba Kişi' });
  return { a, b, note, deadline, hearing, person };
}

describe('a client’s own data (KVKK art. 11): JSON and PDF with everything about one person', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let backend: Backend;
  let chosen: string | null;
  const { call, invoke } = channelsOf(() => backend);

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    chosen = null;
    backend = testBackend({
      vaultDir: join(dir, 'vault'),
      clock: fakeClock(Date.UTC(2026, 11, 1, 9, 0, 0)),
      saveDialog: () => Promise.resolve(chosen),
    });
    await call('vault:create', { passphrase: STRONG_PASSPHRASE });
  });
  afterEach(async () => {
    await backend.dispose();
    await cleanup();
  });

  it('writes every record of the client and none of another client; the PDF reads back; documents by SHA-256', async () => {
    const { a, b, note, deadline, hearing, person } = await seed(call);
    const docBytes = [Buffer.from('%PDF-1.4 karar örneği'), Buffer.from('ikinci belge içeriği')];
    const docs = [];
    for (const [i, bytes] of docBytes.entries()) {
      docs.push(
        await backend.documents.add(
          { caseId: a.caseId, title: `Karar ${i + 1}`, category: 'other' },
          { kind: 'bytes', chunks: [bytes], originalName: `karar-${i + 1}.txt`, mediaType: 'text/plain' },
        ),
      );
    }
    await backend.documents.add(
      { caseId: b.caseId, title: 'Başkasının belgesi', category: 'other' },
      { kind: 'bytes', chunks: [Buffer.from('OTEKI-BELGE')], originalName: 'oteki.txt', mediaType: 'text/plain' },
    );

    // A closed dialog writes nothing.
    expect(await call('clientExport:save', { clientId: a.clientId, withDocuments: true, language: 'tr' })).toEqual({
      saved: false,
    });
    chosen = join(dir, 'out', 'veriler.pdf');
    await mkdir(join(dir, 'out'));
    const saved = await call('clientExport:save', { clientId: a.clientId, withDocuments: true, language: 'tr' });
    expect(saved).toEqual({ saved: true, cases: 1, documents: 2 });

    const jsonText = await readFile(join(dir, 'out', 'veriler.json'), 'utf8');
    const data = JSON.parse(jsonText) as {
      format: string;
      client: { id: string; givenName: string; phone: string };
      cases: Array<{
        id: string;
        timeline: Array<{ id: string }>;
        deadlines: Array<{ id: string }>;
        hearings: Array<{ id: string }>;
        parties: Array<{ id: string }>;
        documents: Array<{ id: string; versions: Array<{ sha256: string; size: number }> }>;
      }>;
    };
    expect(data.format).toBe('emanet-client-data');
    expect(data.client).toMatchObject({ id: a.clientId, givenName: 'Zeynep', phone: '+90 532 000 11 22' });
    expect(data.cases.map((c) => c.id)).toEqual([a.caseId]);
    expect(jsonText).not.toContain('clientIds');
    const kase = data.cases[0]!;
    expect(kase.timeline.map((t) => t.id)).toContain(note.id);
    expect(kase.deadlines.map((d) => d.id)).toContain(deadline.id);
    expect(kase.hearings.map((h) => h.id)).toContain(hearing.id);
    expect(kase.parties.map((p) => p.id)).toContain(person.id);
    expect(kase.documents.map((d) => d.id).sort()).toEqual(docs.map((d) => d.id).sort());
    expect(kase.documents.flatMap((d) => d.versions.map((v) => v.sha256)).sort()).toEqual(docBytes.map(sha256).sort());
    expect(jsonText).toContain('ZEYNEP-NOTU');
    expect(jsonText).toContain('2026/4711');
    // Nothing of the other client: not the name, not the note, not the case, not the document.
    for (const other of [
      'Başkasıyım',
      'Ötekioğlu',
      'OTEKI-NOTU',
      'OTEKI-BELGE',
      'Başkasının belgesi',
      b.clientId,
      b.caseId,
    ]) {
      expect(jsonText).not.toContain(other);
    }

    const text = await pdfText(new Uint8Array(await readFile(join(dir, 'out', 'veriler.pdf'))));
    const t = CLIENT_EXPORT_TEXTS.tr;
    for (const heading of [t.title, t.profile, t.timeline, t.deadlines, t.hearings, t.parties, t.documents]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Zeynep Ağaoğlu');
    expect(text).toContain('ZEYNEP-NOTU');
    expect(text).toContain(sha256(docBytes[0]!));
    expect(text).not.toContain('Başkasıyım');

    // The documents, decrypted, identical by SHA-256.
    const folder = join(dir, 'out', 'veriler-documents');
    const files = await readdir(folder);
    const hashes = await Promise.all(files.map(async (f) => sha256(await readFile(join(folder, f)))));
    expect(hashes.sort()).toEqual(docBytes.map(sha256).sort());

    // Audited with the client's id only.
    const audit = await backend.vault
      .db()
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'exported')
      .where('entity', '=', 'client')
      .execute();
    expect(audit.map((e) => e.entity_id)).toEqual([a.clientId]);
    expect(JSON.stringify(await backend.vault.db().selectFrom('audit_event').selectAll().execute())).not.toContain(
      'Zeynep',
    );

    // A second export into the same name does not mix documents into an existing folder.
    const again = await invoke('clientExport:save', { clientId: a.clientId, withDocuments: true, language: 'en' });
    expect(again.ok ? 'ok' : again.error.code).toBe('CONFLICT');
  });

  it('an unknown client is NOT_FOUND before any file is written', async () => {
    chosen = join(dir, 'x.pdf');
    const result = await invoke('clientExport:save', {
      clientId: '00000000-0000-4000-8000-000000000000',
      withDocuments: false,
      language: 'en',
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('NOT_FOUND');
    expect(await readdir(dir)).toEqual(['vault']);
  });
});

describe('CLI: client export', () => {
  it('writes client-data.json and client-data.pdf (English headings) into --out, never overwriting', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const vault = join(dir, 'v');
      const env = { EMANET_PASSPHRASE: STRONG_PASSPHRASE };
      expect((await cli(['vault', 'init', '--vault', vault, '--json', '--insecure-test-kdf'], env)).code).toBe(0);
      const clientFile = join(dir, 'client.json');
      await writeFile(clientFile, JSON.stringify({ givenName: 'Yusuf', familyName: 'Karaca', nationality: 'IQ' }));
      const added = onlyJson(
        (await cli(['client', 'add', '--vault', vault, '--json-file', clientFile, '--json'], env)).stdout,
      ) as { id: string };
      const out = join(dir, 'export');
      const run = await cli(['client', 'export', '--vault', vault, '--id', added.id, '--out', out, '--json'], env);
      expect(run.code).toBe(0);
      expect(onlyJson(run.stdout)).toMatchObject({ cases: 0, documents: 0, documentsDir: null });
      expect((await readdir(out)).sort()).toEqual(['client-data.json', 'client-data.pdf']);
      const text = await pdfText(new Uint8Array(await readFile(join(out, 'client-data.pdf'))));
      expect(text).toContain(CLIENT_EXPORT_TEXTS.en.title);
      expect(text).toContain('Yusuf Karaca');
      const again = await cli(['client', 'export', '--vault', vault, '--id', added.id, '--out', out, '--json'], env);
      expect(again.code).not.toBe(0);
      expect((await cli(['client', 'export', '--vault', vault, '--json'], env)).code).toBe(2);
    } finally {
      await cleanup();
    }
  });
});
