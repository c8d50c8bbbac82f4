// The risk card of the project page: the 5x5 heat map of the open risks (most likely row on top,
// a cell filters the register to its risks), the register itself, highest score first, and, for
// those who review the project's gates, the form that raises a risk or revises one.
import { api } from './api.js';
import { h } from './dom.js';
import { formFields } from './forms.js';
import { tr, translate } from './i18n.js';

const SCALE = [1, 2, 3, 4, 5];
const STRATEGIES = ['ESCALATE', 'AVOID', 'TRANSFER', 'MITIGATE', 'ACCEPT'];
const STATUSES = ['OPEN', 'OCCURRED', 'CLOSED'];
const SEVERITY_STYLES = { LOW: 'bg-success-subtle', MEDIUM: 'bg-warning-subtle', HIGH: 'bg-orange-subtle', VERY_HIGH: 'bg-danger-subtle' };
const SEVERITY_BADGES = { LOW: 'text-bg-success', MEDIUM: 'text-bg-warning', HIGH: 'text-bg-orange', VERY_HIGH: 'text-bg-danger' };

function heatMapTable(heatMap, chosen, choose) {
  const byPlace = new Map(heatMap.cells.map(cell => [`${cell.probability}-${cell.impact}`, cell]));
  return h('table', { class: 'table table-bordered text-center align-middle mb-1', id: 'risk-heat-map', style: 'table-layout: fixed' },
    h('caption', { class: 'caption-top small', ...tr('risk.heatMap.caption', { risks: heatMap.openRisks }) }),
    h('tbody', {}, [5, 4, 3, 2, 1].map(probability => h('tr', {},
      h('th', { scope: 'row', class: 'small fw-normal text-body-secondary' }, String(probability)),
      SCALE.map(impact => {
        const cell = byPlace.get(`${probability}-${impact}`);
        const isChosen = chosen && chosen.probability === probability && chosen.impact === impact;
        return h('td', {
          class: `${SEVERITY_STYLES[cell.severity]}${isChosen ? ' border border-2 border-dark' : ''}`,
          'data-test': 'heat-cell', 'data-probability': probability, 'data-impact': impact, 'data-severity': cell.severity,
        }, cell.risks ? h('button', { type: 'button', class: 'btn btn-link btn-sm fw-semibold p-0 text-body',
          'data-test': 'heat-cell-risks', onclick: () => choose(isChosen ? null : cell) }, String(cell.risks)) : '');
      })))),
    h('tfoot', {}, h('tr', {}, h('th', {}), SCALE.map(impact =>
      h('th', { scope: 'col', class: 'small fw-normal text-body-secondary' }, String(impact))))));
}

function registerTable(risks, edit) {
  if (risks.length === 0) {
    return h('p', { class: 'text-body-secondary', id: 'risks-none', ...tr('risk.none') });
  }
  return h('div', { class: 'table-responsive' }, h('table', { class: 'table table-sm align-middle', id: 'risk-register' },
    h('thead', {}, h('tr', {}, ['risk.reference', 'risk.event', 'risk.probability', 'risk.impact', 'risk.score',
      'risk.owner', 'risk.strategy', 'risk.status', null].map(key => h('th', { scope: 'col', ...(key ? tr(key) : {}) })))),
    h('tbody', {}, risks.map(risk => h('tr', { 'data-test': 'risk-row', 'data-reference': risk.reference },
      h('td', { class: 'fw-semibold text-nowrap' }, risk.reference),
      h('td', {}, risk.event, h('div', { class: 'small text-body-secondary' },
        h('span', tr('risk.causeEffect', { cause: risk.cause, effect: risk.effect })))),
      h('td', { class: 'text-center' }, String(risk.probability)),
      h('td', { class: 'text-center' }, String(risk.impact)),
      h('td', {}, h('span', { class: `badge ${SEVERITY_BADGES[risk.severity]}`, 'data-test': 'risk-score',
        'data-severity': risk.severity }, String(risk.score))),
      h('td', {}, risk.owner),
      h('td', {}, h('span', tr(`risk.strategy.${risk.strategy}`)), risk.response
        ? h('div', { class: 'small text-body-secondary' }, risk.response) : null),
      h('td', {}, h('span', { 'data-test': 'risk-status', ...tr(`risk.status.${risk.status}`) })),
      h('td', { class: 'text-end' }, edit ? h('button', { type: 'button', class: 'btn btn-sm btn-outline-primary',
        'data-test': 'risk-edit', ...tr('risk.edit'), onclick: () => edit(risk) }) : null))))));
}

/** The form that raises a risk, or revises risk when one is given. */
function riskForm(projectId, risk, saved, cancel) {
  const fields = formFields('risk');
  const text = (rows, value) => h('textarea', { class: 'form-control', rows }, value ?? '');
  const choice = (values, selected, key) => h('select', { class: 'form-select' }, values.map(value =>
    h('option', { value, selected: String(value) === String(selected), ...(key ? tr(`${key}.${value}`) : {}) }, key ? '' : String(value))));
  const form = h('form', {
    class: 'row g-2', id: 'risk-form', novalidate: true, 'data-revising': risk?.reference ?? '',
    onsubmit: async event => {
      event.preventDefault();
      fields.clear();
      const body = {
        cause: fields.value('cause'), event: fields.value('event'), effect: fields.value('effect'),
        probability: Number(fields.value('probability')), impact: Number(fields.value('impact')),
        owner: fields.value('owner'), strategy: fields.value('strategy'), response: fields.value('response') || null,
        status: fields.value('status'),
      };
      try {
        if (risk) {
          await api.put(`projects/${projectId}/risks/${risk.id}`, { ...body, version: risk.version });
        } else {
          await api.post(`projects/${projectId}/risks`, body);
        }
      } catch (error) {
        fields.report(error, form, 'risk.fixFields', 'risk.stale');
        return;
      }
      await saved();
    },
  },
  h('h2', { class: 'h6', ...tr(risk ? 'risk.reviseTitle' : 'risk.raiseTitle', { reference: risk?.reference }) }),
  fields.alert,
  fields.group('cause', 'risk.cause', text(2, risk?.cause), 'col-md-4', true),
  fields.group('event', 'risk.event', text(2, risk?.event), 'col-md-4', true),
  fields.group('effect', 'risk.effect', text(2, risk?.effect), 'col-md-4', true),
  fields.group('probability', 'risk.probability', choice(SCALE, risk?.probability ?? 3), 'col-md-2', true),
  fields.group('impact', 'risk.impact', choice(SCALE, risk?.impact ?? 3), 'col-md-2', true),
  fields.group('owner', 'risk.owner', h('input', { class: 'form-control', value: risk?.owner ?? '' }), 'col-md-3', true),
  fields.group('strategy', 'risk.strategy', choice(STRATEGIES, risk?.strategy ?? 'MITIGATE', 'risk.strategy'), 'col-md-3', true),
  fields.group('status', 'risk.status', choice(STATUSES, risk?.status ?? 'OPEN', 'risk.status'), 'col-md-2', true),
  fields.group('response', 'risk.response', text(2, risk?.response), 'col-12'),
  h('div', { class: 'col-12' },
    h('button', { type: 'submit', class: 'btn btn-primary', id: 'risk-save', ...tr('risk.save') }),
    risk ? h('button', { type: 'button', class: 'btn btn-outline-secondary ms-2', ...tr('risk.cancel'), onclick: cancel }) : null));
  return form;
}

/** The card of project projectId; mayEdit when the user reviews its gates. */
export async function riskCard(projectId, mayEdit) {
  const card = h('div', { class: 'card shadow-sm mb-4', id: 'risks' });
  let chosen = null;
  let editing = null;

  async function render() {
    const [risks, heatMap] = await Promise.all([api.get(`projects/${projectId}/risks`),
      api.get(`projects/${projectId}/risks/heat-map`)]);
    const shown = chosen ? risks.filter(risk => risk.status === 'OPEN' && risk.probability === chosen.probability
      && risk.impact === chosen.impact) : risks;
    const choose = cell => { chosen = cell; render(); };
    const edit = mayEdit ? risk => { editing = risk; render(); } : null;
    const done = async () => { editing = null; chosen = null; await render(); };
    card.replaceChildren(
      h('div', { class: 'card-header fw-semibold', ...tr('risk.title') }),
      h('div', { class: 'card-body row g-4' },
        h('div', { class: 'col-lg-4' }, h('div', { class: 'small text-body-secondary mb-1', ...tr('risk.heatMap.axes') }),
          heatMapTable(heatMap, chosen, choose)),
        h('div', { class: 'col-lg-8' },
          chosen ? h('div', { class: 'mb-2' }, h('span', tr('risk.filtered', { probability: chosen.probability, impact: chosen.impact })),
            h('button', { type: 'button', class: 'btn btn-link btn-sm', id: 'risk-filter-clear', ...tr('risk.showAll'),
              onclick: () => choose(null) })) : null,
          registerTable(shown, edit))),
      mayEdit ? h('div', { class: 'card-body border-top' }, riskForm(projectId, editing, done, done)) : null);
    translate(card);
  }

  await render();
  return card;
}
