// "My gates": the next gate of each live project on the accounts where the user leads projects,
// planned within 30 days or overdue, the most overdue first, each linked to its gate review.
import { api } from './api.js';
import { h } from './dom.js';
import { tr, translate } from './i18n.js';

export async function myGatesView() {
  const gates = await api.get('me/gates');
  const section = h('section', { id: 'my-gates' },
    h('h1', { class: 'h3 mb-3', ...tr('myGates.title') }),
    gates.length === 0
      ? h('p', { class: 'text-body-secondary', id: 'my-gates-empty', ...tr('myGates.none') })
      : h('div', { class: 'card shadow-sm' }, h('div', { class: 'table-responsive' },
        h('table', { class: 'table align-middle mb-0', id: 'my-gates-table' },
          h('thead', {}, h('tr', {}, ['gate.plannedOn', 'myGates.project', 'myGates.account', 'gate.code', 'gate.state']
            .map(key => h('th', { scope: 'col', ...tr(key) })))),
          h('tbody', {}, gates.map(gate => h('tr', { 'data-test': 'my-gate-row', 'data-project-id': gate.projectId },
            h('td', { class: 'text-nowrap' }, gate.plannedOn, ' ', gate.daysOverdue > 0
              ? h('span', { class: 'badge text-bg-danger', 'data-test': 'my-gate-overdue', ...tr('myGates.overdue', { days: gate.daysOverdue }) })
              : h('span', { class: 'badge text-bg-warning', ...tr('myGates.dueIn', { days: gate.dueInDays }) })),
            h('td', {}, h('a', { href: `#/projects/${gate.projectId}/gates/${gate.gateId}`, 'data-test': 'my-gate-project' }, gate.projectName)),
            h('td', {}, h('a', { href: `#/accounts/${gate.owner.id}` }, gate.owner.name)),
            h('td', { class: 'fw-semibold' }, gate.gate),
            h('td', {}, h('span', tr(`gate.state.${gate.state}`))))))))));
  translate(section);
  return section;
}
