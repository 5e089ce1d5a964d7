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

  /** Opens a page and waits for its heading and for the skeletons to go. */
  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(this.page.locator('.mantine-Skeleton-root')).toHaveCount(0);
  }

  /**
   * What reads badly on the dark theme: light boxes (a white card, a light table) bigger than a
   * badge, and dark text on the dark body. Relative luminance as WCAG defines it.
   */
  unreadableInDark(): Promise<string[]> {
    return this.page.evaluate(() => {
      const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
        const lin = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      };
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      const out: string[] = [];
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
        // The minimap draws the graph in small; SVG shapes carry their own fills.
        if (el.closest('.react-flow__minimap, svg')) continue;
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0')
          continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const bg = rgba(style.backgroundColor);
        if ((bg[3] ?? 1) > 0.5 && luminance(bg) > 0.5 && box.width * box.height > 4000)
          out.push(`light box ${name(el)}`);
        const ownText = Array.from(el.childNodes).some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        );
        if (ownText && luminance(rgba(style.color)) < 0.1) out.push(`dark text ${name(el)}`);
      }
      return out;
    });
  }
}
