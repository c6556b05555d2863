// Stacked bar charts as SVG with a table beside them for screen readers (the numbers, not just the shapes).
import { h } from './dom.js';

const PALETTE = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'];

// Stacked by default (parts of one total per day); grouped puts the series side by side (current beside candidate),
// with each category's label in full under its group.
export function barChart(title, categories, series, { grouped = false } = {}) {
  const totals = categories.map((_, i) => grouped
    ? Math.max(0, ...series.map(s => s.values[i] ?? 0))
    : series.reduce((a, s) => a + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const height = 160, left = 30, top = 10;
  const bar = grouped ? 18 : 22, gap = 8;
  const group = grouped ? Math.max(series.length * bar + gap, 96) : bar + gap;
  const width = left + categories.length * group + 10;
  const bars = categories.map((c, i) => {
    let y = top + height;
    return series.map((s, k) => {
      const value = s.values[i] ?? 0;
      const hgt = (value / max) * height;
      const x = grouped ? left + i * group + k * bar : left + i * group;
      if (!grouped) y -= hgt;
      return value ? h('rect', { x, y: grouped ? top + height - hgt : y, width: bar - (grouped ? 2 : 0), height: hgt, class: `bar ${PALETTE[k % PALETTE.length]}` },
        h('title', {}, `${c} · ${s.label}: ${value}`)) : null;
    });
  });
  const center = i => left + i * group + (grouped ? series.length * bar : bar) / 2;
  const label = c => grouped ? String(c) : String(c).slice(-2);
  return h('figure', { class: 'chart' },
    h('figcaption', {}, title),
    h('div', { class: 'scroll' }, h('svg', { viewBox: `0 0 ${width} ${top + height + 20}`, width, height: top + height + 20, 'aria-hidden': 'true' },
      h('line', { x1: left - 4, y1: top + height, x2: width, y2: top + height, class: 'axis' }),
      h('text', { x: 2, y: top + 10, class: 'tick' }, String(max)),
      bars,
      categories.map((c, i) => h('text', { x: center(i), y: top + height + 14, 'text-anchor': 'middle', class: 'tick' }, label(c))))),
    h('ul', { class: 'legend' }, series.map((s, k) => h('li', {}, h('span', { class: `swatch ${PALETTE[k % PALETTE.length]}`, 'aria-hidden': 'true' }), s.label))),
    h('details', {}, h('summary', {}, title),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), series.map(s => h('th', { scope: 'col' }, s.label)))),
        h('tbody', {}, categories.map((c, i) => h('tr', {}, h('th', { scope: 'row' }, c), series.map(s => h('td', {}, s.values[i] ?? 0))))))));
}
