// The one way the UI talks to /api: marks each call as the browser's own (so a missing session
// answers 401 without a Basic login dialog), sends the CSRF token with every change, goes to
// the login page on 401 and turns problem+json answers into ApiError.

/** A failed call: status 0 when the server could not be reached, problem as the server sent it. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }

  /** [{field, message}] of the offending request fields. */
  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }

  concerns(field) {
    return this.fieldErrors.some(error => error.field === field);
  }
}

let currentSession;

async function request(method, path, body) {
  const headers = {
    Accept: 'application/json, application/problem+json',
    'X-Requested-With': 'XMLHttpRequest',
  };
  const multipart = body instanceof FormData;
  if (body !== undefined && !multipart) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET') {
    headers['X-CSRF-Token'] = (await session()).csrfToken;
  }
  let response;
  try {
    response = await fetch(`api/${path}`, {
      method,
      headers,
      body: body === undefined || multipart ? body : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, null);
  }
  if (response.status === 401) {
    location.assign('login.html');
    // The page is going away: callers must neither go on nor report an error.
    return new Promise(() => {});
  }
  const type = response.headers.get('Content-Type') ?? '';
  const data = /^application\/(problem\+)?json/.test(type) ? await response.json() : null;
  if (!response.ok) {
    throw new ApiError(response.status, data);
  }
  return data;
}

/** The signed-in user {username, roles, csrfToken}, asked once per page load. */
export function session() {
  currentSession ??= request('GET', 'session').catch(error => {
    currentSession = null; // let the next call try again
    throw error;
  });
  return currentSession;
}

export const api = {
  get: path => request('GET', path),
  post: (path, body) => request('POST', path, body),
  /** Sends form (a FormData, such as a file) as multipart/form-data. */
  upload: (path, form) => request('POST', path, form),
  put: (path, body) => request('PUT', path, body),
  delete: path => request('DELETE', path),
};
