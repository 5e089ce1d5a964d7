/// <reference lib="dom" />
// The overflow measure runs in the page (page.evaluate): it needs the DOM types.
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Values the VPC API sends for the enums the console prints (REFERENCE §4, the SDK models): none
 * may reach a Chinese screen as is. "NAT" is left out: it is also the product name in Chinese labels.
 */
export const API_ENUM_VALUES = [
  'PayByLcu',
  'PayBySpec',
  'PayByBandwidth',
  'PayByTraffic',
  'PostPaid',
  'PrePaid',
  'POSTPAY',
  'PREPAY',
  'Prepay',
  'Postpay',
  'Enhanced',
  'Normal',
  'internet',
  'intranet',
  'MULTI_BINDED',
  'FinancialLocked',
  'SecurityLocked',
  'route',
  'tunnel',
  'public',
  'private',
  'single',
  'dual',
  'master',
  'slave',
  'Creating',
  'Available',
  'Modifying',
  'Deleting',
  'Converting',
  'Pending',
  'init',
  'provisioning',
  'active',
  'updating',
  'deleting',
  'InUse',
  'Associating',
  'Unassociating',
  'Releasing',
  'ike_sa_established',
  'ike_sa_not_established',
  'ipsec_sa_established',
  'ipsec_sa_not_established',
  'high',
  'medium',
  'low',
];

/** What a page shows at a narrow width: what sticks out sideways, and raw enum words. */
export class PolishWordsPage {
  readonly main: Locator;
  readonly accountMenu: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.accountMenu = page.getByRole('button', { name: /Account, language and sign out|账号/ });
  }

  /** Opens a path and waits until its level-1 heading is there. */
  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    // Lists poll while something changes, so "network idle" may never come: wait for the skeletons.
    await expect(this.page.locator('.mantine-Skeleton-root')).toHaveCount(0);
  }

  /**
   * Elements that stick out of the page or are cut by a clipping box. Content inside a scroller
   * (a table's card) may be wider than the page: only the scroller itself must fit.
   */
  async overflows(): Promise<string[]> {
    return this.page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const out: string[] = [];
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      if (document.documentElement.scrollWidth > width + 1)
        out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        let clip: Element | null = el.parentElement;
        while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
        if (clip !== null && clip !== document.body && clip !== document.documentElement) continue;
        if (box.right > width + 1 || box.left < -1) out.push(`${name(el)} right=${box.right}`);
      }
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        const style = getComputedStyle(el);
        const clipping = style.overflowX === 'hidden' || style.overflowX === 'clip';
        // 1 px boxes are visually hidden text for screen readers, clipped on purpose.
        if (!clipping || el.clientWidth <= 1) continue;
        // A box with no text of its own (a switch's track) has nothing a reader could miss.
        if ((el.textContent ?? '').trim() === '') continue;
        if (el.scrollWidth > el.clientWidth + 1 && style.textOverflow !== 'ellipsis')
          out.push(`${name(el)} cut: ${el.scrollWidth} > ${el.clientWidth}`);
      }
      return out;
    });
  }

  /** Visible words of the page that are raw API enum values. */
  async rawEnumWords(): Promise<string[]> {
    const text = await this.page.locator('body').innerText();
    const words = new Set(text.split(/[\s·(),:：（）/、，。]+/));
    return API_ENUM_VALUES.filter((value) => words.has(value));
  }
}
