import type { Locator, Page } from '@playwright/test';

/** The cross-region inventory page: filters, export links and the gateways table. */
export class InventoryPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly exportCsv: Locator;
  readonly exportJson: Locator;
  readonly total: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Inventory' });
    this.table = page.getByRole('table', { name: 'Gateways in every region' });
    this.exportCsv = page.getByRole('link', { name: 'Export CSV' });
    this.exportJson = page.getByRole('link', { name: 'Export JSON' });
    this.total = page.getByTestId('inventory-total');
  }

  /** Opens `/inventory` (redirected into the remembered region's shell), filters in `query`. */
  async goto(query = ''): Promise<void> {
    await this.page.goto(`/inventory${query}`);
    await this.heading.waitFor();
  }

  /** Picks a value in one of the filter selects by its label (the shell has its own region picker). */
  async filter(label: 'Type' | 'Region' | 'Status', option: string): Promise<void> {
    await this.page
      .getByRole('search')
      .getByRole('combobox', { name: label, exact: true })
      .selectOption(option);
  }

  /** The body rows of the gateways table. */
  rows(): Locator {
    return this.table.locator('tbody tr[data-gateway]');
  }

  /** The row of one gateway by its name. */
  row(name: string): Locator {
    return this.rows().filter({ hasText: name });
  }
}
