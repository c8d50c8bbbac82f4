// The administrators' gate templates (#/settings/gate-templates?sector=RAIL&contractType=EPC): pick a sector and
// contract type, see the gates G1-G5 with the roles that decide them and their criteria, edit them, save them, or
// put the default back. Projects copy their template when they are started, so the page says that edits reach only
// projects started afterwards.
import { ApiError, api, session } from './api.js';
import { h } from './dom.js';
import { formFields } from './forms.js';
import { tr, translate } from './i18n.js';

const SECTORS = ['RAIL', 'ROAD', 'BRIDGE', 'PORT', 'AIRPORT', 'POWER', 'WATER', 'BUILDING'];
const CONTRACT_TYPES = ['EPC', 'EPC_F', 'PPP', 'O_AND_M'];
const ROLES = ['ADMIN', 'EXECUTIVE', 'ACCOUNT_MANAGER', 'BID_MANAGER', 'PROJECT_MANAGER', 'VIEWER'];
const KINDS = ['MUST_MEET', 'SHOULD_MEET'];

function pagePath(sector, contractType) {
  return `#/settings/gate-templates?sector=${sector}&contractType=${contractType}`;
}

/** The sector and contract type pickers; choosing one opens that template. */
function picker(sector, contractType) {
  const choose = () => {
    location.hash = pagePath(sectorSelect.value, typeSelect.value);
  };
  const sectorSelect = h('select', { class: 'form-select', id: 'gate-templates-sector', value: sector, onchange: choose },
    SECTORS.map(value => h('option', { value, ...tr(`sector.${value}`) })));
  const typeSelect = h('select', { class: 'form-select', id: 'gate-templates-contractType', value: contractType, onchange: choose },
    CONTRACT_TYPES.map(value => h('option', { value, ...tr(`project.contractType.${value}`) })));
  return h('div', { class: 'row g-3 mb-3' },
    h('div', { class: 'col-md-4' }, h('label', { for: sectorSelect.id, class: 'form-label', ...tr('gateTemplates.sector') }), sectorSelect),
    h('div', { class: 'col-md-4' }, h('label', { for: typeSelect.id, class: 'form-label', ...tr('gateTemplates.contractType') }), typeSelect));
}

/** The template as the form edits it: what the server sent, without what the server alone decides. */
function editable(template) {
  return template.gates.map(gate => ({
    code: gate.code, from: gate.from, to: gate.to,
    deciders: new Set(gate.deciders),
    criteria: gate.criteria.map(criterion => ({ ...criterion })),
  }));
}

/** The editor of one combination's template; redraws itself after a save, a reset or a conflict. */
async function editor(sector, contractType) {
  const card = h('div', { id: 'gate-templates-editor' });
  const path = `gate-templates/${sector}/${contractType}`;

  async function load(notice) {
    draw(await api.get(path), notice);
  }

  function draw(template, notice) {
    const gates = editable(template);
    const fields = formFields('gate-templates-form');

    const status = h('p', { class: 'text-body-secondary', id: 'gate-templates-status' }, template.customised
      ? [h('span', tr('gateTemplates.customised', { user: template.changedBy })), ' ',
        h('time', { datetime: template.changedAt, 'data-i18n-date': template.changedAt })]
      : h('span', tr('gateTemplates.default')));

    /** Re-numbers the criteria after one was added or removed: field names follow their positions. */
    const redrawGates = focus => {
      gatesBox.replaceChildren(...gates.map(gateCard));
      translate(gatesBox);
      if (focus) {
        document.getElementById(focus)?.focus();
      }
    };

    function deciders(gate, i) {
      const field = `gates[${i}].deciders`;
      const feedback = h('div', { class: 'invalid-feedback', id: `gate-templates-form-gates-${i}-deciders-feedback`, 'data-test': 'field-error' });
      const box = h('div', { class: 'd-flex flex-wrap gap-3', id: `gate-templates-form-gates-${i}-deciders` },
        ROLES.map(role => {
          const id = `gate-templates-form-gates-${i}-decider-${role}`;
          const check = h('input', { type: 'checkbox', class: 'form-check-input', id, 'data-role': role,
            onchange: () => (check.checked ? gate.deciders.add(role) : gate.deciders.delete(role)) });
          check.checked = gate.deciders.has(role);
          return h('div', { class: 'form-check' }, check, h('label', { class: 'form-check-label', for: id, ...tr(`gateTemplates.role.${role}`) }));
        }));
      fields.controls[field] = { control: box, feedback };
      return h('fieldset', { class: 'mb-3' },
        h('legend', { class: 'form-label fs-6 required', ...tr('gateTemplates.deciders') }), box, feedback);
    }

    function criterionRow(gate, i, criterion, j) {
      const at = `gates[${i}].criteria[${j}]`;
      const text = h('input', { class: 'form-control', maxlength: 300, value: criterion.text, oninput: () => { criterion.text = text.value; } });
      const weight = h('input', { type: 'number', class: 'form-control', min: 0, max: 100, step: 1,
        value: String(criterion.weight), disabled: criterion.kind === 'MUST_MEET',
        oninput: () => { criterion.weight = weight.value.trim() === '' ? null : Number(weight.value); } });
      const kind = h('select', { class: 'form-select', value: criterion.kind, onchange: () => {
          criterion.kind = kind.value;
          // A must-meet criterion is met or waived, never weighed.
          weight.disabled = criterion.kind === 'MUST_MEET';
          if (weight.disabled) {
            criterion.weight = 0;
            weight.value = '0';
          }
        } },
      KINDS.map(value => h('option', { value, ...tr(`gateTemplates.kind.${value}`) })));
      // Labelled for screen readers; the table's head labels the columns for the eye.
      const cell = (field, control) => {
        const group = fields.group(`${at}.${field}`, `gateTemplates.criterion.${field}`, control, '');
        group.querySelector('label').classList.add('visually-hidden');
        return group;
      };
      return h('tr', { 'data-test': 'gate-template-criterion' },
        h('td', { class: 'w-50' }, cell('text', text)),
        h('td', {}, cell('kind', kind)),
        h('td', { style: 'width: 8rem' }, cell('weight', weight)),
        h('td', { class: 'text-end' }, h('button', { type: 'button', class: 'btn btn-sm btn-outline-danger',
          'data-test': 'gate-template-remove', ...tr('gateTemplates.removeCriterion'),
          onclick: () => { gate.criteria.splice(j, 1); redrawGates(); } })));
    }

    function gateCard(gate, i) {
      const add = () => {
        gate.criteria.push({ text: '', kind: 'MUST_MEET', weight: 0 });
        redrawGates(`gate-templates-form-gates-${i}-criteria-${gate.criteria.length - 1}-text`);
      };
      return h('div', { class: 'card shadow-sm mb-3', 'data-test': 'gate-template-gate', 'data-code': gate.code },
        h('div', { class: 'card-header fw-semibold' }, gate.code, ': ',
          gate.from ? h('span', tr(`project.phase.${gate.from}`)) : null, ' → ', h('span', tr(`project.phase.${gate.to}`))),
        h('div', { class: 'card-body' },
          deciders(gate, i),
          gate.criteria.length === 0 ? h('p', { class: 'text-body-secondary', ...tr('gateTemplates.noCriteria') })
            : h('div', { class: 'table-responsive' }, h('table', { class: 'table table-sm align-top' },
              h('thead', {}, h('tr', {}, ['gateTemplates.criterion.text', 'gateTemplates.criterion.kind',
                'gateTemplates.criterion.weight'].map(key => h('th', { scope: 'col', ...tr(key) })), h('th', {}))),
              h('tbody', {}, gate.criteria.map((criterion, j) => criterionRow(gate, i, criterion, j))))),
          h('button', { type: 'button', class: 'btn btn-sm btn-outline-primary', id: `gate-templates-add-${gate.code}`,
            ...tr('gateTemplates.addCriterion'), onclick: add })));
    }

    const gatesBox = h('div', { id: 'gate-templates-gates' }, gates.map(gateCard));

    async function saving(change, doneKey) {
      fields.clear();
      let saved;
      try {
        saved = await change();
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          await load({ kind: 'warning', key: 'gateTemplates.conflict' });
        } else {
          fields.report(error, form, 'gateTemplates.fixFields');
          // The alert heads a long form: bring it to the user, who saved from far below.
          fields.alert.scrollIntoView({ block: 'nearest', behavior: 'instant' });
        }
        return;
      }
      draw(saved, { kind: 'success', key: doneKey });
    }

    const form = h('form', {
      id: 'gate-templates-form', novalidate: true,
      onsubmit: event => {
        event.preventDefault();
        return saving(() => api.put(path, {
          version: template.version ?? null,
          gates: gates.map(gate => ({ code: gate.code, deciders: [...gate.deciders], criteria: gate.criteria })),
        }), 'gateTemplates.saved');
      },
    },
    fields.alert,
    gatesBox,
    h('div', { class: 'd-flex gap-2' },
      h('button', { type: 'submit', class: 'btn btn-primary', id: 'gate-templates-save', ...tr('gateTemplates.save') }),
      template.customised ? h('button', { type: 'button', class: 'btn btn-outline-secondary', id: 'gate-templates-reset',
        ...tr('gateTemplates.reset'), onclick: () => saving(() => api.delete(path), 'gateTemplates.resetDone') }) : null));

    card.replaceChildren(
      notice ? h('div', { class: `alert alert-${notice.kind}`, role: 'status', id: 'gate-templates-notice', ...tr(notice.key) }) : null,
      status, form);
    translate(card);
    document.getElementById('gate-templates-notice')?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  }

  await load(null);
  return card;
}

/** The gate templates page, for administrators. */
export async function gateTemplatesView(query) {
  const me = await session();
  if (!me.roles.includes('ADMIN')) {
    return h('section', { id: 'gate-templates-denied' }, h('div', { class: 'alert alert-secondary', ...tr('gateTemplates.denied') }));
  }
  const sector = SECTORS.includes(query.get('sector')) ? query.get('sector') : SECTORS[0];
  const contractType = CONTRACT_TYPES.includes(query.get('contractType')) ? query.get('contractType') : CONTRACT_TYPES[0];
  return h('section', { id: 'gate-templates' },
    h('div', { class: 'd-flex flex-wrap justify-content-between align-items-baseline gap-2 mb-3' },
      h('h1', { class: 'h3 mb-0', ...tr('gateTemplates.title') }),
      h('a', { href: '#/settings', id: 'gate-templates-back', ...tr('gateTemplates.back') })),
    h('p', { class: 'text-body-secondary', ...tr('gateTemplates.intro') }),
    picker(sector, contractType),
    await editor(sector, contractType));
}
