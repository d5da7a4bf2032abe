/**
 * "Export this client's data" (KVKK art. 11, issue 17) on the client page: the warning, then the
 * main process's save dialog (the harness answers with `<exportDir>/<suggested name>`), and the
 * files it leaves: the PDF, the JSON with this client's records, the decrypted documents when
 * asked. Screens in Turkish and English. Synthetic names only.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { scaled } from '../helpers/timing';
import { ISMAIL, openUnlocked, seedClientWithCase } from './clients-support';
import { expect, test } from './fixtures';
import { ClientListPage } from './pages/clients';
import { saveScreen } from './screens';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

for (const lang of ['tr', 'en'] as const) {
  test(`client export (${lang}): warning, save dialog, PDF + JSON${lang === 'tr' ? ' + documents' : ''}`, async ({
    page,
    vault,
    exportDir,
  }) => {
    test.setTimeout(scaled(40_000));
    const m = await openUnlocked(page, vault, lang);
    const { clientId, caseId } = await seedClientWithCase(vault, ISMAIL);
    await vault.call('notes:add', { caseId, body: 'Görüşme notu: E2E-NOTU' });
    const bytes = Buffer.from('karar metni — e2e');
    await vault.backend.documents.add(
      { caseId, title: 'Sınır dışı etme kararı', category: 'other' },
      { kind: 'bytes', chunks: [bytes], originalName: 'karar.txt', mediaType: 'text/plain' },
    );

    const list = new ClientListPage(page, lang);
    await list.open();
    await list.rows.filter({ hasText: 'İsmail El Hasan' }).click();
    await expect(list.heading('İsmail El Hasan')).toBeVisible();
    await page.getByRole('button', { name: m.clientData.open }).click();
    const dialog = page.getByTestId('client-export-dialog');
    await expect(dialog.getByRole('heading', { name: m.clientData.title })).toBeVisible();
    await expect(dialog).toContainText(m.clientData.warning);
    const withDocuments = lang === 'tr';
    if (withDocuments) await dialog.getByRole('checkbox', { name: m.clientData.withDocuments }).check();
    await saveScreen(page, 'client-export-01-warning', lang);
    await dialog.getByRole('button', { name: m.clientData.confirm }).click();

    const done = m.clientData.saved.replace('{{cases}}', '1').replace('{{documents}}', withDocuments ? '1' : '0');
    await expect(page.getByRole('status').filter({ hasText: done })).toBeVisible();
    await expect(dialog).toHaveCount(0);
    await saveScreen(page, 'client-export-02-done', lang);

    const base = lang === 'tr' ? 'emanet-kisisel-veriler' : 'emanet-personal-data';
    const files = (await readdir(exportDir)).sort();
    expect(files).toEqual([`${base}.json`, `${base}.pdf`, ...(withDocuments ? [`${base}-documents`] : [])].sort());
    const json = JSON.parse(await readFile(path.join(exportDir, `${base}.json`), 'utf8')) as {
      client: { id: string; givenName: string };
      cases: Array<{ id: string }>;
    };
    expect(json.client).toMatchObject({ id: clientId, givenName: 'İsmail' });
    expect(json.cases.map((c) => c.id)).toEqual([caseId]);
    const pdf = await readFile(path.join(exportDir, `${base}.pdf`));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (withDocuments) {
      const folder = path.join(exportDir, `${base}-documents`);
      const [only] = await readdir(folder);
      expect(sha256(await readFile(path.join(folder, only!)))).toBe(sha256(bytes));
    }
    const audit = await vault.backend.vault
      .db()
      .selectFrom('audit_event')
      .selectAll()
      .where('entity', '=', 'client')
      .where('action', '=', 'exported')
      .execute();
    expect(audit.map((a) => a.entity_id)).toEqual([clientId]);
  });
}
