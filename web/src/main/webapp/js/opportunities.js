// An account's opportunities on its detail page: what each is worth, how far it has come and how
// likely we are to win it, and for those who may change the account one form that adds an
// opportunity or edits the chosen one.
import { api } from './api.js';
import { COUNTRIES } from './countries.js';
import { h } from './dom.js';
import { cancelButton, formFields, openIn } from './forms.js';
import { currentLanguage, tr, translate } from './i18n.js';

const STAGES = ['IDENTIFIED', 'QUALIFIED', 'BIDDING', 'NEGOTIATING', 'WON', 'LOST'];
const STAGE_STYLES = { WON: 'text-bg-success', LOST: 'text-bg-danger' };
const SECTORS = ['RAIL', 'ROAD', 'BRIDGE', 'PORT', 'AIRPORT', 'POWER', 'WATER', 'BUILDING'];

/** An amount of money {amount, currency} as the reader writes it. */
export function formatMoney({ amount, currency }) {
  return new Intl.NumberFormat(currentLanguage(), { style: 'currency', currency, maximumFractionDigits: 0 })
    .format(Number(amount));
}

/** The opportunities card of account accountId; editable means the user may change the account. */
export async function opportunitiesCard(accountId, editable) {
  const card = h('div', { class: 'card shadow-sm mb-4', id: 'account-opportunities' });
  const path = `accounts/${accountId}/opportunities`;

  async function render() {
    const opportunities = await api.get(path);
    const body = h('div', { class: 'p-3 border-bottom', hidden: true });
    const rows = opportunities.map(opportunity => h('tr', { 'data-test': 'opportunity-row' },
      h('td', {}, h('div', { class: 'fw-semibold' }, opportunity.title),
        h('div', { class: 'small text-body-secondary' }, h('span', tr(`sector.${opportunity.sector}`)), ' · ',
          h('span', { 'data-i18n-country': opportunity.country }))),
      h('td', {}, h('span', { class: `badge ${STAGE_STYLES[opportunity.stage] ?? 'text-bg-info'}`,
        'data-test': 'opportunity-stage', ...tr(`opportunity.stage.${opportunity.stage}`) })),
      h('td', { class: 'text-end text-nowrap', 'data-test': 'opportunity-value' }, formatMoney(opportunity.estimatedValue)),
      h('td', { class: 'text-end' }, `${opportunity.winProbabilityPercent} %`),
      h('td', { class: 'text-nowrap' }, opportunity.expectedAwardOn ?? '—'),
      editable ? h('td', { class: 'text-end' }, h('button', {
        type: 'button', class: 'btn btn-sm btn-outline-primary', 'data-test': 'opportunity-edit', ...tr('contact.edit'),
        onclick: () => openForm(body, opportunity),
      })) : null));
    card.replaceChildren(
      h('div', { class: 'card-header d-flex justify-content-between align-items-center' },
        h('span', { class: 'fw-semibold', ...tr('opportunity.title') }),
        editable ? h('button', {
          type: 'button', class: 'btn btn-sm btn-primary', id: 'opportunity-add', ...tr('opportunity.add'),
          onclick: () => openForm(body, null),
        }) : null),
      body,
      opportunities.length === 0
        ? h('p', { class: 'text-body-secondary m-3', id: 'opportunities-empty', ...tr('opportunity.none') })
        : h('div', { class: 'table-responsive' }, h('table', { class: 'table align-middle mb-0', id: 'opportunities-table' },
          h('thead', {}, h('tr', {}, ['opportunity.field.title', 'opportunity.field.stage', 'opportunity.field.estimatedValue',
            'opportunity.field.winProbabilityPercent', 'opportunity.field.expectedAwardOn']
            .map(key => h('th', { scope: 'col', ...tr(key) })), editable ? h('th', {}) : null)),
          h('tbody', {}, rows))));
    translate(card);
  }

  async function openForm(body, opportunity) {
    const account = opportunity ? null : await api.get(`accounts/${accountId}`);
    const fields = formFields('opportunity-form');
    const select = (values, labelPrefix, selected) => h('select', { class: 'form-select', value: selected },
      values.map(value => h('option', { value, ...tr(`${labelPrefix}.${value}`) })));
    const form = h('form', {
      class: 'row g-3', id: 'opportunity-form', novalidate: true,
      onsubmit: async event => {
        event.preventDefault();
        const value = fields.value;
        const sent = {
          title: value('title'), sector: value('sector'), country: value('country'), stage: value('stage'),
          estimatedValue: { amount: value('amount'), currency: value('currency').trim().toUpperCase() },
          winProbabilityPercent: value('winProbabilityPercent') === '' ? null : Number(value('winProbabilityPercent')),
          expectedAwardOn: value('expectedAwardOn') || null, version: opportunity?.version,
        };
        fields.clear();
        try {
          await (opportunity ? api.put(`${path}/${opportunity.id}`, sent) : api.post(path, sent));
          await render();
        } catch (error) {
          // The server names the parts of the value estimatedValue.amount and estimatedValue.currency.
          fields.report(error.problem?.errors ? relabel(error) : error, form, 'opportunity.fixFields', 'opportunity.conflict');
        }
      },
    },
    fields.alert,
    fields.group('title', 'opportunity.field.title', h('input', { class: 'form-control', maxlength: 300, value: opportunity?.title ?? '' }), 'col-md-8', true),
    fields.group('stage', 'opportunity.field.stage', select(STAGES, 'opportunity.stage', opportunity?.stage ?? 'IDENTIFIED'), 'col-md-4', true),
    fields.group('sector', 'opportunity.field.sector', select(SECTORS, 'sector', opportunity?.sector ?? 'ROAD'), 'col-md-4', true),
    fields.group('country', 'opportunity.field.country', h('select', { class: 'form-select', 'data-sorted': true, value: opportunity?.country ?? account.country },
      [...COUNTRIES.keys()].map(code => h('option', { value: code, 'data-i18n-country': code }))), 'col-md-4', true),
    fields.group('expectedAwardOn', 'opportunity.field.expectedAwardOn', h('input', { type: 'date', class: 'form-control', value: opportunity?.expectedAwardOn ?? '' }), 'col-md-4'),
    fields.group('amount', 'opportunity.field.estimatedValue', h('input', { class: 'form-control', inputmode: 'decimal', value: opportunity?.estimatedValue.amount ?? '' }), 'col-md-4', true),
    fields.group('currency', 'opportunity.field.currency', h('input', { class: 'form-control', maxlength: 3, value: opportunity?.estimatedValue.currency ?? 'USD' }), 'col-md-2', true),
    fields.group('winProbabilityPercent', 'opportunity.field.winProbabilityPercent', h('input', { type: 'number', min: 0, max: 100, step: 1, class: 'form-control', value: String(opportunity?.winProbabilityPercent ?? 50) }), 'col-md-3', true),
    h('div', { class: 'col-12 d-flex gap-2' },
      h('button', { type: 'submit', class: 'btn btn-primary', id: 'opportunity-form-save', ...tr('opportunity.save') }),
      cancelButton(body)));
    openIn(body, form);
    fields.controls.title.control.focus();
  }

  /** The error with the parts of estimatedValue named as the form's own amount and currency fields. */
  function relabel(error) {
    error.problem.errors = error.problem.errors.map(fieldError => ({
      ...fieldError, field: fieldError.field.replace(/^estimatedValue\.?/, '') || 'amount',
    }));
    return error;
  }

  await render();
  return card;
}
