// Sign-in with Keycloak (OIDC authorization code flow with PKCE, via keycloak-js) and what the
// portal needs from the token: a fresh access token, the user's name and realm roles.
import Keycloak from 'keycloak-js';
import { SessionExpired, type PortalConfig } from './api';

export interface Session {
  readonly username: string;
  readonly roles: ReadonlySet<string>;
  /** The access token, refreshed first if it expires within 30 seconds. Throws SessionExpired. */
  token(): Promise<string>;
  /**
   * After the API refused the token (401): sends the browser to sign in again and returns true;
   * returns false, doing nothing, if that was already done in the last minute and the API still
   * refuses: Keycloak would hand out a token just like it, and the browser would go round forever.
   */
  signInAgain(): boolean;
  logout(): void;
}

const MIN_TOKEN_VALIDITY_S = 30;
const SIGN_IN_AGAIN_KEY = 'fulfil.portal.signedInAgainAt';
const SIGN_IN_AGAIN_PAUSE_MS = 60_000;

/**
 * Signs in: returns the session when the browser has come back from Keycloak; otherwise sends the
 * browser to the sign-in page (in the language locale gives) and does not settle before it leaves.
 */
export async function signIn(config: PortalConfig, locale: () => string): Promise<Session> {
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  const authenticated = await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    locale: locale(),
  });
  if (!authenticated || !keycloak.tokenParsed) {
    // login-required redirects instead of answering false; never go on without a token.
    await keycloak.login({ locale: locale() });
    throw new SessionExpired();
  }
  const claims: TokenClaims = keycloak.tokenParsed;
  let signingInAgain = false;
  const login = () => {
    if (signingInAgain) return; // several calls can fail at once; one redirect is enough
    signingInAgain = true;
    void keycloak.login({ locale: locale() });
  };
  return {
    username: usernameOf(claims),
    roles: rolesOf(claims),
    async token() {
      try {
        await keycloak.updateToken(MIN_TOKEN_VALIDITY_S);
      } catch {
        // The refresh token has expired or the session was ended in Keycloak.
        login();
        throw new SessionExpired();
      }
      if (!keycloak.token) throw new SessionExpired();
      return keycloak.token;
    },
    signInAgain() {
      if (signingInAgain) return true; // another call's 401 already started it
      const last = Number(readSessionStorage(SIGN_IN_AGAIN_KEY) ?? 0);
      if (Date.now() - last < SIGN_IN_AGAIN_PAUSE_MS) return false;
      writeSessionStorage(SIGN_IN_AGAIN_KEY, String(Date.now()));
      login();
      return true;
    },
    logout() {
      void keycloak.logout({ redirectUri: window.location.href.split('#')[0] ?? window.location.href });
    },
  };
}

function readSessionStorage(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeSessionStorage(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // Without storage the loop guard is off; signing in again still works.
  }
}

export interface TokenClaims {
  readonly preferred_username?: unknown;
  readonly upn?: unknown;
  readonly sub?: unknown;
  readonly groups?: unknown;
  readonly realm_access?: { readonly roles?: unknown } | undefined;
}

export function usernameOf(claims: TokenClaims): string {
  for (const claim of [claims.preferred_username, claims.upn, claims.sub]) {
    if (typeof claim === 'string' && claim) return claim;
  }
  return '';
}

/** Realm roles, from the MicroProfile JWT groups claim and Keycloak's realm_access.roles. */
export function rolesOf(claims: TokenClaims): ReadonlySet<string> {
  const roles = new Set<string>();
  for (const list of [claims.groups, claims.realm_access?.roles]) {
    if (!Array.isArray(list)) continue;
    for (const role of list) if (typeof role === 'string') roles.add(role);
  }
  return roles;
}

/**
 * Creating and importing SKUs is for shop-admin and shop-manager (DESIGN §2); a shop-viewer and
 * anyone else only reads. The server enforces the same; this only keeps useless forms away.
 */
export function canManageCatalogue(roles: ReadonlySet<string>): boolean {
  return roles.has('shop-admin') || roles.has('shop-manager');
}

/** Creating, cancelling and uploading orders: shop-admin and shop-manager; a viewer only reads. */
export function canManageOrders(roles: ReadonlySet<string>): boolean {
  return roles.has('shop-admin') || roles.has('shop-manager');
}
