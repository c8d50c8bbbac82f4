// The projects an account owns, on its page: the first of them by name with their phase and next
// gate, and how many there are.
import { api } from './api.js';
import { h } from './dom.js';
import { tr, translate } from './i18n.js';
import { formatMoney } from './opportunities.js';

const SHOWN = 20;

/** The projects card of account accountId. */
export async function projectsCard(accountId) {
  const page = await api.get(`projects?account=${accountId}&size=${SHOWN}`);
  const rows = page.items.map(project => h('tr', { 'data-test': 'project-row', 'data-external-id': project.externalId },
    h('td', { class: 'text-nowrap' }, project.externalId ?? '—'),
    h('td', {}, h('a', { href: `#/projects/${project.id}`, 'data-test': 'project-link' }, project.name)),
    h('td', { 'data-test': 'project-phase' }, h('span', tr(project.killed ? 'project.killed' : `project.phase.${project.phase}`)),
      project.nextGate ? h('span', { class: 'badge text-bg-light border ms-2' }, project.nextGate) : null),
    h('td', {}, project.status ? h('span', tr(`project.status.${project.status}`)) : '—'),
    h('td', { class: 'text-end text-nowrap' }, project.commitment ? formatMoney(project.commitment) : '—'),
    h('td', { class: 'text-nowrap' }, project.approvedOn ?? '—'),
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
        h('thead', {}, h('tr', {}, ['project.externalId', 'project.name', 'project.phaseTitle', 'project.statusTitle', 'project.commitment',
          'project.approvedOn', 'project.closesOn', 'project.borrower'].map(key => h('th', { scope: 'col', ...tr(key) })))),
        h('tbody', {}, rows))));
  translate(card);
  return card;
}
