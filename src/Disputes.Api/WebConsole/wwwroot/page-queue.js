// Mediator home: what waits on me, and the queue (overdue first), with claim and release.
import { h, replace, when, announce, newKey } from './dom.js';
import { t, locale } from './i18n.js';
import { api, q, ApiError } from './api.js';
import { session } from './auth.js';

const REASONS = ['ItemNotReceived', 'NotAsDescribed', 'DamagedOrDefective', 'Counterfeit', 'WarrantyRepairRefused',
  'OutOfStockOrListingRemoved', 'PaymentProblem', 'UnauthorisedOrFraud', 'Other'];

export async function queuePage(main) {
  const filters = { reason: '', overdue: '', assignedToMe: false };
  const message = h('p', { class: 'error', role: 'alert' });
  const needsAction = h('section', { 'aria-labelledby': 'needs-title' });
  const queue = h('section', { 'aria-labelledby': 'queue-title' });

  const reason = h('select', { id: 'filter-reason' }, h('option', { value: '' }, t('filter.any')),
    REASONS.map(r => h('option', { value: r }, t(`reason.${r}`))));
  const overdue = h('select', { id: 'filter-overdue' }, h('option', { value: '' }, t('filter.any')),
    h('option', { value: 'true' }, t('filter.overdueOnly')), h('option', { value: 'false' }, t('filter.notOverdue')));
  const mine = h('input', { type: 'checkbox', id: 'filter-mine' });
  const form = h('form', {
    class: 'filters', 'aria-label': t('queue.filters'),
    onsubmit: (e) => { e.preventDefault(); Object.assign(filters, { reason: reason.value, overdue: overdue.value, assignedToMe: mine.checked }); load(); },
  },
  h('label', { for: 'filter-reason' }, t('filter.reason')), reason,
  h('label', { for: 'filter-overdue' }, t('filter.overdue')), overdue,
  h('span', { class: 'check' }, mine, h('label', { for: 'filter-mine' }, t('filter.mine'))),
  h('button', { type: 'submit' }, t('filter.apply')));

  replace(main, h('h1', { tabindex: '-1' }, t('queue.title')), message, needsAction, h('h2', { id: 'queue-title' }, t('queue.queue')), form, queue);

  async function act(item, action) {
    try {
      await api.post(`/mediation/disputes/${item.id}/${action}`, {}, { idempotencyKey: newKey() });
      announce(t(action === 'claim' ? 'queue.claimed' : 'queue.released', { order: item.orderId }));
      if (action === 'claim') location.hash = `#/disputes/${item.id}`;
      else load();
    } catch (e) {
      message.textContent = e instanceof ApiError && e.isConflict ? t('conflict.queue', { detail: e.message }) : e.message;
      load();
    }
  }

  async function load() {
    const me = session().subject;
    const params = new URLSearchParams({ limit: '100' });
    if (filters.reason) params.set('reason', filters.reason);
    if (filters.overdue) params.set('overdue', filters.overdue);
    if (filters.assignedToMe) params.set('assignedToMe', 'true');
    const [mineNow, page] = await Promise.all([api.get('/mediation/needs-action?limit=50'), api.get(`/mediation/queue?${params}`)]);

    replace(needsAction, h('h2', { id: 'needs-title' }, t('queue.needsAction')),
      mineNow.items.length === 0 ? h('p', {}, t('queue.nothingWaits')) : h('ul', { class: 'cards' }, mineNow.items.map(i =>
        h('li', {}, h('a', { href: `#/disputes/${i.dispute.id}` }, `${i.dispute.orderId} · ${t(`status.${i.dispute.status}`)}`),
          ' ', i.dueAt ? h('span', { class: 'due' }, t('queue.dueBy', { at: when(i.dueAt, locale()) })) : null))));

    // Overdue first; otherwise the API's order (unassigned first, then by SLA due).
    const items = [...page.items].sort((a, b) => Number(b.overdue) - Number(a.overdue));
    replace(queue, items.length === 0 ? h('p', {}, t('queue.empty')) : h('div', { class: 'scroll' }, h('table', {},
      h('caption', { class: 'visually-hidden' }, t('queue.queue')),
      h('thead', {}, h('tr', {}, ['order', 'reason', 'status', 'escalated', 'slaDue', 'mediator', 'actions'].map(c => h('th', { scope: 'col' }, t(`col.${c}`))))),
      h('tbody', {}, items.map(item => h('tr', { class: item.overdue ? 'overdue' : undefined, 'data-dispute': item.id },
        h('td', {}, h('a', { href: `#/disputes/${item.id}` }, item.orderId),
          item.appeal ? h('span', { class: 'badge appeal' }, t('queue.appeal', { who: item.excludedMediators.join(', ') })) : null),
        h('td', {}, t(`reason.${item.reason}`)),
        h('td', {}, t(`status.${item.status}`), item.evidenceAwaited ? h('span', { class: 'badge' }, t('queue.evidenceAwaited')) : null),
        h('td', {}, when(item.escalatedAt, locale())),
        h('td', {}, when(item.slaDueAt, locale()), item.overdue ? h('span', { class: 'badge overdue' }, t('queue.overdue')) : null),
        h('td', {}, item.mediatorId ?? t('queue.unassigned')),
        h('td', {},
          !item.mediatorId && !item.excludedMediators.includes(me)
            ? h('button', { type: 'button', onclick: () => act(item, 'claim'), 'aria-label': t('queue.claimOrder', { order: item.orderId }) }, t('queue.claim')) : null,
          item.mediatorId === me
            ? h('button', { type: 'button', onclick: () => act(item, 'release'), 'aria-label': t('queue.releaseOrder', { order: item.orderId }) }, t('queue.release')) : null)))))));
  }

  await load();
}
