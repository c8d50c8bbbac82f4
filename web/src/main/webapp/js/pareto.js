// The Pareto page, for administrators and executives: the accounts by value as bars, the
// cumulative share as a line, the cut points between tiers as dashed lines, and below it the
// head of the ranking as a table with each account's tier, the accounts and value per tier, the
// amounts left unconverted for want of an exchange rate, and the rates used. Chart.js comes as a
// WebJar (see index.html).
import { ApiError, api } from './api.js';
import { chartsIn } from './charts.js';
import { h } from './dom.js';
import { errorMessage } from './errors.js';
import { formatMoney } from './opportunities.js';
import { t, tr, translate } from './i18n.js';
import { tierBadge } from './tiers.js';

/** Bars beyond these make a chart nobody can read. */
const MAX_BARS = 60;
/** The head of the ranking the table lists; the tier totals cover every account. */
const LISTED = 100;
const TIER_COLOURS = { A: '#198754', B: '#ffc107', C: '#6c757d' };

function percent(fraction) {
  return `${(Number(fraction) * 100).toFixed(1)} %`;
}

function drawChart(canvas, pareto) {
  const charted = pareto.items.filter(item => Number(item.value.amount) > 0).slice(0, MAX_BARS);
  const { aPercent, bPercent } = pareto.cutPoints;
  const constant = value => charted.map(() => value);
  const cutLine = (label, value, colour) => ({
    type: 'line', label, data: constant(value), yAxisID: 'share', borderColor: colour, borderDash: [6, 4],
    borderWidth: 1, pointRadius: 0,
  });
  // eslint-disable-next-line no-undef -- Chart is the global of the Chart.js UMD bundle
  return new Chart(canvas, {
    data: {
      labels: charted.map(item => item.name),
      datasets: [
        { type: 'bar', label: t('pareto.value', { currency: pareto.reportingCurrency }), yAxisID: 'value', order: 2,
          data: charted.map(item => Number(item.value.amount)),
          backgroundColor: charted.map(item => TIER_COLOURS[item.computedTier]) },
        { type: 'line', label: t('pareto.cumulativeShare'), yAxisID: 'share', order: 1, borderColor: '#0d6efd',
          data: charted.map(item => Number(item.cumulativeShare) * 100), tension: 0 },
        cutLine(t('pareto.cutA', { percent: aPercent }), aPercent, TIER_COLOURS.A),
        cutLine(t('pareto.cutB', { percent: aPercent + bPercent }), aPercent + bPercent, TIER_COLOURS.B),
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { ticks: { autoSkip: false, maxRotation: 60, minRotation: 30 } },
        value: { type: 'linear', position: 'left', beginAtZero: true,
          title: { display: true, text: pareto.reportingCurrency } },
        share: { type: 'linear', position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false },
          ticks: { callback: value => `${value} %` } },
      },
    },
  });
}

function rankingTable(pareto) {
  return h('div', { class: 'table-responsive' }, h('table', { class: 'table table-sm align-middle mb-0', id: 'pareto-table' },
    h('thead', {}, h('tr', {}, ['pareto.rank', 'pareto.account', 'accounts.country', 'pareto.contracted', 'pareto.pipeline',
      'pareto.valueColumn', 'pareto.share', 'pareto.cumulativeShare', 'pareto.tier', 'pareto.computedTier']
      .map(key => h('th', { scope: 'col', ...tr(key) })))),
    h('tbody', {}, pareto.items.map((item, index) => h('tr', { 'data-test': 'pareto-row', 'data-account-id': item.accountId },
      h('td', {}, String(index + 1)),
      h('td', {}, h('a', { href: `#/accounts/${item.accountId}` }, item.name)),
      h('td', {}, h('span', { 'data-i18n-country': item.country })),
      h('td', { class: 'text-end text-nowrap' }, formatMoney(item.contracted)),
      h('td', { class: 'text-end text-nowrap' }, formatMoney(item.pipeline)),
      h('td', { class: 'text-end text-nowrap fw-semibold' }, formatMoney(item.value)),
      h('td', { class: 'text-end' }, percent(item.share)),
      h('td', { class: 'text-end' }, percent(item.cumulativeShare)),
      h('td', { 'data-test': 'pareto-tier' }, tierBadge(item.tier), item.overridden ? h('span', { class: 'small ms-1', ...tr('pareto.overridden') }) : null),
      h('td', { 'data-test': 'pareto-computed-tier' }, tierBadge(item.computedTier)))))));
}

function tierTotals(pareto) {
  return h('div', { class: 'd-flex flex-wrap gap-3 mb-3', id: 'pareto-tiers' }, pareto.tiers.map(total =>
    h('div', { class: 'card shadow-sm', 'data-test': 'pareto-tier-total', 'data-tier': total.tier },
      h('div', { class: 'card-body py-2' }, tierBadge(total.tier), ' ',
        h('span', tr('pareto.tierTotal', { accounts: total.accounts, value: formatMoney(total.value) }))))));
}

function unconvertedList(pareto) {
  if (pareto.unconverted.length === 0) {
    return null;
  }
  return h('div', { class: 'alert alert-warning', id: 'pareto-unconverted' },
    h('div', { class: 'fw-semibold', ...tr('pareto.unconverted') }),
    h('ul', { class: 'mb-0' }, pareto.unconverted.map(left => h('li', {},
      h('a', { href: `#/accounts/${left.accountId}` }, left.name), ': ',
      formatMoney(left.contracted), ' + ', formatMoney(left.pipeline)))));
}

/** The Pareto page. */
export async function paretoView() {
  const section = h('section', { id: 'pareto' });
  const alert = h('div', { class: 'alert alert-danger', role: 'alert', id: 'pareto-alert', hidden: true });
  const charts = chartsIn(section);

  async function render() {
    const pareto = await api.get(`accounts/pareto?top=${LISTED}`);
    const canvas = h('canvas', { id: 'pareto-chart', role: 'img', 'data-i18n-aria-label': 'pareto.chartLabel' });
    const charted = pareto.items.filter(item => Number(item.value.amount) > 0).length;
    section.replaceChildren(
      h('div', { class: 'd-flex flex-wrap justify-content-between align-items-start gap-2 mb-3' },
        h('div', {},
          h('h1', { class: 'h3 mb-1', ...tr('pareto.title') }),
          h('div', { class: 'text-body-secondary', id: 'pareto-summary', ...tr('pareto.summary', {
            total: formatMoney(pareto.total), on: pareto.on, a: pareto.cutPoints.aPercent, b: pareto.cutPoints.bPercent,
          }) })),
        h('button', { type: 'button', class: 'btn btn-outline-primary', id: 'pareto-recompute', ...tr('pareto.recompute'),
          onclick: async () => {
            alert.hidden = true;
            try {
              await api.post('accounts/tiers/recomputation');
              await render();
            } catch (error) {
              alert.replaceChildren(errorMessage(error));
              alert.hidden = false;
            }
          } })),
      alert,
      unconvertedList(pareto),
      h('div', { class: 'card shadow-sm mb-4' }, h('div', { class: 'card-body' },
        h('div', { style: 'position: relative; height: 420px' }, canvas),
        charted > MAX_BARS ? h('div', { class: 'small text-body-secondary mt-2', ...tr('pareto.chartLimited', { shown: MAX_BARS }) }) : null)),
      tierTotals(pareto),
      h('div', { class: 'card shadow-sm mb-4' }, rankingTable(pareto),
        pareto.accountCount > pareto.items.length ? h('div', { class: 'card-footer small text-body-secondary', id: 'pareto-listed',
          ...tr('pareto.listed', { shown: pareto.items.length, total: pareto.accountCount }) }) : null),
      pareto.ratesUsed.length === 0 ? null : h('p', { class: 'small text-body-secondary', id: 'pareto-rates' },
        h('span', tr('pareto.ratesUsed')), ' ',
        pareto.ratesUsed.map(rate => `1 ${rate.currency} = ${rate.rate} ${rate.quoteCurrency} (${rate.validFrom})`).join(' · ')));
    translate(section);
    charts.show(canvas, on => drawChart(on, pareto));
  }

  try {
    await render();
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) {
      return h('section', { id: 'pareto-denied' }, h('div', { class: 'alert alert-secondary', ...tr('pareto.denied') }));
    }
    throw error;
  }
  return section;
}
