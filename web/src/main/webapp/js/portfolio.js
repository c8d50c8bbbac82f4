// The executive portfolio dashboard (#/portfolio): summary tiles, concentration, the Pareto curve,
// projects per phase, exposure by OECD country risk category, the account table and the overdue
// invoices and gates, for the accounts the reader sees. The view lives in the address: filters, the
// day, the currency, the sort and the page are its query, so a drill-down to an account or a project
// comes back to the same view, and every table downloads as CSV with the same query.
import { ApiError, api } from './api.js';
import { chartsIn } from './charts.js';
import { h } from './dom.js';
import { errorMessage, fieldErrorText } from './errors.js';
import { formatMoney } from './opportunities.js';
import { oneDecimal } from './scoring.js';
import { hasText, t, tr, translate } from './i18n.js';
import { tierBadge } from './tiers.js';

const FILTERS = {
  region: ['AFRICA', 'EAST_ASIA_PACIFIC', 'EUROPE_CENTRAL_ASIA', 'LATIN_AMERICA_CARIBBEAN',
    'MIDDLE_EAST_NORTH_AFRICA', 'NORTH_AMERICA', 'SOUTH_ASIA'],
  sector: ['RAIL', 'ROAD', 'BRIDGE', 'PORT', 'AIRPORT', 'POWER', 'WATER', 'BUILDING'],
  tier: ['A', 'B', 'C'],
  classification: ['INDUSTRY', 'REGIONAL', 'POTENTIAL'],
  phase: ['PLANNING', 'DESIGN', 'FINANCING', 'CONSTRUCTION', 'OPERATION_AND_MAINTENANCE', 'CLOSED'],
};
/** What a filter's values are called on screen. */
const LABELS = {
  region: value => `region.${value}`,
  sector: value => `sector.${value}`,
  tier: value => `portfolio.tierValue.${value}`,
  classification: value => `classification.${value}`,
  phase: value => `project.phase.${value}`,
};
/** The parameters that make a view of the portfolio; sort and page belong to the account table. */
const VIEW_PARAMETERS = ['asOf', 'currency', 'country', 'accountManager', ...Object.keys(FILTERS)];
const PAGE_SIZE = 20;
const PARETO_BARS = 30;
const TILES = ['contracted', 'pipeline', 'backlog', 'earned', 'margin', 'receivable', 'overdueReceivable', 'exposure'];
const COLUMNS = [
  ['name', 'portfolio.column.account'], ['country', 'portfolio.column.country'], ['tier', 'portfolio.column.tier'],
  ['value', 'portfolio.column.value'], ['backlog', 'portfolio.column.backlog'], ['earned', 'portfolio.column.earned'],
  ['marginShare', 'portfolio.column.margin'], ['receivable', 'portfolio.column.receivable'],
  ['overdueReceivable', 'portfolio.column.overdue'], ['health', 'portfolio.column.health'],
  ['satisfaction', 'portfolio.column.satisfaction'], ['projects', 'portfolio.column.projects'],
  ['gatesOverdue', 'portfolio.column.gatesOverdue'],
];
const CHART_COLOURS = ['#0d6efd', '#198754', '#ffc107', '#fd7e14', '#dc3545', '#6f42c1', '#20c997', '#6c757d', '#adb5bd'];

function percent(fraction) {
  return fraction == null ? '—' : `${(Number(fraction) * 100).toFixed(1)} %`;
}

/** The query of the view alone, without the table's sort and page. */
function viewQuery(query) {
  const view = new URLSearchParams();
  for (const name of VIEW_PARAMETERS) {
    if (query.get(name)) {
      view.set(name, query.get(name));
    }
  }
  return view;
}

/** Goes to the dashboard with one parameter changed (removed when empty); a new view starts on page 0. */
function navigate(query, name, value) {
  const next = new URLSearchParams(query);
  if (value) {
    next.set(name, value);
  } else {
    next.delete(name);
  }
  if (name !== 'page') {
    next.delete('page');
  }
  location.hash = `#/portfolio?${next}`;
}

function filterSelect(query, name) {
  const select = h('select', { class: 'form-select form-select-sm', id: `portfolio-filter-${name}`, 'data-sorted': '',
    onchange: () => navigate(query, name, select.value) },
  h('option', { value: '', ...tr('portfolio.any') }),
  FILTERS[name].map(value => h('option', { value, selected: query.get(name) === value, ...tr(LABELS[name](value)) })));
  return labelled(name, select);
}

function filterText(query, name, width) {
  const input = h('input', { class: 'form-control form-control-sm', id: `portfolio-filter-${name}`,
    value: query.get(name) ?? '', style: `width: ${width}`,
    onchange: () => navigate(query, name, name === 'currency' ? input.value.trim().toUpperCase() : input.value.trim()) });
  return labelled(name, input);
}

function labelled(name, control) {
  return h('div', {}, h('label', { class: 'form-label small mb-0', for: control.id, ...tr(`portfolio.filter.${name}`) }),
    control);
}

function filterBar(query) {
  const asOf = h('input', { type: 'date', class: 'form-control form-control-sm', id: 'portfolio-filter-asOf',
    value: query.get('asOf') ?? '', max: new Date().toISOString().slice(0, 10),
    onchange: () => navigate(query, 'asOf', asOf.value) });
  const filtered = VIEW_PARAMETERS.some(name => query.get(name));
  return h('form', { class: 'd-flex flex-wrap align-items-end gap-2 mb-3', id: 'portfolio-filters',
    onsubmit: event => event.preventDefault() },
  labelled('asOf', asOf),
  filterText(query, 'currency', '6em'),
  filterText(query, 'country', '8em'),
  ...['region', 'sector', 'tier', 'classification', 'phase'].map(name => filterSelect(query, name)),
  filterText(query, 'accountManager', '9em'),
  filtered ? h('a', { class: 'btn btn-sm btn-outline-secondary', href: '#/portfolio', id: 'portfolio-clear',
    ...tr('portfolio.clear') }) : null);
}

function tile(name, label, value, note) {
  return h('div', { class: 'col' }, h('div', { class: 'card shadow-sm h-100', 'data-test': 'portfolio-tile',
    'data-tile': name },
  h('div', { class: 'card-body py-2' },
    h('div', { class: 'small text-body-secondary', ...tr(label) }),
    h('div', { class: 'fs-5 fw-semibold text-nowrap', 'data-test': 'tile-value' }, value),
    note ? h('div', { class: 'small text-body-secondary' }, note) : null)));
}

function tiles(summary) {
  const { totals } = summary;
  return h('div', { class: 'row row-cols-2 row-cols-md-4 row-cols-xl-6 g-2 mb-3', id: 'portfolio-tiles' },
    tile('accounts', 'portfolio.tile.accounts', String(summary.accounts)),
    TILES.map(name => tile(name, `portfolio.tile.${name}`, formatMoney(totals[name]),
      name === 'margin' ? percent(totals.marginShare) : null)),
    tile('gatesOverdue', 'portfolio.tile.gatesOverdue', String(totals.gatesOverdue)),
    tile('health', 'portfolio.tile.health', oneDecimal(totals.averageHealth)));
}

function concentration(summary, query) {
  const row = (label, measures, id) => h('tr', { id },
    h('th', { scope: 'row', ...tr(label) }),
    h('td', { class: 'text-end' }, percent(measures.topFiveShare)),
    h('td', { class: 'text-end' }, percent(measures.topTenShare)),
    h('td', { class: 'text-end', 'data-test': 'hhi' }, Number(measures.herfindahlIndex).toFixed(0)));
  return h('div', { class: 'card shadow-sm h-100', id: 'portfolio-concentration' },
    h('div', { class: 'card-header d-flex justify-content-between align-items-center' },
      h('span', { class: 'fw-semibold', ...tr('portfolio.concentration') }), csvLink('concentration', query)),
    h('table', { class: 'table table-sm mb-0' },
      h('thead', {}, h('tr', {}, h('th', {}), ['portfolio.topFive', 'portfolio.topTen', 'portfolio.hhi']
        .map(key => h('th', { class: 'text-end', scope: 'col', ...tr(key) })))),
      h('tbody', {},
        row('portfolio.byAccount', summary.concentrationByAccount, 'portfolio-concentration-accounts'),
        row('portfolio.byCountry', summary.concentrationByCountry, 'portfolio-concentration-countries'))),
    h('div', { class: 'card-footer small text-body-secondary', ...tr('portfolio.hhiNote') }));
}

function chartCard(id, title, canvas, footer) {
  return h('div', { class: 'card shadow-sm h-100', id },
    h('div', { class: 'card-header fw-semibold', ...tr(title) }),
    h('div', { class: 'card-body' }, h('div', { style: 'position: relative; height: 260px' }, canvas)),
    footer);
}

function csvLink(table, query) {
  return h('a', { class: 'btn btn-sm btn-outline-secondary', id: `portfolio-csv-${table}`,
    href: `api/portfolio/tables/${table}.csv?${viewQuery(query)}`, download: `portfolio-${table}.csv`,
    ...tr('portfolio.csv') });
}

function drawPareto(canvas, summary) {
  const points = summary.pareto.filter(point => Number(point.value.amount) > 0).slice(0, PARETO_BARS);
  // eslint-disable-next-line no-undef -- Chart is the global of the Chart.js UMD bundle
  return new Chart(canvas, {
    data: {
      labels: points.map(point => point.name),
      datasets: [
        { type: 'bar', label: t('portfolio.value', { currency: summary.currency }), yAxisID: 'value', order: 2,
          data: points.map(point => Number(point.value.amount)), backgroundColor: CHART_COLOURS[0] },
        { type: 'line', label: t('portfolio.cumulativeShare'), yAxisID: 'share', order: 1, borderColor: CHART_COLOURS[4],
          data: points.map(point => Number(point.cumulativeShare) * 100), tension: 0 },
      ],
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: {
        x: { ticks: { display: false } },
        value: { type: 'linear', position: 'left', beginAtZero: true },
        share: { type: 'linear', position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false },
          ticks: { callback: value => `${value} %` } },
      },
    },
  });
}

function drawBars(canvas, labels, values, label, horizontal) {
  // eslint-disable-next-line no-undef -- Chart is the global of the Chart.js UMD bundle
  return new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: [{ label, data: values, backgroundColor: labels.map((_, i) => CHART_COLOURS[i % CHART_COLOURS.length]) }] },
    options: { animation: false, responsive: true, maintainAspectRatio: false, indexAxis: horizontal ? 'y' : 'x',
      plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true }, y: { beginAtZero: true } } },
  });
}

function riskLabel(exposure) {
  return exposure.riskCategory == null ? t('portfolio.unrated') : t('portfolio.riskCategory', { category: exposure.riskCategory });
}

/** The latest survey's average and how it moved since the one before: 4.20 ▲0.40. */
function satisfaction({ latestAverage, change }) {
  if (latestAverage == null) {
    return '—';
  }
  const moved = change == null || Number(change) === 0 ? null
    : h('span', { class: `small ms-1 ${Number(change) > 0 ? 'text-success' : 'text-danger'}` },
      `${Number(change) > 0 ? '▲' : '▼'}${Math.abs(Number(change)).toFixed(2)}`);
  return [Number(latestAverage).toFixed(2), moved];
}

function sortHeader(query, column, label) {
  const sort = query.get('sort') ?? '-value';
  const current = sort.replace(/^-/, '') === column;
  const descending = sort.startsWith('-');
  const next = current && descending ? column : `-${column}`;
  return h('th', { scope: 'col', class: column === 'name' || column === 'country' || column === 'tier' ? '' : 'text-end',
    'aria-sort': current ? (descending ? 'descending' : 'ascending') : null },
  h('button', { type: 'button', class: 'btn btn-link btn-sm p-0 text-decoration-none text-nowrap', 'data-sort': column,
    onclick: () => navigate(query, 'sort', next) },
  h('span', tr(label)), current ? (descending ? ' ▼' : ' ▲') : ''));
}

function accountTable(query, page) {
  const number = Number(query.get('page') ?? 0);
  const last = Math.max(0, Math.ceil(page.total / PAGE_SIZE) - 1);
  return h('div', { class: 'card shadow-sm mb-4', id: 'portfolio-accounts' },
    h('div', { class: 'card-header d-flex justify-content-between align-items-center' },
      h('span', { class: 'fw-semibold', ...tr('portfolio.accounts', { total: page.total }) }), csvLink('accounts', query)),
    h('div', { class: 'table-responsive' }, h('table', { class: 'table table-sm table-hover align-middle mb-0' },
      h('thead', {}, h('tr', {}, COLUMNS.map(([column, label]) => sortHeader(query, column, label)))),
      h('tbody', {}, page.items.map(row => h('tr', { 'data-test': 'portfolio-row', 'data-account-id': row.id },
        h('td', {}, h('a', { href: `#/accounts/${row.id}`, 'data-test': 'portfolio-account' }, row.name),
          row.unconverted.length ? h('span', { class: 'badge text-bg-warning ms-1', title: row.unconverted.join(', '),
            ...tr('portfolio.unconverted') }) : null),
        h('td', {}, h('span', { 'data-i18n-country': row.country })),
        h('td', {}, tierBadge(row.tier)),
        h('td', { class: 'text-end text-nowrap fw-semibold' }, formatMoney(row.value)),
        h('td', { class: 'text-end text-nowrap', 'data-test': 'backlog' }, formatMoney(row.backlog)),
        h('td', { class: 'text-end text-nowrap' }, formatMoney(row.earned)),
        h('td', { class: 'text-end' }, percent(row.marginShare)),
        h('td', { class: 'text-end text-nowrap' }, formatMoney(row.receivable)),
        h('td', { class: `text-end text-nowrap ${Number(row.overdueReceivable.amount) > 0 ? 'text-danger' : ''}` },
          formatMoney(row.overdueReceivable)),
        h('td', { class: 'text-end' }, oneDecimal(row.health)),
        h('td', { class: 'text-end text-nowrap', 'data-test': 'satisfaction' }, satisfaction(row.satisfaction)),
        h('td', { class: 'text-end' }, String(row.projects)),
        h('td', { class: `text-end ${row.gatesOverdue > 0 ? 'text-danger' : ''}` }, String(row.gatesOverdue))))))),
    last > 0 ? h('div', { class: 'card-footer d-flex justify-content-between align-items-center' },
      h('button', { type: 'button', class: 'btn btn-sm btn-outline-secondary', id: 'portfolio-previous',
        disabled: number === 0, onclick: () => navigate(query, 'page', String(number - 1)), ...tr('portfolio.previous') }),
      h('span', { class: 'small', ...tr('portfolio.page', { page: number + 1, pages: last + 1 }) }),
      h('button', { type: 'button', class: 'btn btn-sm btn-outline-secondary', id: 'portfolio-next',
        disabled: number >= last, onclick: () => navigate(query, 'page', String(number + 1)), ...tr('portfolio.next') }))
      : null);
}

function overdueCard(id, title, table, query, rows, cells) {
  return h('div', { class: 'card shadow-sm h-100', id },
    h('div', { class: 'card-header d-flex justify-content-between align-items-center' },
      h('span', { class: 'fw-semibold', ...tr(title) }), csvLink(table, query)),
    rows.length === 0 ? h('div', { class: 'card-body small text-body-secondary', ...tr('portfolio.nothingOverdue') })
      : h('table', { class: 'table table-sm mb-0' }, h('tbody', {}, rows.map(row => h('tr', { 'data-test': `${table}-row` },
        cells(row))))));
}

function overdueLists(query, overdue) {
  return h('div', { class: 'row g-3 mb-4' },
    h('div', { class: 'col-lg-6' }, overdueCard('portfolio-overdue-invoices', 'portfolio.overdueInvoices',
      'overdue-invoices', query, overdue.invoices, invoice => [
        h('td', {}, h('a', { href: `#/accounts/${invoice.accountId}` }, invoice.accountName), h('br'),
          h('a', { class: 'small', href: `#/projects/${invoice.projectId}` }, invoice.projectName)),
        h('td', {}, invoice.number),
        h('td', { class: 'text-end text-nowrap' }, formatMoney(invoice.amount)),
        h('td', { class: 'text-end text-nowrap text-danger', ...tr('portfolio.daysOverdue', { days: invoice.daysOverdue }) }),
      ])),
    h('div', { class: 'col-lg-6' }, overdueCard('portfolio-overdue-gates', 'portfolio.overdueGates',
      'overdue-gates', query, overdue.gates, gate => [
        h('td', {}, h('a', { href: `#/accounts/${gate.accountId}` }, gate.accountName), h('br'),
          h('a', { class: 'small', href: `#/projects/${gate.projectId}`, 'data-test': 'overdue-gate-project' }, gate.projectName)),
        h('td', {}, gate.gate),
        h('td', { class: 'text-nowrap' }, gate.plannedOn),
        h('td', { class: 'text-end text-nowrap text-danger', ...tr('portfolio.daysOverdue', { days: gate.daysOverdue }) }),
      ])));
}

function countriesTable(summary, query) {
  return h('div', { class: 'card shadow-sm h-100', id: 'portfolio-countries' },
    h('div', { class: 'card-header d-flex justify-content-between align-items-center' },
      h('span', { class: 'fw-semibold', ...tr('portfolio.countries') }), csvLink('countries', query)),
    h('div', { class: 'table-responsive', style: 'max-height: 300px' }, h('table', { class: 'table table-sm mb-0' },
      h('tbody', {}, summary.countries.map(country => h('tr', {},
        h('td', {}, h('a', { href: `#/portfolio?${withCountry(query, country.country)}`, 'data-i18n-country': country.country })),
        h('td', { class: 'text-end' }, String(country.accounts)),
        h('td', { class: 'text-end text-nowrap' }, formatMoney(country.value)),
        h('td', { class: 'text-end' }, percent(country.share))))))));
}

function withCountry(query, country) {
  const next = viewQuery(query);
  next.set('country', country);
  return next;
}

/** The dashboard for the view in query. */
export async function portfolioView(query) {
  const section = h('section', { id: 'portfolio' });
  const view = viewQuery(query);
  const tableQuery = new URLSearchParams(view);
  tableQuery.set('size', String(PAGE_SIZE));
  tableQuery.set('page', query.get('page') ?? '0');
  if (query.get('sort')) {
    tableQuery.set('sort', query.get('sort'));
  }
  let summary;
  let page;
  let overdue;
  try {
    [summary, page, overdue] = await Promise.all([api.get(`portfolio?${view}`), api.get(`portfolio/accounts?${tableQuery}`),
      api.get(`portfolio/overdue?${view}`)]);
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) {
      section.replaceChildren(h('h1', { class: 'h3 mb-3', ...tr('portfolio.title') }), filterBar(query),
        h('div', { class: 'alert alert-danger', role: 'alert', id: 'portfolio-alert' },
          error.fieldErrors.length === 0 ? errorMessage(error) : h('ul', { class: 'mb-0' }, error.fieldErrors.map(wrong =>
            h('li', { 'data-test': 'portfolio-error', 'data-field': wrong.field },
              h('span', hasText(`portfolio.filter.${wrong.field}`) ? tr(`portfolio.filter.${wrong.field}`) : {}, wrong.field),
              ': ', fieldErrorText(wrong))))));
      translate(section);
      return section;
    }
    throw error;
  }
  const paretoCanvas = h('canvas', { id: 'portfolio-pareto-chart', role: 'img', 'data-i18n-aria-label': 'portfolio.paretoLabel' });
  const phaseCanvas = h('canvas', { id: 'portfolio-phase-chart', role: 'img', 'data-i18n-aria-label': 'portfolio.phasesLabel' });
  const exposureCanvas = h('canvas', { id: 'portfolio-exposure-chart', role: 'img', 'data-i18n-aria-label': 'portfolio.exposureLabel' });
  section.replaceChildren(
    h('div', { class: 'd-flex flex-wrap justify-content-between align-items-start gap-2 mb-2' },
      h('div', {},
        h('h1', { class: 'h3 mb-1', ...tr('portfolio.title') }),
        h('div', { class: 'text-body-secondary', id: 'portfolio-summary', ...tr('portfolio.summary', {
          asOf: summary.asOf, currency: summary.currency, accounts: summary.accounts }) })),
      h('a', { class: 'btn btn-outline-primary', id: 'portfolio-pdf', href: `api/portfolio/report.pdf?${view}`,
        download: 'portfolio.pdf', ...tr('portfolio.pdf') })),
    filterBar(query),
    tiles(summary),
    h('div', { class: 'row g-3 mb-3' },
      h('div', { class: 'col-lg-8' }, chartCard('portfolio-pareto', 'portfolio.pareto', paretoCanvas)),
      h('div', { class: 'col-lg-4' }, concentration(summary, query))),
    h('div', { class: 'row g-3 mb-3' },
      h('div', { class: 'col-lg-4' }, chartCard('portfolio-phases', 'portfolio.phases', phaseCanvas,
        h('div', { class: 'card-footer text-end' }, csvLink('phases', query)))),
      h('div', { class: 'col-lg-4' }, chartCard('portfolio-exposure', 'portfolio.exposure', exposureCanvas,
        h('div', { class: 'card-footer text-end' }, csvLink('exposure', query)))),
      h('div', { class: 'col-lg-4' }, countriesTable(summary, query))),
    accountTable(query, page),
    overdueLists(query, overdue),
    summary.ratesUsed.length === 0 ? null : h('p', { class: 'small text-body-secondary', id: 'portfolio-rates' },
      h('span', tr('portfolio.ratesUsed')), ' ',
      summary.ratesUsed.map(rate => `1 ${rate.currency} = ${rate.rate} ${rate.quoteCurrency} (${rate.validFrom})`).join(' · ')));
  translate(section);
  const phases = Object.keys(summary.projectsByPhase);
  chartsIn(section).show(paretoCanvas, canvas => drawPareto(canvas, summary));
  chartsIn(section).show(phaseCanvas, canvas => drawBars(canvas, phases.map(phase => t(`project.phase.${phase}`)),
    phases.map(phase => summary.projectsByPhase[phase]), t('portfolio.projects'), true));
  chartsIn(section).show(exposureCanvas, canvas => drawBars(canvas, summary.exposure.map(riskLabel),
    summary.exposure.map(exposure => Number(exposure.exposure.amount)), t('portfolio.value', { currency: summary.currency })));
  return section;
}
