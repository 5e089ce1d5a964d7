import type { Locator, Page } from '@playwright/test';

/** The inventory's findings (issue 19): severity filter, rows, one-click fixes, the report. */
export class ChecksPage {
  readonly findings: Locator;
  readonly reportLink: Locator;
  readonly reportHeading: Locator;

  constructor(readonly page: Page) {
    this.findings = page.getByRole('table', { name: 'Findings of the checks' });
    this.reportLink = page.getByRole('link', { name: 'Printable report' });
    this.reportHeading = page.getByRole('heading', { level: 1, name: 'Gateway compliance report' });
  }

  /** Opens the inventory with `query` (filters) and waits for the findings. */
  async goto(query = ''): Promise<void> {
    await this.page.goto(`/inventory${query}`);
    await this.findings.waitFor();
  }

  /** Shows only the findings of one severity (or all). */
  async filterSeverity(label: 'All' | 'High' | 'Medium' | 'Low'): Promise<void> {
    // Mantine's SegmentedControl hides the radio input under its label: click the label.
    const radio = this.page.getByRole('radio', { name: label, exact: true });
    const id = await radio.getAttribute('id');
    await this.page.locator(`label[for="${id}"]`).click();
  }

  /** The finding rows (header row left out). */
  rows(): Locator {
    return this.findings.locator('tbody tr');
  }

  /** The row of one check on one resource, by the check's title and the resource's name. */
  row(checkTitle: string, resource: string): Locator {
    return this.rows().filter({ hasText: checkTitle }).filter({ hasText: resource });
  }

  /** Applies a row's one-click fix and confirms it. */
  async applyFix(row: Locator, button: string): Promise<void> {
    await row.getByRole('button', { name: button }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Apply the fix?' });
    await dialog.getByRole('button', { name: 'Apply fix' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
