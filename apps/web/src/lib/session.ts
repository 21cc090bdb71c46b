/**
 * The signed-in session. The access token lives in memory only; the refresh token is an HttpOnly cookie
 * (Path=/auth) the browser sends to /auth/refresh, so no script can read it. A timer refreshes before
 * expiry, and every request checks the expiry first, so a 15-minute token never sends anyone to sign-in
 * while the refresh token is valid.
 */
export type Role = 'ADMIN' | 'COORDINATOR' | 'OFFICER' | 'RD_LEAD';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  orgAdmin?: boolean;
  orgId: string;
  organization: { id: string; name: string; kind: 'ALLIANCE' | 'ENTERPRISE' | 'UNIVERSITY' } | null;
}

interface SessionState {
  status: 'unknown' | 'signedIn' | 'signedOut';
  user: SessionUser | null;
}

interface TokenResponse {
  accessToken: string;
  expiresIn: number;
  user: SessionUser;
}

export class AuthHttpError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Refresh this long before the access token expires. */
const EARLY_MS = 60_000;

let accessToken: string | null = null;
let expiresAt = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let state: SessionState = { status: 'unknown', user: null };
let inflight: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  listeners.forEach((l) => l());
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSession(): SessionState {
  return state;
}

async function post(path: string, body?: unknown): Promise<TokenResponse | null> {
  const res = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'accept-language': document.documentElement.lang || 'zh-CN' },
    body: JSON.stringify(body ?? {}),
  });
  if (res.status === 204) return null;
  const json = (await res.json().catch(() => ({}))) as Partial<TokenResponse> & { code?: string; message?: string };
  if (!res.ok) throw new AuthHttpError(json.code ?? 'UNAUTHENTICATED', json.message ?? res.statusText, res.status);
  return json as TokenResponse;
}

function accept(tokens: TokenResponse): void {
  accessToken = tokens.accessToken;
  expiresAt = Date.now() + tokens.expiresIn * 1000;
  clearTimeout(timer);
  timer = setTimeout(() => void refresh(), Math.max(5_000, tokens.expiresIn * 1000 - EARLY_MS));
  setState({ status: 'signedIn', user: tokens.user });
}

function forget(): void {
  accessToken = null;
  expiresAt = 0;
  clearTimeout(timer);
  setState({ status: 'signedOut', user: null });
}

export async function signIn(email: string, password: string): Promise<SessionUser> {
  const tokens = await post('/auth/login', { email, password });
  if (!tokens) throw new AuthHttpError('UNAUTHENTICATED', 'No session', 401);
  accept(tokens);
  return tokens.user;
}

/**
 * Rotates the cookie and gets a new access token. Tabs share the cookie, and presenting a spent refresh
 * token revokes the whole sign-in, so tabs take turns through a Web Lock; concurrent callers in one tab
 * share one request.
 */
export function refresh(): Promise<boolean> {
  if (inflight) return inflight;
  const run = async (): Promise<boolean> => {
    try {
      const tokens = await post('/auth/refresh');
      if (!tokens) throw new AuthHttpError('UNAUTHENTICATED', 'No session', 401);
      accept(tokens);
      return true;
    } catch (error) {
      // A network failure keeps the session; the next request or timer tries again.
      if (error instanceof AuthHttpError) forget();
      else if (state.status === 'unknown') forget();
      return false;
    }
  };
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  inflight = (locks ? locks.request('xiushui-refresh', run) : run()).finally(() => {
    inflight = null;
  });
  return inflight;
}

/** The access token for the next request, refreshed first when it is about to expire. */
export async function currentAccessToken(): Promise<string | null> {
  if (state.status === 'signedIn' && (!accessToken || Date.now() > expiresAt - 30_000)) await refresh();
  return accessToken;
}

export async function signOut(): Promise<void> {
  try {
    await post('/auth/logout');
  } finally {
    forget();
  }
}

/** Timers sleep in background tabs; check again when the person comes back. */
export function watchVisibility(): void {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && state.status === 'signedIn' && Date.now() > expiresAt - EARLY_MS)
      void refresh();
  });
}
