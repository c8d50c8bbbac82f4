// Account plans: a card on the account page with the years planned, and the plan page of one
// year. Each part of the plan (objectives one by one, strengths, weaknesses, competitors, the
// agency's development plans) has its own form, and a save sends that part only, so people
// editing different parts do not overwrite each other. A stale version is reported; the form
// keeps what was typed while the page shows the latest plan.
import { ApiError, api, session } from './api.js';
import { h } from './dom.js';
import { errorMessage, fieldErrorText } from './errors.js';
import { tr, translate } from './i18n.js';

const STATUSES = ['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'DONE', 'DROPPED'];
const STATUS_STYLES = {
  NOT_STARTED: 'text-bg-secondary', ON_TRACK: 'text-bg-success', AT_RISK: 'text-bg-warning', DONE: 'text-bg-primary',
  DROPPED: 'text-bg-light border',
};

function thisYear() {
  return new Date().getFullYear();
}

function pdfLink(accountId, year, id) {
  return h('a', { href: `api/accounts/${accountId}/plans/${year}/pdf`, target: '_blank', rel: 'noopener',
    class: 'btn btn-sm btn-outline-secondary', id, ...tr('plan.pdf') });
}

/** The plans card of the account page: the years planned, each with its PDF, and this year's plan. */
export async function plansCard(accountId) {
  const plans = await api.get(`accounts/${accountId}/plans`);
  const current = thisYear();
  const rows = plans.map(plan => h('li', { class: 'list-group-item d-flex justify-content-between align-items-center',
    'data-test': 'plan-year', 'data-year': plan.year },
  h('a', { href: `#/accounts/${accountId}/plans/${plan.year}`, ...tr('plan.ofYear', { year: plan.year }) }),
  pdfLink(accountId, plan.year, null)));
  return h('div', { class: 'card shadow-sm mb-4', id: 'account-plans' },
    h('div', { class: 'card-header d-flex justify-content-between align-items-center' },
      h('span', { class: 'fw-semibold', ...tr('plan.title') }),
      plans.some(plan => plan.year === current) ? null
        : h('a', { href: `#/accounts/${accountId}/plans/${current}`, class: 'btn btn-sm btn-primary', id: 'plan-open-current',
          ...tr('plan.ofYear', { year: current }) })),
    plans.length === 0
      ? h('p', { class: 'text-body-secondary m-3', id: 'plans-empty', ...tr('plan.none') })
      : h('ul', { class: 'list-group list-group-flush' }, rows));
}

/** The plan page of account accountId for year. */
export async function planView(accountId, year) {
  const me = await session();
  const [account, team] = await Promise.all([api.get(`accounts/${accountId}`), api.get(`accounts/${accountId}/team`)]);
  const editable = me.roles.some(role => role !== 'VIEWER');
  const path = `accounts/${accountId}/plans/${year}`;
  const section = h('section', { id: 'plan-view', 'data-year': year });
  let plan = null;
  /** The cards of the shown plan; each refreshes itself unless a form in it is open. */
  let cards = [];

  async function load() {
    try {
      plan = await api.get(path);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) {
        throw error;
      }
      plan = null;
    }
  }

  function render() {
    const years = [...new Set([year, thisYear() - 1, thisYear(), thisYear() + 1])].sort();
    const yearSelect = h('select', { class: 'form-select form-select-sm w-auto', id: 'plan-year', value: String(year),
      'data-i18n-aria-label': 'plan.year', onchange: event => { location.hash = `#/accounts/${accountId}/plans/${event.target.value}`; } },
    years.map(y => h('option', { value: String(y) }, String(y))));
    const header = h('div', { class: 'd-flex flex-wrap justify-content-between align-items-center gap-2 mb-3' },
      h('div', {},
        h('h1', { class: 'h3 mb-1', id: 'plan-title', ...tr('plan.ofYear', { year }) }),
        h('div', { class: 'text-body-secondary' }, account.name, account.nativeName ? ` · ${account.nativeName}` : '')),
      h('div', { class: 'd-flex gap-2 align-items-center' }, yearSelect, plan ? pdfLink(accountId, year, 'plan-pdf') : null));
    const breadcrumb = h('nav', { 'data-i18n-aria-label': 'nav.breadcrumb' }, h('ol', { class: 'breadcrumb' },
      h('li', { class: 'breadcrumb-item' }, h('a', { href: '#/accounts', ...tr('accounts.title') })),
      h('li', { class: 'breadcrumb-item' }, h('a', { href: `#/accounts/${accountId}` }, account.name)),
      h('li', { class: 'breadcrumb-item active', 'aria-current': 'page', ...tr('plan.ofYear', { year }) })));
    if (!plan) {
      const startFailed = h('div', { class: 'alert alert-danger mt-3 mb-0', role: 'alert', hidden: true });
      section.replaceChildren(breadcrumb, header, h('div', { class: 'card shadow-sm' }, h('div', { class: 'card-body' },
        h('p', { id: 'plan-missing', ...tr('plan.missing', { year }) }),
        editable ? h('button', { type: 'button', class: 'btn btn-primary', id: 'plan-start', ...tr('plan.start'),
          onclick: async () => {
            try {
              await api.put(path, {});
              await refresh();
            } catch (error) {
              startFailed.replaceChildren(errorMessage(error));
              translate(startFailed);
              startFailed.hidden = false;
            }
          } }) : null,
        startFailed)));
    } else {
      cards = [];
      section.replaceChildren(breadcrumb, header,
        objectivesCard(),
        h('div', { class: 'row g-4' },
          h('div', { class: 'col-lg-6' }, partCard('strengths', statementsPart('strengths'))),
          h('div', { class: 'col-lg-6' }, partCard('weaknesses', statementsPart('weaknesses')))),
        partCard('competitors', competitorsPart()),
        partCard('developmentPlans', developmentPart()),
        h('p', { class: 'small text-body-secondary mt-3', id: 'plan-changed' }, changed()));
    }
    translate(section);
  }

  function changed() {
    return [h('span', tr('plan.changedBy', { username: plan.changedBy })), ' ',
      h('time', { datetime: plan.changedAt, 'data-i18n-date': plan.changedAt })];
  }

  /**
   * Shows the latest plan in every card without an open form: after a save, and after a
   * conflict, when the forms keep what was typed and saving again applies it.
   */
  async function sync() {
    await load();
    cards.forEach(card => card.refresh());
    const line = section.querySelector('#plan-changed');
    line.replaceChildren(...changed());
    translate(line);
  }

  async function refresh() {
    await load();
    render();
  }

  // ---- the parts besides objectives: one card each, shown, or edited in a form ----

  function partCard(part, { show, form }) {
    const card = h('div', { class: 'card shadow-sm mb-4', id: `plan-${part}` });
    let editingNow = false;
    cards.push({ refresh: () => editingNow || showing() });
    function showing() {
      editingNow = false;
      card.replaceChildren(
        h('div', { class: 'card-header d-flex justify-content-between align-items-center' },
          h('span', { class: 'fw-semibold', ...tr(`plan.${part}`) }),
          editable ? h('button', { type: 'button', class: 'btn btn-sm btn-outline-primary', id: `plan-${part}-edit`,
            ...tr('plan.edit'), onclick: editing }) : null),
        h('div', { class: 'card-body' }, show()));
      translate(card);
    }
    function editing() {
      editingNow = true;
      const { body, read } = form();
      const alert = h('div', { class: 'alert alert-danger', role: 'alert', hidden: true, 'data-test': 'plan-alert' });
      const element = h('form', { novalidate: true, id: `plan-${part}-form`, onsubmit: async event => {
        event.preventDefault();
        clearProblems(element, alert);
        try {
          await api.put(path, { version: plan.version, [part]: read() });
          editingNow = false;
          await sync();
        } catch (error) {
          await showProblem(element, alert, error);
        }
      } },
      alert, body,
      h('div', { class: 'd-flex gap-2 mt-3' },
        h('button', { type: 'submit', class: 'btn btn-primary', id: `plan-${part}-save`, ...tr('plan.save') }),
        h('button', { type: 'button', class: 'btn btn-outline-secondary', ...tr('plan.cancel'), onclick: showing })));
      card.querySelector('.card-body').replaceChildren(element);
      translate(card);
    }
    showing();
    return card;
  }

  function emptyText() {
    return h('p', { class: 'text-body-secondary mb-0', ...tr('plan.nothingYet') });
  }

  function statementsPart(part) {
    return {
      show: () => (plan[part].length === 0 ? emptyText()
        : h('ul', { class: 'mb-0', 'data-test': `plan-${part}-list` }, plan[part].map(text => h('li', {}, text)))),
      form: () => {
        const area = h('textarea', { class: 'form-control', rows: 5, id: `plan-${part}-input`, 'data-field': part,
          'data-i18n-placeholder': 'plan.onePerLine' });
        area.value = plan[part].join('\n');
        return { body: area, read: () => area.value.split('\n').map(line => line.trim()).filter(Boolean) };
      },
    };
  }

  function competitorsPart() {
    return {
      show: () => (plan.competitors.length === 0 ? emptyText()
        : h('dl', { class: 'mb-0' }, plan.competitors.flatMap(c => [h('dt', {}, c.name), h('dd', {}, c.position ?? '')]))),
      form: () => rowsForm('competitors', plan.competitors, (item, field) => [
        input(field('name'), item?.name, 'plan.competitor.name', 'col-md-4'),
        input(field('position'), item?.position, 'plan.competitor.position', 'col-md-7'),
      ], row => ({ name: value(row, 'name'), position: value(row, 'position') || null })),
    };
  }

  function developmentPart() {
    return {
      show: () => (plan.developmentPlans.length === 0 ? emptyText()
        : h('table', { class: 'table table-sm mb-0' },
          h('thead', {}, h('tr', {}, ['plan.development.name', 'plan.development.horizon', 'plan.development.budget']
            .map(key => h('th', { scope: 'col', ...tr(key) })))),
          h('tbody', {}, plan.developmentPlans.map(d => h('tr', {},
            h('td', {}, d.name), h('td', {}, `${d.horizonFrom}–${d.horizonTo}`),
            h('td', {}, d.budget ? `${Number(d.budget.amount).toLocaleString()} ${d.budget.currency}` : '—')))))),
      form: () => rowsForm('developmentPlans', plan.developmentPlans, (item, field) => [
        input(field('name'), item?.name, 'plan.development.name', 'col-md-4'),
        input(field('horizonFrom'), item?.horizonFrom, 'plan.development.from', 'col-md-2', 'number'),
        input(field('horizonTo'), item?.horizonTo, 'plan.development.to', 'col-md-2', 'number'),
        input(field('budget.amount'), item?.budget?.amount, 'plan.development.amount', 'col-md-2'),
        input(field('budget.currency'), item?.budget?.currency ?? 'USD', 'plan.development.currency', 'col-md-1'),
      ], row => {
        const amount = value(row, 'budget.amount');
        const number = text => (text === '' ? null : Number(text));
        return {
          name: value(row, 'name'), horizonFrom: number(value(row, 'horizonFrom')), horizonTo: number(value(row, 'horizonTo')),
          budget: amount ? { amount, currency: value(row, 'budget.currency') } : null,
        };
      }),
    };
  }

  /** A form of rows, one per item, each with inputs named part[i].field, plus add and remove. */
  function rowsForm(part, items, inputs, read) {
    const list = h('div', { class: 'd-grid gap-2', id: `plan-${part}-rows` });
    function addRow(item) {
      const row = h('div', { class: 'row g-2 align-items-end', 'data-test': `plan-${part}-row` });
      const field = name => name; // renumbered on reading, when the row's index is known
      row.append(...inputs(item, field), h('div', { class: 'col-md-1' }, h('button', {
        type: 'button', class: 'btn btn-outline-danger btn-sm w-100', ...tr('plan.remove'), onclick: () => row.remove(),
      })));
      list.append(row);
      translate(row);
    }
    items.forEach(addRow);
    const add = h('button', { type: 'button', class: 'btn btn-sm btn-outline-primary mt-2', id: `plan-${part}-add`,
      ...tr('plan.addRow'), onclick: () => addRow(null) });
    return {
      body: h('div', { 'data-field': part }, list, add),
      read: () => [...list.children].map((row, index) => {
        for (const control of row.querySelectorAll('[data-name]')) {
          control.dataset.field = `${part}[${index}].${control.dataset.name}`;
        }
        return read(row);
      }),
    };
  }

  function input(name, initial, labelKey, width, type = 'text') {
    const control = h('input', { type, class: 'form-control form-control-sm', 'data-name': name, value: initial ?? '' });
    return h('div', { class: width }, h('label', { class: 'form-label small mb-1', ...tr(labelKey) }), control);
  }

  function value(row, name) {
    return row.querySelector(`[data-name="${name}"]`).value.trim();
  }

  // ---- objectives ----

  function objectivesCard() {
    const card = h('div', { class: 'card shadow-sm mb-4', id: 'plan-objectives' });
    const formSlot = h('div', { class: 'p-3 border-bottom', hidden: true });
    function fill() {
      const rows = plan.objectives.map(objective => h('tr', { 'data-test': 'objective-row', 'data-objective-id': objective.id },
        h('td', { class: 'fw-semibold', 'data-test': 'objective-title' }, objective.title),
        h('td', {}, objective.owner.displayName),
        h('td', { class: 'text-nowrap' }, objective.dueOn),
        h('td', { 'data-test': 'objective-status' },
          h('span', { class: `badge ${STATUS_STYLES[objective.status]}`, ...tr(`plan.status.${objective.status}`) })),
        h('td', { class: 'small' }, objective.measures.map(m => h('div', {}, `${m.description}: ${m.target}`))),
        editable ? h('td', { class: 'text-end' }, h('button', { type: 'button', class: 'btn btn-sm btn-outline-primary',
          'data-test': 'objective-edit', ...tr('plan.edit'), onclick: () => objectiveForm(formSlot, objective) })) : null));
      card.replaceChildren(
        h('div', { class: 'card-header d-flex justify-content-between align-items-center' },
          h('span', { class: 'fw-semibold', ...tr('plan.objectives') }),
          editable ? h('button', { type: 'button', class: 'btn btn-sm btn-primary', id: 'objective-add', ...tr('plan.addObjective'),
            onclick: () => objectiveForm(formSlot, null) }) : null),
        formSlot,
        plan.objectives.length === 0 ? h('p', { class: 'text-body-secondary m-3', ...tr('plan.nothingYet') })
          : h('div', { class: 'table-responsive' }, h('table', { class: 'table align-middle mb-0', id: 'objectives-table' },
            h('thead', {}, h('tr', {}, ['plan.objective.title', 'plan.objective.owner', 'plan.objective.dueOn',
              'plan.objective.status', 'plan.objective.measures'].map(key => h('th', { scope: 'col', ...tr(key) })),
            editable ? h('th', {}) : null)),
            h('tbody', {}, rows))));
      translate(card);
    }
    cards.push({ refresh: () => formSlot.hidden && fill() });
    fill();
    return card;
  }

  function objectiveForm(slot, objective) {
    const alert = h('div', { class: 'alert alert-danger', role: 'alert', hidden: true, 'data-test': 'plan-alert' });
    const field = (name, control, labelKey, width) => {
      Object.assign(control, { id: `objective-form-${name}` });
      control.dataset.field = name;
      return h('div', { class: width }, h('label', { for: control.id, class: 'form-label required', ...tr(labelKey) }), control);
    };
    const owners = h('datalist', { id: 'objective-owners' },
      team.map(member => h('option', { value: member.username }, member.displayName)));
    const measures = h('div', { class: 'd-grid gap-2', id: 'objective-measures' });
    function addMeasure(measure) {
      const row = h('div', { class: 'row g-2', 'data-test': 'measure-row' },
        h('div', { class: 'col-md-7' }, h('input', { class: 'form-control form-control-sm', 'data-name': 'description',
          value: measure?.description ?? '', 'data-i18n-placeholder': 'plan.measure.description' })),
        h('div', { class: 'col-md-4' }, h('input', { class: 'form-control form-control-sm', 'data-name': 'target',
          value: measure?.target ?? '', 'data-i18n-placeholder': 'plan.measure.target' })),
        h('div', { class: 'col-md-1' }, h('button', { type: 'button', class: 'btn btn-sm btn-outline-danger w-100',
          ...tr('plan.remove'), onclick: () => row.remove() })));
      measures.append(row);
      translate(row);
    }
    (objective?.measures ?? []).forEach(addMeasure);
    const controls = {
      title: h('input', { class: 'form-control', maxlength: 300, value: objective?.title ?? '' }),
      owner: h('input', { class: 'form-control', list: 'objective-owners', autocomplete: 'off',
        value: objective?.owner.username ?? me.username }),
      dueOn: h('input', { type: 'date', class: 'form-control', value: objective?.dueOn ?? `${year}-12-31` }),
      status: h('select', { class: 'form-select', value: objective?.status ?? 'NOT_STARTED' },
        STATUSES.map(status => h('option', { value: status, ...tr(`plan.status.${status}`) }))),
    };
    function read() {
      return {
        title: controls.title.value, owner: controls.owner.value.trim(), dueOn: controls.dueOn.value || null,
        status: controls.status.value,
        measures: [...measures.children].map((row, index) => {
          for (const control of row.querySelectorAll('[data-name]')) {
            control.dataset.field = `measures[${index}].${control.dataset.name}`;
          }
          return { description: value(row, 'description'), target: value(row, 'target') };
        }),
        version: currentVersion(),
      };
    }
    /** The version as last loaded: after a conflict the page holds the latest, and saving again applies the form. */
    function currentVersion() {
      return plan.objectives.find(o => o.id === objective?.id)?.version ?? objective?.version;
    }
    async function save(call) {
      clearProblems(form, alert);
      try {
        await call();
        slot.hidden = true;
        await sync();
      } catch (error) {
        await showProblem(form, alert, error);
      }
    }
    const objectivesPath = `${path}/objectives`;
    const form = h('form', { id: 'objective-form', class: 'row g-3', novalidate: true, onsubmit: event => {
      event.preventDefault();
      save(() => (objective ? api.put(`${objectivesPath}/${objective.id}`, read()) : api.post(objectivesPath, read())));
    } },
    alert,
    field('title', controls.title, 'plan.objective.title', 'col-md-12'),
    field('owner', controls.owner, 'plan.objective.owner', 'col-md-4'), owners,
    field('dueOn', controls.dueOn, 'plan.objective.dueOn', 'col-md-4'),
    field('status', controls.status, 'plan.objective.status', 'col-md-4'),
    h('div', { class: 'col-12', 'data-field': 'measures' },
      h('div', { class: 'form-label', ...tr('plan.objective.measures') }), measures,
      h('button', { type: 'button', class: 'btn btn-sm btn-outline-primary mt-2', id: 'measure-add', ...tr('plan.addMeasure'),
        onclick: () => addMeasure(null) })),
    h('div', { class: 'col-12 d-flex gap-2' },
      h('button', { type: 'submit', class: 'btn btn-primary', id: 'objective-form-save', ...tr('plan.save') }),
      h('button', { type: 'button', class: 'btn btn-outline-secondary', ...tr('plan.cancel'),
        onclick: () => { slot.hidden = true; slot.replaceChildren(); } }),
      objective ? h('button', { type: 'button', class: 'btn btn-outline-danger ms-auto', id: 'objective-delete',
        ...tr('plan.deleteObjective'),
        onclick: () => save(() => api.delete(`${objectivesPath}/${objective.id}?version=${currentVersion()}`)) }) : null));
    slot.replaceChildren(form);
    translate(slot);
    slot.hidden = false;
    slot.scrollIntoView({ block: 'nearest' });
    controls.title.focus();
  }

  // ---- problems ----

  function clearProblems(form, alert) {
    alert.hidden = true;
    for (const invalid of form.querySelectorAll('.is-invalid')) {
      invalid.classList.remove('is-invalid');
    }
    for (const feedback of form.querySelectorAll('[data-test=field-error]')) {
      feedback.remove();
    }
  }

  /**
   * Marks each offending field, by the name the server gives it (strengths[2],
   * developmentPlans[0].budget.amount); after a stale version the page shows the latest plan
   * around the form, which keeps what was typed.
   */
  async function showProblem(form, alert, error) {
    const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
    if (error instanceof ApiError && error.status === 409) {
      await sync();
      alert.replaceChildren(h('span', tr('plan.conflict')));
    } else {
      const unplaced = [];
      for (const fieldError of fieldErrors) {
        const control = form.querySelector(`[data-field="${CSS.escape(fieldError.field)}"]`)
          ?? form.querySelector(`[data-field="${CSS.escape(fieldError.field.replace(/\[.*$/, ''))}"]`);
        if (!control) {
          unplaced.push(fieldError);
          continue;
        }
        control.classList.add('is-invalid');
        const feedback = h('div', { class: 'invalid-feedback d-block', 'data-test': 'field-error' }, fieldErrorText(fieldError));
        control.after(feedback);
      }
      alert.replaceChildren(fieldErrors.length ? h('span', tr('plan.fixFields')) : errorMessage(error),
        unplaced.length ? h('ul', { class: 'mb-0 mt-2' }, unplaced.map(e => h('li', {}, `${e.field}: `, fieldErrorText(e)))) : null);
    }
    translate(form);
    alert.hidden = false;
  }

  await refresh();
  return section;
}
