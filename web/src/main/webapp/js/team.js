// An account's team on its detail page: who is on it, and for those who manage it, a way to
// add people, change their role and take them off. The server decides who may; the form is
// only offered to the roles that can.
import { ApiError, api } from './api.js';
import { h } from './dom.js';
import { errorMessage, fieldErrorText } from './errors.js';
import { tr, translate } from './i18n.js';

const TEAM_ROLES = ['ACCOUNT_LEAD', 'BID_LEAD', 'PROJECT_LEAD', 'SPONSOR', 'MEMBER'];

function mayManage(me) {
  return me.roles.includes('ADMIN') || me.roles.includes('ACCOUNT_MANAGER');
}

function roleSelect(id, selected) {
  return h('select', { class: 'form-select form-select-sm', id, value: selected },
    TEAM_ROLES.map(role => h('option', { value: role, ...tr(`team.role.${role}`) })));
}

/** The team card of account accountId, reloading itself after each change. */
export async function teamCard(accountId, me) {
  const card = h('div', { class: 'card shadow-sm mb-4', id: 'account-team' });
  const path = `accounts/${accountId}/team`;

  async function render() {
    const members = await api.get(path);
    const manage = mayManage(me);
    const alert = h('div', { class: 'alert alert-danger m-3', role: 'alert', id: 'team-alert', hidden: true });

    async function change(call) {
      try {
        await call();
        await render();
      } catch (error) {
        const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
        if (error instanceof ApiError && error.status === 404) {
          alert.replaceChildren(h('span', tr('team.noSuchUser')));
        } else {
          alert.replaceChildren(fieldErrors.length ? fieldErrorText(fieldErrors[0]) : errorMessage(error));
        }
        translate(alert);
        alert.hidden = false;
      }
    }

    const rows = members.map(member => h('tr', { 'data-test': 'team-row', 'data-username': member.username },
      h('td', {}, member.displayName, ' ', h('span', { class: 'text-body-secondary small' }, member.username)),
      h('td', {}, manage
        ? roleSelect(`team-role-${member.username}`, member.teamRole)
        : h('span', tr(`team.role.${member.teamRole}`))),
      manage ? h('td', { class: 'text-end' },
        h('button', {
          type: 'button', class: 'btn btn-sm btn-outline-danger', 'data-test': 'team-remove', ...tr('team.remove'),
          onclick: () => change(() => api.delete(`${path}/${encodeURIComponent(member.username)}`)),
        })) : null));
    const table = h('table', { class: 'table align-middle mb-0' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col', ...tr('team.member') }), h('th', { scope: 'col', ...tr('team.teamRole') }),
        manage ? h('th', {}) : null)),
      h('tbody', {}, rows));
    if (manage) {
      for (const member of members) {
        table.querySelector(`#team-role-${CSS.escape(member.username)}`).addEventListener('change', event =>
          change(() => api.put(`${path}/${encodeURIComponent(member.username)}`, { teamRole: event.target.value })));
      }
    }
    const username = h('input', { class: 'form-control form-control-sm', id: 'team-add-username', required: true,
      autocomplete: 'off', 'data-i18n-placeholder': 'team.username' });
    const role = roleSelect('team-add-role', 'MEMBER');
    const addForm = manage ? h('form', {
      class: 'd-flex flex-wrap gap-2 p-3 border-top', id: 'team-add',
      onsubmit: event => {
        event.preventDefault();
        change(() => api.put(`${path}/${encodeURIComponent(username.value.trim())}`, { teamRole: role.value }));
      },
    }, h('div', { class: 'flex-grow-1' }, username), h('div', {}, role),
    h('button', { type: 'submit', class: 'btn btn-sm btn-primary', id: 'team-add-submit', ...tr('team.add') })) : null;

    card.replaceChildren(
      h('div', { class: 'card-header fw-semibold', ...tr('team.title') }),
      alert,
      h('div', { class: 'table-responsive' }, table),
      ...(addForm ? [addForm] : []));
    translate(card);
  }

  await render();
  return card;
}
