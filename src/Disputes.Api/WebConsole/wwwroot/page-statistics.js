// Statistics from the async projections, drawn as plain SVG: daily openings and resolutions per reason, outcomes,
// and one seller's scorecard.
import { h, replace, money, duration } from './dom.js';
import { t, locale } from './i18n.js';
import { api, q } from './api.js';
import { barChart } from './charts.js';

export async function statisticsPage(main) {
  const to = new Date();
  const from = new Date(to.getTime() - 29 * 86400000);
  const day = d => d.toISOString().slice(0, 10);
  const stats = await api.get(`/statistics/daily?from=${day(from)}&to=${day(to)}`);
  const dates = [...new Set(stats.days.map(d => d.date))].sort();
  const reasons = [...new Set(stats.days.map(d => d.reason))];
  const sum = (date, pick) => stats.days.filter(d => d.date === date).reduce((a, d) => a + pick(d), 0);
  const outcomeKeys = ['buyerFavoured', 'sellerFavoured', 'split', 'withdrawn', 'expired', 'resolved'];

  const seller = h('input', { id: 'seller-id', required: true, value: 'seller-3', autocomplete: 'off' });
  const card = h('div', { id: 'scorecard', 'aria-live': 'polite' });

  replace(main,
    h('h1', { tabindex: '-1' }, t('stats.title')),
    h('p', { class: 'hint' }, t('stats.range', { from: day(from), to: day(to) })),
    h('section', { 'aria-labelledby': 'daily-title' }, h('h2', { id: 'daily-title' }, t('stats.daily')),
      dates.length === 0 ? h('p', {}, t('stats.none')) : [
        barChart(t('stats.openedByReason'), dates, reasons.map(r => ({ label: t(`reason.${r}`), values: dates.map(d => sum(d, x => x.reason === r ? x.opened : 0)) }))),
        barChart(t('stats.resolvedByOutcome'), dates, outcomeKeys.map(k => ({ label: t(`outcome.${k}`), values: dates.map(d => sum(d, x => x.outcomes[k])) }))),
      ]),
    h('section', { 'aria-labelledby': 'seller-title', class: 'card' }, h('h2', { id: 'seller-title' }, t('stats.scorecard')),
      h('form', { class: 'inline', onsubmit: async (e) => { e.preventDefault(); showCard(await api.get(`/sellers/${q(seller.value.trim())}/scorecard`)); } },
        h('label', { for: 'seller-id' }, t('stats.sellerId')), seller, h('button', { type: 'submit' }, t('stats.show'))),
      card));

  function showCard(s) {
    replace(card,
      barChart(t('stats.sellerOutcomes', { seller: s.sellerId }), [t('stats.won'), t('stats.lost'), t('stats.byDeadline'), t('stats.open')],
        [{ label: s.sellerId, values: [s.won, s.lost, s.resolvedByDeadline, s.open] }]),
      h('dl', { class: 'facts' },
        h('dt', {}, t('stats.opened')), h('dd', {}, s.opened),
        h('dt', {}, t('stats.refunded')), h('dd', {}, s.refunded.length ? s.refunded.map(m => money(m, locale())).join(', ') : '—'),
        h('dt', {}, t('stats.medianFirstResponse')), h('dd', {}, duration(s.firstResponse.median, t)),
        h('dt', {}, t('stats.asOf')), h('dd', {}, s.asOf ?? '—')));
  }
  showCard(await api.get(`/sellers/${q(seller.value)}/scorecard`));
}
