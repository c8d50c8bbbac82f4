// Satisfaction surveys on the account page: the trend (latest average, its change, Net
// Promoter Score), the surveys newest first, and for those who may change the account a form
// to record one. A failed save marks each offending field and keeps what was typed.
import { api } from './api.js';
import { openInCard, saveOrCancel } from './cardForms.js';
import { h } from './dom.js';
import { clearFieldErrors, showFieldErrors } from './errors.js';
import { tr, translate } from './i18n.js';

const DIMENSIONS = ['quality', 'schedule', 'communication', 'responsiveness', 'value'];

function signed(number) {
  return number > 0 ? `+${number.toFixed(2)}` : number.toFixed(2);
}

/** The surveys card of account accountId; editable means the user may change the account. */
export async function surveysCard(accountId, editable) {
  const card = h('div', { class: 'card shadow-sm mb-4', id: 'account-surveys' });
  const path = `accounts/${accountId}/surveys`;

  async function render() {
    const { items, trend } = await api.get(path);
    const body = h('div', { class: 'p-3 border-bottom', hidden: true });
    const summary = h('div', { class: 'd-flex flex-wrap gap-4 p-3', id: 'survey-trend' },
      h('div', {}, h('div', { class: 'small text-body-secondary', ...tr('survey.latestAverage') }),
        h('div', { class: 'fs-4', 'data-test': 'survey-latest' }, trend.latestAverage == null ? '—' : trend.latestAverage.toFixed(2))),
      h('div', {}, h('div', { class: 'small text-body-secondary', ...tr('survey.change') }),
        h('div', { class: 'fs-4', 'data-test': 'survey-change' }, trend.change == null ? '—' : signed(trend.change))),
      h('div', {}, h('div', { class: 'small text-body-secondary', ...tr('survey.nps') }),
        h('div', { class: 'fs-4', 'data-test': 'survey-nps' }, trend.netPromoterScore == null ? '—' : String(trend.netPromoterScore))));
    const rows = [...items].reverse().map(survey => h('tr', { 'data-test': 'survey-row' },
      h('td', { class: 'text-nowrap' }, survey.surveyedOn),
      DIMENSIONS.map(dimension => h('td', { class: 'text-center' }, String(survey.scores[dimension]))),
      h('td', { class: 'text-center' }, String(survey.scores.likelihoodToRecommend)),
      h('td', { class: 'text-center fw-semibold' }, survey.average.toFixed(2)),
      h('td', { class: 'small' }, survey.comment ?? '')));
    card.replaceChildren(
      h('div', { class: 'card-header d-flex justify-content-between align-items-center' },
        h('span', { class: 'fw-semibold', ...tr('survey.title') }),
        editable ? h('button', {
          type: 'button', class: 'btn btn-sm btn-primary', id: 'survey-add', ...tr('survey.add'),
          onclick: () => openForm(body),
        }) : null),
      body,
      summary,
      ...(items.length === 0 ? [] : [h('div', { class: 'table-responsive' }, h('table', { class: 'table align-middle mb-0', id: 'surveys-table' },
        h('thead', {}, h('tr', {},
          ['survey.surveyedOn', ...DIMENSIONS.map(d => `survey.field.${d}`), 'survey.field.likelihoodToRecommend',
            'survey.average', 'survey.field.comment'].map(key => h('th', { scope: 'col', ...tr(key) })))),
        h('tbody', {}, rows)))]));
    translate(card);
  }

  function openForm(body) {
    const controls = {};
    const alert = h('div', { class: 'alert alert-danger', role: 'alert', id: 'survey-form-alert', hidden: true });

    function group(field, control, width) {
      const id = `survey-form-${field}`;
      const feedback = h('div', { class: 'invalid-feedback', id: `${id}-feedback`, 'data-test': 'field-error' });
      Object.assign(control, { id, name: field });
      controls[field] = { control, feedback };
      return h('div', { class: width },
        h('label', { for: id, class: 'form-label', ...tr(field === 'surveyedOn' ? 'survey.surveyedOn' : `survey.field.${field}`) }),
        control, feedback);
    }

    const score = (field, highest, initial) => group(field, h('select', { class: 'form-select', value: String(initial) },
      Array.from({ length: highest + 1 }, (_, n) => n).filter(n => highest === 10 || n >= 1)
        .map(n => h('option', { value: String(n) }, String(n)))), 'col-6 col-md-2');

    const form = h('form', {
      class: 'row g-3', id: 'survey-form', novalidate: true,
      onsubmit: async event => {
        event.preventDefault();
        const value = field => controls[field].control.value;
        const sent = {
          surveyedOn: value('surveyedOn'), respondent: value('respondent') || null, comment: value('comment') || null,
          ...Object.fromEntries([...DIMENSIONS, 'likelihoodToRecommend'].map(field => [field, Number(value(field))])),
        };
        clearFieldErrors(controls, alert);
        try {
          await api.post(path, sent);
          await render();
        } catch (error) {
          showFieldErrors(controls, alert, error, 'survey.fixFields');
        }
      },
    },
    alert,
    group('surveyedOn', h('input', { type: 'date', class: 'form-control', value: new Date().toISOString().slice(0, 10) }), 'col-md-4'),
    group('respondent', h('input', { class: 'form-control', maxlength: 200 }), 'col-md-8'),
    DIMENSIONS.map(dimension => score(dimension, 5, 3)),
    score('likelihoodToRecommend', 10, 7),
    group('comment', h('textarea', { class: 'form-control', rows: 2, maxlength: 2000 }), 'col-12'),
    saveOrCancel('survey-form-save', 'survey.save', body));
    openInCard(body, form);
  }

  await render();
  return card;
}
