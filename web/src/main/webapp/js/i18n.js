// English and Simplified Chinese. Elements name their text by key (data-i18n and friends)
// rather than holding translated text, so a language switch retranslates the page in place
// and never rebuilds a form the user is typing into.
import { COUNTRIES } from './countries.js';

const LANGUAGES = ['en', 'zh-CN'];
const STORAGE_KEY = 'pylon.language';

let language = 'en';
let messages = {};

function preferredLanguage() {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (LANGUAGES.includes(stored)) {
    return stored;
  }
  const browser = navigator.languages?.[0] ?? navigator.language ?? 'en';
  return browser.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

async function load(lang) {
  const response = await fetch(`i18n/${lang}.json`);
  if (!response.ok) {
    throw new Error(`cannot load the ${lang} texts: HTTP ${response.status}`);
  }
  messages = await response.json();
  language = lang;
  document.documentElement.lang = lang;
}

/** Loads the remembered or browser language and translates the page. */
export async function initLanguage() {
  await load(preferredLanguage());
  translate(document);
}

export async function setLanguage(lang) {
  if (!LANGUAGES.includes(lang) || lang === language) {
    return;
  }
  await load(lang);
  localStorage.setItem(STORAGE_KEY, lang);
  translate(document);
  // Text drawn on a canvas has no element to retranslate; its owner redraws it on this event.
  document.dispatchEvent(new CustomEvent(LANGUAGE_CHANGED));
}

/** The event on document after a language switch. */
export const LANGUAGE_CHANGED = 'pylon:language-changed';

export function currentLanguage() {
  return language;
}

/** The text of key in the current language, with {name} placeholders filled from args. */
export function t(key, args = {}) {
  const text = messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in args ? String(args[name]) : match));
}

export function hasText(key) {
  return key in messages;
}

/** Attributes that make an element show the text of key: spread them into h()'s props. */
export function tr(key, args) {
  return { 'data-i18n': key, 'data-i18n-args': args ? JSON.stringify(args) : null };
}

export function countryName(code) {
  const region = COUNTRIES.get(code);
  const name = region && new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(region);
  return name ?? code;
}

/** Fills every translatable text under root, which may still be detached from the page. */
export function translate(root) {
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n, el.dataset.i18nArgs ? JSON.parse(el.dataset.i18nArgs) : {});
  }
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  }
  for (const el of root.querySelectorAll('[data-i18n-aria-label]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  }
  for (const el of root.querySelectorAll('[data-i18n-country]')) {
    el.textContent = countryName(el.dataset.i18nCountry);
  }
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  for (const el of root.querySelectorAll('[data-i18n-date]')) {
    el.textContent = dateFormat.format(new Date(el.dataset.i18nDate));
  }
  const collator = new Intl.Collator(language);
  for (const select of root.querySelectorAll('select[data-sorted]')) {
    // Options without a value ("all", "none") stay on top; the rest follow the reader's alphabet.
    const options = [...select.options].filter(option => option.value);
    options.sort((a, b) => collator.compare(a.textContent, b.textContent));
    select.append(...options);
  }
  for (const button of root.querySelectorAll('[data-lang]')) {
    const active = button.dataset.lang === language;
    button.classList.toggle('active', active);
    button.setAttribute('aria-pressed', String(active));
  }
  if (root === document) {
    document.title = t('app.title');
  }
}

/** Makes every [data-lang] button under root switch to its language. */
export function bindLanguageButtons(root) {
  for (const button of root.querySelectorAll('[data-lang]')) {
    button.addEventListener('click', () => setLanguage(button.dataset.lang));
  }
}
