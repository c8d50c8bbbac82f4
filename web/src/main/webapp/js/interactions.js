// The relationship on the account page: the visit status, the open follow-ups with a "done"
// button, and the interaction timeline, newest first, with a form to log an interaction with its
// participants and any number of follow-ups. Those who may change the account edit an interaction
// or one of its follow-ups from the timeline, in the same forms. A failed save marks each offending
// field, follow-ups included, and keeps what was typed.
import { ApiError, api } from './api.js';
import { h } from './dom.js';
import { showError } from './errors.js';
import { cancelButton, formFields, openIn } from './forms.js';
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

/**
 * The team to choose people from ({username, displayName}), and after it those of chosen not on it
 * (any longer): an edit must not drop them unasked.
 */
function teamAnd(team, chosen) {
  return [...team, ...chosen.filter(person => !team.some(member => member.username === person.username))];
}

/**
 * The description, owner and due date controls of a follow-up among fields (see formFields), named
 * after prefix; the owner is one of people ({username, displayName}); followUp's values where given.
 */
function followUpGroups(fields, prefix, people, followUp) {
  return [
    fields.group(`${prefix}description`, 'followUp.field.description', h('input', {
      class: 'form-control', maxlength: 500, 'data-part': 'description', value: followUp?.description }), 'col-md-6', true),
    fields.group(`${prefix}owner`, 'followUp.field.owner', h('select', { class: 'form-select', 'data-part': 'owner',
      value: followUp?.owner }, people.map(person => h('option', { value: person.username }, person.displayName))),
    'col-md-3', true),
    fields.group(`${prefix}dueOn`, 'followUp.field.dueOn', h('input', {
      type: 'date', class: 'form-control', 'data-part': 'dueOn', value: followUp?.dueOn ?? today() }), 'col-md-2', true),
  ];
}

/**
 * Opens in body the form that revises followUp of account accountId: what, whose (one of the account's
 * team, or whoever has it now) and by when; then saved().
 */
function openFollowUpForm(body, accountId, followUp, team, saved) {
  const people = teamAnd(team, [{ username: followUp.owner, displayName: followUp.ownerName }]);
  const fields = formFields('follow-up-form');
  const form = h('form', {
    class: 'row g-3', id: 'follow-up-form', novalidate: true,
    onsubmit: async event => {
      event.preventDefault();
      fields.clear();
      try {
        await api.put(`accounts/${accountId}/follow-ups/${followUp.id}`, {
          description: fields.value('description'), owner: fields.value('owner'), dueOn: fields.value('dueOn') || null,
          version: followUp.version,
        });
        await saved();
      } catch (error) {
        fields.report(error, form, 'followUp.fixFields', 'followUp.conflict');
      }
    },
  },
  fields.alert,
  followUpGroups(fields, '', people, followUp),
  h('div', { class: 'col-12 d-flex gap-2' },
    h('button', { type: 'submit', class: 'btn btn-primary', id: 'follow-up-form-save', ...tr('followUp.save') }),
    cancelButton(body)));
  openIn(body, form);
  fields.controls.description.control.focus();
}

/**
 * The "edit" button of follow-up followUpId of account accountId: opens its form, as stored now, in
 * body; saving calls saved.
 */
export function editFollowUpButton(accountId, followUpId, body, saved, onError) {
  return h('button', {
    type: 'button', class: 'btn btn-sm btn-outline-primary', 'data-test': 'follow-up-edit', ...tr('contact.edit'),
    onclick: async () => {
      try {
        const [followUp, team] = await Promise.all([api.get(`accounts/${accountId}/follow-ups/${followUpId}`),
          api.get(`accounts/${accountId}/team`)]);
        openFollowUpForm(body, accountId, followUp, team, saved);
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

/**
 * One interaction of the timeline with its follow-ups; edits, for those who may change the account,
 * gives the edit buttons of the interaction (edits.interaction) and of a follow-up (edits.followUp).
 */
function interactionItem(interaction, edits) {
  const people = [...interaction.ourParticipants.map(person => person.displayName),
    ...interaction.theirParticipants.map(contact => contact.name)];
  return h('li', { class: 'list-group-item', 'data-test': 'interaction-row', 'data-interaction-id': interaction.id },
    h('div', { class: 'd-flex flex-wrap gap-2 align-items-baseline' },
      h('span', { class: 'text-nowrap fw-semibold' }, interaction.occurredOn),
      h('span', { class: 'badge text-bg-secondary', 'data-test': 'interaction-kind', ...tr(`interaction.kind.${interaction.kind}`) }),
      h('span', { class: 'small text-body-secondary', ...tr('interaction.recordedBy', { name: interaction.recordedBy }) }),
      edits ? h('span', { class: 'ms-auto' }, edits.interaction(interaction)) : null),
    h('div', { 'data-test': 'interaction-summary' }, interaction.summary),
    interaction.outcome ? h('div', { class: 'small' }, h('span', { class: 'fw-semibold', ...tr('interaction.field.outcome') }), ': ',
      interaction.outcome) : null,
    people.length ? h('div', { class: 'small text-body-secondary' }, people.join(' · ')) : null,
    interaction.followUps.length ? h('ul', { class: 'small mb-0' }, interaction.followUps.map(followUp => h('li', {
      class: 'mt-1', 'data-test': 'timeline-follow-up', 'data-follow-up-id': followUp.id },
    `${followUp.dueOn} · ${followUp.ownerName} · `, followUp.open ? followUp.description : h('s', {}, followUp.description),
    edits ? [' ', edits.followUp(followUp)] : null))) : null);
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
    const showFailure = error => showError(alert, error);
    const edits = editable && {
      interaction: interaction => h('button', {
        type: 'button', class: 'btn btn-sm btn-outline-primary', 'data-test': 'interaction-edit', ...tr('contact.edit'),
        onclick: () => openForm(body, team, contacts, interaction),
      }),
      followUp: followUp => editFollowUpButton(accountId, followUp.id, body, render, showFailure),
    };
    const item = interaction => interactionItem(interaction, edits);
    const timeline = h('ul', { class: 'list-group list-group-flush', id: 'interactions-timeline' }, first.items.map(item));
    let loaded = first.items.length;
    const more = h('button', {
      type: 'button', class: 'btn btn-sm btn-link', id: 'interactions-more', hidden: loaded >= first.total, ...tr('interaction.more'),
      onclick: async () => {
        const next = await api.get(`${path}?size=${PAGE_SIZE}&page=${loaded / PAGE_SIZE}`);
        timeline.append(...next.items.map(item));
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
            onclick: () => openForm(body, team, contacts, null),
          }) : null)),
      body,
      alert,
      h('div', { class: 'p-3 pb-0 fw-semibold small', ...tr('followUp.title') }),
      open.items.length === 0
        ? h('p', { class: 'text-body-secondary mx-3 small', id: 'follow-ups-empty', ...tr('followUp.none') })
        : h('ul', { class: 'list-group list-group-flush border-bottom', id: 'account-follow-ups' },
          open.items.map(followUp => followUpRow(accountId, followUp, editable, render, showFailure))),
      first.total === 0
        ? h('p', { class: 'text-body-secondary m-3', id: 'interactions-empty', ...tr('interaction.none') })
        : timeline,
      h('div', { class: 'text-center' }, more));
    translate(card);
  }

  /**
   * Opens the form that logs an interaction with its follow-ups or, given interaction, revises that one
   * (its follow-ups are edited each on its own).
   */
  function openForm(body, team, contacts, interaction) {
    const fields = formFields('interaction-form');

    /** Checkboxes in a box that takes the field's error, as a control does; the chosen values ticked. */
    function choices(field, options, chosen) {
      const box = h('div', { class: 'form-control d-flex flex-wrap gap-3', tabindex: -1 },
        options.length === 0 ? h('span', { class: 'text-body-secondary small', ...tr('interaction.nobody') }) : null,
        options.map(({ value, label, id }) => h('div', { class: 'form-check mb-0' },
          h('input', { type: 'checkbox', class: 'form-check-input', id, value, 'data-choice': field, checked: chosen.includes(value) }),
          h('label', { class: 'form-check-label', for: id }, label))));
      return fields.group(field, `interaction.field.${field}`, box, 'col-md-6');
    }

    const followUpRows = h('div', { class: 'col-12 d-flex flex-column gap-2', id: 'interaction-form-follow-ups' });
    let followUpCount = 0;
    function addFollowUp() {
      const prefix = `followUps[${followUpCount++}].`;
      const row = h('div', { class: 'row g-2 align-items-start', 'data-test': 'follow-up-form-row' },
        followUpGroups(fields, prefix, team),
        h('div', { class: 'col-md-1 pt-md-4' }, h('button', {
          type: 'button', class: 'btn btn-sm btn-outline-secondary mt-md-2', ...tr('followUp.remove'),
          onclick: () => {
            for (const field of Object.keys(fields.controls).filter(field => field.startsWith(prefix))) {
              delete fields.controls[field];
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
          kind: fields.value('kind'),
          occurredOn: fields.value('occurredOn') || null,
          ourParticipants: checked('ourParticipants'),
          theirParticipants: checked('theirParticipants').map(Number),
          summary: fields.value('summary'),
          outcome: fields.value('outcome') || null,
          ...(interaction ? { version: interaction.version } : {
            followUps: [...followUpRows.children].map(row => Object.fromEntries(
              [...row.querySelectorAll('[data-part]')].map(control => [control.dataset.part, control.value || null]))),
          }),
        };
        // Rows removed meanwhile leave gaps in the numbering; the server numbers what it gets.
        const sentNames = [...followUpRows.children].map(row => row.querySelector('[data-part]').name.replace(/description$/, ''));
        fields.clear();
        try {
          await (interaction ? api.put(`${path}/${interaction.id}`, sent) : api.post(path, sent));
          await render();
        } catch (error) {
          if (error instanceof ApiError && error.problem.errors) {
            error.problem.errors = error.fieldErrors.map(fieldError => ({
              ...fieldError,
              field: fieldError.field.replace(/^followUps\[(\d+)\]\./, (match, index) => sentNames[Number(index)]),
            }));
          }
          fields.report(error, form, 'interaction.fixFields', 'interaction.conflict');
        }
      },
    },
    fields.alert,
    fields.group('kind', 'interaction.field.kind', h('select', { class: 'form-select', value: interaction?.kind ?? 'VISIT' },
      KINDS.map(kind => h('option', { value: kind, ...tr(`interaction.kind.${kind}`) }))), 'col-md-3', true),
    fields.group('occurredOn', 'interaction.field.occurredOn', h('input', {
      type: 'date', class: 'form-control', value: interaction?.occurredOn ?? today() }), 'col-md-3', true),
    h('div', { class: 'w-100' }),
    choices('ourParticipants', teamAnd(team, interaction?.ourParticipants ?? []).map(person => ({
      value: person.username, label: person.displayName, id: `interaction-form-our-${person.username}` })),
    interaction?.ourParticipants.map(person => person.username) ?? []),
    choices('theirParticipants', contacts.map(contact => ({
      value: String(contact.id), label: contact.name, id: `interaction-form-their-${contact.id}` })),
    interaction?.theirParticipants.map(contact => String(contact.id)) ?? []),
    fields.group('summary', 'interaction.field.summary', h('textarea', {
      class: 'form-control', rows: 2, maxlength: 2000, value: interaction?.summary }), 'col-12', true),
    fields.group('outcome', 'interaction.field.outcome', h('textarea', {
      class: 'form-control', rows: 2, maxlength: 2000, value: interaction?.outcome }), 'col-12'),
    interaction ? null : followUpRows,
    h('div', { class: 'col-12 d-flex flex-wrap gap-2' },
      h('button', { type: 'submit', class: 'btn btn-primary', id: 'interaction-form-save', ...tr('interaction.save') }),
      interaction ? null : h('button', {
        type: 'button', class: 'btn btn-outline-primary', id: 'interaction-form-add-follow-up', ...tr('followUp.add'),
        onclick: addFollowUp }),
      cancelButton(body)));
    openIn(body, form);
    fields.controls.summary.control.focus();
  }

  await render();
  return card;
}
