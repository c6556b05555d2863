// What-if: replay the stored disputes under a candidate policy (POST /audit/what-if), follow the background run, and
// compare current and candidate side by side as charts; the diverged disputes link to their audit pages.
import { h, replace, money, duration, announce } from './dom.js';
import { t, locale } from './i18n.js';
import { api } from './api.js';
import { barChart } from './charts.js';

const DURATIONS = ['sellerResponse', 'buyerReplyToOffer', 'negotiationLimit', 'evidenceResponse', 'mediatorDecisionSla', 'returnShipment', 'returnConfirmation', 'appealWindow'];
const POLL_MS = 500;

export async function whatIfPage(main) {
  const inputs = Object.fromEntries(DURATIONS.map(k => [k, h('input', { id: `wi-${k}`, placeholder: 'P3D', pattern: 'P.*', autocomplete: 'off', size: 8 })]));
  const silence = h('select', { id: 'wi-onSellerSilence' }, h('option', { value: '' }, t('whatIf.unchanged')),
    ['RefundBuyer', 'Escalate'].map(v => h('option', { value: v }, t(`whatIf.silence.${v}`))));
  const result = h('div', { id: 'what-if-result', 'aria-live': 'polite' });

  replace(main,
    h('h1', { tabindex: '-1' }, t('whatIf.title')),
    h('p', { class: 'hint' }, t('whatIf.intro')),
    h('form', { class: 'card', id: 'what-if-form', onsubmit: async (e) => { e.preventDefault(); await start(); } },
      h('fieldset', {}, h('legend', {}, t('whatIf.candidate')),
        h('div', { class: 'grid' },
          DURATIONS.map(k => h('div', {}, h('label', { for: `wi-${k}` }, t(`whatIf.key.${k}`)), inputs[k])),
          h('div', {}, h('label', { for: 'wi-onSellerSilence' }, t('whatIf.key.onSellerSilence')), silence))),
      h('button', { type: 'submit' }, t('whatIf.run'))),
    result);

  async function start() {
    const candidate = {};
    for (const k of DURATIONS) if (inputs[k].value.trim()) candidate[k] = inputs[k].value.trim();
    if (silence.value) candidate.onSellerSilence = silence.value;
    replace(result, h('p', {}, t('whatIf.running', { read: 0, replayed: 0 })));
    let run;
    try {
      run = await api.post('/audit/what-if', { candidate });
    } catch (e) {
      const errors = Object.entries(e.problem?.errors ?? {}).map(([k, v]) => `${k}: ${v.join(' ')}`);
      replace(result, h('p', { class: 'error', role: 'alert' }, e.message), errors.length ? h('ul', {}, errors.map(x => h('li', {}, x))) : null);
      return;
    }
    while (run.status === 'Running') {
      replace(result, h('p', {}, t('whatIf.running', { read: run.progress.streamsRead, replayed: run.progress.replayed })),
        h('button', { type: 'button', onclick: () => api.delete(`/audit/what-if/${run.id}`) }, t('whatIf.cancel')));
      await new Promise(r => setTimeout(r, POLL_MS));
      run = await api.get(`/audit/what-if/${run.id}`);
    }
    show(run);
    announce(t('whatIf.done', { status: t(`whatIf.status.${run.status}`) }));
  }

  function show(run) {
    const r = run.report;
    if (!r) return replace(result, h('p', { class: 'error', role: 'alert' }, t(`whatIf.status.${run.status}`), run.error ? `: ${run.error}` : ''));
    const sides = [t('whatIf.current'), t('whatIf.candidateSide')];
    const pair = (x) => [x.before, x.after];
    replace(result,
      h('section', { 'aria-labelledby': 'wi-summary', class: 'card' }, h('h2', { id: 'wi-summary' }, t('whatIf.summary')),
        h('dl', { class: 'facts' },
          h('dt', {}, t('whatIf.disputes')), h('dd', { id: 'wi-disputes' }, r.disputes),
          h('dt', {}, t('whatIf.diverged')), h('dd', { id: 'wi-diverged' }, r.diverged),
          h('dt', {}, t('whatIf.unknown')), h('dd', {}, r.unknownAfterDivergence),
          h('dt', {}, t('whatIf.unreplayable')), h('dd', {}, r.unreplayable),
          h('dt', {}, t('whatIf.resolution')), h('dd', {}, t('whatIf.resolutionValue', {
            before: duration(r.resolutionBefore.p50, t), after: duration(r.resolutionAfter.p50, t),
            before90: duration(r.resolutionBefore.p90, t), after90: duration(r.resolutionAfter.p90, t) })),
          h('dt', {}, t('whatIf.refunded')), h('dd', {}, r.refundsByCurrency.map(m =>
            `${money({ amount: m.before, currency: m.currency }, locale())} → ${money({ amount: m.after, currency: m.currency }, locale())}`).join(', ') || '—'))),
      barChart(t('whatIf.compared'), [t('whatIf.escalations'), t('whatIf.slaBreaches'), t('whatIf.byClock')],
        sides.map((label, i) => ({ label, values: [pair(r.escalations)[i], pair(r.slaBreaches)[i], pair(r.decidedByClock)[i]] })), { grouped: true }),
      r.mediatorWorkload.length ? barChart(t('whatIf.workload'), r.mediatorWorkload.map(w => w.day),
        sides.map((label, i) => ({ label, values: r.mediatorWorkload.map(w => pair(w)[i]) })), { grouped: true }) : null,
      h('section', { 'aria-labelledby': 'wi-changes' }, h('h2', { id: 'wi-changes' }, t('whatIf.outcomeChanges')),
        r.outcomeChanges.length === 0 ? h('p', {}, t('whatIf.noChanges')) :
          h('table', {}, h('thead', {}, h('tr', {}, ['col.reason', 'whatIf.from', 'whatIf.to', 'whatIf.disputes'].map(k => h('th', { scope: 'col' }, t(k))))),
            h('tbody', {}, r.outcomeChanges.map(c => h('tr', {}, h('td', {}, t(`reason.${c.reason}`)), h('td', {}, c.from), h('td', {}, c.to), h('td', {}, c.disputes)))))),
      h('section', { 'aria-labelledby': 'wi-first' }, h('h2', { id: 'wi-first' }, t('whatIf.firstDivergences')),
        h('ul', { id: 'wi-divergences' }, run.firstDivergences.map(d => h('li', {},
          h('a', { href: `#/audit/${d.disputeId}` }, d.disputeId.slice(0, 8)), ` v${d.version ?? '—'} ${d.kind ?? ''}: `, d.message)))));
  }
}
