// An account's proposals: the card on the account page that lists them and starts one for an
// opportunity, and the proposal builder: the terms of a version (the contract and its financing
// plan, tranche by tranche) with the metrics and OECD checks worked out again as the terms change,
// the schedule and its chart, scenarios side by side, the sensitivity tornado and the PDF.
import { api, ApiError, session } from './api.js';
import { chartsIn } from './charts.js';
import { h } from './dom.js';
import { act, clearFieldErrors, showError, showFieldErrors } from './errors.js';
import { currentLanguage, t, tr, translate } from './i18n.js';

const TRANCHE_TYPES = ['ECA_BUYERS_CREDIT', 'COMMERCIAL_LOAN', 'LOCAL_COST_FACILITY', 'EQUITY', 'BUDGET', 'GRANT'];
const DEBT = new Set(['ECA_BUYERS_CREDIT', 'COMMERCIAL_LOAN', 'LOCAL_COST_FACILITY']);
const DAY_COUNTS = ['ACT_360', 'ACT_365F', '30_360'];
const PROFILES = ['EQUAL_PRINCIPAL', 'ANNUITY'];
const EVALUATE_AFTER_MS = 500;
const MAX_COMPARED = 3;

/** Who drafts proposals: the account's writers among those who work out financing. */
function mayDraft(me, editable) {
  return editable && me.roles.some(role => ['ADMIN', 'EXECUTIVE', 'ACCOUNT_MANAGER', 'BID_MANAGER'].includes(role));
}

function amount(value, currency) {
  if (value == null) {
    return '—';
  }
  return new Intl.NumberFormat(currentLanguage(), currency ? { style: 'currency', currency, maximumFractionDigits: 0 }
    : { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(Number(value));
}

function percent(value) {
  return value == null ? '—' : `${(Number(value) * 100).toFixed(2)} %`;
}

function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

function monthsAfter(day, months) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return isoDate(date);
}

/**
 * Starter terms for an opportunity of value {amount, currency}: the usual EPC+F structure of an ECA
 * buyer's credit for 85% and a 15% down payment from the budget, three years of construction, ten
 * years of semi-annual repayments; the bid team changes them from there.
 */
export function starterTerms({ amount: value, currency }) {
  const start = monthsAfter(isoDate(new Date()).slice(0, 8) + '01', 1);
  const completion = monthsAfter(start, 36);
  const price = Number(value);
  const eca = (price * 0.85).toFixed(2);
  const down = (price - Number(eca)).toFixed(2);
  return {
    contractPrice: price.toFixed(2), costEstimate: (price * 0.85).toFixed(2), constructionStart: start, hurdleRate: '0.10',
    plan: {
      currency, exportContractValue: price.toFixed(2), localCosts: '0', countryCategory: 'II',
      startingPointOfCredit: completion, discountRate: '0.05',
      tranches: [
        { name: "ECA buyer's credit", type: 'ECA_BUYERS_CREDIT', amount: eca, rate: { type: 'FIXED', value: '0.045' },
          dayCount: 'ACT_360', upfrontFee: '0.01', commitmentFee: '0.005', premium: { rate: '0.07', financed: true },
          signingDate: start, drawdownCurve: { from: start, to: completion },
          repayment: { profile: 'EQUAL_PRINCIPAL', frequencyMonths: 6, instalments: 20, firstRepaymentDate: monthsAfter(completion, 6) } },
        { name: 'Down payment', type: 'BUDGET', amount: down, drawdowns: [{ date: start, amount: down }] },
      ],
    },
  };
}

/** The proposals card of account accountId; editable means the user may change the account. */
export async function proposalsCard(accountId, editable) {
  const me = await session();
  const card = h('div', { class: 'card shadow-sm mb-4', id: 'account-proposals' });
  const path = `accounts/${accountId}/proposals`;
  const [proposals, opportunities] = await Promise.all([api.get(path), api.get(`accounts/${accountId}/opportunities`)]);
  const alert = h('div', { class: 'alert alert-danger m-3', role: 'alert', hidden: true });
  const open = opportunities.filter(o => o.stage !== 'LOST');
  const starter = mayDraft(me, editable) && open.length ? h('form', {
    class: 'd-flex gap-2 p-3 border-bottom', id: 'proposal-new',
    onsubmit: async event => {
      event.preventDefault();
      const opportunity = open.find(o => String(o.id) === event.target.elements.opportunity.value);
      try {
        const created = await api.post(path, { opportunityId: opportunity.id, title: opportunity.title,
          terms: starterTerms(opportunity.estimatedValue) });
        location.hash = `#/accounts/${accountId}/proposals/${created.id}`;
      } catch (error) {
        showError(alert, error);
      }
    },
  }, h('select', { class: 'form-select', name: 'opportunity', id: 'proposal-new-opportunity', 'aria-label': 'opportunity' },
    open.map(o => h('option', { value: o.id }, o.title))),
  h('button', { type: 'submit', class: 'btn btn-primary text-nowrap', id: 'proposal-new-submit', ...tr('proposal.new') })) : null;
  const rows = proposals.map(proposal => {
    const latest = proposal.versions[proposal.versions.length - 1];
    return h('tr', { 'data-test': 'proposal-row' },
      h('td', {}, h('a', { href: `#/accounts/${accountId}/proposals/${proposal.id}` }, proposal.title),
        h('div', { class: 'small text-body-secondary' }, proposal.opportunity.title)),
      h('td', {}, `v${latest.number} `, statusBadge(latest.status)),
      h('td', { class: 'text-end text-nowrap' }, amount(latest.contractPrice, latest.currency)),
      h('td', { class: 'text-end' }, percent(latest.marginShare)));
  });
  // append() writes null as text: leave out the parts this user does not get.
  card.append(...[
    h('div', { class: 'card-header fw-semibold', ...tr('proposal.title') }), starter, alert,
    proposals.length === 0 ? h('p', { class: 'text-body-secondary m-3', id: 'proposals-empty', ...tr('proposal.none') })
      : h('div', { class: 'table-responsive' }, h('table', { class: 'table align-middle mb-0', id: 'proposals-table' },
        h('thead', {}, h('tr', {}, ['proposal.field.title', 'proposal.field.version', 'proposal.field.contractPrice',
          'proposal.field.margin'].map(key => h('th', { scope: 'col', ...tr(key) })))),
        h('tbody', {}, rows)))].filter(Boolean));
  translate(card);
  return card;
}

function statusBadge(status) {
  return h('span', { class: `badge ${status === 'SUBMITTED' ? 'text-bg-success' : 'text-bg-secondary'}`,
    'data-test': 'proposal-status', ...tr(`proposal.status.${status}`) });
}

/** Reads and writes the value at a path of the terms ('plan.tranches[0].amount'). */
function at(terms, field) {
  const keys = field.replace(/\[(\d+)]/g, '.$1').split('.');
  const last = keys.pop();
  let owner = terms;
  for (const key of keys) {
    owner[key] ??= {};
    owner = owner[key];
  }
  return {
    get: () => owner[last],
    set: value => {
      if (value === '' || value == null) {
        delete owner[last];
      } else {
        owner[last] = value;
      }
    },
  };
}

/**
 * The terms editor: one control per field of the terms, each known by its field name so that the
 * server's field errors land on it; changed() runs after every edit.
 */
function termsEditor(terms, readOnly, changed) {
  const controls = {};
  const alert = h('div', { class: 'alert alert-danger', role: 'alert', id: 'proposal-alert', hidden: true });

  function control(field, labelKey, element, width = 'col-sm-6 col-lg-3') {
    const id = `proposal-${field.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
    const feedback = h('div', { class: 'invalid-feedback', id: `${id}-feedback`, 'data-test': 'field-error' });
    const value = at(terms, field);
    Object.assign(element, { id, name: field, disabled: readOnly });
    element.setAttribute('aria-describedby', feedback.id);
    if (element.type === 'checkbox') {
      element.checked = Boolean(value.get());
      element.addEventListener('change', () => { value.set(element.checked); changed(); });
    } else {
      element.value = value.get() ?? '';
      // A choice may change which fields there are (a tranche's type, a rate's kind): the editor is drawn again.
      const structural = element.tagName === 'SELECT';
      element.addEventListener(structural ? 'change' : 'input', () => {
        value.set(element.type === 'number' && element.value !== '' ? Number(element.value) : element.value.trim());
        changed(structural);
      });
    }
    controls[field] = { control: element, feedback };
    return h('div', { class: width }, h('label', { for: id, class: 'form-label', ...tr(labelKey) }), element, feedback);
  }

  const input = (type = 'text') => h('input', { class: 'form-control form-control-sm', type, inputmode: type === 'text' ? 'decimal' : null });
  const select = (values, labelPrefix) => h('select', { class: 'form-select form-select-sm' },
    values.map(value => h('option', { value, ...(labelPrefix ? tr(`${labelPrefix}.${value}`) : {}) }, labelPrefix ? null : value)));

  /** A debt tranche has a rate, a day count and a repayment; equity, budget and grants have none of these. */
  function fitToType(tranche) {
    if (DEBT.has(tranche.type)) {
      tranche.rate ??= { type: 'FIXED', value: '0.05' };
      tranche.dayCount ??= 'ACT_360';
      tranche.repayment ??= { profile: 'EQUAL_PRINCIPAL', frequencyMonths: 6, instalments: 10,
        firstRepaymentDate: monthsAfter(terms.plan.startingPointOfCredit, 6) };
    } else {
      for (const key of ['rate', 'dayCount', 'upfrontFee', 'commitmentFee', 'premium', 'repayment']) {
        delete tranche[key];
      }
    }
  }

  /** Drawdowns along the construction S-curve, or on dates the user enters (one for the whole amount to start with). */
  function drawnBy(tranche, way) {
    if (way === 'CURVE') {
      delete tranche.drawdowns;
      tranche.drawdownCurve = { from: terms.constructionStart, to: terms.plan.startingPointOfCredit };
    } else {
      delete tranche.drawdownCurve;
      tranche.drawdowns = [{ date: terms.constructionStart, amount: tranche.amount }];
    }
  }

  /** Dated amounts (drawdowns, revenue) at path, a row each, with buttons to add and remove rows. */
  function rows(path, list, dateKey, amountKey, addKey) {
    const entries = list ?? [];
    return h('div', { class: 'col-12' }, entries.map((entry, k) => h('div', { class: 'row g-2 align-items-end', 'data-test': 'dated-row' },
      control(`${path}[${k}].date`, dateKey, input('date'), 'col-sm-4 col-lg-2'),
      control(`${path}[${k}].amount`, amountKey, input(), 'col-sm-4 col-lg-2'),
      readOnly ? null : h('div', { class: 'col-auto' }, h('button', { type: 'button', class: 'btn btn-sm btn-link text-danger',
        ...tr('proposal.removeRow'), onclick: () => { entries.splice(k, 1); changed(true); } })))),
    readOnly ? null : h('button', { type: 'button', class: 'btn btn-sm btn-link', 'data-test': 'row-add', ...tr(addKey),
      onclick: () => { at(terms, path).set([...entries, { date: '', amount: '' }]); changed(true); } }));
  }

  function trancheCard(tranche, i) {
    fitToType(tranche);
    const p = `plan.tranches[${i}]`;
    const debt = DEBT.has(tranche.type);
    const byCurve = Boolean(tranche.drawdownCurve);
    return h('div', { class: 'border rounded p-2 mb-2', 'data-test': 'tranche' },
      h('div', { class: 'row g-2' },
        control(`${p}.name`, 'tranche.name', input(), 'col-sm-6 col-lg-3'),
        control(`${p}.type`, 'tranche.type', select(TRANCHE_TYPES, 'tranche.type'), 'col-sm-6 col-lg-3'),
        control(`${p}.amount`, 'tranche.amount', input(), 'col-sm-6 col-lg-2'),
        debt ? control(`${p}.rate.type`, 'tranche.rateType', select(['FIXED', 'FLOATING'], 'tranche.rateType'), 'col-sm-6 col-lg-2') : null,
        debt && tranche.rate?.type !== 'FLOATING' ? control(`${p}.rate.value`, 'tranche.rate', input(), 'col-sm-6 col-lg-2') : null,
        debt && tranche.rate?.type === 'FLOATING' ? control(`${p}.rate.base`, 'tranche.base', input(), 'col-sm-3 col-lg-1') : null,
        debt && tranche.rate?.type === 'FLOATING' ? control(`${p}.rate.margin`, 'tranche.margin', input(), 'col-sm-3 col-lg-1') : null,
        debt ? control(`${p}.dayCount`, 'tranche.dayCount', select(DAY_COUNTS), 'col-sm-4 col-lg-2') : null,
        debt ? control(`${p}.upfrontFee`, 'tranche.upfrontFee', input(), 'col-sm-4 col-lg-2') : null,
        debt ? control(`${p}.commitmentFee`, 'tranche.commitmentFee', input(), 'col-sm-4 col-lg-2') : null,
        debt ? control(`${p}.premium.rate`, 'tranche.premium', input(), 'col-sm-4 col-lg-2') : null,
        debt ? control(`${p}.premium.financed`, 'tranche.financed', h('input', { type: 'checkbox', class: 'form-check-input d-block' }), 'col-sm-4 col-lg-1') : null,
        h('div', { class: 'col-sm-4 col-lg-2' }, h('label', { class: 'form-label', for: `proposal-tranche-${i}-drawn`, ...tr('tranche.drawn') }),
          h('select', { class: 'form-select form-select-sm', id: `proposal-tranche-${i}-drawn`,
            'data-test': 'tranche-drawn', value: byCurve ? 'CURVE' : 'DATES', disabled: readOnly,
            onchange: event => { drawnBy(tranche, event.target.value); changed(true); } },
          ['CURVE', 'DATES'].map(way => h('option', { value: way, ...tr(`tranche.drawn.${way}`) })))),
        byCurve ? control(`${p}.drawdownCurve.from`, 'tranche.curveFrom', input('date'), 'col-sm-4 col-lg-2') : null,
        byCurve ? control(`${p}.drawdownCurve.to`, 'tranche.curveTo', input('date'), 'col-sm-4 col-lg-2') : null,
        byCurve ? null : rows(`${p}.drawdowns`, tranche.drawdowns, 'tranche.drawdownDate', 'tranche.drawdownAmount', 'tranche.addDrawdown'),
        debt ? control(`${p}.repayment.profile`, 'tranche.profile', select(PROFILES, 'tranche.profile'), 'col-sm-4 col-lg-2') : null,
        debt ? control(`${p}.repayment.frequencyMonths`, 'tranche.frequencyMonths', input('number'), 'col-sm-4 col-lg-1') : null,
        debt ? control(`${p}.repayment.instalments`, 'tranche.instalments', input('number'), 'col-sm-4 col-lg-1') : null,
        debt ? control(`${p}.repayment.firstRepaymentDate`, 'tranche.firstRepaymentDate', input('date'), 'col-sm-4 col-lg-2') : null),
      readOnly ? null : h('button', { type: 'button', class: 'btn btn-sm btn-link text-danger', 'data-test': 'tranche-remove',
        ...tr('tranche.remove'), onclick: () => { terms.plan.tranches.splice(i, 1); changed(true); } }));
  }

  const form = h('form', { class: 'mb-3', id: 'proposal-terms', novalidate: true, onsubmit: event => event.preventDefault() },
    alert,
    h('div', { class: 'row g-2 mb-3' },
      control('contractPrice', 'proposal.field.contractPrice', input()),
      control('costEstimate', 'proposal.field.costEstimate', input()),
      control('costCurrency', 'proposal.field.costCurrency', input(), 'col-sm-3 col-lg-1'),
      control('exchangeRate', 'proposal.field.exchangeRate', input(), 'col-sm-3 col-lg-2'),
      control('constructionStart', 'proposal.field.constructionStart', input('date'), 'col-sm-6 col-lg-2'),
      control('hurdleRate', 'proposal.field.hurdleRate', input(), 'col-sm-6 col-lg-1'),
      control('plan.currency', 'plan.currency', input(), 'col-sm-3 col-lg-1'),
      control('plan.exportContractValue', 'plan.exportContractValue', input()),
      control('plan.localCosts', 'plan.localCosts', input(), 'col-sm-6 col-lg-2'),
      control('plan.countryCategory', 'plan.countryCategory', select(['I', 'II']), 'col-sm-3 col-lg-1'),
      control('plan.startingPointOfCredit', 'plan.startingPointOfCredit', input('date'), 'col-sm-6 col-lg-2'),
      control('plan.discountRate', 'plan.discountRate', input(), 'col-sm-3 col-lg-1'),
      control('plan.cirr', 'plan.cirr', input(), 'col-sm-3 col-lg-1'),
      control('plan.climateOrNuclear', 'plan.climateOrNuclear', h('input', { type: 'checkbox', class: 'form-check-input d-block' }), 'col-sm-3 col-lg-1')),
    h('h3', { class: 'h6', ...tr('proposal.revenue') }),
    h('div', { class: 'row g-2 mb-3', id: 'proposal-revenue' },
      rows('revenue', terms.revenue, 'proposal.revenueDate', 'proposal.revenueAmount', 'proposal.addRevenue')),
    h('h3', { class: 'h6', ...tr('tranche.title') }),
    (terms.plan?.tranches ?? []).map(trancheCard),
    readOnly ? null : h('button', { type: 'button', class: 'btn btn-sm btn-outline-primary', id: 'tranche-add', ...tr('tranche.add'),
      onclick: () => {
        terms.plan.tranches.push({ name: t('tranche.newName'), type: 'COMMERCIAL_LOAN', amount: '1000000.00',
          rate: { type: 'FLOATING', base: '0.04', margin: '0.015' }, dayCount: 'ACT_365F',
          drawdownCurve: { from: terms.constructionStart, to: terms.plan.startingPointOfCredit },
          repayment: { profile: 'EQUAL_PRINCIPAL', frequencyMonths: 6, instalments: 10,
            firstRepaymentDate: monthsAfter(terms.plan.startingPointOfCredit, 6) } });
        changed(true);
      } }));

  /** Marks the fields an answer names; prefix is what the answer's names lack ('plan.' for the evaluation). */
  function showErrors(error, prefix = '') {
    clearFieldErrors(controls, alert);
    const named = error instanceof ApiError
      ? new ApiError(error.status, { ...error.problem,
        errors: error.fieldErrors.map(e => ({ ...e, field: prefix + e.field.replace(/^terms\./, '') })) })
      : error;
    showFieldErrors(controls, alert, named, 'proposal.fix');
  }

  return { form, showErrors, clear: () => clearFieldErrors(controls, alert) };
}

function tile(id, labelKey, value) {
  return h('div', { class: 'col-6 col-md-4 col-xl-2' }, h('div', { class: 'border rounded p-2 h-100' },
    h('div', { class: 'small text-body-secondary', ...tr(labelKey) }), h('div', { class: 'fs-5', id, 'data-test': id }, value)));
}

function metricsTiles(financing, contract, currency) {
  const m = financing.metrics;
  return h('div', { class: 'row g-2 mb-3', id: 'proposal-metrics' },
    tile('metric-wal', 'metric.wal', m.wal == null ? '—' : `${Number(m.wal).toFixed(2)}`),
    tile('metric-allInCost', 'metric.allInCost', percent(m.allInCost)),
    tile('metric-grantElement', 'metric.grantElement', percent(m.grantElement)),
    contract ? tile('metric-npv', 'metric.npv', amount(contract.contractor.npv, currency)) : null,
    contract ? tile('metric-irr', 'metric.irr', percent(contract.contractor.irr)) : null,
    contract ? tile('metric-peak', 'metric.peakFundingNeed', amount(contract.contractor.peakFundingNeed, currency)) : null,
    contract ? tile('metric-dscr', 'metric.minimumDscr', contract.debtServiceCover.minimum == null ? '—'
      : Number(contract.debtServiceCover.minimum).toFixed(2)) : null);
}

function checksList(checks) {
  const style = { PASSED: 'text-bg-success', FAILED: 'text-bg-danger', REVIEW: 'text-bg-warning', NOT_APPLICABLE: 'text-bg-light' };
  return h('ul', { class: 'list-group mb-3', id: 'proposal-checks' }, checks.map(check => h('li', {
    class: 'list-group-item d-flex gap-2 align-items-start', 'data-test': 'check', 'data-outcome': check.outcome },
  h('span', { class: `badge ${style[check.outcome]}`, ...tr(`check.outcome.${check.outcome}`) }),
  h('span', {}, h('span', { class: 'fw-semibold', ...tr(`check.rule.${check.rule}`) }), ' — ', check.message))));
}

function scheduleTable(rows) {
  const columns = ['drawdown', 'interest', 'commitmentFee', 'upfrontFee', 'premiumPaid', 'principal', 'debtService', 'outstanding'];
  return h('div', { class: 'table-responsive mb-3', style: 'max-height: 24rem' }, h('table', { class: 'table table-sm', id: 'proposal-schedule' },
    h('thead', { class: 'sticky-top' }, h('tr', {}, h('th', tr('schedule.date')), columns.map(c => h('th', { class: 'text-end', ...tr(`schedule.${c}`) })))),
    h('tbody', {}, rows.map(row => h('tr', { 'data-test': 'schedule-row' }, h('td', { class: 'text-nowrap' }, row.date),
      columns.map(c => h('td', { class: 'text-end text-nowrap' }, amount(row[c]))))))));
}

function drawFlows(canvas, rows) {
  // eslint-disable-next-line no-undef -- Chart is the global of the Chart.js UMD bundle
  return new Chart(canvas, {
    data: {
      labels: rows.map(row => row.date),
      datasets: [
        { type: 'bar', label: t('schedule.drawdown'), data: rows.map(row => Number(row.drawdown)), backgroundColor: '#0d6efd' },
        { type: 'bar', label: t('schedule.debtService'), data: rows.map(row => -Number(row.debtService)), backgroundColor: '#dc3545' },
        { type: 'line', label: t('schedule.outstanding'), data: rows.map(row => Number(row.outstanding)), borderColor: '#6c757d', pointRadius: 0 },
      ],
    },
    options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { x: { stacked: true } } },
  });
}

/** A tornado: each factor's bar from its low to its high case, as the change from the base. */
function drawTornado(canvas, sensitivity, figure, scale) {
  const base = Number(sensitivity.base[figure] ?? 0);
  const applicable = sensitivity.factors.filter(f => f.low);
  const delta = c => (Number(c.outcome[figure] ?? base) - base) * scale;
  // eslint-disable-next-line no-undef -- Chart is the global of the Chart.js UMD bundle
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: applicable.map(f => `${t(`sensitivity.${f.shock}`)} (${f.low.change} / ${f.high.change})`),
      datasets: [{ label: t(`sensitivity.${figure}`), data: applicable.map(f => [delta(f.low), delta(f.high)]),
        backgroundColor: '#fd7e14' }],
    },
    options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false },
  });
}

/** The proposal builder for version number (the latest when absent) of proposal proposalId. */
export async function proposalView(accountId, proposalId, requested) {
  const me = await session();
  const base = `accounts/${accountId}/proposals/${proposalId}`;
  const proposal = await api.get(base);
  const number = requested ?? proposal.versions[proposal.versions.length - 1].number;
  const [version, account] = await Promise.all([api.get(`${base}/versions/${number}`), api.get(`accounts/${accountId}`)]);
  const figures = version.figures;
  const draft = figures.status === 'DRAFT';
  const editable = draft && mayDraft(me, true);
  const terms = structuredClone(version.terms);
  const section = h('section', { id: 'proposal-builder', 'data-status': figures.status });
  const alert = h('div', { class: 'alert alert-danger', role: 'alert', id: 'proposal-action-alert', hidden: true });
  const live = h('div', { id: 'proposal-live' });
  const charts = chartsIn(section);
  const reload = async () => {
    const fresh = await proposalView(accountId, proposalId, number);
    translate(fresh);
    section.replaceWith(fresh);
  };
  let timer;
  let editor;

  async function evaluate() {
    try {
      const financing = await api.post('financing/evaluate', terms.plan);
      editor.clear();
      showLive(financing, null);
    } catch (error) {
      editor.showErrors(error, 'plan.');
    }
  }

  function changed(structural) {
    if (structural) {
      editor = termsEditor(terms, !editable, changed);
      section.querySelector('#proposal-terms').replaceWith(editor.form);
      translate(editor.form);
    }
    clearTimeout(timer);
    timer = setTimeout(evaluate, EVALUATE_AFTER_MS);
  }

  function showLive(financing, contract) {
    const canvas = h('canvas', { id: 'proposal-flows-chart' });
    live.replaceChildren(metricsTiles(financing, contract, figures.currency), checksList(financing.checks),
      h('div', { style: 'height: 18rem', class: 'mb-3' }, canvas), scheduleTable(financing.schedule));
    translate(live);
    charts.show(canvas, c => drawFlows(c, financing.schedule));
  }

  editor = termsEditor(terms, !editable, changed);
  const actions = h('div', { class: 'd-flex flex-wrap gap-2 mb-3' },
    editable ? h('button', { type: 'button', class: 'btn btn-primary', id: 'proposal-save', ...tr('proposal.save'),
      onclick: async () => {
        try {
          await api.put(`${base}/versions/${number}`, { version: figures.version, terms });
          await reload();
        } catch (error) {
          editor.showErrors(error);
        }
      } }) : null,
    editable ? h('button', { type: 'button', class: 'btn btn-success', id: 'proposal-submit', ...tr('proposal.submit'),
      onclick: () => act(alert, reload, () => api.post(`${base}/versions/${number}/submission`, { version: figures.version })) }) : null,
    !draft && number === proposal.versions.length && mayDraft(me, true) ? h('button', { type: 'button', class: 'btn btn-outline-primary',
      id: 'proposal-next-version', ...tr('proposal.nextVersion'),
      onclick: () => act(alert, async () => { location.hash = `#/accounts/${accountId}/proposals/${proposalId}`; },
        () => api.post(`${base}/versions`)) }) : null,
    !draft && !proposal.project && proposal.opportunity.stage === 'WON' && mayDraft(me, true) ? h('button', {
      type: 'button', class: 'btn btn-outline-success', id: 'proposal-award', ...tr('proposal.award'),
      onclick: () => act(alert, reload, () => api.post(`${base}/project`, {})) }) : null,
    proposal.project ? h('a', { href: `#/projects/${proposal.project.id}`, class: 'btn btn-link', id: 'proposal-project' }, proposal.project.name) : null,
    h('a', { class: 'btn btn-outline-secondary', id: 'proposal-pdf', href: `api/${base}/versions/${number}/pdf`, download: '', ...tr('proposal.pdf') }));

  section.append(
    h('nav', { 'aria-label': 'breadcrumb' }, h('ol', { class: 'breadcrumb' },
      h('li', { class: 'breadcrumb-item' }, h('a', { href: `#/accounts/${accountId}` }, account.name)),
      h('li', { class: 'breadcrumb-item active' }, proposal.title))),
    h('div', { class: 'd-flex flex-wrap align-items-center gap-2 mb-2' },
      h('h1', { class: 'h3 mb-0', id: 'proposal-title' }, proposal.title), statusBadge(figures.status),
      h('select', { class: 'form-select form-select-sm w-auto', id: 'proposal-version', 'aria-label': 'version',
        value: String(number), onchange: event => { location.hash = `#/accounts/${accountId}/proposals/${proposalId}?version=${event.target.value}`; } },
      proposal.versions.map(v => h('option', { value: String(v.number) }, `v${v.number}`)))),
    h('p', { class: 'text-body-secondary' }, proposal.opportunity.title, ' · ',
      h('span', tr('proposal.field.margin')), ' ', amount(figures.margin, figures.currency), ` (${percent(figures.marginShare)})`),
    alert, actions, editor.form, live,
    await scenariosCard(base, number, terms, editable),
    await sensitivityCard(base, number));
  showLive(version.evaluation.financing, version.evaluation);
  return section;
}

async function scenariosCard(base, number, terms, editable) {
  const path = `${base}/versions/${number}/scenarios`;
  const scenarios = await api.get(path);
  const alert = h('div', { class: 'alert alert-danger', role: 'alert', hidden: true });
  const comparison = h('div', { id: 'scenario-comparison' });
  const card = h('div', { class: 'card shadow-sm mb-4', id: 'proposal-scenarios' });
  const rerender = async () => card.replaceWith(await scenariosCard(base, number, terms, editable));
  const boxes = scenarios.map(s => h('input', { type: 'checkbox', class: 'form-check-input me-2', value: s.id, 'data-test': 'scenario-pick' }));
  const name = h('input', { class: 'form-control form-control-sm', id: 'scenario-name', 'aria-label': 'scenario name' });
  card.append(h('div', { class: 'card-header fw-semibold', ...tr('scenario.title') }), h('div', { class: 'card-body' },
    alert,
    editable ? h('form', { class: 'd-flex gap-2 mb-3', id: 'scenario-add', onsubmit: event => {
      event.preventDefault();
      act(alert, rerender, () => api.post(path, { name: name.value, terms }));
    } }, name, h('button', { type: 'submit', class: 'btn btn-sm btn-outline-primary text-nowrap', id: 'scenario-save', ...tr('scenario.save') })) : null,
    scenarios.length === 0 ? h('p', { class: 'text-body-secondary', ...tr('scenario.none') })
      : h('ul', { class: 'list-unstyled' }, scenarios.map((s, i) => h('li', { 'data-test': 'scenario' },
        h('label', {}, boxes[i], s.name)))),
    scenarios.length ? h('button', { type: 'button', class: 'btn btn-sm btn-outline-secondary mb-3', id: 'scenario-compare',
      ...tr('scenario.compare', { max: MAX_COMPARED }), onclick: async () => {
        const ids = boxes.filter(box => box.checked).map(box => `scenario=${box.value}`).join('&');
        try {
          comparison.replaceChildren(comparisonTable(await api.get(`${path}/comparison?${ids}`)));
          translate(comparison);
        } catch (error) {
          showError(alert, error);
        }
      } }) : null,
    comparison));
  translate(card);
  return card;
}

function comparisonTable(columns) {
  const rows = [
    ['metric.allInCost', c => percent(c.metrics.allInCost)], ['metric.wal', c => c.metrics.wal == null ? '—' : Number(c.metrics.wal).toFixed(2)],
    ['metric.grantElement', c => percent(c.metrics.grantElement)], ['metric.npv', c => amount(c.contractorNpv)],
    ['metric.irr', c => percent(c.contractorIrr)], ['metric.peakFundingNeed', c => amount(c.peakFundingNeed)],
    ['metric.minimumDscr', c => c.minimumDscr == null ? '—' : Number(c.minimumDscr).toFixed(2)],
    ['scenario.failedChecks', c => String(c.checks.filter(check => check.outcome === 'FAILED').length)],
  ];
  return h('div', { class: 'table-responsive' }, h('table', { class: 'table table-sm', id: 'scenario-comparison-table' },
    h('thead', {}, h('tr', {}, h('th', {}), columns.map(c => h('th', { class: 'text-end', 'data-test': 'comparison-column' }, c.name)))),
    h('tbody', {}, rows.map(([key, value]) => h('tr', {}, h('th', tr(key)), columns.map(c => h('td', { class: 'text-end' }, value(c))))))));
}

async function sensitivityCard(base, number) {
  const sensitivity = await api.get(`${base}/versions/${number}/sensitivity`);
  const npv = h('canvas', { id: 'tornado-npv' });
  const cost = h('canvas', { id: 'tornado-all-in-cost' });
  const card = h('div', { class: 'card shadow-sm mb-4', id: 'proposal-sensitivity' },
    h('div', { class: 'card-header fw-semibold', ...tr('sensitivity.title') }),
    h('div', { class: 'card-body row' },
      h('div', { class: 'col-lg-6', style: 'height: 14rem' }, npv),
      h('div', { class: 'col-lg-6', style: 'height: 14rem' }, cost),
      h('ul', { class: 'small text-body-secondary mt-2 mb-0' }, sensitivity.factors.filter(f => !f.low)
        .map(f => h('li', {}, h('span', tr(`sensitivity.${f.shock}`)), ': ', f.notApplicableBecause)))));
  // One holder per chart: a holder shows one chart at a time.
  chartsIn(card).show(npv, c => drawTornado(c, sensitivity, 'contractorNpv', 1));
  chartsIn(card).show(cost, c => drawTornado(c, sensitivity, 'allInCost', 10000));
  return card;
}
