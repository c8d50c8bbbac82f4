// What the user reads when a call fails.
import { ApiError } from './api.js';
import { h } from './dom.js';
import { hasText, tr, translate } from './i18n.js';

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

/** Clears what a form showed of a failed save: the marks and messages of controls ({field: {control, feedback}}), the alert. */
export function clearFieldErrors(controls, alert) {
  for (const { control, feedback } of Object.values(controls)) {
    control.classList.remove('is-invalid');
    feedback.replaceChildren();
  }
  alert.hidden = true;
}

/**
 * Shows why a save failed: marks each offending field of controls with its message, and says in
 * the alert either fixKey (the fields need correcting) or what else went wrong.
 */
export function showFieldErrors(controls, alert, error, fixKey) {
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
  for (const fieldError of fieldErrors.filter(({ field }) => controls[field])) {
    const { control, feedback } = controls[fieldError.field];
    control.classList.add('is-invalid');
    feedback.append(fieldErrorText(fieldError));
    translate(feedback);
  }
  alert.replaceChildren(fieldErrors.length ? h('span', tr(fixKey)) : errorMessage(error));
  translate(alert);
  alert.hidden = false;
}

/** A whole view that only reports error, with a way back to the account list. */
export function failureView(error) {
  return h('section', { id: 'failure' },
    h('div', { class: 'alert alert-danger', role: 'alert', id: 'failure-message' }, errorMessage(error)),
    h('a', { href: '#/accounts', class: 'btn btn-outline-secondary', ...tr('error.backToAccounts') }));
}

/** Says in alert, which was hidden, why error happened. */
export function showError(alert, error) {
  alert.replaceChildren(errorMessage(error));
  translate(alert);
  alert.hidden = false;
}

/** Runs change(), then reload(); a failure is said in alert instead. */
export async function act(alert, reload, change) {
  alert.hidden = true;
  try {
    await change();
  } catch (error) {
    showError(alert, error);
    return;
  }
  await reload();
}
