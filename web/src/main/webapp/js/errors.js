// What the user reads when a call fails.
import { ApiError } from './api.js';
import { h } from './dom.js';
import { hasText, tr } from './i18n.js';

/** A translatable explanation of error, with the server's own words where they add something. */
export function errorMessage(error) {
  if (!(error instanceof ApiError)) {
    console.error(error);
    return h('span', tr('error.unexpected'));
  }
  switch (error.status) {
    case 0:
      return h('span', tr('error.network'));
    case 403:
      return h('span', tr('error.forbidden'));
    case 404:
      return h('span', tr('error.notFound'));
    default:
      return h('span', {}, h('span', tr('error.server', { status: error.status })), ' ', error.message);
  }
}

/** What is wrong with one field: translated by its reason code, else in the server's words. */
export function fieldErrorText({ code, message }) {
  const key = `fieldError.${code}`;
  return hasText(key) ? h('span', tr(key)) : h('span', message);
}

/** A whole view that only reports error, with a way back to the account list. */
export function failureView(error) {
  return h('section', { id: 'failure' },
    h('div', { class: 'alert alert-danger', role: 'alert', id: 'failure-message' }, errorMessage(error)),
    h('a', { href: '#/accounts', class: 'btn btn-outline-secondary', ...tr('error.backToAccounts') }));
}
