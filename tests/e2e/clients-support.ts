/**
 * Shared by the clients/intake/trash/search specs: an unlocked vault in a chosen language,
 * synthetic clients seeded from Node, valid foreigner ID numbers, and i18n formatting.
 */
import type { Page } from '@playwright/test';
import { hasValidTurkishIdChecksum } from '../../src-main/shared/identity-numbers';
import type { ChannelInput } from '../../src-main/shared/contract';
import type { Language } from '../../src-main/shared/schemas/vault';
import { expect, TEST_PASSPHRASE, type VaultHarness } from './fixtures';
import { ClientListPage } from './pages/clients';
import { MESSAGES, type Messages } from './pages/messages';

export { fmt, MESSAGES } from './pages/messages';

/** A foreigner ID (YKN): 11 digits, starting with 99, with the T.C. kimlik check digits. */
export function foreignId(seed: number): string {
  const body = `99${String(seed).padStart(7, '0').slice(-7)}`;
  const d = Array.from(body, Number);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (odd + even + tenth) % 10;
  const id = `${body}${tenth}${eleventh}`;
  if (!hasValidTurkishIdChecksum(id)) throw new Error(`foreignId: generated an invalid number ${id}`);
  return id;
}

/** The same number with a wrong last check digit. */
export function badChecksum(id: string): string {
  const last = Number(id.at(-1));
  return `${id.slice(0, -1)}${(last + 1) % 10}`;
}

/** Creates the vault from Node, in `lang`, and opens the app on the Agenda. */
export async function openUnlocked(page: Page, vault: VaultHarness, lang: Language = 'tr'): Promise<Messages> {
  await vault.call('vault:setLanguage', { language: lang });
  await vault.call('vault:create', { passphrase: TEST_PASSPHRASE });
  const m = MESSAGES[lang];
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: m.home.title, exact: true })).toBeVisible();
  return m;
}

type ClientDraft = ChannelInput<'clients:create'>['client'];

export const ISMAIL: ClientDraft = {
  givenName: 'İsmail',
  familyName: 'El Hasan',
  nationality: 'SY',
  languages: ['ar'],
  interpreter: { needed: true, language: 'ar' },
  dateOfBirth: { precision: 'exact', date: '1991-04-12' },
};

export async function seedClient(vault: VaultHarness, client: ClientDraft): Promise<string> {
  return (await vault.call('clients:create', { client })).id;
}

/** A client and their first (open) case, as quick intake makes them. */
export async function seedClientWithCase(
  vault: VaultHarness,
  client: ClientDraft,
): Promise<{ clientId: string; caseId: string }> {
  return vault.call('intake:create', {
    client,
    case: { type: 'removal-appeal', openedOn: '2025-01-15' },
    otherClientIds: [],
  });
}

export async function clientTotal(vault: VaultHarness, search?: string): Promise<number> {
  return (await vault.call('clients:list', search === undefined ? {} : { search })).total;
}

export async function goToClients(page: Page, m: Messages): Promise<void> {
  await new ClientListPage(page, m === MESSAGES.en ? 'en' : 'tr').open();
}

/** The rows of the client table that hold data (not the header, not "loading" placeholders). */
export function clientRows(page: Page) {
  return new ClientListPage(page).rows;
}
