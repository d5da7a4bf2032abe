import type { Locator } from '@playwright/test';
import { AppShell } from './app-shell';

export type AgendaBucket = 'overdue' | 'today' | 'week' | 'later';

/** The agenda (home after unlock): overdue, today, the next 7 days, later. */
export class AgendaPage extends AppShell {
  async open(): Promise<void> {
    await this.go('agenda', this.m.home.title);
  }

  /** The section of one bucket. */
  group(bucket: AgendaBucket): Locator {
    return this.page.getByTestId(`agenda-group-${bucket}`);
  }
}
