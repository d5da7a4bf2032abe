import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Backend } from '../../src-main/backend';
import { fakeClock } from '../../src-main/services/clock';
import { callOn as call, testBackend } from '../helpers/backend';
import { STRONG_PASSPHRASE } from '../helpers/temp-vault';

export { callOn as call, OURS as ours } from '../helpers/backend';
export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Lower-case ASCII, so the folded copy in the search index is byte-identical and scannable too. */
export const CANARIES = {
  clientName: 'kanaryamusteri',
  noteText: 'kanaryanotmetni',
  documentText: 'kanaryabelgeicerigi',
  purgedNote: 'kanaryaimhanotu',
  purgedDocument: 'kanaryaimhabelgesi',
} as const;

export function openBackend(vaultDir: string): Backend {
  return testBackend({ vaultDir, clock: fakeClock() });
}

export interface Seeded {
  backend: Backend;
  recoveryKey: string;
  caseIds: string[];
  documents: Array<{ id: string; sha256: string }>;
}

/** A small real vault: two clients with cases, notes, and documents (one spans several chunks). */
export async function seedVault(vaultDir: string): Promise<Seeded> {
  const backend = openBackend(vaultDir);
  const { recoveryKey } = await call(backend, 'vault:create', { passphrase: STRONG_PASSPHRASE });
  const a = await call(backend, 'intake:create', {
    client: { givenName: 'Abdullah', familyName: CANARIES.clientName, nationality: 'AF' },
    case: { type: 'removal-appeal', status: 'active', openedOn: '2026-11-20' },
  });
  const b = await call(backend, 'intake:create', {
    client: { givenName: 'Şükrü', familyName: 'Öztürk', nationality: 'SY' },
    case: { type: 'removal-appeal', status: 'active', openedOn: '2026-10-02' },
  });
  await call(backend, 'notes:add', { caseId: a.caseId, body: `Görüşme: ${CANARIES.noteText} itiraz` });
  await call(backend, 'notes:add', { caseId: b.caseId, body: 'İkinci dosya notu' });
  const documents: Seeded['documents'] = [];
  const contents = [
    Buffer.from(`Karar metni ${CANARIES.documentText} `.repeat(9000), 'utf8'),
    randomBytes(1000),
    Buffer.from('kısa belge', 'utf8'),
  ];
  for (const [i, bytes] of contents.entries()) {
    const added = await backend.documents.add(
      { caseId: i === 2 ? b.caseId : a.caseId, title: `Belge ${i}`, category: 'other' },
      { kind: 'bytes', chunks: [bytes], originalName: `belge-${i}.txt`, mediaType: 'text/plain' },
    );
    documents.push({ id: added.id, sha256: sha256(bytes) });
  }
  return { backend, recoveryKey, caseIds: [a.caseId, b.caseId], documents };
}

/** Every row that matters, in a stable order: "identical" means this dump is equal. */
export async function dumpVault(backend: Backend): Promise<Record<string, unknown[]>> {
  const db = backend.vault.db();
  const out: Record<string, unknown[]> = {};
  for (const table of ['client', 'legal_case', 'case_client', 'case_note', 'document', 'document_version', 'setting']) {
    const rows = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} ORDER BY 1, 2`.execute(db);
    out[table] = rows.rows;
  }
  return out;
}

/** Plaintext SHA-256 of every document's latest version, decrypted through the service. */
export async function documentHashes(backend: Backend, ids: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const id of ids) {
    const [latest] = await backend.documents.versions(id);
    if (!latest) throw new Error('no version');
    const opened = await backend.documents.openStream(latest.id);
    const hash = createHash('sha256');
    for await (const chunk of opened.chunks) hash.update(chunk);
    out[id] = hash.digest('hex');
  }
  return out;
}

export async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await allFiles(path)));
    else out.push(path);
  }
  return out;
}

/** Files under `dir` containing `needle` as UTF-8 or UTF-16LE. */
export async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const variants = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  const hits: string[] = [];
  for (const path of await allFiles(dir)) {
    const bytes = await readFile(path);
    if (variants.some((v) => bytes.includes(v))) hits.push(path);
  }
  return hits;
}

/** SHA-256 of every file under a folder (recursively), by relative path. */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const path of (await allFiles(dir)).sort()) out[path.slice(dir.length)] = sha256(await readFile(path));
  return out;
}
