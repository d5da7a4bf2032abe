import type { Locator } from '@playwright/test';
import { AppShell } from './app-shell';

/** Settings: language, auto-lock, passphrase, reminders, backups, retention, the panic wipe. */
export class SettingsPage extends AppShell {
  async open(): Promise<void> {
    await this.go('settings', this.m.settings.title);
  }

  /** A settings section, found by its heading (a named region). */
  section(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  get backup(): Locator {
    return this.section(this.m.backup.title);
  }
}
