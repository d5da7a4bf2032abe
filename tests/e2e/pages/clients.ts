import type { Locator } from '@playwright/test';
import { AppShell } from './app-shell';
import { MESSAGES } from './messages';

/** The client list: a virtualised table with search and filters. */
export class ClientListPage extends AppShell {
  async open(): Promise<void> {
    await this.go('clients', this.m.clients.title);
  }

  /** The rows that hold data (not the header, not "loading" placeholders), in either language. */
  get rows(): Locator {
    return this.page
      .getByRole('table', { name: MESSAGES.tr.clients.tableLabel })
      .or(this.page.getByRole('table', { name: MESSAGES.en.clients.tableLabel }))
      .locator('[role="rowgroup"] + [role="rowgroup"] [role="row"]');
  }
}
