// A form's fields and how it reports a failed save: each control sits in a labelled group with
// its feedback element; the fields the server names are marked, and an alert says what to do.
import { ApiError } from './api.js';
import { h } from './dom.js';
import { errorMessage, fieldErrorText } from './errors.js';
import { tr, translate } from './i18n.js';

/**
 * The fields of the form whose element ids start with prefix: `${prefix}-${field}`, with the brackets
 * and dots of a nested field made dashes (followUps[0].dueOn: `${prefix}-followUps-0-dueOn`).
 */
export function formFields(prefix) {
  const controls = {};
  const alert = h('div', { class: 'alert alert-danger', role: 'alert', id: `${prefix}-alert`, hidden: true });

  /** A labelled control for field, in a column of the given width classes. */
  function group(field, labelKey, control, width, required = false) {
    const id = `${prefix}-${field.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
    const feedback = h('div', { class: 'invalid-feedback', id: `${id}-feedback`, 'data-test': 'field-error' });
    Object.assign(control, { id, name: field });
    control.setAttribute('aria-describedby', feedback.id);
    controls[field] = { control, feedback };
    return h('div', { class: width },
      h('label', { for: id, class: required ? 'form-label required' : 'form-label', ...tr(labelKey) }),
      control, feedback);
  }

  function clear() {
    for (const { control, feedback } of Object.values(controls)) {
      control.classList.remove('is-invalid');
      feedback.replaceChildren();
    }
    alert.hidden = true;
  }

  /**
   * Shows why a save failed: a conflict in the words of conflictKey, otherwise each offending field
   * marked and fixKey above them.
   */
  function report(error, form, fixKey, conflictKey) {
    const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
    if (error instanceof ApiError && error.status === 409 && conflictKey) {
      alert.replaceChildren(h('span', tr(conflictKey)));
    } else {
      const marked = fieldErrors.filter(({ field }) => controls[field]);
      for (const fieldError of marked) {
        const { control, feedback } = controls[fieldError.field];
        control.classList.add('is-invalid');
        feedback.append(fieldErrorText(fieldError));
      }
      alert.replaceChildren(marked.length ? h('span', tr(fixKey)) : errorMessage(error));
    }
    translate(form);
    alert.hidden = false;
  }

  return { controls, alert, group, clear, report, value: field => controls[field].control.value };
}

/** Shows form in body, which was hidden, and brings it into view. */
export function openIn(body, form) {
  body.replaceChildren(form);
  translate(body);
  body.hidden = false;
  body.scrollIntoView({ block: 'nearest' });
}

/** A button that hides body again, emptied. */
export function cancelButton(body) {
  return h('button', { type: 'button', class: 'btn btn-outline-secondary', ...tr('contact.cancel'),
    onclick: () => { body.hidden = true; body.replaceChildren(); } });
}
