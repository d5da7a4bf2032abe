import { expect, type Locator } from '@playwright/test';
import { Screen } from './screen';

/** The unlock screen: what a locked vault shows, and the way back in. */
export class UnlockScreen extends Screen {
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.m.unlock.title, exact: true });
  }

  get passphrase(): Locator {
    return this.page.getByLabel(this.m.unlock.passphrase, { exact: true });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** Types the passphrase and submits (the caller checks what follows). */
  async unlock(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.page.getByRole('button', { name: this.m.unlock.submit, exact: true }).click();
  }
}
