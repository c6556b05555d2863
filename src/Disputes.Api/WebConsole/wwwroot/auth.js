// Signing in. Production: OpenID Connect authorization code with PKCE against the configured authority (a public
// client: no secret in a browser); the access token it returns is what the API validates. Development: the local
// sign-in endpoint issues a token with the same claims (sub, role). The token lives in sessionStorage: per tab, gone
// with it.
const KEY = 'disputes.console.session';
const PENDING = 'disputes.console.oidc';

export function session() {
  try {
    const s = JSON.parse(sessionStorage.getItem(KEY));
    if (s && s.expiresAt > Date.now()) return s;
  } catch { /* no session */ }
  return null;
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

function keep(accessToken, expiresIn) {
  const claims = JSON.parse(base64UrlDecode(accessToken.split('.')[1] ?? '') || '{}');
  const roles = [claims.role ?? claims.roles ?? []].flat();
  const s = { accessToken, subject: claims.sub ?? '?', roles, expiresAt: Date.now() + (expiresIn ?? 3600) * 1000 };
  sessionStorage.setItem(KEY, JSON.stringify(s));
  return s;
}

function base64UrlDecode(text) {
  const padded = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  try {
    return decodeURIComponent(Array.from(atob(padded), c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
  } catch {
    return '';
  }
}

export async function developmentSignIn(subject, role) {
  const response = await fetch('/console/development-sign-in', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ subject, role }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(Object.values(body.errors ?? {}).flat().join(' ') || body.detail || body.title);
  return keep(body.accessToken, body.expiresIn);
}

function randomText(bytes) {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(bytes)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function challenge(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return btoa(String.fromCharCode(...new Uint8Array(digest))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function discovery(authority) {
  const response = await fetch(authority.replace(/\/$/, '') + '/.well-known/openid-configuration');
  if (!response.ok) throw new Error(`discovery failed: HTTP ${response.status}`);
  return response.json();
}

function redirectUri() {
  return location.origin + location.pathname;
}

export async function beginOidc(oidc) {
  const config = await discovery(oidc.authority);
  const verifier = randomText(48);
  const state = randomText(16);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, tokenEndpoint: config.token_endpoint, clientId: oidc.clientId }));
  const url = new URL(config.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code', client_id: oidc.clientId, redirect_uri: redirectUri(), scope: oidc.scope,
    state, code_challenge: await challenge(verifier), code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

// On return from the provider: ?code=…&state=… → the token endpoint; the query is then removed from the address bar.
export async function completeOidc() {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) return null;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', redirectUri() + location.hash);
  if (params.has('error')) throw new Error(params.get('error_description') ?? params.get('error'));
  if (!pending || pending.state !== params.get('state')) throw new Error('state mismatch');
  const response = await fetch(pending.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
      client_id: pending.clientId, code_verifier: pending.verifier,
    }),
  });
  const body = await response.json();
  if (!response.ok || !body.access_token) throw new Error(body.error_description ?? body.error ?? `HTTP ${response.status}`);
  return keep(body.access_token, body.expires_in);
}
