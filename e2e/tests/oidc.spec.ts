import type { Browser } from '@playwright/test';
import { expect, test } from '../fixtures';
import { startOidcConsole, type OidcConsole } from '../oidc-console';
import { AuditPage } from '../pages/audit.page';
import { NatGatewaysPage } from '../pages/nat-gateways.page';
import { OidcPage } from '../pages/oidc.page';

const PROVIDER = 'Test IdP';
let console_: OidcConsole;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  console_ = await startOidcConsole(PROVIDER);
});
test.afterAll(async () => {
  await console_?.stop();
});

/** A fresh browser on the OIDC console: no session there, none at the IdP. */
async function freshPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: console_.url });
  return { context, page: await context.newPage() };
}

test('team sign-in through the IdP: auditors read, operators create, the trail names them', async ({
  browser,
}) => {
  // Two sign-ins, a create and the trail: ~20 s alone, more on a busy 2-core runner.
  test.setTimeout(120_000);
  const { context, page } = await freshPage(browser);
  const sso = new OidcPage(page, PROVIDER);
  const nat = new NatGatewaysPage(page);

  await test.step('LOCAL_LOGIN=off: only the provider is offered', async () => {
    await sso.gotoLogin();
    await expect(sso.localUsername).toHaveCount(0);
  });

  await test.step('a user in the auditors group gets a read-only console', async () => {
    await sso.signInAs('alice');
    await expect(sso.currentUser).toHaveText('Alice Auditor · Auditor');
    await nat.goto();
    await expect(nat.table).toBeVisible();
    await expect(nat.createButton).toHaveCount(0);
  });

  await test.step('signing out also signs out at the provider', async () => {
    await sso.signOutEverywhereItLeads();
  });

  await test.step('a user in an operators group can create', async () => {
    await sso.signInAs('oscar');
    await expect(sso.currentUser).toHaveText('Oscar Operator · Operator');
    await nat.goto();
    await nat.fillCreateForm('sso-created-gw');
    await nat.submitCreate();
    await expect(nat.row('sso-created-gw')).toBeVisible();
  });

  await test.step('the audit trail shows the IdP identities', async () => {
    const audit = new AuditPage(page);
    await audit.goto();
    const created = audit.row('CreateNatGateway');
    await expect(created).toContainText('oidc:oscar');
    await expect(created).toContainText('Oscar Operator');
    await expect(audit.rows().filter({ hasText: 'Alice Auditor' }).first()).toContainText(
      'oidc:alice',
    );
    await audit.openDetails('CreateNatGateway');
    await expect(audit.drawer).toContainText('05ca-0002');
  });
  await context.close();
});

test('a user whose groups map to no role is refused with a clear message', async ({ browser }) => {
  const { context, page } = await freshPage(browser);
  const sso = new OidcPage(page, PROVIDER);
  await sso.gotoLogin();
  await sso.signInAs('nina');
  await expect(page.getByRole('alert')).toContainText('none of your groups grants a role');
  await expect(page).toHaveURL(/\/login\?sso=no-role$/);
  await context.close();
});
