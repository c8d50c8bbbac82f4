// The single-page app: hash routes to views, the navigation bar, the language switch.
import { createView, detailView, editView, listView } from './accounts.js';
import { session } from './api.js';
import { duplicatesView, mayMergeAccounts } from './duplicates.js';
import { planView } from './plans.js';
import { h } from './dom.js';
import { failureView } from './errors.js';
import { gateTemplatesView } from './gate-templates.js';
import { importsView, mayImport } from './imports.js';
import { myFollowUpsView } from './my-follow-ups.js';
import { myGatesView } from './my-gates.js';
import { projectView } from './project.js';
import { proposalView } from './proposals.js';
import { scoringSettingsView } from './scoring.js';
import { settingsView } from './settings.js';
import { bindLanguageButtons, initLanguage, tr, translate } from './i18n.js';
import { paretoView } from './pareto.js';
import { portfolioView } from './portfolio.js';

const ROUTES = [
  [/^\/accounts$/, (match, query) => listView(query)],
  [/^\/accounts\/new$/, () => createView()],
  [/^\/accounts\/(\d+)$/, match => detailView(Number(match[1]))],
  [/^\/accounts\/(\d+)\/edit$/, match => editView(Number(match[1]))],
  [/^\/imports$/, async () => importsView(await session())],
  [/^\/imports\/(\d+)$/, async match => importsView(await session(), Number(match[1]))],
  [/^\/me\/follow-ups$/, () => myFollowUpsView()],
  [/^\/me\/gates$/, () => myGatesView()],
  [/^\/projects\/(\d+)$/, match => projectView(Number(match[1]))],
  [/^\/projects\/(\d+)\/gates\/(\d+)$/, match => projectView(Number(match[1]), Number(match[2]))],
  [/^\/pareto$/, () => paretoView()],
  [/^\/portfolio$/, (match, query) => portfolioView(query)],
  [/^\/settings$/, () => settingsView()],
  [/^\/settings\/scoring$/, () => scoringSettingsView()],
  [/^\/settings\/gate-templates$/, (match, query) => gateTemplatesView(query)],
  [/^\/accounts\/(\d+)\/plans\/(\d{4})$/, match => planView(Number(match[1]), Number(match[2]))],
  [/^\/accounts\/(\d+)\/proposals\/(\d+)$/, (match, query) => proposalView(Number(match[1]), Number(match[2]),
    query.has('version') ? Number(query.get('version')) : undefined)],
  [/^\/near-duplicates$/, (match, query) => duplicatesView(query)],
];

const main = document.getElementById('view');
let latest = 0;

function notFoundView() {
  return h('section', { id: 'not-found' },
    h('div', { class: 'alert alert-secondary', role: 'alert', ...tr('error.noSuchPage') }),
    h('a', { href: '#/accounts', class: 'btn btn-outline-secondary', ...tr('error.backToAccounts') }));
}

async function view(path, query) {
  for (const [pattern, show] of ROUTES) {
    const match = pattern.exec(path);
    if (match) {
      return show(match, query);
    }
  }
  return notFoundView();
}

/**
 * Marks the navigation entry of the section path belongs to: the narrowest one, as the scoring
 * criteria (#/settings/scoring) are a section of their own within the settings (#/settings).
 */
function markNavigation(path) {
  const links = [...document.querySelectorAll('#nav-menu .nav-link')];
  const section = link => link.getAttribute('href').slice(1);
  const current = links.filter(link => path === section(link) || path.startsWith(`${section(link)}/`))
    .sort((a, b) => section(b).length - section(a).length)[0];
  for (const link of links) {
    const active = link === current;
    link.classList.toggle('active', active);
    if (active) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

async function route() {
  const [path, queryString = ''] = location.hash.slice(1).split('?', 2);
  if (!path) {
    location.replace('#/accounts');
    return;
  }
  markNavigation(path);
  const ticket = ++latest;
  main.setAttribute('aria-busy', 'true');
  let section;
  try {
    section = await view(path, new URLSearchParams(queryString));
  } catch (error) {
    section = failureView(error);
  }
  if (ticket !== latest) {
    return; // a later navigation has overtaken this one
  }
  translate(section);
  // The new view may have the element the user was on, such as the search box: keep them there.
  const focusedId = document.activeElement?.id;
  main.replaceChildren(section);
  main.removeAttribute('aria-busy');
  const refocus = focusedId && document.getElementById(focusedId);
  if (refocus) {
    refocus.focus();
  } else {
    window.scrollTo(0, 0);
  }
}

async function start() {
  await initLanguage();
  bindLanguageButtons(document);
  const me = await session();
  const user = document.getElementById('nav-user');
  user.textContent = me.displayName;
  user.dataset.username = me.username;
  document.getElementById('nav-imports-item').hidden = !mayImport(me);
  // The Pareto analysis reveals the whole portfolio: only administrators and executives see it.
  document.getElementById('nav-pareto-item').hidden = !me.roles.some(role => role === 'ADMIN' || role === 'EXECUTIVE');
  document.getElementById('nav-scoring-item').hidden = !me.roles.includes('ADMIN');
  document.getElementById('nav-settings-item').hidden = !me.roles.includes('ADMIN');
  document.getElementById('nav-duplicates-item').hidden = !mayMergeAccounts(me);
  document.body.hidden = false;
  window.addEventListener('hashchange', route);
  await route();
}

start().catch(error => {
  const failure = failureView(error);
  translate(failure);
  main.replaceChildren(failure);
  document.body.hidden = false;
});
