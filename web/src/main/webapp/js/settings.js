// The administrators' settings page (#/settings): the exchange rates into the reporting currency
// (enter, correct, delete), the reporting currency and Pareto cut points of the tiers, and the
// months between visits per tier, each card saved on its own; and the way to the gate templates and the scoring
// criteria.
// Everyone may read these settings through the API, but only administrators change them, so the
// page tells anyone else it is not for them rather than offering forms that would be refused.
import { ApiError, api, session } from './api.js';
import { h } from './dom.js';
import { formFields } from './forms.js';
import { tr, translate } from './i18n.js';

const TIERS = ['A', 'B', 'C'];

/**
 * A card titled titleKey showing what draw(state, redraw) makes of the state load() gives; redraw(notice)
 * loads and draws it anew with notice ({kind, key}: a Bootstrap alert kind, a text key) above.
 */
async function settingsCard(id, titleKey, load, draw) {
  const card = h('div', { class: 'card shadow-sm mb-4', id });

  async function redraw(notice) {
    const state = await load();
    card.replaceChildren(
      h('div', { class: 'card-header fw-semibold', ...tr(titleKey) }),
      h('div', { class: 'card-body' },
        notice ? h('div', { class: `alert alert-${notice.kind}`, role: 'status', id: `${id}-notice`, ...tr(notice.key) }) : null,
        draw(state, redraw)));
    translate(card);
  }

  await redraw(null);
  return card;
}

/**
 * Runs change(), then redraws the card saying doneKey. A conflict (someone else saved meanwhile) redraws
 * it with what they saved, saying so; any other failure is reported in the form of fields.
 */
async function saving(fields, form, change, redraw, fixKey, doneKey = 'settings.saved') {
  fields.clear();
  try {
    await change();
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      await redraw({ kind: 'warning', key: 'settings.conflict' });
    } else {
      fields.report(error, form, fixKey);
    }
    return;
  }
  await redraw({ kind: 'success', key: doneKey });
}

/** A whole number as typed, null when nothing is: the server says what is wrong with it. */
function wholeNumber(typed) {
  return typed.trim() === '' ? null : Number(typed);
}

function saveButton(id, key) {
  return h('div', { class: 'col-12' }, h('button', { type: 'submit', class: 'btn btn-primary', id, ...tr(key) }));
}

function ratePath(currency, validFrom) {
  return `exchange-rates/${encodeURIComponent(currency)}/${encodeURIComponent(validFrom)}`;
}

/** The rates, by currency and newest first, and the form that enters a rate or corrects the one of a day. */
function ratesCard() {
  return settingsCard('settings-rates', 'settings.rates.title',
    () => Promise.all([api.get('exchange-rates'), api.get('settings/tiers')]),
    ([rates, { reportingCurrency }], redraw) => {
      const fields = formFields('settings-rate-form');
      const form = h('form', {
        class: 'row g-3 align-items-start mb-4', id: 'settings-rate-form', novalidate: true,
        onsubmit: event => {
          event.preventDefault();
          const currency = fields.value('currency').trim().toUpperCase();
          const validFrom = fields.value('validFrom');
          return saving(fields, form, () => {
            // The currency and the day address the rate: without them there is no request to send.
            const missing = Object.entries({ currency, validFrom }).filter(([, value]) => !value).map(([field]) => field);
            if (missing.length) {
              throw new ApiError(400, { errors: missing.map(field => ({ field, code: 'required', message: 'is required' })) });
            }
            return api.put(ratePath(currency, validFrom), { rate: fields.value('rate').trim() || null });
          }, redraw, 'settings.rates.fixFields');
        },
      },
      fields.alert,
      fields.group('currency', 'settings.rates.currency', h('input', { class: 'form-control', maxlength: 3 }), 'col-md-3', true),
      fields.group('validFrom', 'settings.rates.validFrom', h('input', {
        type: 'date', class: 'form-control', value: new Date().toISOString().slice(0, 10) }), 'col-md-3', true),
      fields.group('rate', 'settings.rates.rate', h('input', { class: 'form-control', inputmode: 'decimal' }), 'col-md-6', true),
      saveButton('settings-rate-save', 'settings.rates.save'));

      const correct = rate => {
        for (const field of ['currency', 'validFrom', 'rate']) {
          fields.controls[field].control.value = rate[field];
        }
        fields.controls.rate.control.focus();
      };
      const remove = rate => saving(fields, form, () => api.delete(ratePath(rate.currency, rate.validFrom)), redraw,
        'settings.rates.fixFields', 'settings.rates.deleted');
      // A rate quoted in an earlier reporting currency no longer applies, and only the current one's are kept up.
      const rows = rates.map(rate => {
        const current = rate.quoteCurrency === reportingCurrency;
        return h('tr', { 'data-test': 'settings-rate-row', 'data-currency': rate.currency, 'data-valid-from': rate.validFrom,
          class: current ? null : 'text-body-secondary' },
        h('td', { class: 'fw-semibold' }, rate.currency),
        h('td', { class: 'text-nowrap' }, rate.validFrom),
        h('td', { class: 'text-end', 'data-test': 'settings-rate' }, rate.rate),
        h('td', {}, rate.quoteCurrency),
        h('td', { class: 'text-end text-nowrap' }, current ? [
          h('button', { type: 'button', class: 'btn btn-sm btn-outline-primary', 'data-test': 'settings-rate-correct',
            ...tr('settings.rates.correct'), onclick: () => correct(rate) }), ' ',
          h('button', { type: 'button', class: 'btn btn-sm btn-outline-danger', 'data-test': 'settings-rate-delete',
            ...tr('settings.rates.delete'), onclick: () => remove(rate) })] : null));
      });
      return [
        h('p', { class: 'text-body-secondary', ...tr('settings.rates.intro', { currency: reportingCurrency }) }),
        form,
        rates.length === 0
          ? h('p', { class: 'text-body-secondary mb-0', id: 'settings-rates-empty', ...tr('settings.rates.none') })
          : h('div', { class: 'table-responsive' }, h('table', { class: 'table table-sm align-middle mb-0', id: 'settings-rates-table' },
            h('thead', {}, h('tr', {}, ['settings.rates.currency', 'settings.rates.validFrom', 'settings.rates.rate',
              'settings.rates.quoteCurrency'].map(key => h('th', { scope: 'col', ...tr(key) })), h('th', {}))),
            h('tbody', {}, rows))),
      ];
    });
}

/** The reporting currency and the Pareto cut points, changed from the version read. */
function tiersCard() {
  return settingsCard('settings-tiers', 'settings.tiers.title', () => api.get('settings/tiers'), (tiers, redraw) => {
    const fields = formFields('settings-tiers-form');
    const percent = value => h('input', { type: 'number', class: 'form-control', min: 0, max: 100, step: 1, value: String(value) });
    const form = h('form', {
      class: 'row g-3 align-items-start', id: 'settings-tiers-form', novalidate: true,
      onsubmit: event => {
        event.preventDefault();
        return saving(fields, form, () => api.put('settings/tiers', {
          reportingCurrency: fields.value('reportingCurrency').trim().toUpperCase(),
          aPercent: wholeNumber(fields.value('aPercent')),
          bPercent: wholeNumber(fields.value('bPercent')),
          version: tiers.version,
        }), redraw, 'settings.tiers.fixFields');
      },
    },
    fields.alert,
    fields.group('reportingCurrency', 'settings.tiers.reportingCurrency', h('input', {
      class: 'form-control', maxlength: 3, value: tiers.reportingCurrency }), 'col-md-4', true),
    fields.group('aPercent', 'settings.tiers.aPercent', percent(tiers.aPercent), 'col-md-4', true),
    fields.group('bPercent', 'settings.tiers.bPercent', percent(tiers.bPercent), 'col-md-4', true),
    saveButton('settings-tiers-save', 'settings.tiers.save'));
    return [h('p', { class: 'text-body-secondary', ...tr('settings.tiers.intro') }), form];
  });
}

/** The months that may pass between two visits of an account, per tier. */
function cadenceCard() {
  return settingsCard('settings-cadence', 'settings.cadence.title', () => api.get('settings/visit-cadence'), (cadence, redraw) => {
    const fields = formFields('settings-cadence-form');
    const form = h('form', {
      class: 'row g-3 align-items-start', id: 'settings-cadence-form', novalidate: true,
      onsubmit: event => {
        event.preventDefault();
        return saving(fields, form, () => api.put('settings/visit-cadence', {
          months: Object.fromEntries(TIERS.map(tier => [tier, wholeNumber(fields.value(`months.${tier}`))])),
        }), redraw, 'settings.cadence.fixFields');
      },
    },
    fields.alert,
    TIERS.map(tier => fields.group(`months.${tier}`, `settings.cadence.months.${tier}`, h('input', {
      type: 'number', class: 'form-control', min: 1, max: 24, step: 1, value: String(cadence.months[tier]) }), 'col-md-4', true)),
    saveButton('settings-cadence-save', 'settings.cadence.save'));
    return [h('p', { class: 'text-body-secondary', ...tr('settings.cadence.intro') }), form];
  });
}

/** The settings page, for administrators. */
export async function settingsView() {
  const me = await session();
  if (!me.roles.includes('ADMIN')) {
    return h('section', { id: 'settings-denied' }, h('div', { class: 'alert alert-secondary', ...tr('settings.denied') }));
  }
  return h('section', { id: 'settings' },
    h('div', { class: 'd-flex flex-wrap justify-content-between align-items-baseline gap-2 mb-3' },
      h('h1', { class: 'h3 mb-0', ...tr('settings.title') }),
      h('div', { class: 'd-flex gap-3' },
        h('a', { href: '#/settings/gate-templates', id: 'settings-gate-templates-link', ...tr('settings.gateTemplatesLink') }),
        h('a', { href: '#/settings/scoring', id: 'settings-scoring-link', ...tr('settings.scoringLink') }))),
    await Promise.all([ratesCard(), tiersCard(), cadenceCard()]));
}
