// The accounts views: list, detail with history, create and edit. Each view function loads
// what it needs and returns a detached section; the router puts it on the page.
import { ApiError, api, session } from './api.js';
import { COUNTRIES } from './countries.js';
import { h } from './dom.js';
import { errorMessage, fieldErrorText } from './errors.js';
import { tr, translate } from './i18n.js';
import { teamCard } from './team.js';
import { contactsCard } from './contacts.js';
import { projectsCard } from './projects.js';
import { surveysCard } from './surveys.js';
import { healthCard } from './health.js';
import { interactionsCard } from './interactions.js';
import { opportunitiesCard } from './opportunities.js';
import { proposalsCard } from './proposals.js';
import { tierCard } from './tiers.js';
import { scoreCard } from './scoring.js';
import { plansCard } from './plans.js';

const PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const SORTS = ['name', '-name', 'country', '-country', 'id', '-id', 'score', '-score'];
const AGENCY_TYPES = ['MINISTRY', 'AGENCY', 'AUTHORITY', 'STATE_OWNED_ENTERPRISE', 'MUNICIPALITY',
  'DEVELOPMENT_BANK', 'OTHER'];
const SECTORS = ['RAIL', 'ROAD', 'BRIDGE', 'PORT', 'AIRPORT', 'POWER', 'WATER', 'BUILDING'];
const CLASSIFICATIONS = ['INDUSTRY', 'REGIONAL', 'POTENTIAL'];
const CLASSIFICATION_STYLES = { INDUSTRY: 'text-bg-primary', REGIONAL: 'text-bg-info', POTENTIAL: 'text-bg-secondary' };
/** The fields of an account as the detail view and the history show them. */
const FIELDS = ['name', 'nativeName', 'country', 'agencyType', 'sectors', 'parent', 'classification'];

function mayCreate(me) {
  return me.roles.includes('ADMIN') || me.roles.includes('ACCOUNT_MANAGER');
}

/** Whether to offer editing: team membership decides per account, but a viewer never edits. */
function mayEdit(me) {
  return me.roles.some(role => role !== 'VIEWER');
}

function dash() {
  return h('span', { class: 'text-body-secondary' }, '—');
}

function countryLabel(code) {
  return h('span', {},
    h('span', { 'data-i18n-country': code }), ' ',
    h('span', { class: 'text-body-secondary small' }, code));
}

function classificationBadge(classification) {
  return classification
    ? h('span', { class: `badge ${CLASSIFICATION_STYLES[classification]}`, ...tr(`classification.${classification}`) })
    : dash();
}

/** How the detail view and the history show one field of an account. */
function fieldValue(field, account) {
  switch (field) {
    case 'country':
      return countryLabel(account.country);
    case 'agencyType':
      return h('span', tr(`agencyType.${account.agencyType}`));
    case 'sectors':
      return account.sectors.length === 0 ? dash() : h('span', {}, account.sectors.flatMap((sector, index) => [
        index > 0 ? ' ' : null,
        h('span', { class: 'badge text-bg-light border', ...tr(`sector.${sector}`) })]));
    case 'parent':
      return account.parent ? h('a', { href: `#/accounts/${account.parent.id}` }, account.parent.name) : dash();
    case 'classification':
      return classificationBadge(account.classification);
    default:
      return account[field] ?? dash();
  }
}

function breadcrumb(...trail) {
  return h('nav', { 'data-i18n-aria-label': 'nav.breadcrumb' },
    h('ol', { class: 'breadcrumb' },
      h('li', { class: 'breadcrumb-item' }, h('a', { href: '#/accounts', ...tr('accounts.title') })),
      trail.map((item, index) => index === trail.length - 1
        ? h('li', { class: 'breadcrumb-item active', 'aria-current': 'page' }, item)
        : h('li', { class: 'breadcrumb-item' }, item))));
}

function countrySelect(props, emptyKey) {
  return h('select', { class: 'form-select', 'data-sorted': true, ...props },
    h('option', { value: '', ...tr(emptyKey) }),
    [...COUNTRIES.keys()].map(code => h('option', { value: code, 'data-i18n-country': code })));
}

// ---- list ----

function listHash({ q, country, sort, page, size }) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (country) params.set('country', country);
  if (sort !== 'name') params.set('sort', sort);
  if (page > 0) params.set('page', page);
  if (size !== PAGE_SIZE) params.set('size', size);
  const query = params.toString();
  return query ? `#/accounts?${query}` : '#/accounts';
}

/** The account list for a hash query of q, country, sort, page and size. */
export async function listView(query) {
  const state = {
    q: query.get('q')?.trim() ?? '',
    country: COUNTRIES.has(query.get('country')) ? query.get('country') : '',
    sort: SORTS.includes(query.get('sort')) ? query.get('sort') : 'name',
    page: Math.max(0, Number.parseInt(query.get('page'), 10) || 0),
    size: Math.min(MAX_PAGE_SIZE, Math.max(1, Number.parseInt(query.get('size'), 10) || PAGE_SIZE)),
  };
  const params = new URLSearchParams({ sort: state.sort, page: state.page, size: state.size });
  if (state.q) params.set('q', state.q);
  if (state.country) params.set('country', state.country);
  const [me, result] = await Promise.all([session(), api.get(`accounts?${params}`)]);
  const go = change => {
    location.hash = listHash({ ...state, ...change });
  };

  const text = h('input', {
    type: 'search', id: 'account-search-q', name: 'q', class: 'form-control', value: state.q,
    'data-i18n-placeholder': 'accounts.searchPlaceholder', 'data-i18n-aria-label': 'accounts.search',
  });
  const country = countrySelect({
    id: 'account-search-country', name: 'country', value: state.country,
    'data-i18n-aria-label': 'accounts.country', onchange: () => search.requestSubmit(),
  }, 'accounts.allCountries');
  const search = h('form', {
    class: 'row g-2 mb-3', role: 'search', id: 'account-search',
    onsubmit: event => {
      event.preventDefault();
      go({ q: text.value.trim(), country: country.value, page: 0 });
    },
  },
  h('div', { class: 'col-md-6' }, text),
  h('div', { class: 'col-md-4' }, country),
  h('div', { class: 'col-md-2 d-grid' },
    h('button', { type: 'submit', class: 'btn btn-outline-primary', id: 'account-search-submit', ...tr('accounts.search') })));

  return h('section', { id: 'account-list' },
    h('div', { class: 'd-flex flex-wrap justify-content-between align-items-center gap-2 mb-3' },
      h('h1', { class: 'h3 mb-0', ...tr('accounts.title') }),
      mayCreate(me) ? h('a', { href: '#/accounts/new', class: 'btn btn-primary', id: 'account-create', ...tr('accounts.new') }) : null),
    search,
    h('div', { class: 'card shadow-sm' },
      h('div', { class: 'table-responsive' }, accountTable(result.items, state, go)),
      h('div', { class: 'card-footer bg-body' }, pager(result, state, go))));
}

function sortHeader(field, state, go) {
  const active = state.sort.replace(/^-/, '') === field;
  const descending = state.sort === `-${field}`;
  return h('th', { scope: 'col', 'aria-sort': active ? (descending ? 'descending' : 'ascending') : null },
    h('button', {
      type: 'button', class: 'btn btn-link p-0 fw-semibold text-reset text-decoration-none', id: `sort-${field}`,
      onclick: () => go({ sort: active && !descending ? `-${field}` : field, page: 0 }),
    },
    h('span', tr(`account.field.${field}`)),
    h('span', { class: 'ms-1 text-body-secondary', 'aria-hidden': 'true' }, active ? (descending ? '▼' : '▲') : '↕')));
}

function accountTable(items, state, go) {
  const rows = items.map(account => h('tr', { 'data-test': 'account-row', 'data-account-id': account.id },
    h('td', {}, h('a', { href: `#/accounts/${account.id}`, class: 'fw-medium', 'data-test': 'account-link' }, account.name)),
    h('td', { class: 'text-body-secondary' }, account.nativeName ?? ''),
    h('td', { class: 'text-nowrap' }, countryLabel(account.country)),
    h('td', {}, h('span', tr(`agencyType.${account.agencyType}`))),
    h('td', {}, classificationBadge(account.classification)),
    h('td', { class: 'text-end', 'data-test': 'account-score' }, account.score == null ? dash() : Number(account.score).toFixed(1))));
  return h('table', { class: 'table table-hover align-middle mb-0', id: 'accounts-table' },
    h('thead', {}, h('tr', {},
      sortHeader('name', state, go),
      h('th', { scope: 'col', ...tr('account.field.nativeName') }),
      sortHeader('country', state, go),
      h('th', { scope: 'col', ...tr('account.field.agencyType') }),
      h('th', { scope: 'col', ...tr('account.field.classification') }),
      sortHeader('score', state, go))),
    h('tbody', {}, rows.length > 0 ? rows
      : h('tr', {}, h('td', { colspan: 6, class: 'text-center text-body-secondary py-4', id: 'accounts-empty', ...tr('accounts.none') }))));
}

function pageButton(id, key, enabled, onclick) {
  return h('li', { class: enabled ? 'page-item' : 'page-item disabled' },
    h('button', { type: 'button', class: 'page-link', id, disabled: !enabled, onclick, ...tr(key) }));
}

function pager(result, state, go) {
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  return h('div', { class: 'd-flex flex-wrap justify-content-between align-items-center gap-2' },
    h('span', { class: 'text-body-secondary', id: 'accounts-total',
      ...tr(result.total === 1 ? 'accounts.totalOne' : 'accounts.total', { total: result.total }) }),
    h('nav', { 'data-i18n-aria-label': 'accounts.paging' },
      h('ul', { class: 'pagination pagination-sm mb-0 align-items-center' },
        pageButton('page-prev', 'accounts.previous', state.page > 0, () => go({ page: state.page - 1 })),
        h('li', { class: 'px-3 small', id: 'page-info', ...tr('accounts.pageOf', { page: state.page + 1, pages }) }),
        pageButton('page-next', 'accounts.next', state.page + 1 < pages, () => go({ page: state.page + 1 })))));
}

// ---- detail ----

/** One account with everything attached to it, each part a card. */
export async function detailView(id) {
  const me = await session();
  const editable = mayEdit(me);
  const [account, history, ...cards] = await Promise.all([
    api.get(`accounts/${id}`), api.get(`accounts/${id}/history`),
    healthCard(id),
    tierCard(id, me),
    scoreCard(id, editable),
    interactionsCard(id, editable),
    opportunitiesCard(id, editable),
    proposalsCard(id, editable),
    contactsCard(id, editable),
    surveysCard(id, editable),
    plansCard(id),
    teamCard(id, me),
    projectsCard(id),
  ]);
  return h('section', { id: 'account-detail', 'data-account-id': account.id },
    breadcrumb(account.name),
    h('div', { class: 'd-flex flex-wrap justify-content-between align-items-start gap-2 mb-3' },
      h('div', {},
        h('h1', { class: 'h3 mb-1', id: 'account-title' }, account.name),
        account.nativeName ? h('div', { class: 'text-body-secondary', id: 'account-native-name' }, account.nativeName) : null),
      mayEdit(me) ? h('a', { href: `#/accounts/${id}/edit`, class: 'btn btn-outline-primary', id: 'account-edit', ...tr('account.edit') }) : null),
    h('div', { class: 'card shadow-sm mb-4' },
      h('div', { class: 'card-body' },
        h('dl', { class: 'row mb-0' }, FIELDS.flatMap(field => [
          h('dt', { class: 'col-sm-3', ...tr(`account.field.${field}`) }),
          h('dd', { class: 'col-sm-9', 'data-test': `account-${field}` }, fieldValue(field, account))])))),
    cards,
    h('h2', { class: 'h5 mb-3', ...tr('history.title') }),
    historyTable(history));
}

function comparable(field, account) {
  return JSON.stringify(field === 'parent' ? account.parent?.id ?? null : account[field] ?? null);
}

/** What a change did: each changed field, before and after. */
function changes(before, after) {
  const changed = before ? FIELDS.filter(field => comparable(field, before) !== comparable(field, after)) : [];
  if (changed.length === 0) {
    return dash();
  }
  return h('ul', { class: 'list-unstyled mb-0 small' }, changed.map(field => h('li', {},
    h('span', { class: 'fw-semibold', ...tr(`account.field.${field}`) }), ': ',
    fieldValue(field, before), ' → ', fieldValue(field, after))));
}

function historyTable(history) {
  // A merge has no state of this account: a change after it compares with the state before it.
  const states = history.map((entry, index) => history.slice(0, index).reverse().find(before => before.state)?.state);
  const rows = history.map((entry, index) => h('tr', { 'data-test': 'history-row' },
    h('td', { class: 'text-nowrap' }, h('time', { datetime: entry.madeAt, 'data-i18n-date': entry.madeAt })),
    h('td', {}, entry.username),
    h('td', {}, h('span', tr(`history.change.${entry.change}`))),
    h('td', {}, entry.merged
      ? h('span', { class: 'small', ...tr('history.merged', { name: entry.merged.name, id: entry.merged.id }) })
      : changes(states[index], entry.state))));
  return h('div', { class: 'card shadow-sm' },
    h('div', { class: 'table-responsive' },
      h('table', { class: 'table align-middle mb-0', id: 'account-history' },
        h('thead', {}, h('tr', {},
          ['history.when', 'history.who', 'history.what', 'history.details'].map(key => h('th', { scope: 'col', ...tr(key) })))),
        // Newest first: the latest change is what a reader looks for.
        h('tbody', {}, rows.reverse()))));
}

// ---- create and edit ----

/** The accounts to choose a parent from: one page of the list, the largest the API gives. */
async function parentChoices() {
  const page = await api.get(`accounts?sort=name&size=${MAX_PAGE_SIZE}`);
  return page.items.map(account => ({ id: account.id, name: account.name }));
}

/** The form for a new account. */
export async function createView() {
  const me = await session();
  if (!mayCreate(me)) {
    return h('section', { id: 'account-form-denied' },
      breadcrumb(h('span', tr('accounts.new'))),
      h('div', { class: 'alert alert-warning', role: 'alert', ...tr('account.form.notAllowed') }));
  }
  return accountForm(null, await parentChoices());
}

/** The form to revise account id. */
export async function editView(id) {
  const [account, parents] = await Promise.all([api.get(`accounts/${id}`), parentChoices()]);
  return accountForm(account, parents.filter(parent => parent.id !== id));
}

/**
 * The create or edit form (account null to create). A failed save marks the offending fields
 * and leaves every value as the user typed it.
 */
function accountForm(account, parents) {
  const editing = account !== null;
  let version = account?.version;
  /** field -> {inputs, feedback}: where the problems of a field are shown. */
  const controls = {};

  function group(field, control, width, required = false) {
    const id = `account-form-${field}`;
    const feedback = h('div', { class: 'invalid-feedback', id: `${id}-feedback`, 'data-test': 'field-error' });
    Object.assign(control, { id, name: field });
    control.setAttribute('aria-describedby', feedback.id);
    controls[field] = { inputs: [control], feedback };
    const labelKey = field === 'parentAccountId' ? 'account.field.parent' : `account.field.${field}`;
    return h('div', { class: width },
      h('label', { for: id, class: required ? 'form-label required' : 'form-label', ...tr(labelKey) }),
      control, feedback);
  }

  function options(values, prefix, emptyKey) {
    return [h('option', { value: '', ...tr(emptyKey) }),
      values.map(value => h('option', { value, ...tr(`${prefix}.${value}`) }))];
  }

  const parentSelect = h('select', { class: 'form-select' },
    h('option', { value: '', ...tr('account.form.noParent') }),
    parents.map(parent => h('option', { value: parent.id }, parent.name)));
  const sectorBoxes = SECTORS.map(sector => h('input', {
    type: 'checkbox', class: 'form-check-input', name: 'sectors', value: sector, id: `account-form-sector-${sector}`,
  }));
  const sectorsFeedback = h('div', { class: 'invalid-feedback', id: 'account-form-sectors-feedback', 'data-test': 'field-error' });
  controls.sectors = { inputs: sectorBoxes, feedback: sectorsFeedback };

  const alert = h('div', { class: 'alert alert-danger', role: 'alert', id: 'account-form-alert', hidden: true });
  const conflict = h('div', { class: 'alert alert-warning', role: 'alert', id: 'account-form-conflict', hidden: true },
    h('p', { class: 'mb-2', ...tr('account.form.conflict') }),
    editing ? h('button', { type: 'button', class: 'btn btn-sm btn-warning', id: 'account-form-reload', onclick: reload,
      ...tr('account.form.reload') }) : null);
  const spinner = h('span', { class: 'spinner-border spinner-border-sm me-2', 'aria-hidden': 'true', hidden: true });
  const save = h('button', { type: 'submit', class: 'btn btn-primary', id: 'account-form-save' },
    spinner, h('span', tr(editing ? 'account.form.save' : 'account.form.create')));

  const form = h('form', { id: 'account-form', class: 'card shadow-sm', novalidate: true, onsubmit: submit },
    h('div', { class: 'card-body' },
      alert, conflict,
      h('div', { class: 'row g-3' },
        group('name', h('input', { type: 'text', class: 'form-control', autocomplete: 'off', 'aria-required': 'true' }), 'col-md-6', true),
        group('nativeName', h('input', { type: 'text', class: 'form-control', autocomplete: 'off' }), 'col-md-6'),
        group('country', countrySelect({ 'aria-required': 'true' }, 'account.form.chooseCountry'), 'col-md-4', true),
        group('agencyType', h('select', { class: 'form-select', 'aria-required': 'true' },
          options(AGENCY_TYPES, 'agencyType', 'account.form.chooseType')), 'col-md-4', true),
        group('classification', h('select', { class: 'form-select' },
          options(CLASSIFICATIONS, 'classification', 'account.form.noClassification')), 'col-md-4'),
        h('fieldset', { class: 'col-12', 'aria-describedby': sectorsFeedback.id },
          h('legend', { class: 'form-label fs-6 mb-2', ...tr('account.field.sectors') }),
          h('div', {}, sectorBoxes.map(box => h('div', { class: 'form-check form-check-inline' },
            box, h('label', { class: 'form-check-label', for: box.id, ...tr(`sector.${box.value}`) })))),
          sectorsFeedback),
        group('parentAccountId', parentSelect, 'col-md-6'))),
    h('div', { class: 'card-footer bg-body d-flex gap-2' },
      save,
      h('a', { href: editing ? `#/accounts/${account.id}` : '#/accounts', class: 'btn btn-outline-secondary',
        id: 'account-form-cancel', ...tr('account.form.cancel') })));

  function value(field) {
    return controls[field].inputs[0].value;
  }

  function fill(source) {
    controls.name.inputs[0].value = source.name;
    controls.nativeName.inputs[0].value = source.nativeName ?? '';
    controls.country.inputs[0].value = source.country;
    controls.agencyType.inputs[0].value = source.agencyType;
    controls.classification.inputs[0].value = source.classification ?? '';
    for (const box of sectorBoxes) {
      box.checked = source.sectors.includes(box.value);
    }
    const parentId = source.parent ? String(source.parent.id) : '';
    if (parentId && ![...parentSelect.options].some(option => option.value === parentId)) {
      parentSelect.append(h('option', { value: parentId }, source.parent.name)); // beyond the first page of choices
    }
    parentSelect.value = parentId;
  }

  function read() {
    return {
      name: value('name'),
      nativeName: value('nativeName').trim() || null,
      country: value('country') || null,
      agencyType: value('agencyType') || null,
      sectors: sectorBoxes.filter(box => box.checked).map(box => box.value),
      parentAccountId: value('parentAccountId') ? Number(value('parentAccountId')) : null,
      classification: value('classification') || null,
    };
  }

  function clearProblems() {
    alert.hidden = true;
    conflict.hidden = true;
    for (const { inputs, feedback } of Object.values(controls)) {
      inputs.forEach(input => {
        input.classList.remove('is-invalid');
        input.removeAttribute('aria-invalid');
      });
      feedback.textContent = '';
      feedback.classList.remove('d-block');
    }
  }

  function markInvalid({ inputs, feedback }, fieldError) {
    inputs.forEach(input => {
      input.classList.add('is-invalid');
      input.setAttribute('aria-invalid', 'true');
    });
    if (feedback.childNodes.length > 0) {
      feedback.append('; ');
    }
    feedback.append(fieldErrorText(fieldError));
    translate(feedback);
    feedback.classList.add('d-block');
  }

  function showProblem(error) {
    if (error instanceof ApiError && error.status === 409 && error.concerns('version')) {
      conflict.hidden = false;
      conflict.scrollIntoView({ block: 'nearest' });
      return;
    }
    const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
    const elsewhere = fieldErrors.filter(({ field }) => !controls[field]);
    for (const fieldError of fieldErrors.filter(({ field }) => controls[field])) {
      markInvalid(controls[fieldError.field], fieldError);
    }
    const marked = fieldErrors.length > elsewhere.length;
    alert.replaceChildren(marked ? h('span', tr('account.form.fixFields')) : errorMessage(error));
    if (elsewhere.length > 0) {
      alert.append(h('ul', { class: 'mb-0 mt-2' },
        elsewhere.map(fieldError => h('li', {}, `${fieldError.field}: `, fieldErrorText(fieldError)))));
    }
    translate(alert);
    alert.hidden = false;
    const firstInvalid = form.querySelector('.is-invalid');
    if (firstInvalid) {
      firstInvalid.focus();
    } else {
      alert.scrollIntoView({ block: 'nearest' });
    }
  }

  async function submit(event) {
    event.preventDefault();
    clearProblems();
    save.disabled = true;
    spinner.hidden = false;
    try {
      const saved = editing
        ? await api.put(`accounts/${account.id}`, { ...read(), version })
        : await api.post('accounts', read());
      location.hash = `#/accounts/${saved.id}`;
    } catch (error) {
      showProblem(error);
    } finally {
      save.disabled = false;
      spinner.hidden = true;
    }
  }

  /** After a conflict, on the user's request only: their edits give way to the stored account. */
  async function reload() {
    try {
      const stored = await api.get(`accounts/${account.id}`);
      clearProblems();
      fill(stored);
      version = stored.version;
    } catch (error) {
      showProblem(error);
    }
  }

  if (editing) {
    fill(account);
  }
  const title = editing
    ? h('h1', { class: 'h3 mb-3', id: 'account-form-title', ...tr('account.form.editTitle', { name: account.name }) })
    : h('h1', { class: 'h3 mb-3', id: 'account-form-title', ...tr('accounts.new') });
  return h('section', { id: editing ? 'account-edit-view' : 'account-create-view' },
    editing
      ? breadcrumb(h('a', { href: `#/accounts/${account.id}` }, account.name), h('span', tr('account.edit')))
      : breadcrumb(h('span', tr('accounts.new'))),
    title, form);
}
