import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDocumentCommand } from '../../src-main/cli/document-commands';
import { capturingIo } from '../helpers/cli';
import { callOn, testBackend } from '../helpers/backend';
import { makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';

/**
 * The `doc` commands end to end on a real vault, in-process (main.ts routes `doc …` to
 * runDocumentCommand unchanged, so this is the same code path as `npm run cli -- doc …`).
 */
async function doc(args: string[], env: Record<string, string> = { EMANET_PASSPHRASE: STRONG_PASSPHRASE }) {
  const { io, printed } = capturingIo({ EMANET_LANG: 'en', ...env });
  return printed(await runDocumentCommand(['doc', ...args], io));
}

describe('CLI: doc add, get, verify, path', () => {
  let dir: string;
  let vault: string;
  let cleanup: () => Promise<void>;
  let caseId: string;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    vault = join(dir, 'vault');
    const backend = testBackend({ vaultDir: vault });
    await callOn(backend, 'vault:create', { passphrase: STRONG_PASSPHRASE });
    ({ caseId } = await callOn(backend, 'intake:create', {
      client: { givenName: 'Leyla', familyName: 'Hüseyni', nationality: 'IR' },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2026-11-20' },
    }));
    await backend.dispose();
  });
  afterEach(async () => cleanup());

  it('add prints { id, sha256, size }; get writes the same bytes and refuses to overwrite without --force', async () => {
    const bytes = Buffer.from('Kimlik fotokopisi — CANARY-cli-41\n'.repeat(5000));
    const source = join(dir, 'kimlik.txt');
    await writeFile(source, bytes);
    const add = await doc(['add', '--vault', vault, '--case', caseId, source, '--title', 'Kimlik', '--json']);
    expect(add.code).toBe(0);
    const added = JSON.parse(add.stdout);
    expect(Object.keys(added).sort()).toEqual(['id', 'sha256', 'size']);
    expect(added).toMatchObject({ sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length });

    const out = join(dir, 'out.txt');
    expect((await doc(['get', '--vault', vault, added.id, '--out', out])).code).toBe(0);
    expect((await readFile(out)).equals(bytes)).toBe(true);
    await writeFile(out, 'keep me');
    const refused = await doc(['get', '--vault', vault, added.id, '--out', out, '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(await readFile(out, 'utf8')).toBe('keep me');
    expect((await doc(['get', '--vault', vault, added.id, '--out', out, '--force'])).code).toBe(0);
    expect((await readFile(out)).equals(bytes)).toBe(true);

    const path = JSON.parse((await doc(['path', '--vault', vault, added.id, '--json'])).stdout).path as string;
    const file = await readFile(path);
    expect(file.subarray(0, 6).toString('latin1')).toBe('EMNDOC');
    expect(file.includes(Buffer.from('CANARY-cli-41'))).toBe(false);
  });

  it('verify exits 0 when every chunk authenticates and 5 naming the document when one does not', async () => {
    const source = join(dir, 'karar.pdf');
    await writeFile(source, Buffer.alloc(200_000, 7));
    const a = JSON.parse((await doc(['add', '--vault', vault, '--case', caseId, source, '--json'])).stdout).id;
    const b = JSON.parse((await doc(['add', '--vault', vault, '--case', caseId, source, '--json'])).stdout).id;
    const ok = await doc(['verify', '--vault', vault, '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, documents: [{ ok: true }, { ok: true }] });

    const path = JSON.parse((await doc(['path', '--vault', vault, b, '--json'])).stdout).path as string;
    const bytes = await readFile(path);
    bytes[100] = (bytes[100] ?? 0) ^ 1;
    await writeFile(path, bytes);
    const bad = await doc(['verify', '--vault', vault, '--json']);
    expect(bad.code).toBe(5);
    expect(bad.stderr).toContain(b);
    expect(bad.stderr).not.toContain(a);
    const report = JSON.parse(bad.stdout);
    expect(report.ok).toBe(false);
    expect(report.documents.find((d: { id: string }) => d.id === b)).toMatchObject({ ok: false });
    expect((await doc(['verify', '--vault', vault, a])).code).toBe(0);
    expect((await doc(['verify', '--vault', vault, b])).code).toBe(5);
  });

  it('verify of a removed document fails; usage errors exit 2; a wrong passphrase exits 3', async () => {
    const source = join(dir, 'not.txt');
    await writeFile(source, 'kısa');
    const id = JSON.parse((await doc(['add', '--vault', vault, '--case', caseId, source, '--json'])).stdout).id;
    const backend = testBackend({ vaultDir: vault });
    await backend.vault.unlock(STRONG_PASSPHRASE);
    await backend.documents.remove(id);
    await backend.dispose();
    const gone = await doc(['verify', '--vault', vault, id, '--json']);
    expect(gone.code).not.toBe(0);
    expect(JSON.parse(gone.stdout)).toMatchObject({ error: { code: 'NOT_FOUND' } });

    expect((await doc(['add', '--vault', vault, source])).code).toBe(2);
    expect((await doc(['get', '--vault', vault, id])).code).toBe(2);
    expect((await doc(['frobnicate', '--vault', vault])).code).toBe(2);
    expect((await doc(['add', '--vault', vault, '--case', caseId, source, '--category', 'nope'])).code).toBe(2);
    expect((await doc(['verify', '--vault', vault], { EMANET_PASSPHRASE: 'wrong wrong wrong wrong' })).code).toBe(3);
    expect((await doc(['add', '--vault', vault, '--case', caseId, join(dir, 'missing.pdf')])).code).toBe(1);
  });
});
