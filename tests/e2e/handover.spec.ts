/**
 * Case handover between two vaults (issue 17 §2) on the real UI: the lawyer in the browser adds a
 * colleague's key after comparing its words, hands a case over (choosing to shred the copy),
 * sees it read-only, enters the code the colleague read back and the copy is shredded; then
 * receives a case from the colleague, attaching it to a client already in the vault through the
 * conflict check, and reads the confirmation code. The colleague's vault is a second backend
 * driven through its channels. Screens in Turkish and English.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, TEST_PASSPHRASE, test } from './fixtures';
import { CaseListPage } from './pages/cases';
import { HandoverSettings } from './pages/handover';
import { fmt } from './pages/messages';
import { reportBackend } from './reports-seed';
import { saveScreen } from './screens';
import { fingerprintWordsIn } from '../../src-main/shared/fingerprint-words';

test('handover: trust a colleague, hand a case over and shred the copy, receive one with the conflict choice', async ({
  page,
  vault,
  openChoice,
  exportDir,
  appOrigin,
}) => {
  await vault.call('vault:create', { passphrase: TEST_PASSPHRASE });
  const mine = await vault.call('intake:create', {
    client: { givenName: 'Abdullah', familyName: 'Rahimi', nationality: 'AF' },
    case: { type: 'removal-appeal', status: 'active', openedOn: '2026-11-20', title: 'Devredilecek itiraz' },
  });
  await vault.call('notes:add', { caseId: mine.caseId, body: 'Görüşme notu' });
  const colleague = await reportBackend(vault.clock, appOrigin);
  try {
    await colleague.call('vault:create', { passphrase: TEST_PASSPHRASE });
    // The colleague's key file, and the colleague trusting ours (their side, through channels).
    await colleague.call('handover:exportKey', {});
    const colleagueKeyFile = path.join(colleague.exportDir, 'emanet-handover-key.json');
    const colleagueWords = (await colleague.call('handover:keys', {})).words;
    const ownKeyFile = path.join(colleague.exportDir, 'their-colleague.json');
    await writeFile(ownKeyFile, JSON.stringify((await vault.backend.handover.myKey()).file));
    colleague.openQueue.push([ownKeyFile]);
    const opened = await colleague.call('handover:openColleagueKey', {});
    if (opened.cancelled) throw new Error('cancelled');
    await colleague.call('handover:trust', { fingerprint: opened.fingerprint });

    // Settings: own words, then the colleague's key after comparing its words.
    await page.goto('/');
    const settings = new HandoverSettings(page, 'tr');
    const m = settings.m;
    await settings.open();
    const ownWords = (await vault.call('handover:keys', {})).words;
    await expect(settings.handover.getByTestId('handover-own-words')).toHaveText(fingerprintWordsIn('tr', ownWords));
    await expect(settings.handover.getByText(m.handover.noColleagues)).toBeVisible();
    openChoice.path = colleagueKeyFile;
    await settings.button(m.handover.addColleague).click();
    await expect(settings.handover.getByTestId('handover-colleague-words')).toHaveText(
      fingerprintWordsIn('tr', colleagueWords),
    );
    await settings.button(m.handover.trust).click();
    await expect(settings.handover.getByRole('status')).toHaveText(m.handover.trusted);
    await expect(settings.handover.getByRole('listitem')).toHaveCount(1);
    await saveScreen(page, 'handover-01-settings', 'tr');

    // The case page: hand it over, choosing to shred this copy after the code.
    const cases = new CaseListPage(page, 'tr');
    await cases.open();
    await cases.openCase('Devredilecek itiraz');
    await page.getByText(m.handover.sendButton, { exact: true }).click();
    const form = page.getByRole('form', { name: m.handover.sendTitle });
    await form
      .getByLabel(m.handover.colleague, { exact: true })
      .selectOption({ label: fingerprintWordsIn('tr', colleagueWords) });
    await form.getByLabel(m.handover.copyShred).check();
    await form.getByRole('button', { name: m.handover.seal, exact: true }).click();
    const banner = page.getByTestId('handover-banner');
    await expect(banner).toContainText(m.handover.willShred);
    await saveScreen(page, 'handover-02-case-read-only', 'tr');
    // Read-only: a note is refused with the reason.
    expect((await vault.invoke('notes:add', { caseId: mine.caseId, body: 'x' })).ok).toBe(false);

    // The colleague receives it and reads the code back; a wrong code is refused first.
    colleague.openQueue.push([path.join(exportDir, 'devir.emanet-handover')]);
    await colleague.call('handover:openFile', {});
    const { confirmationCode } = await colleague.call('handover:receive', { attach: [] });
    const code = banner.getByLabel(m.handover.code, { exact: true });
    await code.fill('1111-2222-3333');
    await banner.getByRole('button', { name: m.handover.confirm, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: m.handover.shredConfirm, exact: true }).click();
    await expect(banner.getByRole('alert')).toHaveText(m.errorDetails.handover.badConfirmation);
    await code.fill(confirmationCode);
    await banner.getByRole('button', { name: m.handover.confirm, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: m.handover.shredConfirm, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: m.cases.listTitle, exact: true })).toBeVisible();
    expect((await vault.invoke('cases:get', { id: mine.caseId })).ok).toBe(false);

    // Now the colleague hands a case over to us; we already know the client (another spelling).
    await vault.call('intake:create', {
      client: { givenName: 'Mariam', familyName: 'Karimi', nationality: 'AF' },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2026-10-01', title: 'Eski dosya' },
    });
    const theirs = await colleague.call('intake:create', {
      client: { givenName: 'Maryam', familyName: 'Kerimi', nationality: 'AF' },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2026-11-02', title: 'Gelen itiraz' },
    });
    const theirCase = { id: theirs.caseId };
    const ourFingerprint = (await colleague.call('handover:keys', {})).colleagues[0]!.fingerprint;
    await colleague.call('handover:send', { caseId: theirCase.id, to: ourFingerprint, copy: 'read-only' });
    openChoice.path = path.join(colleague.exportDir, 'devir.emanet-handover');
    await settings.open();
    await settings.button(m.handover.chooseFile).click();
    const preview = settings.handover.getByTestId('handover-preview');
    await expect(preview).toContainText(fmt(m.handover.clientLabel, { name: 'Maryam Kerimi' }));
    await preview.getByLabel(fmt(m.handover.choiceAttach, { name: 'Mariam Karimi' })).check();
    await saveScreen(page, 'handover-03-receive', 'tr');
    await settings.button(m.handover.receive).click();
    await expect(settings.handover.getByTestId('handover-code')).toHaveText(/^\d{4}-\d{4}-\d{4}$/);
    await saveScreen(page, 'handover-04-code', 'tr');
    expect((await vault.call('cases:get', { id: theirCase.id })).id).toBe(theirCase.id);

    // English screens: the settings section and a handed-over case's banner.
    await vault.call('vault:setLanguage', { language: 'en' });
    await page.reload();
    const en = new HandoverSettings(page, 'en');
    await en.open();
    await expect(en.handover.getByTestId('handover-own-words')).toHaveText(fingerprintWordsIn('en', ownWords));
    await saveScreen(page, 'handover-01-settings', 'en');
    await vault.call('handover:send', {
      caseId: theirCase.id,
      to: (await vault.call('handover:keys', {})).colleagues[0]!.fingerprint,
      copy: 'read-only',
    });
    const casesEn = new CaseListPage(page, 'en');
    await casesEn.open();
    await casesEn.openCase('Gelen itiraz');
    await expect(page.getByTestId('handover-banner')).toContainText(en.m.handover.code);
    await saveScreen(page, 'handover-02-case-read-only', 'en');
  } finally {
    await colleague.dispose();
  }
});
