// The projects an account owns, on its page: the first of them by name, and how many there are.
import { api } from './api.js';
import { h } from './dom.js';
import { currentLanguage, tr, translate } from './i18n.js';

const SHOWN = 20;

function money({ amount, currency }) {
  return new Intl.NumberFormat(currentLanguage(), { style: 'currency', currency, maximumFractionDigits: 0 })
    .format(Number(amount));
}

/** The projects card of account accountId. */
export async function projectsCard(accountId) {
  const page = await api.get(`projects?account=${accountId}&size=${SHOWN}`);
  const rows = page.items.map(project => h('tr', { 'data-test': 'project-row', 'data-external-id': project.externalId },
    h('td', { class: 'text-nowrap' }, project.externalId),
    h('td', {}, project.name),
    h('td', {}, h('span', tr(`project.status.${project.status}`))),
    h('td', { class: 'text-end text-nowrap' }, money(project.commitment)),
    h('td', { class: 'text-nowrap' }, project.approvedOn),
    h('td', { class: 'text-nowrap' }, project.closesOn ?? '—'),
    h('td', {}, project.borrower && project.borrower.id !== accountId
      ? h('a', { href: `#/accounts/${project.borrower.id}` }, project.borrower.name) : '—')));
  const card = h('div', { class: 'card shadow-sm mb-4', id: 'account-projects' },
    h('div', { class: 'card-header d-flex justify-content-between align-items-center' },
      h('span', { class: 'fw-semibold', ...tr('project.title') }),
      page.total > page.items.length
        ? h('span', { class: 'small text-body-secondary', ...tr('project.more', { shown: page.items.length, total: page.total }) })
        : null),
    page.items.length === 0
      ? h('div', { class: 'card-body text-body-secondary', ...tr('project.none') })
      : h('div', { class: 'table-responsive' }, h('table', { class: 'table align-middle mb-0', id: 'projects-table' },
        h('thead', {}, h('tr', {}, ['project.externalId', 'project.name', 'project.statusTitle', 'project.commitment',
          'project.approvedOn', 'project.closesOn', 'project.borrower'].map(key => h('th', { scope: 'col', ...tr(key) })))),
        h('tbody', {}, rows))));
  translate(card);
  return card;
}
