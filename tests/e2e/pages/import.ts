import { expect, type Locator } from '@playwright/test';
import { AppShell } from './app-shell';
import { fmt } from './messages';

/** The import mapping screen (issue 17), reached from the client list. */
export class ImportScreen extends AppShell {
  /** From the client list's "Import from Excel/CSV" button. */
  async open(): Promise<void> {
    await this.go('clients', this.m.clients.title);
    await this.page.getByRole('button', { name: this.m.importList.openFromClients, exact: true }).click();
    await expect(this.heading(this.m.importList.title)).toBeVisible();
  }

  /** Clicks "Choose file…": the e2e harness's open dialog answers with `openChoice.path`. */
  async chooseFile(): Promise<void> {
    await this.page.getByRole('button', { name: this.m.importList.chooseFile, exact: true }).click();
    await expect(this.previewTable).toBeVisible();
  }

  get previewTable(): Locator {
    return this.page.getByRole('table', { name: this.m.importList.preview.tableLabel });
  }

  /** The select holding the field of the column whose header is `header`. */
  column(header: string): Locator {
    return this.page.getByRole('combobox', { name: fmt(this.m.importList.mapping.fieldFor, { header }), exact: true });
  }

  /** The preview line of the file's row `n` (1-based, the header is row 1). */
  row(n: number): Locator {
    return this.previewTable.locator(`[role="row"][data-row="${n}"]`);
  }

  choice(n: number): Locator {
    return this.page.getByRole('combobox', {
      name: fmt(this.m.importList.preview.choiceFor, { row: n }),
      exact: true,
    });
  }

  get summary(): Locator {
    return this.page.getByTestId('import-summary');
  }

  summaryText(counts: { import: number; merge: number; skip: number }): string {
    return fmt(this.m.importList.summary.text, counts);
  }
}
