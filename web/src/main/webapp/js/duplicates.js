// Near-duplicate agencies: pairs of accounts in one country whose names are alike, for those who
// may merge them. Each pair offers merging either account into the other, or keeping them apart.
import { api } from './api.js';
import { h } from './dom.js';
import { errorMessage } from './errors.js';
import { t, tr, translate } from './i18n.js';

const PAGE_SIZE = 20;

/** Whether to offer the page: the server decides per pair, but only these roles manage teams. */
export function mayMergeAccounts(me) {
  return me.roles.includes('ADMIN') || me.roles.includes('ACCOUNT_MANAGER');
}

/** The near-duplicates page, one page of pairs at a time. */
export async function duplicatesView(query) {
  const page = Math.max(0, Number.parseInt(query.get('page'), 10) || 0);
  const section = h('section', { id: 'near-duplicates' });
  const alert = h('div', { class: 'alert alert-danger', role: 'alert', id: 'duplicates-alert', hidden: true });

  async function render() {
    const result = await api.get(`accounts/near-duplicates?page=${page}&size=${PAGE_SIZE}`);
    const rows = result.items.map(pair => {
      const account = side => h('a', { href: `#/accounts/${side.id}`, 'data-test': 'duplicate-account' }, side.name);
      const act = (call, confirmKey, args) => async () => {
        if (confirmKey && !window.confirm(t(confirmKey, args))) {
          return;
        }
        alert.hidden = true;
        try {
          await call();
          await render();
        } catch (error) {
          alert.replaceChildren(errorMessage(error));
          translate(alert);
          alert.hidden = false;
        }
      };
      const merge = (into, from) => h('button', {
        type: 'button', class: 'btn btn-sm btn-outline-primary', 'data-test': 'duplicate-merge',
        ...tr('duplicates.keep', { name: into.name }),
        onclick: act(() => api.post(`accounts/${into.id}/merge`, { from: from.id }), 'duplicates.confirmMerge',
          { from: from.name, into: into.name }),
      });
      return h('tr', { 'data-test': 'duplicate-row', 'data-first': pair.first.id, 'data-second': pair.second.id },
        h('td', { class: 'text-nowrap' }, h('span', { 'data-i18n-country': pair.country })),
        h('td', {}, account(pair.first)),
        h('td', {}, account(pair.second)),
        h('td', { class: 'text-end' }, `${Math.round(pair.similarity * 100)} %`),
        h('td', { class: 'text-end' }, pair.mayDecide ? h('div', { class: 'd-flex flex-wrap gap-2 justify-content-end' },
          merge(pair.first, pair.second), merge(pair.second, pair.first),
          h('button', { type: 'button', class: 'btn btn-sm btn-outline-secondary', 'data-test': 'duplicate-keep-apart',
            ...tr('duplicates.keepApart'),
            onclick: act(() => api.post('accounts/near-duplicates/kept-apart', { first: pair.first.id, second: pair.second.id })) }))
          : h('span', { class: 'small text-body-secondary', ...tr('duplicates.notYours') })));
    });
    const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    section.replaceChildren(
      h('h1', { class: 'h3 mb-2', ...tr('duplicates.title') }),
      h('p', { class: 'text-body-secondary', ...tr('duplicates.explain') }),
      alert,
      h('div', { class: 'card shadow-sm' },
        result.items.length === 0
          ? h('p', { class: 'text-body-secondary m-3', id: 'duplicates-none', ...tr('duplicates.none') })
          : h('div', { class: 'table-responsive' }, h('table', { class: 'table align-middle mb-0', id: 'duplicates-table' },
            h('thead', {}, h('tr', {}, ['duplicates.country', 'duplicates.account', 'duplicates.account',
              'duplicates.similarity', ''].map(key => h('th', key ? { scope: 'col', ...tr(key) } : {})))),
            h('tbody', {}, rows))),
        h('div', { class: 'card-footer bg-body d-flex justify-content-between align-items-center' },
          h('span', { class: 'small', id: 'duplicates-page', ...tr('accounts.pageOf', { page: page + 1, pages }) }),
          h('div', { class: 'd-flex gap-2' },
            page > 0 ? h('a', { class: 'btn btn-sm btn-outline-secondary', href: `#/near-duplicates?page=${page - 1}`,
              ...tr('accounts.previous') }) : null,
            page + 1 < pages ? h('a', { class: 'btn btn-sm btn-outline-secondary', href: `#/near-duplicates?page=${page + 1}`,
              ...tr('accounts.next') }) : null))));
    translate(section);
  }

  await render();
  return section;
}
