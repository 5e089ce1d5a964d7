import * as oidc from 'openid-client';
import type { OidcConfig } from './oidc-config.ts';
import { identityOf, type OidcIdentity } from './oidc-identity.ts';

/** What one sign-in attempt must remember between the redirect out and the callback. */
export interface OidcTransaction {
  state: string;
  nonce: string;
  /** PKCE (S256): only the holder of the verifier can redeem the code. */
  verifier: string;
  redirectUri: string;
}

/**
 * The relying party (openid-client v6): discovery once (retried after a failure, so a provider
 * that was down at start-up is picked up later), the authorization URL with state, nonce and
 * PKCE, and the code exchange that checks all three and the ID token.
 */
export class OidcClient {
  private discovered?: Promise<oidc.Configuration>;

  constructor(readonly config: OidcConfig) {}

  private configuration(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret } = this.config;
    // Plain http is accepted only for a loopback issuer (oidc-config.ts refuses any other).
    const execute = issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [];
    this.discovered ??= oidc.discovery(issuer, clientId, clientSecret, undefined, { execute });
    this.discovered.catch(() => (this.discovered = undefined));
    return this.discovered;
  }

  /** The provider's end-session endpoint is advertised (RP-initiated logout). */
  async endSessionSupported(): Promise<boolean> {
    const c = await this.configuration();
    return c.serverMetadata().end_session_endpoint !== undefined;
  }

  /** Starts a sign-in: where to send the browser, and what to remember until it comes back. */
  async start(redirectUri: string): Promise<{ url: URL; tx: OidcTransaction }> {
    const c = await this.configuration();
    const verifier = oidc.randomPKCECodeVerifier();
    const tx = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier, redirectUri };
    const url = oidc.buildAuthorizationUrl(c, {
      redirect_uri: redirectUri,
      scope: this.config.scopes,
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: tx.state,
      nonce: tx.nonce,
    });
    return { url, tx };
  }

  /**
   * Redeems the code of `callbackUrl`: state, PKCE, the ID token's signature, issuer, audience
   * and nonce are checked (any mismatch throws). UserInfo fills in the role claim when the ID
   * token lacks it (many providers keep groups out of the ID token).
   */
  async finish(callbackUrl: URL, tx: OidcTransaction): Promise<OidcIdentity> {
    const c = await this.configuration();
    const tokens = await oidc.authorizationCodeGrant(c, callbackUrl, {
      expectedState: tx.state,
      expectedNonce: tx.nonce,
      pkceCodeVerifier: tx.verifier,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (idClaims === undefined) throw new Error('the provider returned no ID token');
    let claims: Record<string, unknown> = { ...idClaims };
    const hasRoleClaim = identityOf(claims, this.config).claimValues.length > 0;
    if (!hasRoleClaim && c.serverMetadata().userinfo_endpoint !== undefined) {
      const info = await oidc.fetchUserInfo(c, tokens.access_token, idClaims.sub);
      // The ID token wins where both speak: it is the signed statement.
      claims = { ...info, ...idClaims };
    }
    return identityOf(claims, this.config);
  }

  /** The provider's end-session URL, coming back to `postLogoutRedirectUri`. */
  async endSessionUrl(postLogoutRedirectUri: string): Promise<URL> {
    const c = await this.configuration();
    return oidc.buildEndSessionUrl(c, {
      client_id: this.config.clientId,
      post_logout_redirect_uri: postLogoutRedirectUri,
    });
  }
}
