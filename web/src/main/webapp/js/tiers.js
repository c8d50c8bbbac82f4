// An account's tier on its detail page: the badge of the tier in force, whether it is computed
// or set by hand (and why), the form to override it or return it to the computed tier, and
// every change of it. The server decides who may override; the form is offered to the roles
// that can (administrators, executives, account managers).
import { api } from './api.js';
import { h } from './dom.js';
import { cancelButton, formFields, openIn } from './forms.js';
import { tr, translate } from './i18n.js';

const TIERS = ['A', 'B', 'C'];
const TIER_STYLES = { A: 'text-bg-success', B: 'text-bg-warning', C: 'text-bg-secondary' };

export function tierBadge(tier, props = {}) {
  return h('span', { class: `badge ${TIER_STYLES[tier]}`, ...props }, tier);
}

function mayOverride(me) {
  return me.roles.some(role => ['ADMIN', 'EXECUTIVE', 'ACCOUNT_MANAGER'].includes(role));
}

/** The tier card of account accountId, reloading itself after each change. */
export async function tierCard(accountId, me) {
  const card = h('div', { class: 'card shadow-sm mb-4', id: 'account-tier' });
  const path = `accounts/${accountId}/tier`;

  async function render() {
    const [tier, history] = await Promise.all([api.get(path), api.get(`accounts/${accountId}/tier-history`)]);
    const body = h('div', { class: 'p-3 border-bottom', hidden: true });
    const overriding = mayOverride(me);
    card.replaceChildren(
      h('div', { class: 'card-header d-flex justify-content-between align-items-center' },
        h('span', { class: 'fw-semibold', ...tr('tier.title') }),
        overriding ? h('div', { class: 'd-flex gap-2' },
          tier.overridden ? h('button', {
            type: 'button', class: 'btn btn-sm btn-outline-secondary', id: 'tier-override-remove',
            ...tr('tier.removeOverride'), onclick: async () => { await api.delete(path); await render(); },
          }) : null,
          h('button', { type: 'button', class: 'btn btn-sm btn-primary', id: 'tier-override', ...tr('tier.override'),
            onclick: () => openForm(body, tier) })) : null),
      body,
      h('div', { class: 'd-flex flex-wrap align-items-center gap-3 p-3' },
        h('span', { class: 'fs-3' }, tierBadge(tier.tier, { id: 'tier-badge', 'data-tier': tier.tier })),
        h('div', {},
          h('div', { 'data-test': 'tier-source', ...tr(tier.overridden ? 'tier.overridden' : 'tier.computed') }),
          tier.overridden ? h('div', { class: 'small text-body-secondary' },
            h('span', tr('tier.computedIs')), ' ', tierBadge(tier.computedTier), ' · ',
            h('span', { 'data-test': 'tier-reason' }, tier.overrideReason)) : null)),
      history.length === 0 ? null : h('div', { class: 'table-responsive' },
        h('table', { class: 'table table-sm align-middle mb-0', id: 'tier-history' },
          h('thead', {}, h('tr', {}, ['history.when', 'history.who', 'tier.change', 'tier.reason']
            .map(key => h('th', { scope: 'col', ...tr(key) })))),
          // Newest first, as the account's own history.
          h('tbody', {}, [...history].reverse().map(change => h('tr', { 'data-test': 'tier-history-row' },
            h('td', { class: 'text-nowrap' }, h('time', { datetime: change.changedAt, 'data-i18n-date': change.changedAt })),
            h('td', {}, change.changedBy),
            h('td', { class: 'text-nowrap' }, h('span', tr(`tier.kind.${change.kind}`)), ' ',
              tierBadge(change.from), ' → ', tierBadge(change.to)),
            h('td', { class: 'small' }, change.reason ?? '')))))));
    translate(card);
  }

  function openForm(body, tier) {
    const fields = formFields('tier-form');
    const form = h('form', {
      class: 'row g-3', id: 'tier-form', novalidate: true,
      onsubmit: async event => {
        event.preventDefault();
        fields.clear();
        try {
          await api.put(path, { tier: fields.value('tier'), reason: fields.value('reason') });
          await render();
        } catch (error) {
          fields.report(error, form, 'tier.fixFields');
        }
      },
    },
    fields.alert,
    fields.group('tier', 'tier.field.tier', h('select', { class: 'form-select', value: tier.tier },
      TIERS.map(value => h('option', { value }, value))), 'col-md-2', true),
    fields.group('reason', 'tier.reason', h('input', { class: 'form-control', maxlength: 500 }), 'col-md-10', true),
    h('div', { class: 'col-12 d-flex gap-2' },
      h('button', { type: 'submit', class: 'btn btn-primary', id: 'tier-form-save', ...tr('tier.save') }),
      cancelButton(body)));
    openIn(body, form);
    fields.controls.reason.control.focus();
  }

  await render();
  return card;
}
