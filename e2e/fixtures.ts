import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const OPERATOR_STATE = 'e2e/.auth/operator.json';
export const AUDITOR_STATE = 'e2e/.auth/auditor.json';

/** Drives the embedded emulator's admin API (loopback only, with the token the config made). */
export class EmulatorAdmin {
  constructor(
    private readonly base = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`,
    private readonly token = process.env.E2E_EMULATOR_ADMIN_TOKEN ?? '',
  ) {}

  async send(method: string, path: string, body?: unknown): Promise<unknown> {
    const res = await fetch(`${this.base}/_emulator/${path}`, {
      method,
      headers: {
        'x-emulator-admin-token': this.token,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok)
      throw new Error(`emulator admin ${method} ${path}: ${res.status} ${await res.text()}`);
    const text = await res.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  }

  setFaults(rules: unknown[], seed = 7): Promise<unknown> {
    return this.send('PUT', 'faults', { seed, rules });
  }

  clearFaults(): Promise<unknown> {
    return this.send('DELETE', 'faults');
  }
}

/** Fails on serious or critical axe violations, listing them so the failure says what to fix. */
export async function expectNoSeriousA11yIssues(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

export const test = base.extend<{ emulator: EmulatorAdmin }>({
  // Playwright fixtures must destructure their first argument, even when they use none.
  // eslint-disable-next-line no-empty-pattern
  emulator: async ({}, use) => {
    const admin = new EmulatorAdmin();
    await use(admin);
    await admin.clearFaults().catch(() => undefined);
  },
});

export { expect };
