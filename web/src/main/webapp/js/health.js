// The health card on the account page: the composite 0-100 and each part of it (satisfaction,
// follow-ups, visits, pipeline coverage, gate schedule, overdue receivables) with its weight, figure, score, contribution
// and why.
import { api } from './api.js';
import { h } from './dom.js';
import { t, tr, translate } from './i18n.js';
import { oneDecimal, partsTable } from './scoring.js';

function figure(part) {
  if (part.figure == null) {
    return '—';
  }
  const value = Number(part.figure);
  switch (part.criterion) {
    case 'SATISFACTION':
      return `${value.toFixed(2)} / 5`;
    case 'PIPELINE_COVERAGE':
    case 'RECEIVABLES':
      return `${Math.round(value * 100)}%`;
    case 'GATE_SCHEDULE':
      return t('gate.days', { days: value.toFixed(1) });
    default:
      return String(value);
  }
}

function band(score) {
  if (score == null) {
    return 'secondary';
  }
  return score >= 70 ? 'success' : score >= 40 ? 'warning' : 'danger';
}

/** The health card of account accountId. */
export async function healthCard(accountId) {
  const health = await api.get(`accounts/${accountId}/health`);
  const card = h('div', { class: 'card shadow-sm mb-4', id: 'account-health' },
    h('div', { class: 'card-header d-flex justify-content-between align-items-center' },
      h('span', { class: 'fw-semibold', ...tr('health.title') }),
      h('span', { class: `badge fs-6 text-bg-${band(health.score)}`, id: 'health-score' }, oneDecimal(health.score))),
    h('p', { class: 'small text-body-secondary px-3 pt-3 mb-2', ...tr('health.intro') }),
    partsTable(health.parts, { id: 'health-parts', label: part => `health.part.${part.criterion}`, figure, textKeys: 'explain' }));
  translate(card);
  return card;
}
