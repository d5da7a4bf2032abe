/**
 * Seeding and page helpers for the backup, retention and panic-wipe specs. Data goes in through
 * the backend (`vault.call`, and the document service for a file); what the specs prove goes
 * through the screens.
 */
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import type { Language } from '../../src-main/shared/schemas/vault';
import { TEST_PASSPHRASE, type VaultHarness } from './fixtures';
import { MESSAGES, type Messages } from './pages/messages';
import { SettingsPage } from './pages/settings';

export { fmt, MESSAGES } from './pages/messages';

export interface SeededVault {
  recoveryKey: string;
  caseIds: string[];
  documentIds: string[];
}

/** A real vault: two clients with cases and notes, and documents (one large enough to watch). */
export async function seedVault(
  vault: VaultHarness,
  lang: Language,
  documentBytes = 8 * 1024 * 1024,
): Promise<SeededVault> {
  await vault.call('vault:setLanguage', { language: lang });
  const { recoveryKey } = await vault.call('vault:create', { passphrase: TEST_PASSPHRASE });
  const a = await vault.call('intake:create', {
    client: { givenName: 'Abdullah', familyName: 'Rahimi', nationality: 'AF' },
    case: { type: 'removal-appeal', status: 'active', openedOn: '2026-01-20', title: 'Sınır dışı itirazı' },
  });
  const b = await vault.call('intake:create', {
    client: { givenName: 'Şükrü', familyName: 'Öztürk', nationality: 'SY' },
    case: { type: 'removal-appeal', status: 'active', openedOn: '2025-10-02' },
  });
  await vault.call('notes:add', { caseId: a.caseId, body: 'Görüşme notu: itiraz dilekçesi hazırlanacak.' });
  await vault.call('notes:add', { caseId: b.caseId, body: 'İkinci dosya notu' });
  const documentIds: string[] = [];
  for (const [i, bytes] of [randomBytes(documentBytes), Buffer.from('kısa belge', 'utf8')].entries()) {
    const added = await vault.backend.documents.add(
      { caseId: i === 0 ? a.caseId : b.caseId, title: `Belge ${i}`, category: 'other' },
      { kind: 'bytes', chunks: [bytes], originalName: `belge-${i}.bin`, mediaType: 'application/octet-stream' },
    );
    documentIds.push(added.id);
  }
  return { recoveryKey, caseIds: [a.caseId, b.caseId], documentIds };
}

const langOf = (m: Messages): Language => (m === MESSAGES.en ? 'en' : 'tr');

export async function openSettings(page: Page, m: Messages): Promise<void> {
  await new SettingsPage(page, langOf(m)).open();
}

export const backupSection = (page: Page, m: Messages) => new SettingsPage(page, langOf(m)).backup;

/**
 * Records, in the page, every value the backup progress bar showed: a job on a small vault can
 * be over between two Playwright polls, and "the bar was there" is what the lawyer sees.
 */
export async function watchProgress(page: Page): Promise<() => Promise<Array<string | null>>> {
  await page.evaluate(() => {
    const w = window as unknown as { __progressSeen: Array<string | null> };
    w.__progressSeen = [];
    const record = (): void => {
      const bar = document.querySelector('[data-testid="job-progress"] progress');
      if (bar) w.__progressSeen.push(bar.getAttribute('value'));
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { __progressSeen: Array<string | null> }).__progressSeen);
}

/** Fills the backup secret: picks the passphrase or recovery-key radio first. */
export async function fillSecret(
  scope: ReturnType<Page['getByTestId']>,
  m: Messages,
  secret: { kind: 'passphrase' | 'recovery'; value: string },
): Promise<void> {
  if (secret.kind === 'recovery') {
    await scope.getByRole('radio', { name: m.backup.useRecoveryKey, exact: true }).check();
    await scope.getByRole('textbox', { name: m.backup.recoveryKey, exact: true }).fill(secret.value);
  } else {
    await scope.getByRole('radio', { name: m.backup.usePassphrase, exact: true }).check();
    await scope.getByLabel(m.backup.passphrase, { exact: true }).fill(secret.value);
  }
}
