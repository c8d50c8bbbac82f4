// Charts on a page: Chart.js measures its container, so a chart is drawn once its canvas is on the
// page; and the text it draws has no element to retranslate, so it is drawn again after a language
// switch, for as long as the element that owns it is on the page.
import { LANGUAGE_CHANGED } from './i18n.js';

/** Shows charts in owner: show(canvas, draw) draws draw(canvas) now and again in each new language. */
export function chartsIn(owner) {
  let chart;
  let draw;
  const redraw = () => {
    if (!owner.isConnected) {
      document.removeEventListener(LANGUAGE_CHANGED, redraw);
    } else if (chart) {
      const { canvas } = chart;
      chart.destroy();
      chart = draw(canvas);
    }
  };
  document.addEventListener(LANGUAGE_CHANGED, redraw);
  return {
    show(canvas, drawOn) {
      draw = drawOn;
      requestAnimationFrame(() => {
        chart?.destroy();
        chart = draw(canvas);
      });
    },
  };
}
