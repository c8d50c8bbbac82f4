// Account scoring in the UI: the score card on the account page (the score, each criterion's
// weight, figure, score, contribution and explanation, and the team's ratings form), and the
// administrators' page of criteria weights (#/settings/scoring) with a button to rescore now.
import { ApiError, api, session } from './api.js';
import { openInCard, saveOrCancel } from './cardForms.js';
import { h } from './dom.js';
import { clearFieldErrors, errorMessage, fieldErrorText, showFieldErrors } from './errors.js';
import { currentLanguage, hasText, tr, translate } from './i18n.js';

const RATINGS = ['strategicSignificance', 'paymentBehaviour'];

export function oneDecimal(number) {
  return number == null ? '—' : Number(number).toFixed(1);
}

/** A criterion's measured figure as its kind of number reads. */
function figure(part) {
  if (part.figure == null) {
    return '—';
  }
  const value = Number(part.figure);
  switch (part.criterion) {
    case 'BUSINESS_SCALE':
    case 'PURCHASE_HISTORY':
      return `${new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 0 }).format(value)} ${part.explanation.args.currency}`;
    case 'GROWTH':
      return `${value > 0 ? '+' : ''}${value.toFixed(1)}%`;
    default:
      return `${value.toFixed(value % 1 === 0 ? 0 : 2)} / 5`;
  }
}

/** The explanation in the reader's language where the UI knows its code, else in the server's words. */
function explanation(part, textKeys) {
  const { code, args, text } = part.explanation;
  const key = `${textKeys}.${code}`;
  const said = hasText(key) ? h('span', tr(key, args)) : h('span', {}, text);
  return h('span', {}, said, part.counted ? null : h('span', {
    class: 'badge text-bg-light border ms-2', 'data-test': 'score-left-out', ...tr(`scoring.leftOut.${part.leftOut}`),
  }));
}

/**
 * The parts of a weighted composite (a score, a health) as a table: each part's name (label(part) gives its
 * text key), weight and share, measured figure (figure(part)), score, contribution and explanation (its code
 * under textKeys).
 */
export function partsTable(parts, { id, label, figure: figureOf, textKeys }) {
  return h('div', { class: 'table-responsive' }, h('table', { class: 'table align-middle mb-0', id },
    h('thead', {}, h('tr', {}, ['scoring.criterion', 'scoring.weight', 'scoring.figure', 'scoring.score',
      'scoring.contribution', 'scoring.explanation'].map(key => h('th', { scope: 'col', ...tr(key) })))),
    h('tbody', {}, parts.map(part => h('tr', {
      'data-test': 'score-part', 'data-criterion': part.criterion, class: part.counted ? null : 'text-body-secondary',
    },
    h('td', { class: 'fw-semibold' }, h('span', tr(label(part)))),
    h('td', { class: 'text-nowrap', 'data-test': 'score-weight' }, String(part.weight),
      part.share == null ? null : h('span', { class: 'small text-body-secondary' }, ` (${Math.round(part.share * 100)}%)`)),
    h('td', { class: 'text-nowrap', 'data-test': 'score-figure' }, figureOf(part)),
    h('td', { 'data-test': 'score-score' }, oneDecimal(part.score)),
    h('td', { 'data-test': 'score-contribution' }, oneDecimal(part.contribution)),
    h('td', { class: 'small' }, explanation(part, textKeys)))))));
}

function scoreTable(parts) {
  return partsTable(parts, { id: 'score-parts', label: part => `criterion.${part.criterion}`, figure, textKeys: 'scoring.explain' });
}

/** The score card of account accountId; editable means the user may change the account and so rate it. */
export async function scoreCard(accountId, editable) {
  const card = h('div', { class: 'card shadow-sm mb-4', id: 'account-score' });

  async function render() {
    const [score, ratings] = await Promise.all([
      api.get(`accounts/${accountId}/score`), api.get(`accounts/${accountId}/ratings`)]);
    const body = h('div', { class: 'p-3 border-bottom', hidden: true });
    card.replaceChildren(
      h('div', { class: 'card-header d-flex justify-content-between align-items-center' },
        h('span', { class: 'fw-semibold', ...tr('scoring.title') }),
        editable ? h('button', {
          type: 'button', class: 'btn btn-sm btn-primary', id: 'ratings-open', ...tr('ratings.rate'),
          onclick: () => openForm(body, ratings),
        }) : null),
      body,
      h('div', { class: 'd-flex flex-wrap align-items-baseline gap-3 p-3' },
        h('div', { class: 'display-6', id: 'score-total' }, oneDecimal(score.score)),
        h('div', { class: 'small text-body-secondary', id: 'score-computed' },
          score.computedAt == null ? h('span', tr('scoring.never'))
            : [h('span', tr('scoring.computedAt')), ' ', h('time', { datetime: score.computedAt, 'data-i18n-date': score.computedAt })],
          score.computedAt != null && score.score == null ? [' · ', h('span', tr('scoring.noData'))] : null),
        ratings.ratedBy ? h('div', { class: 'small text-body-secondary ms-auto', id: 'ratings-by' },
          h('span', tr('ratings.ratedBy', { user: ratings.ratedBy })), ' ',
          h('time', { datetime: ratings.ratedAt, 'data-i18n-date': ratings.ratedAt })) : null),
      score.parts.length === 0 ? null : scoreTable(score.parts));
    translate(card);
  }

  function openForm(body, current) {
    const controls = {};
    const alert = h('div', { class: 'alert alert-danger', role: 'alert', id: 'ratings-form-alert', hidden: true });

    function group(field, control, width, required = false) {
      const id = `ratings-form-${field}`;
      const feedback = h('div', { class: 'invalid-feedback', id: `${id}-feedback`, 'data-test': 'field-error' });
      Object.assign(control, { id, name: field });
      control.setAttribute('aria-describedby', feedback.id);
      controls[field] = { control, feedback };
      return h('div', { class: width },
        h('label', { for: id, class: required ? 'form-label required' : 'form-label', ...tr(`ratings.${field}`) }),
        control, feedback);
    }

    const rating = field => group(field, h('select', { class: 'form-select', value: String(current[field] ?? '') },
      h('option', { value: '', ...tr('ratings.notRated') }),
      [1, 2, 3, 4, 5].map(n => h('option', { value: String(n), ...tr(`ratings.level.${n}`) }))), 'col-md-6');

    const form = h('form', {
      class: 'row g-3', id: 'ratings-form', novalidate: true,
      onsubmit: async event => {
        event.preventDefault();
        const value = field => controls[field].control.value;
        const sent = {
          ...Object.fromEntries(RATINGS.map(field => [field, value(field) === '' ? null : Number(value(field))])),
          comment: value('comment'),
        };
        clearFieldErrors(controls, alert);
        try {
          await api.put(`accounts/${accountId}/ratings`, sent);
          await render();
        } catch (error) {
          showFieldErrors(controls, alert, error, 'ratings.fixFields');
        }
      },
    },
    alert,
    RATINGS.map(rating),
    group('comment', h('textarea', { class: 'form-control', rows: 2, maxlength: 500, value: current.comment ?? '' }),
      'col-12', true),
    saveOrCancel('ratings-form-save', 'ratings.save', body));
    openInCard(body, form);
  }

  await render();
  return card;
}

// ---- settings ----

/** The criteria weights: administrators change them, everyone reads them; administrators and executives rescore now. */
export async function scoringSettingsView() {
  const [me, { criteria }] = await Promise.all([session(), api.get('scoring/criteria')]);
  const mayConfigure = me.roles.includes('ADMIN');
  const mayRun = mayConfigure || me.roles.includes('EXECUTIVE');
  const alert = h('div', { class: 'alert', role: 'alert', id: 'scoring-settings-alert', hidden: true });
  const rows = criteria.map((criterion, index) => {
    const weight = h('input', {
      type: 'number', min: 0, max: 100, step: 1, class: 'form-control', value: String(criterion.weight),
      id: `criterion-weight-${criterion.criterion}`, disabled: !mayConfigure, 'data-i18n-aria-label': 'scoring.weight',
    });
    const enabled = h('input', {
      type: 'checkbox', class: 'form-check-input', id: `criterion-enabled-${criterion.criterion}`, disabled: !mayConfigure,
    });
    enabled.checked = criterion.enabled;
    const feedback = h('div', { class: 'invalid-feedback', id: `criterion-weight-${criterion.criterion}-feedback` });
    return { criterion, index, weight, enabled, feedback };
  });

  function showResult(kind, content) {
    alert.className = `alert alert-${kind}`;
    alert.replaceChildren(content);
    translate(alert);
    alert.hidden = false;
  }

  async function save(event) {
    event.preventDefault();
    for (const row of rows) {
      row.weight.classList.remove('is-invalid');
      row.feedback.replaceChildren();
    }
    alert.hidden = true;
    try {
      await api.put('scoring/criteria', {
        criteria: rows.map(row => ({
          criterion: row.criterion.criterion,
          weight: row.weight.value === '' ? null : Number(row.weight.value),
          enabled: row.enabled.checked,
        })),
      });
      showResult('success', h('span', tr('scoring.settings.saved')));
    } catch (error) {
      const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
      for (const fieldError of fieldErrors) {
        const row = rows.find(({ index }) => fieldError.field.startsWith(`criteria[${index}]`));
        if (row) {
          row.weight.classList.add('is-invalid');
          row.feedback.append(fieldErrorText(fieldError));
        }
      }
      showResult('danger', fieldErrors.some(({ field }) => field === 'criteria')
        ? h('span', tr('scoring.settings.noneCounts')) : fieldErrors.length ? h('span', tr('scoring.settings.fixFields'))
          : errorMessage(error));
      translate(form);
    }
  }

  async function run() {
    alert.hidden = true;
    try {
      const report = await api.post('scoring/runs');
      showResult('success', h('span', tr('scoring.settings.ran', { accounts: report.accounts })));
    } catch (error) {
      showResult('danger', errorMessage(error));
    }
  }

  const form = h('form', { id: 'scoring-settings-form', novalidate: true, onsubmit: save },
    h('div', { class: 'card shadow-sm mb-3' }, h('div', { class: 'table-responsive' },
      h('table', { class: 'table align-middle mb-0', id: 'scoring-criteria' },
        h('thead', {}, h('tr', {}, ['scoring.criterion', 'scoring.weight', 'scoring.settings.enabled',
          'scoring.settings.defaultWeight'].map(key => h('th', { scope: 'col', ...tr(key) })))),
        h('tbody', {}, rows.map(row => h('tr', { 'data-test': 'criterion-row', 'data-criterion': row.criterion.criterion },
          h('td', { class: 'fw-semibold' }, h('label', { for: row.weight.id, ...tr(`criterion.${row.criterion.criterion}`) }),
            h('div', { class: 'small text-body-secondary fw-normal', ...tr(`criterion.${row.criterion.criterion}.about`) })),
          h('td', { style: 'max-width: 8rem' }, row.weight, row.feedback),
          h('td', {}, h('div', { class: 'form-check' }, row.enabled)),
          h('td', { class: 'text-body-secondary' }, String(row.criterion.defaultWeight)))))))),
    mayConfigure ? h('button', { type: 'submit', class: 'btn btn-primary me-2', id: 'scoring-settings-save', ...tr('scoring.settings.save') }) : null);

  return h('section', { id: 'scoring-settings' },
    h('h1', { class: 'h3 mb-2', ...tr('scoring.settings.title') }),
    h('p', { class: 'text-body-secondary', ...tr(mayConfigure ? 'scoring.settings.intro' : 'scoring.settings.readOnly') }),
    alert,
    form,
    mayRun ? h('button', { type: 'button', class: 'btn btn-outline-primary mt-3', id: 'scoring-run', ...tr('scoring.settings.run'), onclick: run }) : null);
}

