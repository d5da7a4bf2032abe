import { expect, type Locator } from '@playwright/test';

/**
 * A document row's "More" menu (issue 14: "Open" is the row's one primary action, the rest are in
 * the menu). Opens it and returns the item named `name`, ready to click.
 */
export async function documentMenuItem(row: Locator, name: string): Promise<Locator> {
  const trigger = row.getByTestId('document-menu').getByRole('button', { expanded: false });
  await trigger.click();
  const item = row.getByRole('menu').getByRole('menuitem', { name, exact: true });
  await expect(item).toBeVisible();
  return item;
}
