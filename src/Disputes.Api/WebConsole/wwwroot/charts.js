// Stacked bar charts as SVG with a table beside them for screen readers (the numbers, not just the shapes).
import { h } from './dom.js';

const PALETTE = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'];

export function barChart(title, categories, series) {
  const totals = categories.map((_, i) => series.reduce((a, s) => a + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const bar = 22, gap = 8, height = 160, left = 30, top = 10;
  const width = left + categories.length * (bar + gap) + 10;
  const bars = categories.map((c, i) => {
    let y = top + height;
    return series.map((s, k) => {
      const value = s.values[i] ?? 0;
      const hgt = (value / max) * height;
      y -= hgt;
      return value ? h('rect', { x: left + i * (bar + gap), y, width: bar, height: hgt, class: `bar ${PALETTE[k % PALETTE.length]}` },
        h('title', {}, `${c} · ${s.label}: ${value}`)) : null;
    });
  });
  return h('figure', { class: 'chart' },
    h('figcaption', {}, title),
    h('div', { class: 'scroll' }, h('svg', { viewBox: `0 0 ${width} ${top + height + 20}`, width, height: top + height + 20, 'aria-hidden': 'true' },
      h('line', { x1: left - 4, y1: top + height, x2: width, y2: top + height, class: 'axis' }),
      h('text', { x: 2, y: top + 10, class: 'tick' }, String(max)),
      bars,
      categories.map((c, i) => h('text', { x: left + i * (bar + gap) + bar / 2, y: top + height + 14, 'text-anchor': 'middle', class: 'tick' }, String(c).slice(-2))))),
    h('ul', { class: 'legend' }, series.map((s, k) => h('li', {}, h('span', { class: `swatch ${PALETTE[k % PALETTE.length]}`, 'aria-hidden': 'true' }), s.label))),
    h('details', {}, h('summary', {}, title),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), series.map(s => h('th', { scope: 'col' }, s.label)))),
        h('tbody', {}, categories.map((c, i) => h('tr', {}, h('th', { scope: 'row' }, c), series.map(s => h('td', {}, s.values[i] ?? 0))))))));
}
