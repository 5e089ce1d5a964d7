import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type JWK, type KoaContextWithOIDC } from 'oidc-provider';

/** A client the test provider knows: the BFF under test. */
export interface TestIdpClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
}

/** The provider's people: who signs in, the name it gives and the groups it asserts. */
export const TEST_IDP_USERS = {
  alice: { sub: 'a1ce-0001', name: 'Alice Auditor', groups: ['auditors', 'staff'] },
  oscar: { sub: '05ca-0002', name: 'Oscar Operator', groups: ['netadmins', 'staff'] },
  nina: { sub: '0a1a-0003', name: 'Nina Nogroup', groups: ['staff'] },
} as const;
type Login = keyof typeof TEST_IDP_USERS;

/** A running provider: its issuer URL, and how to stop it. */
export interface TestIdp {
  issuer: string;
  /** Registers the clients (the BFF's callback URL is known once it listens); answers 503 before. */
  register(clients: readonly TestIdpClient[]): void;
  close(): Promise<void>;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><main><h1>${title}</h1>${body}</main></body></html>`;

const loginForm = (uid: string) =>
  page(
    'Test IdP sign-in',
    `<form method="post" action="/interaction/${uid}/login">` +
      '<label>Username <input name="login" autocomplete="off"></label>' +
      '<button type="submit">Continue</button></form>',
  );

async function formOf(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
  format: 'jwk',
}) as JWK;

function configuration(clients: readonly TestIdpClient[]): Configuration {
  const bySub = new Map<string, { login: string; u: (typeof TEST_IDP_USERS)[Login] }>(
    Object.entries(TEST_IDP_USERS).map(([login, u]) => [u.sub, { login, u }]),
  );
  return {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: [c.redirectUri],
      post_logout_redirect_uris: [c.postLogoutRedirectUri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
    })),
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email'],
      groups: ['groups'],
    },
    findAccount: (_ctx, sub) => {
      const hit = bySub.get(sub);
      if (hit === undefined) return undefined;
      const { login, u } = hit;
      const claims = { sub, name: u.name, preferred_username: login, groups: [...u.groups] };
      return { accountId: sub, claims: () => ({ ...claims, email: `${login}@example.test` }) };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // First-party client: consent is implied, so the flow is login → back to the BFF.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { oidc } = ctx;
      const client = oidc.client;
      const accountId = oidc.session?.accountId;
      if (client === undefined || accountId === undefined) return undefined;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(client.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ clientId: client.clientId, accountId });
      grant.addOIDCScope(String(oidc.params?.scope ?? 'openid'));
      await grant.save();
      return grant;
    },
    pkce: { required: () => true },
    // Its own signing key and lifetimes: no "development keys" warnings in test output.
    jwks: { keys: [signingKey] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    cookies: { keys: ['test-idp-cookie-key-not-secret'] },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        // The default page loads a web font: no outside requests from tests.
        logoutSource: (ctx, form) => {
          ctx.body = page(
            'Sign out of the test IdP?',
            `${form}<button form="op.logoutForm" name="logout" value="yes">Sign out</button>`,
          );
        },
      },
    },
  };
}

/** Starts `oidc-provider` on 127.0.0.1 (a free port unless given) with the test users. */
export async function startTestIdp(opts: { port?: number } = {}): Promise<TestIdp> {
  let provider: Provider | undefined;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const p = provider;
    if (p === undefined) return void res.writeHead(503).end();
    const m = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url ?? '');
    if (m === null) return void p.callback()(req, res);
    void (async () => {
      await p.interactionDetails(req, res);
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return void res.end(loginForm(m[1] ?? ''));
      }
      const login = (await formOf(req)).get('login') ?? '';
      const user = Object.hasOwn(TEST_IDP_USERS, login)
        ? TEST_IDP_USERS[login as Login]
        : undefined;
      if (user === undefined) return void res.writeHead(400).end('unknown user');
      await p.interactionFinished(req, res, { login: { accountId: user.sub } });
    })().catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    register: (clients) => {
      provider = new Provider(issuer, configuration(clients));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
