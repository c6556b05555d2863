// The lifecycle drawn from GET /lifecycle (the machine's own table) as layered SVG, with one dispute's path from
// GET /disputes/{id}/path highlighted. States are ranked by their distance from the opening; loops that stay in a state
// (messages, evidence) are left out, they change nothing.
import { h } from './dom.js';

const W = 190, H = 44, GAP_X = 60, GAP_Y = 22;

function layout(lifecycle) {
  const edges = lifecycle.transitions.filter(e => e.from !== e.to);
  const rank = { None: 0 };
  const queue = ['None'];
  while (queue.length) {
    const s = queue.shift();
    for (const e of edges.filter(x => x.from === s)) {
      if (rank[e.to] === undefined) { rank[e.to] = rank[s] + 1; queue.push(e.to); }
    }
  }
  const columns = [];
  for (const state of lifecycle.states) {
    const r = rank[state] ?? 0;
    (columns[r] ??= []).push(state);
  }
  const at = {};
  columns.forEach((states, c) => states.forEach((s, i) => { at[s] = { x: 10 + c * (W + GAP_X), y: 10 + i * (H + GAP_Y) }; }));
  const width = 20 + columns.length * (W + GAP_X) - GAP_X;
  const height = 20 + Math.max(...columns.map(c => c.length)) * (H + GAP_Y) - GAP_Y;
  return { edges, at, width, height };
}

export function lifecycleDiagram(lifecycle, path, label, stateName) {
  const { edges, at, width, height } = layout(lifecycle);
  const visited = new Set(path.steps.flatMap(s => [s.from, s.to]));
  const taken = new Set(path.steps.map(s => `${s.from}>${s.to}`));
  const pairs = [...new Map(edges.map(e => [`${e.from}>${e.to}`, e])).values()];

  const svg = h('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, class: 'lifecycle', width, height },
    h('defs', {},
      h('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: '10', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse' },
        h('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow' })),
      h('marker', { id: 'arrow-taken', viewBox: '0 0 10 10', refX: '10', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse' },
        h('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow taken' }))),
    pairs.map(e => {
      const a = at[e.from], b = at[e.to];
      const forward = b.x > a.x;
      const x1 = forward ? a.x + W : a.x + W / 2, y1 = forward ? a.y + H / 2 : a.y + (b.y > a.y ? H : 0);
      const x2 = forward ? b.x : b.x + W / 2, y2 = forward ? b.y + H / 2 : b.y + (b.y > a.y ? 0 : H);
      const bend = forward ? 0 : 40;
      const isTaken = taken.has(`${e.from}>${e.to}`);
      return h('path', {
        d: `M${x1},${y1} C${x1 + (forward ? 30 : bend)},${y1} ${x2 - (forward ? 30 : -bend)},${y2} ${x2},${y2}`,
        class: isTaken ? 'edge taken' : e.clock ? 'edge clock' : 'edge',
        'marker-end': `url(#${isTaken ? 'arrow-taken' : 'arrow'})`,
        'data-edge': `${e.from}>${e.to}`,
      }, h('title', {}, `${stateName(e.from)} → ${stateName(e.to)}`));
    }),
    lifecycle.states.map(s => h('g', { class: `node${visited.has(s) ? ' visited' : ''}${s === path.current ? ' current' : ''}`, 'data-state': s },
      h('rect', { x: at[s].x, y: at[s].y, width: W, height: H, rx: 8 }),
      h('text', { x: at[s].x + W / 2, y: at[s].y + H / 2 + 5, 'text-anchor': 'middle' }, stateName(s)))));
  return h('div', { class: 'scroll diagram' }, svg);
}
