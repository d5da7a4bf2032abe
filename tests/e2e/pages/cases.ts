import { expect, type Locator } from '@playwright/test';
import { AppShell } from './app-shell';

/** The case list: one row per case, opened with Enter like a lawyer using the keyboard. */
export class CaseListPage extends AppShell {
  async open(): Promise<void> {
    await this.go('cases', this.m.cases.listTitle);
  }

  row(text: string): Locator {
    return this.page.getByTestId('case-row').filter({ hasText: text });
  }

  /** Opens the one case whose row shows `text`; resolves on its page. */
  async openCase(text: string): Promise<CasePage> {
    const row = this.row(text);
    await expect(row).toHaveCount(1);
    await row.focus();
    await this.page.keyboard.press('Enter');
    const casePage = new CasePage(this.page, this.lang);
    await casePage.expectShown();
    return casePage;
  }
}

/** A case's page: header and the sections under it. */
export class CasePage extends AppShell {
  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('button', { name: this.m.cases.edit, exact: true })).toBeVisible();
  }

  get timeline(): Locator {
    return this.page.getByTestId('timeline');
  }

  get deadlines(): Locator {
    return this.page.getByTestId('deadlines-section');
  }

  get documents(): Locator {
    return this.page.getByTestId('documents-section');
  }

  /** The documents section's rows; `text` narrows to the rows that show it. */
  documentRows(text?: string): Locator {
    const rows = this.documents.getByTestId('document-row');
    return text === undefined ? rows : rows.filter({ hasText: text });
  }
}
