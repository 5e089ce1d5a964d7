// These functions run in the browser (page.evaluate): they need the DOM types.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { expect, type Locator, type Page } from '@playwright/test';

/** The finish of the console: ID copy buttons, bulk actions, the theme switch, topology, fonts. */
export class PolishLookPage {
  readonly natTable: Locator;
  readonly bulkBar: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.natTable = page.getByRole('table', { name: 'NAT gateways' });
    this.bulkBar = page.getByRole('region', { name: 'Bulk actions' });
    this.dialog = page.getByRole('dialog');
  }

  async gotoNat(regionId = 'cn-hangzhou'): Promise<void> {
    await this.page.goto(`/regions/${regionId}/nat-gateways`);
    await expect(this.natTable.getByRole('row').nth(1)).toBeVisible();
  }

  natRow(name: string): Locator {
    return this.natTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** Presses the row's ID copy button and returns the ID the button was for. */
  async copyId(row: Locator): Promise<string> {
    const button = row.getByRole('button', { name: /^Copy ID ngw-/ });
    const id = (await button.getAttribute('data-copy-id')) ?? '';
    await button.click();
    await expect(row.getByRole('button', { name: 'Copied' })).toBeVisible();
    return id;
  }

  async tick(...names: string[]): Promise<void> {
    for (const name of names)
      await this.page.getByRole('checkbox', { name: `Select ${name}` }).check();
  }

  async bulkTag(key: string, value: string): Promise<void> {
    await this.bulkBar.getByRole('button', { name: 'Add tag' }).click();
    await this.dialog.getByLabel('Tag key').fill(key);
    await this.dialog.getByLabel('Tag value').fill(value);
    await this.dialog.getByRole('button', { name: 'Add tag' }).click();
    await expect(this.dialog).toBeHidden();
  }

  colorScheme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-mantine-color-scheme');
  }

  async toggleColorScheme(to: 'dark' | 'light'): Promise<void> {
    await this.page.getByRole('button', { name: `Switch to ${to} theme` }).click();
    await expect.poll(() => this.colorScheme()).toBe(to);
  }

  async switchToChinese(): Promise<void> {
    await this.page.getByLabel('Language', { exact: true }).selectOption({ label: '简体中文' });
    await expect(this.page.getByRole('heading', { name: 'NAT 网关', level: 1 })).toBeVisible();
  }

  /** The smallest on-screen size (CSS px, zoom applied) of the text in the visible graph nodes. */
  smallestNodeText(): Promise<number> {
    return this.page.evaluate(() => {
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      // The zoom is the viewport's CSS transform: matrix(scale, 0, 0, scale, x, y).
      const transform = getComputedStyle(
        document.querySelector('.react-flow__viewport')!,
      ).transform;
      const scale = new DOMMatrixReadOnly(transform).a;
      const sizes = [...document.querySelectorAll<HTMLElement>('.react-flow__node p')]
        .filter((p) => {
          const r = p.getBoundingClientRect();
          return r.width > 0 && r.right > pane.left && r.left < pane.right && r.top < pane.bottom;
        })
        .map((p) => parseFloat(getComputedStyle(p).fontSize) * scale);
      return sizes.length ? Math.min(...sizes) : 0;
    });
  }
}
