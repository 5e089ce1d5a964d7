import type { Locator, Page } from '@playwright/test';

/** The audit trail page: filters, export links, the entries table and the detail drawer. */
export class AuditPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly exportCsv: Locator;
  readonly exportJson: Locator;
  readonly drawer: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Audit trail' });
    this.table = page.getByRole('table', { name: 'Audit trail entries' });
    this.exportCsv = page.getByRole('link', { name: 'Export CSV' });
    this.exportJson = page.getByRole('link', { name: 'Export JSON' });
    this.drawer = page.getByRole('dialog', { name: 'Audit entry' });
  }

  /** Opens `/audit` (redirected into the remembered region's shell), filters in `query`. */
  async goto(query = ''): Promise<void> {
    await this.page.goto(`/audit${query}`);
    await this.heading.waitFor();
  }

  /** The body rows of the entries table. */
  rows(): Locator {
    return this.table.getByTestId('audit-row');
  }

  /** The row of the newest entry with this action. */
  row(action: string): Locator {
    return this.rows().filter({ hasText: action }).first();
  }

  /** Opens an entry's detail drawer. */
  async openDetails(action: string): Promise<void> {
    await this.row(action)
      .getByRole('button', { name: /^Details/ })
      .click();
    await this.drawer.waitFor();
  }
}
