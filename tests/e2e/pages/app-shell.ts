import { expect, type Locator } from '@playwright/test';
import { Screen } from './screen';

type Section = 'agenda' | 'clients' | 'cases' | 'trash' | 'reports' | 'settings';

/** The unlocked app's frame: the navigation and the page heading. */
export class AppShell extends Screen {
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
