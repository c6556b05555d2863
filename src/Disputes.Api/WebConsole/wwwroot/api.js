// The public HTTP API, called exactly as an integrator calls it: a bearer token, JSON, problem details on failure,
// If-Match with the version read and an Idempotency-Key on every write.
import { session } from './auth.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }

  // 412: the dispute moved on since it was read; 409: the state no longer allows it. Both are "someone else got there first".
  get isConflict() {
    return this.status === 409 || this.status === 412;
  }
}

async function send(method, path, { body, ifMatch, idempotencyKey, accept } = {}) {
  const headers = { Accept: accept ?? 'application/json' };
  const token = session()?.accessToken;
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch !== undefined && ifMatch !== null) headers['If-Match'] = `"${ifMatch}"`;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return { data, etag: response.headers.get('ETag') };
}

export const api = {
  get: async (path) => (await send('GET', path)).data,
  getWithVersion: (path) => send('GET', path),
  post: async (path, body, options = {}) => (await send('POST', path, { body, ...options })).data,
  delete: async (path) => (await send('DELETE', path)).data,
};

export const q = encodeURIComponent;
