// The import page: upload a World Bank projects export (JSON or CSV), follow the background
// import until it ends, read its report; and the list of earlier imports.
import { ApiError, api } from './api.js';
import { h } from './dom.js';
import { errorMessage, fieldErrorText } from './errors.js';
import { tr, translate } from './i18n.js';

const POLL_MILLIS = 1000;
const RUNNING = ['QUEUED', 'RUNNING'];

export function mayImport(me) {
  return me.roles.includes('ADMIN') || me.roles.includes('ACCOUNT_MANAGER');
}

function stateBadge(state) {
  const colour = { QUEUED: 'secondary', RUNNING: 'primary', DONE: 'success', FAILED: 'danger' }[state];
  return h('span', { class: `badge text-bg-${colour}`, 'data-test': 'import-state', 'data-state': state, ...tr(`import.state.${state}`) });
}

function progressBar({ done, total }) {
  const percent = total > 0 ? Math.round((100 * done) / total) : 0;
  return h('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': percent },
    h('div', { class: 'progress-bar', style: `width: ${percent}%` }, `${done} / ${total}`));
}

function figure(key, value, test) {
  return h('div', {}, h('div', { class: 'small text-body-secondary', ...tr(key) }),
    h('div', { class: 'fs-4', 'data-test': test }, String(value)));
}

function reportOf(imported) {
  const { report, failure } = imported;
  if (failure) {
    const where = [['import.line', failure.line], ['import.column', failure.column], ['import.record', failure.record]]
      .filter(([, value]) => value != null)
      .map(([key, value]) => h('span', { class: 'me-3', ...tr(key, { value }) }));
    return h('div', { class: 'alert alert-danger mb-0', id: 'import-failure' },
      h('div', {}, failure.message), where.length ? h('div', { class: 'small mt-1' }, where) : null);
  }
  const rejected = report.rejected.map(rejection => h('tr', { 'data-test': 'rejected-row' },
    h('td', {}, String(rejection.row)), h('td', {}, h('code', {}, rejection.field)),
    h('td', {}, fieldErrorText(rejection)), h('td', { class: 'small text-body-secondary' }, rejection.message)));
  return h('div', {},
    h('div', { class: 'd-flex flex-wrap gap-4 mb-3', id: 'import-report' },
      figure('import.accountsCreated', report.accountsCreated, 'accounts-created'),
      figure('import.accountsMatched', report.accountsMatched, 'accounts-matched'),
      figure('import.projectsCreated', report.projectsCreated, 'projects-created'),
      figure('import.projectsUpdated', report.projectsUpdated, 'projects-updated'),
      figure('import.rowsRejected', report.rowsRejected, 'rows-rejected')),
    rejected.length === 0 ? null : h('div', { class: 'table-responsive' },
      h('table', { class: 'table table-sm align-middle mb-0', id: 'import-rejected' },
        h('thead', {}, h('tr', {}, ['import.row', 'import.field', 'import.reason', 'import.details']
          .map(key => h('th', { scope: 'col', ...tr(key) })))),
        h('tbody', {}, rejected))));
}

/** A card that shows an import and keeps asking for it until it has ended. */
function importCard(id) {
  const card = h('div', { class: 'card shadow-sm mb-4', id: 'import-current', 'data-import-id': id });

  async function refresh() {
    if (!card.isConnected && card.dataset.shown) {
      return; // the user has gone elsewhere
    }
    let imported;
    try {
      imported = await api.get(`imports/${id}`);
    } catch (error) {
      card.replaceChildren(h('div', { class: 'card-body alert alert-danger mb-0' }, errorMessage(error)));
      translate(card);
      return;
    }
    const running = RUNNING.includes(imported.state);
    card.replaceChildren(
      h('div', { class: 'card-header d-flex flex-wrap justify-content-between align-items-center gap-2' },
        h('span', { class: 'fw-semibold text-break' }, imported.fileName ?? `#${imported.id}`),
        stateBadge(imported.state)),
      h('div', { class: 'card-body' },
        imported.progress.total > 0 || running ? h('div', { class: 'mb-3' }, progressBar(imported.progress)) : null,
        running ? null : reportOf(imported)));
    translate(card);
    card.dataset.shown = 'true';
    if (running) {
      setTimeout(refresh, POLL_MILLIS);
    }
  }

  refresh();
  return card;
}

function uploadForm() {
  const alert = h('div', { class: 'alert alert-danger', role: 'alert', id: 'import-form-alert', hidden: true });
  const file = h('input', { type: 'file', class: 'form-control', id: 'import-file', name: 'file', accept: '.json,.csv,application/json,text/csv' });
  const feedback = h('div', { class: 'invalid-feedback', id: 'import-file-feedback', 'data-test': 'field-error' });
  const form = h('form', {
    class: 'card shadow-sm mb-4', id: 'import-form', novalidate: true,
    onsubmit: async event => {
      event.preventDefault();
      file.classList.remove('is-invalid');
      feedback.replaceChildren();
      alert.hidden = true;
      const body = new FormData();
      if (file.files.length) {
        body.append('file', file.files[0]);
      }
      try {
        const started = await api.upload('imports', body);
        location.hash = `#/imports/${started.id}`;
      } catch (error) {
        const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
        if (fieldErrors.length) {
          file.classList.add('is-invalid');
          feedback.append(...fieldErrors.map(fieldErrorText));
        } else {
          alert.replaceChildren(errorMessage(error));
          alert.hidden = false;
        }
        translate(form);
      }
    },
  },
  h('div', { class: 'card-body' },
    alert,
    h('p', { class: 'text-body-secondary', ...tr('import.explain') }),
    h('label', { for: 'import-file', class: 'form-label', ...tr('import.file') }),
    h('div', { class: 'input-group has-validation' }, file,
      h('button', { type: 'submit', class: 'btn btn-primary', id: 'import-start', ...tr('import.start') }), feedback)));
  return form;
}

async function recentImports() {
  const page = await api.get('imports?size=20');
  if (page.items.length === 0) {
    return h('p', { class: 'text-body-secondary', id: 'imports-none', ...tr('import.none') });
  }
  return h('div', { class: 'card shadow-sm' }, h('div', { class: 'table-responsive' },
    h('table', { class: 'table align-middle mb-0', id: 'imports-table' },
      h('thead', {}, h('tr', {}, ['import.file', 'import.startedBy', 'import.startedAt', 'import.progress', 'import.stateTitle']
        .map(key => h('th', { scope: 'col', ...tr(key) })))),
      h('tbody', {}, page.items.map(imported => h('tr', { 'data-test': 'import-row' },
        h('td', { class: 'text-break' }, h('a', { href: `#/imports/${imported.id}` }, imported.fileName ?? `#${imported.id}`)),
        h('td', {}, imported.startedBy),
        h('td', { class: 'text-nowrap' }, h('time', { datetime: imported.startedAt, 'data-i18n-date': imported.startedAt })),
        h('td', { class: 'text-nowrap' }, `${imported.progress.done} / ${imported.progress.total}`),
        h('td', {}, stateBadge(imported.state))))))));
}

/** The import page; with importId it shows that import above the upload form. */
export async function importsView(me, importId) {
  if (!mayImport(me)) {
    return h('section', { id: 'imports-denied' },
      h('div', { class: 'alert alert-secondary', role: 'alert', ...tr('import.notAllowed') }));
  }
  return h('section', { id: 'imports' },
    h('h1', { class: 'h3 mb-3', ...tr('import.title') }),
    importId ? importCard(importId) : null,
    uploadForm(),
    h('h2', { class: 'h5 mb-3', ...tr('import.recent') }),
    await recentImports());
}
