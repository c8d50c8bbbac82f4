// The invoices card of the project page: the project's invoices and payment certificates with their due and paid
// days, what is still owed and what is overdue; for the owner account's writers, the form that issues one and the
// buttons that record a payment today (as the server counts days: UTC) or remove one entered by mistake.
import { api } from './api.js';
import { h } from './dom.js';
import { act } from './errors.js';
import { formFields } from './forms.js';
import { formatMoney } from './opportunities.js';
import { tr, translate } from './i18n.js';

const KINDS = ['PAYMENT_CERTIFICATE', 'INVOICE'];

function standing(invoice) {
  if (invoice.paidOn) {
    return h('span', { class: 'badge text-bg-success', 'data-test': 'invoice-standing', ...tr('invoice.paid') });
  }
  return invoice.daysOverdue > 0
    ? h('span', { class: 'badge text-bg-danger', 'data-test': 'invoice-standing',
      ...tr('invoice.overdue', { days: invoice.daysOverdue }) })
    : h('span', { class: 'badge text-bg-light border', 'data-test': 'invoice-standing', ...tr('invoice.open') });
}

function addForm(projectId, reload) {
  const fields = formFields('invoice');
  const today = new Date().toISOString().slice(0, 10);
  const form = h('form', {
    class: 'row g-2 align-items-end', id: 'invoice-form', novalidate: true,
    onsubmit: async event => {
      event.preventDefault();
      fields.clear();
      try {
        await api.post(`projects/${projectId}/invoices`, {
          number: fields.value('number'), kind: fields.value('kind'),
          amount: { amount: fields.value('amount.amount'), currency: fields.value('amount.currency') },
          issuedOn: fields.value('issuedOn') || null, dueOn: fields.value('dueOn') || null });
      } catch (error) {
        fields.report(error, form, 'invoice.fixFields');
        return;
      }
      await reload();
    },
  },
  fields.alert,
  fields.group('number', 'invoice.number', h('input', { class: 'form-control', maxlength: 40 }), 'col-md-2', true),
  fields.group('kind', 'invoice.kind', h('select', { class: 'form-select' },
    KINDS.map(kind => h('option', { value: kind, ...tr(`invoice.kind.${kind}`) }))), 'col-md-2', true),
  fields.group('amount.amount', 'invoice.amount', h('input', { class: 'form-control', inputmode: 'decimal' }), 'col-md-2', true),
  fields.group('amount.currency', 'invoice.currency', h('input', { class: 'form-control', value: 'USD', maxlength: 3 }),
    'col-md-1', true),
  fields.group('issuedOn', 'invoice.issuedOn', h('input', { type: 'date', class: 'form-control', value: today }), 'col-md-2', true),
  fields.group('dueOn', 'invoice.dueOn', h('input', { type: 'date', class: 'form-control' }), 'col-md-2', true),
  h('div', { class: 'col-md-1' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'invoice-add', ...tr('invoice.add') })));
  return form;
}

/** The card of project projectId; mayBill when the user may issue and settle its invoices. */
export async function invoicesCard(projectId, mayBill) {
  const card = h('div', { class: 'card shadow-sm mb-4', id: 'invoices' });
  const alert = h('div', { class: 'alert alert-danger m-3', role: 'alert', id: 'invoices-alert', hidden: true });
  const path = invoice => `projects/${projectId}/invoices/${invoice.id}`;
  const change = work => act(alert, render, work);
  const pay = invoice => change(() => api.put(`${path(invoice)}/payment`, {
    paidOn: new Date().toISOString().slice(0, 10), version: invoice.version }));
  const remove = invoice => change(() => api.delete(`${path(invoice)}?version=${invoice.version}`));

  async function render() {
    const invoices = await api.get(`projects/${projectId}/invoices`);
    card.replaceChildren(
      h('div', { class: 'card-header fw-semibold', ...tr('invoice.title') }),
      alert,
      invoices.length === 0 ? h('div', { class: 'card-body' },
        h('p', { class: 'text-body-secondary mb-0', id: 'invoices-none', ...tr('invoice.none') }))
        : h('div', { class: 'table-responsive' }, h('table', { class: 'table align-middle mb-0', id: 'invoices-table' },
          h('thead', {}, h('tr', {}, ['invoice.number', 'invoice.kind', 'invoice.amount', 'invoice.issuedOn', 'invoice.dueOn',
            'invoice.paidOn', 'invoice.standing', null].map(key => h('th', { scope: 'col', ...(key ? tr(key) : {}) })))),
          h('tbody', {}, invoices.map(invoice => h('tr', { 'data-test': 'invoice-row', 'data-invoice-id': invoice.id },
            h('td', {}, invoice.number),
            h('td', {}, h('span', tr(`invoice.kind.${invoice.kind}`))),
            h('td', { class: 'text-end text-nowrap' }, formatMoney(invoice.amount)),
            h('td', { class: 'text-nowrap' }, invoice.issuedOn),
            h('td', { class: 'text-nowrap' }, invoice.dueOn),
            h('td', { class: 'text-nowrap' }, invoice.paidOn ?? '—'),
            h('td', {}, standing(invoice)),
            h('td', { class: 'text-end text-nowrap' }, mayBill ? [
              invoice.paidOn ? null : h('button', { type: 'button', class: 'btn btn-sm btn-outline-success',
                'data-test': 'invoice-pay', ...tr('invoice.pay'), onclick: () => pay(invoice) }),
              h('button', { type: 'button', class: 'btn btn-sm btn-outline-danger ms-1', 'data-test': 'invoice-remove',
                ...tr('invoice.remove'), onclick: () => remove(invoice) })] : null)))))),
      mayBill ? h('div', { class: 'card-body border-top' }, addForm(projectId, render)) : null);
    translate(card);
  }

  await render();
  return card;
}
