import { expect, type Locator, type Page } from '@playwright/test';
import { MESSAGES, type Lang, type Messages } from './messages';

type Section = 'agenda' | 'clients' | 'cases' | 'trash' | 'reports' | 'settings';

/** The unlocked app's frame: the navigation, the page heading and the lock button. */
export class AppShell {
  readonly m: Messages;

  constructor(
    readonly page: Page,
    readonly lang: Lang = 'tr',
  ) {
    this.m = MESSAGES[lang];
  }

  /** The page's one level-1 heading with exactly this text. */
  heading(text: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: text, exact: true });
  }

  /** Goes to a top-level section through the menu and waits for its heading. */
  async go(section: Section, title: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: this.m.nav[section], exact: true }).click();
    await expect(this.heading(title)).toBeVisible();
  }
}
