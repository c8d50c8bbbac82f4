// The project page (#/projects/{id}): the lifecycle as a timeline of phases and of gates with their
// state, planned and actual dates and slippage, and the review of one gate (the next one, or the one
// in #/projects/{id}/gates/{gateId}): its criteria checklist (status, score, note, waiver, evidence
// files), the decision form, the decisions taken at it with their conditions (open, met, overdue;
// marked met by its reviewers), its history (who did what when) and its review sheet as a PDF; then
// the project's milestones, earned value and risks. The server says what the user may do with each
// gate (mayReview, mayDecide), so the page offers only what would not be refused.
import { ApiError, api } from './api.js';
import { h } from './dom.js';
import { act } from './errors.js';
import { earnedValueCard } from './earned-value.js';
import { invoicesCard } from './invoices.js';
import { formFields } from './forms.js';
import { tr, translate } from './i18n.js';
import { milestonesCard, slippageBadge } from './milestones.js';
import { riskCard } from './risks.js';

const PHASES = ['PLANNING', 'DESIGN', 'FINANCING', 'CONSTRUCTION', 'OPERATION_AND_MAINTENANCE', 'CLOSED'];
const DECISIONS = ['GO', 'CONDITIONAL_GO', 'HOLD', 'RECYCLE', 'KILL'];
const GATE_STYLES = { PASSED: 'text-bg-success', PENDING: 'text-bg-light border', ON_HOLD: 'text-bg-warning', KILLED: 'text-bg-danger' };
const CRITERION_STYLES = { OPEN: 'text-bg-light border', MET: 'text-bg-success', NOT_MET: 'text-bg-danger', WAIVED: 'text-bg-info' };
const CONDITION_STYLES = { OPEN: 'text-bg-light border', MET: 'text-bg-success', OVERDUE: 'text-bg-danger' };

function badge(styles, value, key, test) {
  return h('span', { class: `badge ${styles[value]}`, 'data-test': test, 'data-value': value, ...tr(key) });
}

function phaseTimeline(project) {
  const current = PHASES.indexOf(project.phase);
  return h('ol', { class: 'list-group list-group-horizontal-md mb-4', id: 'project-phases' }, PHASES.map((phase, index) =>
    h('li', {
      class: `list-group-item flex-fill text-center${index === current ? ' active' : ''}${index < current ? ' text-body-secondary' : ''}`,
      'data-test': 'project-phase-step', 'data-phase': phase, 'aria-current': index === current ? 'step' : null,
    }, h('span', tr(`project.phase.${phase}`)))));
}

/** The gates as rows: state, dates, slippage; a gate still ahead may be planned by those who review it. */
function gatesTable(project, gates, selected, reload, alert) {
  const planCell = gate => {
    if (!gate.mayReview || gate.state === 'PASSED' || gate.state === 'KILLED' || project.killed) {
      return h('td', { class: 'text-nowrap' }, gate.plannedOn ?? '—');
    }
    const day = h('input', { type: 'date', class: 'form-control form-control-sm', value: gate.plannedOn ?? '',
      'data-test': 'gate-planned-on', 'data-i18n-aria-label': 'gate.plannedOn' });
    return h('td', { class: 'text-nowrap' }, h('div', { class: 'input-group input-group-sm' }, day,
      h('button', { type: 'button', class: 'btn btn-outline-primary', 'data-test': 'gate-plan-save', ...tr('gate.plan'),
        onclick: () => act(alert, reload, () => api.put(`projects/${project.id}/gates/${gate.id}/plan`,
          { plannedOn: day.value || null, version: gate.version })) })));
  };
  return h('div', { class: 'table-responsive' }, h('table', { class: 'table align-middle mb-0', id: 'project-gates' },
    h('thead', {}, h('tr', {}, ['gate.code', 'gate.passes', 'gate.state', 'gate.plannedOn', 'gate.actualOn', 'gate.slippage']
      .map(key => h('th', { scope: 'col', ...tr(key) })))),
    h('tbody', {}, gates.map(gate => h('tr', {
      'data-test': 'gate-row', 'data-gate': gate.code, class: gate.id === selected.id ? 'table-active' : null },
    h('td', { class: 'fw-semibold' }, h('a', { href: `#/projects/${project.id}/gates/${gate.id}` }, gate.code),
      gate.next ? h('span', { class: 'badge text-bg-primary ms-2', ...tr('gate.next') }) : null),
    h('td', {}, gate.from ? h('span', tr(`project.phase.${gate.from}`)) : '—', ' → ', h('span', tr(`project.phase.${gate.to}`))),
    h('td', {}, badge(GATE_STYLES, gate.state, `gate.state.${gate.state}`, 'gate-state'), overdueConditions(gate)),
    planCell(gate),
    h('td', { class: 'text-nowrap' }, gate.actualOn ?? '—'),
    h('td', { 'data-test': 'gate-slippage', class: gate.slippageDays > 0 ? 'text-danger fw-semibold' : null },
      gate.slippageDays == null ? '—' : h('span', tr('gate.days', { days: gate.slippageDays }))))))));
}

/** How many conditions of the gate's conditional GOs are open past their due date, if any. */
function overdueConditions(gate) {
  const overdue = gate.conditions.filter(condition => condition.status === 'OVERDUE').length;
  return overdue ? h('span', { class: 'badge text-bg-danger ms-2', 'data-test': 'gate-overdue-conditions',
    ...tr('gate.condition.overdueCount', { count: overdue }) }) : null;
}

/** The criteria of the gate as a checklist; while the gate is next, its reviewers set each one's status. */
function criteriaTable(project, gate, reload, alert) {
  const base = `projects/${project.id}/gates/${gate.id}/criteria`;
  const editable = gate.next && gate.mayReview;
  const row = criterion => {
    const shouldMeet = criterion.kind === 'SHOULD_MEET';
    const status = h('select', { class: 'form-select form-select-sm', 'data-test': 'criterion-status', disabled: !editable,
      'data-i18n-aria-label': 'gate.criterion.status' }, ['OPEN', 'MET', 'NOT_MET'].map(value =>
      h('option', { value, selected: criterion.status === value, ...tr(`gate.criterion.${value}`) })));
    const score = shouldMeet ? h('input', { type: 'number', min: 0, max: 5, step: 1, class: 'form-control form-control-sm',
      value: criterion.score ?? '', disabled: !editable, 'data-test': 'criterion-score', 'data-i18n-aria-label': 'gate.criterion.score' }) : null;
    const note = h('input', { class: 'form-control form-control-sm', value: criterion.note ?? '', disabled: !editable,
      'data-test': 'criterion-note', 'data-i18n-placeholder': 'gate.criterion.note', 'data-i18n-aria-label': 'gate.criterion.note' });
    const save = () => act(alert, reload, () => api.put(`${base}/${criterion.id}`, {
      status: status.value, score: score && score.value !== '' ? Number(score.value) : null, note: note.value || null,
      version: criterion.version }));
    const waive = () => act(alert, reload, () => api.put(`${base}/${criterion.id}/waiver`, {
      reason: note.value || null, version: criterion.version }));
    const file = h('input', { type: 'file', class: 'form-control form-control-sm', 'data-test': 'evidence-file',
      accept: '.pdf,.png,.jpg,.jpeg,.gif,.tif,.tiff,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx',
      'data-i18n-aria-label': 'gate.evidence.file' });
    const attach = () => act(alert, reload, () => {
      const upload = new FormData();
      upload.append('file', file.files[0] ?? new Blob([]), file.files[0]?.name ?? '');
      return api.post(`${base}/${criterion.id}/evidence`, upload);
    });
    const evidence = h('ul', { class: 'list-unstyled small mb-0 mt-1' }, criterion.evidence.map(attached =>
      h('li', { 'data-test': 'evidence' }, h('a', {
        href: `api/projects/${project.id}/gates/${gate.id}/evidence/${attached.id}`, download: attached.fileName,
      }, attached.fileName), ` · ${Math.ceil(attached.sizeBytes / 1024)} KB · ${attached.uploadedBy}`)));
    return h('tr', { 'data-test': 'criterion-row', 'data-criterion-id': criterion.id, 'data-kind': criterion.kind },
      h('td', {}, criterion.text, h('div', { class: 'small text-body-secondary' },
        h('span', tr(shouldMeet ? 'gate.criterion.shouldMeet' : 'gate.criterion.mustMeet', { weight: criterion.weight }))),
      evidence, editable ? h('div', { class: 'input-group input-group-sm mt-1' }, file,
        h('button', { type: 'button', class: 'btn btn-outline-secondary', 'data-test': 'evidence-attach',
          ...tr('gate.evidence.attach'), onclick: attach })) : null),
      h('td', {}, badge(CRITERION_STYLES, criterion.status, `gate.criterion.${criterion.status}`, 'criterion-state')),
      h('td', { style: 'min-width: 9rem' }, status),
      h('td', { style: 'width: 6rem' }, score),
      h('td', { style: 'min-width: 12rem' }, note),
      h('td', { class: 'text-end text-nowrap' }, editable ? [
        h('button', { type: 'button', class: 'btn btn-sm btn-outline-primary', 'data-test': 'criterion-save',
          ...tr('gate.criterion.save'), onclick: save }),
        !shouldMeet && gate.mayDecide ? h('button', { type: 'button', class: 'btn btn-sm btn-outline-secondary ms-1',
          'data-test': 'criterion-waive', ...tr('gate.criterion.waive'), onclick: waive }) : null] : null));
  };
  return h('div', { class: 'table-responsive' }, h('table', { class: 'table align-middle mb-0', id: 'gate-criteria' },
    h('thead', {}, h('tr', {}, ['gate.criterion.text', 'gate.criterion.state', 'gate.criterion.status', 'gate.criterion.score',
      'gate.criterion.note', null].map(key => h('th', { scope: 'col', ...(key ? tr(key) : {}) })))),
    h('tbody', {}, gate.criteria.map(row))));
}

/** What a refused GO says: the must-meet criteria in the way, by their text. */
function refusal(error) {
  if (error instanceof ApiError && error.status === 409 && error.fieldErrors.length) {
    return h('div', {}, h('span', tr('gate.decision.unmet')),
      h('ul', { class: 'mb-0', id: 'gate-unmet' }, error.fieldErrors.map(unmet => h('li', { 'data-test': 'gate-unmet' }, unmet.message))));
  }
  return null;
}

function decisionForm(project, gate, reload) {
  const fields = formFields('gate-decision');
  const form = h('form', {
    class: 'row g-3', id: 'gate-decision-form', novalidate: true,
    onsubmit: async event => {
      event.preventDefault();
      fields.clear();
      const decision = fields.value('decision');
      const conditionText = fields.value('conditions[0].text').trim();
      const conditions = decision === 'CONDITIONAL_GO' && conditionText
        ? [{ text: conditionText, dueOn: fields.value('conditions[0].dueOn') || null }] : [];
      try {
        await api.post(`projects/${project.id}/gates/${gate.id}/decisions`,
          { decision, rationale: fields.value('rationale'), conditions });
      } catch (error) {
        const unmet = refusal(error);
        if (unmet) {
          fields.alert.replaceChildren(unmet);
          translate(fields.alert);
          fields.alert.hidden = false;
        } else {
          fields.report(error, form, 'gate.decision.fixFields');
        }
        return;
      }
      await reload();
    },
  },
  fields.alert,
  fields.group('decision', 'gate.decision.decision', h('select', { class: 'form-select' },
    DECISIONS.map(value => h('option', { value, ...tr(`gate.decision.${value}`) }))), 'col-md-3', true),
  fields.group('rationale', 'gate.decision.rationale', h('textarea', { class: 'form-control', rows: 2 }), 'col-md-9', true),
  fields.group('conditions[0].text', 'gate.decision.condition', h('input', { class: 'form-control' }), 'col-md-9'),
  fields.group('conditions[0].dueOn', 'gate.decision.conditionDue', h('input', { type: 'date', class: 'form-control' }), 'col-md-3'),
  h('div', { class: 'col-12' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'gate-decide', ...tr('gate.decision.submit') })));
  return form;
}

/** A condition with where it stands; one still open may be marked met, with a note, by the gate's reviewers. */
function conditionItem(project, gate, condition, reload, alert) {
  const note = h('input', { class: 'form-control', 'data-test': 'condition-note',
    'data-i18n-placeholder': 'gate.condition.note', 'data-i18n-aria-label': 'gate.condition.note' });
  const meet = () => act(alert, reload, () => api.post(
    `projects/${project.id}/gates/${gate.id}/decisions/${condition.decisionId}/conditions/${condition.position}/met`,
    { note: note.value || null }));
  return h('li', { 'data-test': 'gate-condition', 'data-status': condition.status },
    condition.text, ' — ', condition.dueOn, ' ',
    badge(CONDITION_STYLES, condition.status, `gate.condition.${condition.status}`, 'condition-status'),
    condition.status === 'MET' ? h('span', { class: 'text-body-secondary' }, ' · ', condition.metBy, ' · ',
      h('span', { 'data-i18n-date': condition.metAt }), condition.note ? ` · ${condition.note}` : '') : null,
    condition.status !== 'MET' && gate.mayReview ? h('div', { class: 'input-group input-group-sm mt-1', style: 'max-width: 32rem' },
      note, h('button', { type: 'button', class: 'btn btn-outline-success', 'data-test': 'condition-meet',
        ...tr('gate.condition.meet'), onclick: meet })) : null);
}

function decisionsList(project, gate, decisions, reload, alert) {
  if (decisions.length === 0) {
    return h('p', { class: 'text-body-secondary mb-0', id: 'gate-decisions-none', ...tr('gate.decision.none') });
  }
  return h('ol', { class: 'list-group list-group-numbered', id: 'gate-decisions' }, decisions.map(decision =>
    h('li', { class: 'list-group-item', 'data-test': 'gate-decision', 'data-decision': decision.decision },
      h('span', { class: 'fw-semibold', ...tr(`gate.decision.${decision.decision}`) }), ' · ', decision.decidedBy, ' · ',
      h('span', { 'data-i18n-date': decision.decidedAt }),
      h('div', {}, decision.rationale),
      decision.conditions.length ? h('ul', { class: 'small mb-0' }, decision.conditions.map(condition =>
        conditionItem(project, gate, condition, reload, alert))) : null)));
}

/** What one entry of the gate's history says was done. */
function eventText(event) {
  switch (event.kind) {
    case 'CRITERION_CHANGED':
      return [h('span', tr('gate.history.changed', { criterion: event.criterion })),
        h('ul', { class: 'mb-0' }, event.changes.map(change => h('li', { 'data-test': 'history-change' },
          h('span', tr(`gate.history.field.${change.field}`)), ': ', value(change.field, change.from), ' → ',
          value(change.field, change.to))))];
    case 'DECIDED':
      return [h('span', tr('gate.history.decided')), ' ', h('span', { class: 'fw-semibold', ...tr(`gate.decision.${event.decision}`) }),
        `: ${event.text}`];
    case 'CONDITION_MET':
      return [h('span', tr('gate.history.conditionMet', { condition: event.text })), event.note ? ` (${event.note})` : ''];
    default:
      return h('span', tr('gate.history.attached', { file: event.text, criterion: event.criterion }));
  }
}

function value(field, text) {
  if (text == null) {
    return '—';
  }
  return field === 'status' ? h('span', tr(`gate.criterion.${text}`)) : text;
}

/** The gate's history, newest first. */
function historyList(events) {
  if (events.length === 0) {
    return h('p', { class: 'text-body-secondary mb-0', id: 'gate-history-none', ...tr('gate.history.none') });
  }
  return h('ul', { class: 'list-unstyled small mb-0', id: 'gate-history' }, events.map(event =>
    h('li', { class: 'mb-2', 'data-test': 'gate-history-event', 'data-kind': event.kind },
      h('span', { class: 'text-body-secondary', 'data-i18n-date': event.at }), ' · ', h('span', { class: 'fw-semibold' }, event.by),
      ' · ', eventText(event))));
}

/** The project page, reviewing gateId or else the next gate (the last one once there is none). */
export async function projectView(projectId, gateId) {
  const section = h('section', { id: 'project' });
  const alert = h('div', { class: 'alert alert-danger', role: 'alert', id: 'project-alert', hidden: true });

  async function render() {
    const [project, gates] = await Promise.all([api.get(`projects/${projectId}`), api.get(`projects/${projectId}/gates`)]);
    const selected = gates.find(gate => gate.id === gateId) ?? gates.find(gate => gate.next) ?? gates[gates.length - 1];
    const [decisions, history] = await Promise.all([api.get(`projects/${projectId}/gates/${selected.id}/decisions`),
      api.get(`projects/${projectId}/gates/${selected.id}/history`)]);
    section.replaceChildren(
      h('div', { class: 'mb-3' },
        h('h1', { class: 'h3 mb-1', id: 'project-name' }, project.name),
        h('div', { class: 'text-body-secondary' },
          h('a', { href: `#/accounts/${project.owner.id}`, id: 'project-owner' }, project.owner.name), ' · ',
          h('span', { 'data-i18n-country': project.country }),
          project.sector ? [' · ', h('span', tr(`sector.${project.sector}`)), ' · ', h('span', tr(`project.contractType.${project.contractType}`))] : null,
          ' · ', h('span', { class: 'fw-semibold', id: 'project-phase',
            ...tr(project.killed ? 'project.killed' : `project.phase.${project.phase}`) }),
          project.slippageDays == null ? null
            : [' · ', h('span', tr('project.slippage')), ' ', slippageBadge(project.slippageDays, 'project-slippage')])),
      alert,
      phaseTimeline(project),
      h('div', { class: 'card shadow-sm mb-4' }, gatesTable(project, gates, selected, render, alert)),
      h('div', { class: 'card shadow-sm mb-4', id: 'gate-review', 'data-gate': selected.code },
        h('div', { class: 'card-header d-flex justify-content-between align-items-center' },
          h('span', { class: 'fw-semibold', ...tr('gate.review', { gate: selected.code }) }),
          h('a', { href: `api/projects/${project.id}/gates/${selected.id}/pdf`, download: '', id: 'gate-pdf',
            class: 'btn btn-sm btn-outline-secondary', ...tr('gate.pdf'), 'data-i18n-aria-label': 'gate.pdfTitle' })),
        criteriaTable(project, selected, render, alert),
        selected.next && selected.mayDecide ? h('div', { class: 'card-body border-top' }, decisionForm(project, selected, render)) : null,
        h('div', { class: 'card-body border-top' }, h('h2', { class: 'h6', ...tr('gate.decision.history') }),
          decisionsList(project, selected, decisions, render, alert)),
        h('div', { class: 'card-body border-top' }, h('h2', { class: 'h6', ...tr('gate.history.title') }), historyList(history))),
      await milestonesCard(projectId, selected.mayReview, render),
      await earnedValueCard(projectId, selected.mayReview),
      await invoicesCard(projectId, selected.mayReview),
      await riskCard(projectId, selected.mayReview));
    translate(section);
  }

  await render();
  return section;
}
