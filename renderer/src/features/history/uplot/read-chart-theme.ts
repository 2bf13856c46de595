/**
 * The page's chart colours as a canvas needs them. getComputedStyle gives a custom property as written
 * ("light-dark(#b42318, #ff8a80)"), so each is resolved the way the page resolves it: as the colour of a hidden
 * probe inside the chart, which inherits the chart's colour scheme.
 */
import { chartTheme, type ChartTheme } from '../chart-theme';

export function readChartTheme(inside: HTMLElement): ChartTheme {
  const probe = document.createElement('span');
  probe.hidden = true;
  inside.appendChild(probe);
  try {
    return chartTheme((cssVar) => {
      probe.style.color = '';
      probe.style.color = `var(${cssVar})`;
      return getComputedStyle(probe).color;
    });
  } finally {
    probe.remove();
  }
}
