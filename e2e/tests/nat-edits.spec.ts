import type { Page } from '@playwright/test';
import { AUDITOR_STATE, EmulatorAdmin, expect, OPERATOR_STATE, test } from '../fixtures.ts';
import { NatEditsPage } from '../pages/nat-edits.page.ts';
import { NatGatewaysPage } from '../pages/nat-gateways.page.ts';

// Issue 13 items 1 and 7: an operator edits a DNAT entry and renames an EIP on the detail page;
// an auditor sees the result and no edit control.
const EIP = '47.100.52.60';

test.beforeAll(async () => {
  await new EmulatorAdmin().send('POST', 'reset');
});

async function openShanghaiGateway(page: Page): Promise<NatEditsPage> {
  const nat = new NatGatewaysPage(page);
  await nat.goto('cn-shanghai');
  await nat.openDetail('sh-egress-nat');
  return new NatEditsPage(page);
}

test.describe('as an operator', () => {
  test.use({ storageState: OPERATOR_STATE });

  test('edits a DNAT entry external port and sees it applied', async ({ page }) => {
    const edits = await openShanghaiGateway(page);
    await expect(edits.dnatRow('dns-udp')).toContainText(`${EIP}:53`);
    await edits.setDnatExternalPort('dns-udp', '5353');
    await expect(edits.dialog).toBeHidden();
    const row = edits.dnatRow('dns-udp');
    await expect(row).toContainText(`${EIP}:5353`);
    // Timed emulator: the entry is Pending for the `dnat` duration; the section polls meanwhile.
    await expect(row).toContainText('Available', { timeout: 20_000 });
    await page.reload();
    await expect(edits.dnatRow('dns-udp')).toContainText(`${EIP}:5353`);
  });

  test('renames an EIP bound to the gateway', async ({ page }) => {
    const edits = await openShanghaiGateway(page);
    await expect(edits.eipRow(EIP)).toContainText('sh-egress');
    await edits.renameEip(EIP, 'sh-egress-main');
    await expect(edits.dialog).toBeHidden();
    await expect(edits.eipRow(EIP)).toContainText('sh-egress-main');
  });
});

test.describe('the DNAT form as an operator', () => {
  test.use({ storageState: OPERATOR_STATE });

  test('marks empty fields after a failed submit, but not their placeholders', async ({ page }) => {
    const edits = await openShanghaiGateway(page);
    await page.getByRole('button', { name: 'Add DNAT entry' }).click();
    await edits.dialog.getByRole('button', { name: 'Add', exact: true }).click();
    const port = edits.dialog.getByRole('textbox', { name: 'Public port' });
    await expect(port).toHaveAttribute('aria-invalid', 'true');
    // Issue 18 item 7: a red "80" in an empty field read as a wrong value.
    const colors = await port.evaluate((el) => ({
      placeholder: getComputedStyle(el, '::placeholder').color,
      errorBorder: getComputedStyle(el).borderColor,
    }));
    expect(colors.placeholder).not.toBe(colors.errorBorder);
  });
});

test.describe('as an auditor', () => {
  test.use({ storageState: AUDITOR_STATE });

  test('sees the edits and has no edit control, and the API refuses one', async ({ page }) => {
    const edits = await openShanghaiGateway(page);
    await expect(edits.dnatRow('dns-udp')).toContainText(`${EIP}:5353`);
    await expect(edits.eipRow(EIP)).toContainText('sh-egress-main');
    await expect(edits.editButtons()).toHaveCount(0);
    const id = page.url().split('/').pop() ?? '';
    const entries = await page.request.get(
      `/api/regions/cn-shanghai/nat-gateways/${id}/dnat-entries`,
    );
    const entry = ((await entries.json()) as { items: { id: string; name: string }[] }).items.find(
      (e) => e.name === 'dns-udp',
    );
    const refused = await page.request.patch(
      `/api/regions/cn-shanghai/nat-gateways/${id}/dnat-entries/${entry?.id}`,
      { headers: { 'X-CSRF-Token': await edits.csrfToken() }, data: { externalPort: '53' } },
    );
    expect(refused.status()).toBe(403);
  });
});
