// Builds DOM elements. Text only ever enters as text nodes or textContent, never as HTML,
// so data from the server cannot inject markup.

/**
 * h('a', {href: '#/x', class: 'btn', onclick: fn}, 'text', child) makes an element; props
 * that are null, undefined or false are left out, and on* props become event listeners.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  // Children first, so that a select's value can pick one of its options.
  el.append(...children.flat(Infinity).filter(child => child != null && child !== false));
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) {
      continue;
    }
    if (key.startsWith('on')) {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'value') {
      el.value = value; // a select has no value attribute: only the property picks its option
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  return el;
}
