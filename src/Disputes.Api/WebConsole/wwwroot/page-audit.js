// Auditors: a dispute's events with actors and headers, its state as of any version (the slider) or instant,
// verification of the dispute and of the whole store with the broken link marked, and an NDJSON export.
import { h, replace, when, money, announce } from './dom.js';
import { t, locale } from './i18n.js';
import { api, q } from './api.js';

export async function auditHomePage(main) {
  const input = h('input', { id: 'dispute-id', required: true, pattern: '[0-9a-fA-F-]{36}', size: 40, autocomplete: 'off' });
  const store = h('div', { id: 'store-verification', 'aria-live': 'polite' });
  const feed = await api.get('/audit/events?limit=500');
  const disputes = [...new Map(feed.items.map(e => [e.disputeId, e])).values()];

  replace(main,
    h('h1', { tabindex: '-1' }, t('audit.title')),
    h('form', { class: 'card', onsubmit: (e) => { e.preventDefault(); location.hash = `#/audit/${input.value.trim()}`; } },
      h('label', { for: 'dispute-id' }, t('audit.disputeId')), input, h('button', { type: 'submit' }, t('audit.open'))),
    h('section', { 'aria-labelledby': 'store-title', class: 'card' }, h('h2', { id: 'store-title' }, t('audit.store')),
      h('button', { type: 'button', id: 'verify-store', onclick: async () => renderVerification(store, await api.get('/audit/verification'), true) }, t('audit.verifyStore')),
      store),
    h('section', { 'aria-labelledby': 'feed-title' }, h('h2', { id: 'feed-title' }, t('audit.disputesInFeed')),
      disputes.length === 0 ? h('p', {}, t('audit.noEvents')) : h('ul', { class: 'cards' }, disputes.map(e =>
        h('li', {}, h('a', { href: `#/audit/${e.disputeId}` }, e.disputeId), ` · ${when(e.timestamp, locale())}`)))));
}

function renderVerification(target, report, linkDisputes) {
  replace(target, report.intact
    ? h('p', { class: 'intact', 'data-verdict': 'intact' }, '✔ ', t('audit.intact', { disputes: report.disputesChecked, events: report.eventsChecked }))
    : h('div', { class: 'broken', 'data-verdict': 'broken' },
      h('p', {}, '✖ ', t('audit.broken', { broken: report.disputesBroken, disputes: report.disputesChecked })),
      h('ul', {}, report.breaks.map(b => h('li', {},
        linkDisputes ? h('a', { href: `#/audit/${b.disputeId}` }, b.disputeId) : null,
        ' ', t('audit.breakAt', { version: b.version, sequence: b.sequence ?? '—', type: b.eventType ?? '—', kind: b.kind }), ' — ', b.detail)))));
  announce(report.intact ? t('audit.intactShort') : t('audit.brokenShort'));
}

async function allEvents(id) {
  const items = [];
  let from = 1;
  for (;;) {
    const page = await api.get(`/audit/disputes/${id}/events?fromVersion=${from}`);
    items.push(...page.items);
    if (page.nextFromVersion === null) return { items, currentVersion: page.currentVersion };
    from = page.nextFromVersion;
  }
}

export async function auditDisputePage(main, id) {
  const { items, currentVersion } = await allEvents(id);
  const state = h('div', { id: 'state-as-of', class: 'card', 'aria-live': 'polite' });
  const verification = h('div', { id: 'dispute-verification', 'aria-live': 'polite' });
  const slider = h('input', { type: 'range', id: 'version-slider', min: 1, max: currentVersion, value: currentVersion, step: 1 });
  const sliderText = h('output', { for: 'version-slider', id: 'slider-value' });
  const instant = h('input', { type: 'datetime-local', id: 'as-of-instant', step: 1 });
  const rows = new Map();

  async function showVersion(v) {
    const event = items.find(e => e.version === v);
    sliderText.textContent = t('audit.sliderValue', { version: v, type: event?.type ?? '', at: when(event?.at, locale()) });
    slider.setAttribute('aria-valuetext', sliderText.textContent);
    rows.forEach((row, version) => row.classList.toggle('future', version > v));
    showState(await api.get(`/audit/disputes/${id}/state?version=${v}`));
  }

  function showState(s) {
    const d = s.dispute;
    replace(state, h('h3', {}, t('audit.stateAt', { version: s.version, at: when(s.asOf, locale()) })),
      h('p', {}, h('span', { class: 'badge status', 'data-status': d.status, id: 'state-status' }, t(`status.${d.status}`))),
      h('dl', { class: 'facts' },
        h('dt', {}, t('dispute.mediator')), h('dd', {}, d.mediatorId ?? '—'),
        h('dt', {}, t('dispute.refunded')), h('dd', {}, money(d.refunded, locale())),
        h('dt', {}, t('dispute.clocks')), h('dd', {}, d.deadlines.length ? d.deadlines.map(x => `${t(`clock.${x.kind}`)} → ${when(x.dueAt, locale())}`).join('; ') : '—')));
  }

  function exportEvents() {
    const blob = new Blob([items.map(e => JSON.stringify(e)).join('\n') + '\n'], { type: 'application/x-ndjson' });
    const link = h('a', { href: URL.createObjectURL(blob), download: `dispute-${id}.ndjson` });
    document.body.append(link);
    link.click();
    link.remove();
  }

  const table = h('table', { class: 'events' },
    h('caption', { class: 'visually-hidden' }, t('audit.events')),
    h('thead', {}, h('tr', {}, ['seq', 'version', 'type', 'actor', 'at', 'committed', 'correlation', 'causation', 'idempotency', 'policy', 'hash'].map(c => h('th', { scope: 'col' }, t(`audit.col.${c}`))))),
    h('tbody', {}, items.map(e => {
      const row = h('tr', { 'data-version': e.version },
        h('td', {}, e.sequence), h('td', {}, e.version), h('td', {}, e.type), h('td', {}, `${e.actor.kind}:${e.actor.id}`),
        h('td', {}, when(e.at, locale())), h('td', {}, when(e.timestamp, locale())),
        h('td', {}, e.correlationId ?? '—'), h('td', {}, e.causationId ?? '—'), h('td', {}, e.idempotencyKey ?? '—'), h('td', {}, e.policyVersion ?? '—'),
        h('td', {}, h('code', { title: `${t('audit.previous')} ${e.previousHash}` }, (e.hash ?? '—').slice(0, 12))));
      rows.set(e.version, row);
      return row;
    })));

  replace(main,
    h('h1', { tabindex: '-1' }, t('audit.disputeTitle', { id })),
    h('p', {}, h('a', { href: `#/disputes/${id}` }, t('audit.workView')), ' · ',
      h('button', { type: 'button', id: 'export', onclick: exportEvents }, t('audit.export'))),
    h('section', { 'aria-labelledby': 'slider-title' }, h('h2', { id: 'slider-title' }, t('audit.asOf')),
      h('label', { for: 'version-slider' }, t('audit.slider')), slider, sliderText,
      h('form', { class: 'inline', onsubmit: async (e) => {
        e.preventDefault();
        if (!instant.value) return;
        try {
          showState(await api.get(`/audit/disputes/${id}/state?at=${q(new Date(instant.value).toISOString())}`));
        } catch (err) {
          replace(state, h('p', { class: 'error' }, err.message));
        }
      } }, h('label', { for: 'as-of-instant' }, t('audit.instant')), instant, h('button', { type: 'submit' }, t('audit.show'))),
      state),
    h('section', { 'aria-labelledby': 'verify-title', class: 'card' }, h('h2', { id: 'verify-title' }, t('audit.verification')),
      h('button', { type: 'button', id: 'verify-dispute', onclick: async () => {
        const report = await api.get(`/audit/disputes/${id}/verification`);
        rows.forEach(row => row.classList.remove('broken-link'));
        for (const b of report.breaks) rows.get(b.version)?.classList.add('broken-link');
        renderVerification(verification, report, false);
      } }, t('audit.verifyDispute')), verification),
    h('section', { 'aria-labelledby': 'events-title' }, h('h2', { id: 'events-title' }, t('audit.events')), h('div', { class: 'scroll' }, table)));

  slider.addEventListener('input', () => showVersion(Number(slider.value)));
  await showVersion(currentVersion);
}
