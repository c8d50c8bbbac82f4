// The people at an agency, on its detail page: a table of contacts and one form that adds a
// contact or edits the chosen one. A failed save marks each offending field and keeps what
// was typed; a stale version says so instead of overwriting someone else's change.
import { ApiError, api } from './api.js';
import { h } from './dom.js';
import { errorMessage, fieldErrorText } from './errors.js';
import { tr, translate } from './i18n.js';

const INFLUENCES = ['DECISION_MAKER', 'INFLUENCER', 'GATEKEEPER', 'USER'];
const STRENGTHS = [1, 2, 3, 4, 5];
const TEXT_FIELDS = ['name', 'title', 'department', 'email', 'phone'];

/** The contacts card of account accountId; editable means the user may change the account. */
export async function contactsCard(accountId, editable) {
  const card = h('div', { class: 'card shadow-sm mb-4', id: 'account-contacts' });
  const path = `accounts/${accountId}/contacts`;

  async function render() {
    const contacts = await api.get(path);
    const body = h('div', { class: 'p-3 border-bottom', hidden: true });
    const rows = contacts.map(contact => h('tr', { 'data-test': 'contact-row', 'data-contact-id': contact.id },
      h('td', {}, h('div', { class: 'fw-semibold' }, contact.name),
        h('div', { class: 'small text-body-secondary' }, [contact.title, contact.department].filter(Boolean).join(' · '))),
      h('td', {}, h('span', tr(`contact.influence.${contact.influence}`))),
      h('td', { 'data-test': 'contact-strength' }, '●'.repeat(contact.relationshipStrength) + '○'.repeat(5 - contact.relationshipStrength)),
      h('td', { class: 'small' }, [contact.email, contact.phone].filter(Boolean).join(' · ')),
      editable ? h('td', { class: 'text-end' }, h('button', {
        type: 'button', class: 'btn btn-sm btn-outline-primary', 'data-test': 'contact-edit', ...tr('contact.edit'),
        onclick: () => openForm(body, contact),
      })) : null));
    card.replaceChildren(
      h('div', { class: 'card-header d-flex justify-content-between align-items-center' },
        h('span', { class: 'fw-semibold', ...tr('contact.title') }),
        editable ? h('button', {
          type: 'button', class: 'btn btn-sm btn-primary', id: 'contact-add', ...tr('contact.add'),
          onclick: () => openForm(body, null),
        }) : null),
      body,
      contacts.length === 0
        ? h('p', { class: 'text-body-secondary m-3', id: 'contacts-empty', ...tr('contact.none') })
        : h('div', { class: 'table-responsive' }, h('table', { class: 'table align-middle mb-0', id: 'contacts-table' },
          h('thead', {}, h('tr', {}, ['contact.person', 'contact.field.influence', 'contact.field.relationshipStrength',
            'contact.reach'].map(key => h('th', { scope: 'col', ...tr(key) })), editable ? h('th', {}) : null)),
          h('tbody', {}, rows))));
    translate(card);
  }

  function openForm(body, contact) {
    const controls = {};
    const alert = h('div', { class: 'alert alert-danger', role: 'alert', id: 'contact-form-alert', hidden: true });

    function group(field, control, required = false) {
      const id = `contact-form-${field}`;
      const feedback = h('div', { class: 'invalid-feedback', id: `${id}-feedback`, 'data-test': 'field-error' });
      Object.assign(control, { id, name: field });
      control.setAttribute('aria-describedby', feedback.id);
      controls[field] = { control, feedback };
      return h('div', { class: 'col-md-4' },
        h('label', { for: id, class: required ? 'form-label required' : 'form-label', ...tr(`contact.field.${field}`) }),
        control, feedback);
    }

    const texts = TEXT_FIELDS.map(field => group(field,
      h('input', { class: 'form-control', value: contact?.[field] ?? '', maxlength: 200 }), field === 'name'));
    const influence = group('influence', h('select', { class: 'form-select', value: contact?.influence ?? 'INFLUENCER' },
      INFLUENCES.map(value => h('option', { value, ...tr(`contact.influence.${value}`) }))), true);
    const strength = group('relationshipStrength', h('select', { class: 'form-select', value: String(contact?.relationshipStrength ?? 3) },
      STRENGTHS.map(value => h('option', { value: String(value), ...tr(`contact.strength.${value}`) }))), true);

    const form = h('form', {
      class: 'row g-3', id: 'contact-form', novalidate: true,
      onsubmit: async event => {
        event.preventDefault();
        const values = Object.fromEntries(Object.entries(controls).map(([field, { control }]) => [field, control.value]));
        const sent = { ...values, relationshipStrength: Number(values.relationshipStrength), version: contact?.version };
        for (const { control, feedback } of Object.values(controls)) {
          control.classList.remove('is-invalid');
          feedback.replaceChildren();
        }
        alert.hidden = true;
        try {
          await (contact ? api.put(`${path}/${contact.id}`, sent) : api.post(path, sent));
          await render();
        } catch (error) {
          showProblem(error);
        }
      },
    },
    alert, texts, influence, strength,
    h('div', { class: 'col-12 d-flex gap-2' },
      h('button', { type: 'submit', class: 'btn btn-primary', id: 'contact-form-save', ...tr('contact.save') }),
      h('button', { type: 'button', class: 'btn btn-outline-secondary', ...tr('contact.cancel'),
        onclick: () => { body.hidden = true; body.replaceChildren(); } })));

    function showProblem(error) {
      const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
      if (error instanceof ApiError && error.status === 409) {
        alert.replaceChildren(h('span', tr('contact.conflict')));
      } else {
        for (const fieldError of fieldErrors.filter(({ field }) => controls[field])) {
          controls[fieldError.field].control.classList.add('is-invalid');
          controls[fieldError.field].feedback.append(fieldErrorText(fieldError));
        }
        alert.replaceChildren(fieldErrors.length ? h('span', tr('contact.fixFields')) : errorMessage(error));
      }
      translate(form);
      alert.hidden = false;
    }

    body.replaceChildren(form);
    translate(body);
    body.hidden = false;
    body.scrollIntoView({ block: 'nearest' });
    controls.name.control.focus();
  }

  await render();
  return card;
}
