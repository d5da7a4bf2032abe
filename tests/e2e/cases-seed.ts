/**
 * Seeding for the case specs: clients and cases go in from Node through the real backend
 * (`vault.call`), the way the app's own window would, so each spec drives through the UI only
 * the part it is about. Dates are computed on this machine, which is also the browser's.
 */
import type { Page } from '@playwright/test';
import type { ChannelInput } from '../../src-main/shared/contract';
import { TEST_PASSPHRASE, type VaultHarness } from './fixtures';
import { CaseListPage, type CasePage } from './pages/cases';
import { fmt, MESSAGES, type Lang } from './pages/messages';

export type { Lang };
export { fmt };
export const messages = MESSAGES;

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD`, `days` from today (negative: in the past), in local time. */
export function isoDay(days = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The same day as the lawyer types and reads it: `dd.mm.yyyy`. */
export function displayDay(days = 0): string {
  const [y, m, d] = isoDay(days).split('-');
  return `${d}.${m}.${y}`;
}

export interface SeededCase {
  caseId: string;
  clientId: string;
  relativeId: string;
}

type CaseDraft = ChannelInput<'intake:create'>['case'];

/**
 * A fresh vault, unlocked, with İsmail Yılmaz and his wife Fatma as clients of one removal
 * appeal (a family sharing a case), created with quick intake like the app does.
 */
export async function seedFamilyCase(vault: VaultHarness, caseOverrides: Partial<CaseDraft> = {}): Promise<SeededCase> {
  await vault.call('vault:create', { passphrase: TEST_PASSPHRASE });
  const relative = await vault.call('clients:create', { client: { givenName: 'Fatma', familyName: 'Yılmaz' } });
  const { clientId, caseId } = await vault.call('intake:create', {
    client: { givenName: 'İsmail', familyName: 'Yılmaz', nationality: 'SY' },
    case: {
      type: 'removal-appeal',
      status: 'active',
      openedOn: isoDay(-10),
      fileNumbers: [{ kind: 'esas', value: '2025/1234' }],
      ...caseOverrides,
    },
    otherClientIds: [relative.id],
  });
  return { caseId, clientId, relativeId: relative.id };
}

/** From the app's start to the case list (menu), then the case page (row, Enter). */
export async function openCaseFromList(page: Page, lang: Lang, rowText: string): Promise<CasePage> {
  await page.goto('/');
  const list = new CaseListPage(page, lang);
  await list.open();
  return list.openCase(rowText);
}
