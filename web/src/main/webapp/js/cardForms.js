// A form that opens inside a card on the account page, above the card's table: the card keeps a
// hidden body for it; saving re-renders the card, cancelling closes the form.
import { h } from './dom.js';
import { tr, translate } from './i18n.js';

/** The save button (saveId, saying saveKey) and a cancel button that closes the form in body. */
export function saveOrCancel(saveId, saveKey, body) {
  return h('div', { class: 'col-12 d-flex gap-2' },
    h('button', { type: 'submit', class: 'btn btn-primary', id: saveId, ...tr(saveKey) }),
    h('button', { type: 'button', class: 'btn btn-outline-secondary', ...tr('contact.cancel'),
      onclick: () => { body.hidden = true; body.replaceChildren(); } }));
}

/** Shows form in the card's body, translated and scrolled into view. */
export function openInCard(body, form) {
  body.replaceChildren(form);
  translate(body);
  body.hidden = false;
  body.scrollIntoView({ block: 'nearest' });
}
