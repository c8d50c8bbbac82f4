// The earned-value card of the project page: the S-curve of planned value, earned value and actual
// cost per reporting period against the budget at completion, a table of each period's indexes and
// forecasts, and, for those who review the project's gates, the form that records a period.
import { api } from './api.js';
import { chartsIn } from './charts.js';
import { h } from './dom.js';
import { formFields } from './forms.js';
import { t, tr, translate } from './i18n.js';
import { formatMoney } from './opportunities.js';

const FIGURES = ['budgetAtCompletion', 'plannedValue', 'earnedValue', 'actualCost'];
const COLOURS = { plannedValue: '#6c757d', earnedValue: '#198754', actualCost: '#dc3545', budgetAtCompletion: '#0d6efd' };

function index(value) {
  return value == null ? '—' : Number(value).toFixed(2);
}

function money(value) {
  return value ? formatMoney(value) : '—';
}

function drawCurve(canvas, periods) {
  // eslint-disable-next-line no-undef -- Chart is the global of the Chart.js UMD bundle
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels: periods.map(period => period.periodEnd),
      datasets: FIGURES.map(figure => ({
        label: t(`evm.${figure}`), data: periods.map(period => Number(period[figure].amount)),
        borderColor: COLOURS[figure], borderDash: figure === 'budgetAtCompletion' ? [6, 4] : [], tension: 0.2,
      })),
    },
    options: { animation: false, responsive: true, maintainAspectRatio: false },
  });
}

function recordForm(projectId, reload) {
  const fields = formFields('evm-record');
  const amount = () => h('input', { class: 'form-control', inputmode: 'decimal' });
  const form = h('form', {
    class: 'row g-2 align-items-end', id: 'evm-record-form', novalidate: true,
    onsubmit: async event => {
      event.preventDefault();
      fields.clear();
      const currency = fields.value('currency').trim().toUpperCase();
      const body = Object.fromEntries(FIGURES.map(figure =>
        [figure, { amount: fields.value(`${figure}.amount`).trim() || null, currency }]));
      try {
        await api.put(`projects/${projectId}/earned-value/${fields.value('periodEnd') || 'none'}`, body);
      } catch (error) {
        fields.report(error, form, 'evm.fixFields');
        return;
      }
      await reload();
    },
  },
  fields.alert,
  fields.group('periodEnd', 'evm.periodEnd', h('input', { type: 'date', class: 'form-control' }), 'col-md-2', true),
  fields.group('currency', 'evm.currency', h('input', { class: 'form-control', maxlength: 3, value: 'USD' }), 'col-md-1', true),
  FIGURES.map(figure => fields.group(`${figure}.amount`, `evm.${figure}`, amount(), 'col-md-2', true)),
  h('div', { class: 'col-md-1' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'evm-record', ...tr('evm.record') })));
  return form;
}

/** The card of project projectId; mayRecord when the user reviews its gates. */
export async function earnedValueCard(projectId, mayRecord) {
  const card = h('div', { class: 'card shadow-sm mb-4', id: 'earned-value' });
  const charts = chartsIn(card);

  async function render() {
    const periods = await api.get(`projects/${projectId}/earned-value`);
    const canvas = h('canvas', { id: 'evm-chart', role: 'img', 'data-i18n-aria-label': 'evm.chartLabel' });
    card.replaceChildren(
      h('div', { class: 'card-header fw-semibold', ...tr('evm.title') }),
      h('div', { class: 'card-body' },
        periods.length === 0 ? h('p', { class: 'text-body-secondary', id: 'evm-none', ...tr('evm.none') })
          : [h('div', { style: 'position: relative; height: 280px' }, canvas),
            h('div', { class: 'table-responsive mt-3' }, h('table', { class: 'table table-sm align-middle mb-0', id: 'evm-table' },
              h('thead', {}, h('tr', {}, ['evm.periodEnd', 'evm.plannedValue', 'evm.earnedValue', 'evm.actualCost', 'evm.cpi',
                'evm.spi', 'evm.eacByCpi', 'evm.eacByCpiTimesSpi', 'evm.vac'].map(key => h('th', { scope: 'col', ...tr(key) })))),
              h('tbody', {}, periods.map(period => h('tr', { 'data-test': 'evm-row', 'data-period-end': period.periodEnd },
                h('td', { class: 'text-nowrap' }, period.periodEnd),
                h('td', { class: 'text-end' }, money(period.plannedValue)),
                h('td', { class: 'text-end' }, money(period.earnedValue)),
                h('td', { class: 'text-end' }, money(period.actualCost)),
                h('td', { class: 'text-end', 'data-test': 'evm-cpi' }, index(period.costPerformanceIndex)),
                h('td', { class: 'text-end', 'data-test': 'evm-spi' }, index(period.schedulePerformanceIndex)),
                h('td', { class: 'text-end' }, money(period.byCpi.estimateAtCompletion)),
                h('td', { class: 'text-end' }, money(period.byCpiTimesSpi.estimateAtCompletion)),
                h('td', { class: 'text-end' }, money(period.byCpi.varianceAtCompletion)))))))]),
      mayRecord ? h('div', { class: 'card-body border-top' }, recordForm(projectId, render)) : null);
    translate(card);
    if (periods.length) {
      charts.show(canvas, on => drawCurve(on, periods));
    }
  }

  await render();
  return card;
}
