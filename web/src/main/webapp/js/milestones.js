// The milestones card of the project page: each milestone with its phase, planned and reached days
// and its slippage; for those who review the project's gates, the form that adds one and the buttons
// that mark one reached (today, as the server counts days: UTC) or remove it. A change reloads the
// whole page, whose project slippage it may change.
import { api } from './api.js';
import { h } from './dom.js';
import { act } from './errors.js';
import { formFields } from './forms.js';
import { tr, translate } from './i18n.js';

const PHASES = ['PLANNING', 'DESIGN', 'FINANCING', 'CONSTRUCTION', 'OPERATION_AND_MAINTENANCE', 'CLOSED'];

/** A badge of days late: red when late, green when early, grey on time. */
export function slippageBadge(days, test) {
  const style = days > 0 ? 'text-bg-danger' : days < 0 ? 'text-bg-success' : 'text-bg-light border';
  return h('span', { class: `badge ${style}`, 'data-test': test, 'data-days': days, ...tr('gate.days', { days }) });
}

function addForm(projectId, reload) {
  const fields = formFields('milestone');
  const form = h('form', {
    class: 'row g-2 align-items-end', id: 'milestone-form', novalidate: true,
    onsubmit: async event => {
      event.preventDefault();
      fields.clear();
      try {
        await api.post(`projects/${projectId}/milestones`, {
          name: fields.value('name'), plannedOn: fields.value('plannedOn') || null, phase: fields.value('phase') || null });
      } catch (error) {
        fields.report(error, form, 'milestone.fixFields');
        return;
      }
      await reload();
    },
  },
  fields.alert,
  fields.group('name', 'milestone.name', h('input', { class: 'form-control', maxlength: 200 }), 'col-md-5', true),
  fields.group('plannedOn', 'milestone.plannedOn', h('input', { type: 'date', class: 'form-control' }), 'col-md-2', true),
  fields.group('phase', 'milestone.phase', h('select', { class: 'form-select' },
    h('option', { value: '', ...tr('milestone.noPhase') }),
    PHASES.map(phase => h('option', { value: phase, ...tr(`project.phase.${phase}`) }))), 'col-md-3'),
  h('div', { class: 'col-md-2' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'milestone-add', ...tr('milestone.add') })));
  return form;
}

/** The card of project projectId; mayPlan when the user reviews its gates; reload() after a change. */
export async function milestonesCard(projectId, mayPlan, reload) {
  const card = h('div', { class: 'card shadow-sm mb-4', id: 'milestones' });
  const alert = h('div', { class: 'alert alert-danger m-3', role: 'alert', id: 'milestones-alert', hidden: true });

  const change = work => act(alert, reload, work);

  const path = milestone => `projects/${projectId}/milestones/${milestone.id}`;
  const reach = milestone => change(() => api.put(path(milestone), {
    name: milestone.name, phase: milestone.phase ?? null, plannedOn: milestone.plannedOn,
    reachedOn: new Date().toISOString().slice(0, 10), version: milestone.version }));
  const remove = milestone => change(() => api.delete(`${path(milestone)}?version=${milestone.version}`));

  async function render() {
    const milestones = await api.get(`projects/${projectId}/milestones`);
    card.replaceChildren(
      h('div', { class: 'card-header fw-semibold', ...tr('milestone.title') }),
      alert,
      milestones.length === 0 ? h('div', { class: 'card-body' },
        h('p', { class: 'text-body-secondary mb-0', id: 'milestones-none', ...tr('milestone.none') }))
        : h('div', { class: 'table-responsive' }, h('table', { class: 'table align-middle mb-0', id: 'milestones-table' },
          h('thead', {}, h('tr', {}, ['milestone.name', 'milestone.phase', 'milestone.plannedOn', 'milestone.reachedOn',
            'milestone.slippage', null].map(key => h('th', { scope: 'col', ...(key ? tr(key) : {}) })))),
          h('tbody', {}, milestones.map(milestone => h('tr', { 'data-test': 'milestone-row', 'data-milestone-id': milestone.id },
            h('td', {}, milestone.name),
            h('td', {}, milestone.phase ? h('span', tr(`project.phase.${milestone.phase}`)) : '—'),
            h('td', { class: 'text-nowrap' }, milestone.plannedOn),
            h('td', { class: 'text-nowrap', 'data-test': 'milestone-reached' }, milestone.reachedOn ?? '—'),
            h('td', {}, slippageBadge(milestone.slippageDays, 'milestone-slippage')),
            h('td', { class: 'text-end text-nowrap' }, mayPlan ? [
              milestone.reachedOn ? null : h('button', { type: 'button', class: 'btn btn-sm btn-outline-success',
                'data-test': 'milestone-reach', ...tr('milestone.reach'), onclick: () => reach(milestone) }),
              h('button', { type: 'button', class: 'btn btn-sm btn-outline-danger ms-1', 'data-test': 'milestone-remove',
                ...tr('milestone.remove'), onclick: () => remove(milestone) })] : null)))))),
      mayPlan ? h('div', { class: 'card-body border-top' }, addForm(projectId, reload)) : null);
    translate(card);
  }

  await render();
  return card;
}
