// The relationship on the account page: the visit status, the open follow-ups with a "done"
// button, and the interaction timeline, newest first, with a form to log an interaction with its
// participants and any number of follow-ups. A failed save marks each offending field, follow-ups
// included, and keeps what was typed.
import { ApiError, api } from './api.js';
import { h } from './dom.js';
import { errorMessage, fieldErrorText } from './errors.js';
import { tr, translate } from './i18n.js';

const KINDS = ['VISIT', 'MEETING', 'CALL', 'EMAIL', 'EVENT'];
const PAGE_SIZE = 10;
export const VISIT_STYLES = { OK: 'text-bg-success', DUE: 'text-bg-warning', OVERDUE: 'text-bg-danger' };

function today() {
  return new Date().toISOString().slice(0, 10);
}

/** The badge of an account's visit schedule: status and the day it turns on. */
export function visitBadge(visit, id) {
  return h('span', { class: `badge ${VISIT_STYLES[visit.status]}`, id, 'data-status': visit.status,
    ...tr(`visit.status.${visit.status}`, { date: visit.nextDue }) });
}

/** The "done" button of a follow-up: completes it, then calls done. */
export function doneButton(accountId, followUp, done, onError) {
  return h('button', {
    type: 'button', class: 'btn btn-sm btn-outline-success', 'data-test': 'follow-up-done', ...tr('followUp.done'),
    onclick: async () => {
      try {
        await api.put(`accounts/${accountId}/follow-ups/${followUp.id}/completion`);
        await done();
      } catch (error) {
        onError(error);
      }
    },
  });
}

function followUpRow(accountId, followUp, editable, done, onError) {
  return h('li', { class: 'list-group-item d-flex flex-wrap align-items-center gap-2', 'data-test': 'follow-up-row',
    'data-follow-up-id': followUp.id },
  h('span', { class: 'text-nowrap small' }, followUp.dueOn),
  followUp.overdue ? h('span', { class: 'badge text-bg-danger', 'data-test': 'follow-up-overdue', ...tr('followUp.overdue') }) : null,
  h('span', { class: 'flex-grow-1' }, followUp.description),
  h('span', { class: 'small text-body-secondary' }, followUp.ownerName),
  editable ? doneButton(accountId, followUp, done, onError) : null);
}

function interactionItem(interaction) {
  const people = [...interaction.ourParticipants.map(person => person.displayName),
    ...interaction.theirParticipants.map(contact => contact.name)];
  return h('li', { class: 'list-group-item', 'data-test': 'interaction-row', 'data-interaction-id': interaction.id },
    h('div', { class: 'd-flex flex-wrap gap-2 align-items-baseline' },
      h('span', { class: 'text-nowrap fw-semibold' }, interaction.occurredOn),
      h('span', { class: 'badge text-bg-secondary', 'data-test': 'interaction-kind', ...tr(`interaction.kind.${interaction.kind}`) }),
      h('span', { class: 'small text-body-secondary', ...tr('interaction.recordedBy', { name: interaction.recordedBy }) })),
    h('div', { 'data-test': 'interaction-summary' }, interaction.summary),
    interaction.outcome ? h('div', { class: 'small' }, h('span', { class: 'fw-semibold', ...tr('interaction.field.outcome') }), ': ',
      interaction.outcome) : null,
    people.length ? h('div', { class: 'small text-body-secondary' }, people.join(' · ')) : null,
    interaction.followUps.length ? h('ul', { class: 'small mb-0' }, interaction.followUps.map(followUp => h('li', {},
      `${followUp.dueOn} · ${followUp.ownerName} · `, followUp.open ? followUp.description : h('s', {}, followUp.description)))) : null);
}

/** The interactions card of account accountId; editable means the user may change the account. */
export async function interactionsCard(accountId, editable) {
  const card = h('div', { class: 'card shadow-sm mb-4', id: 'account-interactions' });
  const path = `accounts/${accountId}/interactions`;

  async function render() {
    const [open, first, team, contacts] = await Promise.all([api.get(`accounts/${accountId}/follow-ups`),
      api.get(`${path}?size=${PAGE_SIZE}`), api.get(`accounts/${accountId}/team`), api.get(`accounts/${accountId}/contacts`)]);
    const body = h('div', { class: 'p-3 border-bottom', hidden: true });
    const alert = h('div', { class: 'alert alert-danger m-3', role: 'alert', id: 'follow-ups-alert', hidden: true });
    const showError = error => {
      alert.replaceChildren(errorMessage(error));
      translate(alert);
      alert.hidden = false;
    };
    const timeline = h('ul', { class: 'list-group list-group-flush', id: 'interactions-timeline' }, first.items.map(interactionItem));
    let loaded = first.items.length;
    const more = h('button', {
      type: 'button', class: 'btn btn-sm btn-link', id: 'interactions-more', hidden: loaded >= first.total, ...tr('interaction.more'),
      onclick: async () => {
        const next = await api.get(`${path}?size=${PAGE_SIZE}&page=${loaded / PAGE_SIZE}`);
        timeline.append(...next.items.map(interactionItem));
        loaded += next.items.length;
        more.hidden = loaded >= next.total;
        translate(timeline);
      },
    });
    const visit = open.visit;
    card.replaceChildren(
      h('div', { class: 'card-header d-flex flex-wrap justify-content-between align-items-center gap-2' },
        h('span', { class: 'fw-semibold', ...tr('interaction.title') }),
        h('span', { class: 'd-flex flex-wrap align-items-center gap-2' },
          h('span', { class: 'small text-body-secondary', id: 'visit-last',
            ...(visit.lastVisit ? tr('visit.lastVisit', { date: visit.lastVisit }) : tr('visit.never')) }),
          visitBadge(visit, 'visit-status'),
          editable ? h('button', {
            type: 'button', class: 'btn btn-sm btn-primary', id: 'interaction-add', ...tr('interaction.add'),
            onclick: () => openForm(body, team, contacts),
          }) : null)),
      body,
      alert,
      h('div', { class: 'p-3 pb-0 fw-semibold small', ...tr('followUp.title') }),
      open.items.length === 0
        ? h('p', { class: 'text-body-secondary mx-3 small', id: 'follow-ups-empty', ...tr('followUp.none') })
        : h('ul', { class: 'list-group list-group-flush border-bottom', id: 'account-follow-ups' },
          open.items.map(followUp => followUpRow(accountId, followUp, editable, render, showError))),
      first.total === 0
        ? h('p', { class: 'text-body-secondary m-3', id: 'interactions-empty', ...tr('interaction.none') })
        : timeline,
      h('div', { class: 'text-center' }, more));
    translate(card);
  }

  function openForm(body, team, contacts) {
    const controls = {};
    const alert = h('div', { class: 'alert alert-danger', role: 'alert', id: 'interaction-form-alert', hidden: true });

    function labelled(field, labelKey, control, width, required = false) {
      const id = `interaction-form-${field.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
      const feedback = h('div', { class: 'invalid-feedback', id: `${id}-feedback`, 'data-test': 'field-error' });
      Object.assign(control, { id, name: field });
      controls[field] = { control, feedback };
      return h('div', { class: width },
        h('label', { for: id, class: required ? 'form-label required' : 'form-label', ...tr(labelKey) }), control, feedback);
    }

    /** Checkboxes in a box that takes the field's error, as a control does. */
    function choices(field, options) {
      const box = h('div', { class: 'form-control d-flex flex-wrap gap-3', tabindex: -1 },
        options.length === 0 ? h('span', { class: 'text-body-secondary small', ...tr('interaction.nobody') }) : null,
        options.map(({ value, label, id }) => h('div', { class: 'form-check mb-0' },
          h('input', { type: 'checkbox', class: 'form-check-input', id, value, 'data-choice': field }),
          h('label', { class: 'form-check-label', for: id }, label))));
      return labelled(field, `interaction.field.${field}`, box, 'col-md-6');
    }

    const followUpRows = h('div', { class: 'col-12 d-flex flex-column gap-2', id: 'interaction-form-follow-ups' });
    let followUpCount = 0;
    function addFollowUp() {
      const prefix = `followUps[${followUpCount++}].`;
      const row = h('div', { class: 'row g-2 align-items-start', 'data-test': 'follow-up-form-row' },
        labelled(`${prefix}description`, 'followUp.field.description',
          h('input', { class: 'form-control', maxlength: 500, 'data-part': 'description' }), 'col-md-6', true),
        labelled(`${prefix}owner`, 'followUp.field.owner', h('select', { class: 'form-select', 'data-part': 'owner' },
          team.map(member => h('option', { value: member.username }, member.displayName))), 'col-md-3', true),
        labelled(`${prefix}dueOn`, 'followUp.field.dueOn',
          h('input', { type: 'date', class: 'form-control', 'data-part': 'dueOn', value: today() }), 'col-md-2', true),
        h('div', { class: 'col-md-1 pt-md-4' }, h('button', {
          type: 'button', class: 'btn btn-sm btn-outline-secondary mt-md-2', ...tr('followUp.remove'),
          onclick: () => {
            for (const field of Object.keys(controls).filter(field => field.startsWith(prefix))) {
              delete controls[field];
            }
            row.remove();
          },
        })));
      followUpRows.append(row);
      translate(row);
    }

    const form = h('form', {
      class: 'row g-3', id: 'interaction-form', novalidate: true,
      onsubmit: async event => {
        event.preventDefault();
        const checked = field => [...form.querySelectorAll(`[data-choice=${field}]:checked`)].map(box => box.value);
        const sent = {
          kind: controls.kind.control.value,
          occurredOn: controls.occurredOn.control.value || null,
          ourParticipants: checked('ourParticipants'),
          theirParticipants: checked('theirParticipants').map(Number),
          summary: controls.summary.control.value,
          outcome: controls.outcome.control.value || null,
          followUps: [...followUpRows.children].map(row => Object.fromEntries(
            [...row.querySelectorAll('[data-part]')].map(control => [control.dataset.part, control.value || null]))),
        };
        // Rows removed meanwhile leave gaps in the numbering; the server numbers what it gets.
        const sentNames = [...followUpRows.children].map(row => row.querySelector('[data-part]').name.replace(/description$/, ''));
        for (const { control, feedback } of Object.values(controls)) {
          control.classList.remove('is-invalid');
          feedback.replaceChildren();
        }
        alert.hidden = true;
        try {
          await api.post(`accounts/${accountId}/interactions`, sent);
          await render();
        } catch (error) {
          const fieldErrors = (error instanceof ApiError ? error.fieldErrors : []).map(fieldError => ({
            ...fieldError,
            field: fieldError.field.replace(/^followUps\[(\d+)\]\./, (match, index) => sentNames[Number(index)]),
          }));
          for (const fieldError of fieldErrors.filter(({ field }) => controls[field])) {
            controls[fieldError.field].control.classList.add('is-invalid');
            controls[fieldError.field].feedback.append(fieldErrorText(fieldError));
          }
          alert.replaceChildren(fieldErrors.length ? h('span', tr('interaction.fixFields')) : errorMessage(error));
          translate(form);
          alert.hidden = false;
        }
      },
    },
    alert,
    labelled('kind', 'interaction.field.kind', h('select', { class: 'form-select', value: 'VISIT' },
      KINDS.map(kind => h('option', { value: kind, ...tr(`interaction.kind.${kind}`) }))), 'col-md-3', true),
    labelled('occurredOn', 'interaction.field.occurredOn', h('input', { type: 'date', class: 'form-control', value: today() }),
      'col-md-3', true),
    h('div', { class: 'w-100' }),
    choices('ourParticipants', team.map(member => ({
      value: member.username, label: member.displayName, id: `interaction-form-our-${member.username}` }))),
    choices('theirParticipants', contacts.map(contact => ({
      value: String(contact.id), label: contact.name, id: `interaction-form-their-${contact.id}` }))),
    labelled('summary', 'interaction.field.summary', h('textarea', { class: 'form-control', rows: 2, maxlength: 2000 }), 'col-12', true),
    labelled('outcome', 'interaction.field.outcome', h('textarea', { class: 'form-control', rows: 2, maxlength: 2000 }), 'col-12'),
    followUpRows,
    h('div', { class: 'col-12 d-flex flex-wrap gap-2' },
      h('button', { type: 'submit', class: 'btn btn-primary', id: 'interaction-form-save', ...tr('interaction.save') }),
      h('button', { type: 'button', class: 'btn btn-outline-primary', id: 'interaction-form-add-follow-up', ...tr('followUp.add'),
        onclick: addFollowUp }),
      h('button', { type: 'button', class: 'btn btn-outline-secondary', ...tr('contact.cancel'),
        onclick: () => { body.hidden = true; body.replaceChildren(); } })));
    body.replaceChildren(form);
    translate(body);
    body.hidden = false;
    body.scrollIntoView({ block: 'nearest' });
    controls.summary.control.focus();
  }

  await render();
  return card;
}
