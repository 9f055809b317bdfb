// What to tell the user when a call fails: one wording for every page.
import { ApiError } from './api';
import type { Text } from './i18n';

export function describeFailure(error: unknown): Text {
  if (!(error instanceof ApiError)) return { key: 'error.unexpected' };
  switch (error.kind) {
    case 'network':
      return { key: 'error.network' };
    case 'timeout':
      return { key: 'error.timeout' };
    case 'unauthorized':
      return { key: 'error.sessionExpired' };
    case 'session-refused':
      return { key: 'error.sessionRefused' };
    case 'forbidden':
      return { key: 'error.forbidden' };
    case 'server':
      return { key: 'error.server', params: { status: error.status || '—' } };
    case 'refused': {
      const explanation = error.problem?.detail || error.problem?.title;
      return explanation ? { raw: explanation } : { key: 'error.request', params: { status: error.status } };
    }
  }
}

/** True when the caller abandoned the call itself (a newer search replaced it); nothing to show. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
