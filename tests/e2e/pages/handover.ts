import type { Locator } from '@playwright/test';
import { SettingsPage } from './settings';

/** Settings › Case handover: own key words, trusted colleagues, receiving a handed-over case. */
export class HandoverSettings extends SettingsPage {
  get handover(): Locator {
    return this.page.getByRole('region', { name: this.m.handover.title, exact: true });
  }

  button(name: string): Locator {
    return this.handover.getByRole('button', { name, exact: true });
  }
}
