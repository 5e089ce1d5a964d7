import { expect, type Locator, type Page } from '@playwright/test';

/** A gateway list page, seen through what issue 17/18 add to the kit: filter and freshness. */
export class SpeedWebListPage {
  readonly table: Locator;
  readonly search: Locator;
  readonly freshness: Locator;
  readonly refresh: Locator;

  constructor(
    readonly page: Page,
    readonly heading: string,
  ) {
    this.table = page.getByRole('table', { name: heading });
    this.search = page.getByRole('search').getByRole('textbox', { name: 'Name or ID' });
    this.freshness = page.getByRole('status').filter({ hasText: /^Updated / });
    this.refresh = page.getByRole('button', { name: 'Refresh', exact: true });
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { name: this.heading, level: 1 })).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
  }

  get rows(): Locator {
    return this.table.locator('tbody tr[data-row-id]');
  }

  /** The text of each row's first cell (name and ID). */
  async firstCells(): Promise<string[]> {
    return this.table.locator('tbody tr[data-row-id] td:first-child').allInnerTexts();
  }
}
