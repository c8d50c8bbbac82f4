// "My follow-ups": the signed-in user's open follow-ups across the accounts, overdue first, each
// with "done" and "edit" buttons and a link to its account; then the visits due on the accounts
// they lead.
import { api } from './api.js';
import { h } from './dom.js';
import { showError } from './errors.js';
import { tr, translate } from './i18n.js';
import { doneButton, editFollowUpButton, visitBadge } from './interactions.js';

function accountLink(accountId, name) {
  return h('a', { href: `#/accounts/${accountId}`, 'data-test': 'account-link' }, name);
}

function table(id, headings, rows) {
  return h('div', { class: 'card shadow-sm mb-4' }, h('div', { class: 'table-responsive' },
    h('table', { class: 'table align-middle mb-0', id },
      h('thead', {}, h('tr', {}, headings.map(key => h('th', { scope: 'col', ...(key ? tr(key) : {}) })))),
      h('tbody', {}, rows))));
}

export async function myFollowUpsView() {
  const section = h('section', { id: 'my-follow-ups' });

  async function render() {
    const { followUps, visits } = await api.get('me/follow-ups');
    const alert = h('div', { class: 'alert alert-danger', role: 'alert', id: 'my-follow-ups-alert', hidden: true });
    const body = h('div', { class: 'card card-body shadow-sm mb-4', hidden: true });
    const showFailure = error => showError(alert, error);
    // Overdue first, then by due date (the server sorts by due date; this keeps it so if that changes).
    const ordered = [...followUps].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn));
    section.replaceChildren(
      h('h1', { class: 'h3 mb-3', ...tr('myFollowUps.title') }),
      alert,
      body,
      ordered.length === 0
        ? h('p', { class: 'text-body-secondary', id: 'my-follow-ups-empty', ...tr('myFollowUps.none') })
        : table('my-follow-ups-table', ['followUp.field.dueOn', 'followUp.field.description', 'myFollowUps.account', null],
          ordered.map(followUp => h('tr', { 'data-test': 'my-follow-up-row', 'data-follow-up-id': followUp.id },
            h('td', { class: 'text-nowrap' }, followUp.dueOn, ' ', followUp.overdue
              ? h('span', { class: 'badge text-bg-danger', 'data-test': 'follow-up-overdue', ...tr('followUp.overdue') }) : null),
            h('td', { 'data-test': 'my-follow-up-description' }, followUp.description),
            h('td', {}, accountLink(followUp.accountId, followUp.accountName)),
            h('td', { class: 'text-end text-nowrap' }, editFollowUpButton(followUp.accountId, followUp.id, body, render, showFailure),
              ' ', doneButton(followUp.accountId, followUp, render, showFailure))))),
      h('h2', { class: 'h5 mb-3', ...tr('myFollowUps.visits') }),
      visits.length === 0
        ? h('p', { class: 'text-body-secondary', id: 'my-visits-empty', ...tr('myFollowUps.noVisits') })
        : table('my-visits-table', ['myFollowUps.account', 'myFollowUps.lastVisit', 'myFollowUps.status'],
          visits.map(due => h('tr', { 'data-test': 'my-visit-row', 'data-account-id': due.accountId },
            h('td', {}, accountLink(due.accountId, due.accountName)),
            h('td', {}, due.visit.lastVisit ?? h('span', tr('visit.never'))),
            h('td', {}, visitBadge(due.visit))))));
    translate(section);
  }

  await render();
  return section;
}
