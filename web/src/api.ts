// JSON API client. Errors from the server are {error}; they surface as ApiError with that message.
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

let token = sessionStorage.getItem('isnad.token') ?? '';
export const getToken = () => token;
export function setToken(t: string): void {
  token = t;
  sessionStorage.setItem('isnad.token', t);
}

export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const headers = new Headers(init?.headers);
  if (token && init?.method && init.method !== 'GET') headers.set('Authorization', `Bearer ${token}`);
  const res = await fetch(`./api/${path}`, { ...init, headers });
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    /* non-JSON */
  }
  if (!res.ok) throw new ApiError(res.status, (body as { error?: string } | null)?.error ?? `HTTP ${res.status}`);
  return body as T;
}

export function qs(o: Record<string, string | number | undefined | null | boolean>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}
