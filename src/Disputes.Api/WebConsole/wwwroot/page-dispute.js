// The mediator's dispute page: who and how much, what happened, what each participant may do and why not, every clock
// with where it came from, the lifecycle with this dispute's path, and the mediator's own forms.
import { h, replace, when, money, duration, announce, newKey, viewerZone, minorDigits } from './dom.js';
import { t, locale } from './i18n.js';
import { api, ApiError } from './api.js';
import { session } from './auth.js';
import { lifecycleDiagram } from './diagram.js';

export async function disputePage(main, id) {
  const [{ data: d, etag }, timeline, actions, clocks, lifecycle, path] = await Promise.all([
    api.getWithVersion(`/disputes/${id}`), api.get(`/disputes/${id}/timeline`), api.get(`/disputes/${id}/actions`),
    api.get(`/disputes/${id}/clocks`), api.get('/lifecycle'), api.get(`/disputes/${id}/path`),
  ]);
  const version = Number((etag ?? `"${d.version}"`).replaceAll('"', ''));
  const me = session().subject;
  const mine = actions.participants.find(p => p.participant === 'Mediator');
  const allowed = new Set(mine.actions.filter(a => a.allowed).map(a => a.action));

  replace(main,
    h('h1', { tabindex: '-1' }, t('dispute.title', { order: d.orderId })),
    h('p', { class: 'lead' }, h('span', { class: 'badge status', 'data-status': d.status }, t(`status.${d.status}`)), ' ',
      t('dispute.version', { version }), ' · ', t(`reason.${d.reason}`), ' · ', t('dispute.policy', { version: d.policyVersion })),
    h('div', { class: 'grid' },
      summary(d),
      h('section', { 'aria-labelledby': 'forms-title', class: 'card' }, h('h2', { id: 'forms-title' }, t('dispute.yourActions')),
        forms(d, version, allowed, me))),
    clockSection(clocks),
    actionSection(actions),
    h('section', { 'aria-labelledby': 'lifecycle-title' }, h('h2', { id: 'lifecycle-title' }, t('dispute.lifecycle')),
      lifecycleDiagram(lifecycle, path, t('dispute.lifecycleLabel', { states: path.steps.map(s => t(`status.${s.to}`)).join(' → ') }), s => t(`status.${s}`)),
      h('ol', { class: 'path', 'aria-label': t('dispute.path') }, path.steps.map(s =>
        h('li', {}, `${t(`status.${s.to}`)} — ${s.type} (v${s.version}, ${when(s.at, locale())})`)))),
    timelineSection(timeline));
}

function summary(d) {
  const row = (label, value) => [h('dt', {}, label), h('dd', {}, value)];
  return h('section', { 'aria-labelledby': 'parties-title', class: 'card' }, h('h2', { id: 'parties-title' }, t('dispute.parties')),
    h('dl', { class: 'facts' },
      row(t('dispute.buyer'), d.buyerId), row(t('dispute.seller'), d.sellerId), row(t('dispute.mediator'), d.mediatorId ?? t('queue.unassigned')),
      row(t('dispute.paid'), money(d.amountPaid, locale())), row(t('dispute.requested'), `${money(d.requestedRefund, locale())} (${t(`remedy.${d.requestedRemedy}`)})`),
      row(t('dispute.refunded'), money(d.refunded, locale())), row(t('dispute.opened'), when(d.openedAt, locale())),
      row(t('dispute.description'), d.description)));
}

function clockSection(view) {
  const zone = viewerZone();
  return h('section', { 'aria-labelledby': 'clocks-title' }, h('h2', { id: 'clocks-title' }, t('dispute.clocks')),
    view.clocks.length === 0 ? h('p', {}, t('dispute.noClocks')) : view.clocks.map(c => {
      const calendarZone = c.workingTime?.calendar.timeZone;
      return h('article', { class: `card clock${c.overdue ? ' overdue' : ''}`, 'data-clock': c.kind, 'aria-labelledby': `clock-${c.kind}` },
        h('h3', { id: `clock-${c.kind}` }, t(`clock.${c.kind}`)),
        h('p', { class: 'due' }, t('clock.due'), ' ', h('strong', {}, when(c.dueAt, locale(), zone)),
          calendarZone && calendarZone !== zone ? [' · ', when(c.dueAt, locale(), calendarZone)] : null,
          ' — ', t('clock.then', { consequence: c.consequence })),
        h('dl', { class: 'facts' },
          h('dt', {}, t('clock.rule')), h('dd', {}, h('code', {}, c.rule), ' ', t('clock.ofPolicy', { version: c.policyVersion })),
          c.startedBy ? [h('dt', {}, t('clock.startedBy')), h('dd', {}, t('clock.startedByText', {
            type: c.startedBy.type, version: c.startedBy.version, at: when(c.startedBy.at, locale()), by: `${c.startedBy.by.kind}:${c.startedBy.by.id}`,
          }))] : null,
          c.basis ? [h('dt', {}, t('clock.arithmetic')), h('dd', { class: 'arithmetic' }, c.basis.workingTime
            ? t('clock.workingSum', { from: when(c.basis.from, locale(), calendarZone), length: duration(c.basis.length, t), due: when(c.dueAt, locale(), calendarZone) })
            : t('clock.elapsedSum', { from: when(c.basis.from, locale()), length: duration(c.basis.length, t), due: when(c.dueAt, locale()) }))] : null),
        c.workingTime ? workingTime(c.workingTime) : null);
    }));
}

function workingTime(w) {
  const zone = w.calendar.timeZone;
  const days = w.calendar.workingDays.length === 7 ? t('calendar.everyDay') : w.calendar.workingDays.map(d => t(`day.${d}`)).join(', ');
  return h('details', { class: 'working', open: true },
    h('summary', {}, t('calendar.summary', { zone, start: w.calendar.dayStart, end: w.calendar.dayEnd, days })),
    h('p', {}, t('calendar.progress', { elapsed: duration(w.elapsed, t), remaining: duration(w.remaining, t) })),
    h('div', { class: 'scroll' }, h('table', { class: 'windows' },
      h('caption', {}, t('calendar.windows', { zone })),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('calendar.from')), h('th', { scope: 'col' }, t('calendar.to')), h('th', { scope: 'col' }, t('calendar.counted')))),
      h('tbody', {}, w.windows.map(x => h('tr', {}, h('td', {}, when(x.start, locale(), zone)), h('td', {}, when(x.end, locale(), zone)), h('td', {}, duration(x.counted, t))))))));
}

function actionSection(view) {
  return h('section', { 'aria-labelledby': 'actions-title' }, h('h2', { id: 'actions-title' }, t('dispute.allowed')),
    h('div', { class: 'grid four' }, view.participants.map(p => {
      const open = p.actions.filter(a => a.allowed);
      const blocked = p.actions.filter(a => !a.allowed && a.refusal.kind !== 'WrongActor');
      const notTheirs = p.actions.filter(a => !a.allowed && a.refusal.kind === 'WrongActor');
      return h('article', { class: 'card', 'data-participant': p.participant, 'aria-labelledby': `who-${p.participant}` },
        h('h3', { id: `who-${p.participant}` }, t(`participant.${p.participant}`), ' ', h('small', {}, p.actor.id)),
        open.length ? h('ul', { class: 'allowed' }, open.map(a => h('li', {}, t(`action.${a.action}`),
          a.until ? h('small', {}, ' ', t('actions.until', { at: when(a.until, locale()) })) : null))) : h('p', {}, t('actions.none')),
        blocked.length ? h('details', {}, h('summary', {}, t('actions.blocked', { count: blocked.length })),
          h('ul', { class: 'blocked' }, blocked.map(a => h('li', { 'data-action': a.action }, h('strong', {}, t(`action.${a.action}`)), ': ',
            a.refusal.message, ' ', h('code', {}, a.refusal.rule))))) : null,
        notTheirs.length ? h('details', {}, h('summary', {}, t('actions.notTheirs', { count: notTheirs.length })),
          h('p', {}, notTheirs.map(a => t(`action.${a.action}`)).join(', '))) : null);
    })));
}

function timelineSection(timeline) {
  return h('section', { 'aria-labelledby': 'timeline-title' }, h('h2', { id: 'timeline-title' }, t('dispute.timeline')),
    h('ol', { class: 'timeline' }, timeline.items.map(e => h('li', { 'data-type': e.type },
      h('div', { class: 'meta' }, h('span', { class: 'type' }, e.type), ` v${e.version} · ${e.actor.kind}:${e.actor.id} · ${when(e.at, locale())}`),
      entryBody(e)))));
}

function safeLink(uri, text) {
  try {
    const url = new URL(uri);
    if (url.protocol === 'https:' || url.protocol === 'http:') return h('a', { href: url.href, rel: 'noopener noreferrer', target: '_blank' }, text);
  } catch { /* not a URL */ }
  return h('span', {}, text, ` (${uri})`);
}

function entryBody(e) {
  const data = e.data;
  switch (e.type) {
    case 'MessagePosted': return h('blockquote', { class: 'message' }, data.text);
    case 'EvidenceAdded': return h('p', {}, t('timeline.evidence'), ' ', safeLink(data.evidence.uri, data.evidence.fileName),
      ` (${data.evidence.kind}, ${data.evidence.mediaType}, ${data.evidence.sizeBytes} B, sha256 ${data.evidence.sha256.slice(0, 12)}…)`);
    case 'EvidenceRequested': return h('p', {}, t('timeline.evidenceRequested', { from: t(`party.${data.from}`) }), ' ', h('q', {}, data.description));
    case 'MediatorDecisionRecorded': return h('p', {}, t(`decision.${data.decision}`), ': ', h('q', {}, data.rationale));
    case 'DisputeEscalated': return data.reason ? h('p', {}, h('q', {}, data.reason)) : null;
    case 'SellerOfferMade': return h('p', {}, t(`offer.${data.kind}`), ' ', money(data.refundAmount, locale()), data.note ? [' — ', h('q', {}, data.note)] : null);
    case 'BuyerCounterOffered': return h('p', {}, t('proposal.counter'), ' ', t(`offer.${data.kind}`), ' ', money(data.refundAmount, locale()), data.note ? [' — ', h('q', {}, data.note)] : null);
    case 'PlatformSolutionProposed': return h('p', {}, t('proposal.platform'), ' ', t(`offer.${data.kind}`), ' ', money(data.refundAmount, locale()), data.note ? [' — ', h('q', {}, data.note)] : null);
    case 'ReturnReceiptRecorded': return h('p', {}, t(`receipt.${data.outcome}`), data.note ? [' — ', h('q', {}, data.note)] : null);
    case 'ReplacementShipped': return h('p', {}, t('timeline.shipped'), ' ', `${data.carrier} ${data.trackingNumber}`);
    case 'ExtensionRequested': return h('p', {}, t('timeline.extensionRequested', { clock: t(`clock.${data.kind}`) }), ' ', data.length, ' ', h('q', {}, data.reason));
    case 'ExtensionGranted': return h('p', {}, t('timeline.extensionGranted', { clock: t(`clock.${data.kind}`) }), ' ', data.length);
    case 'BuyerProtectionExtended': return h('p', {}, t('timeline.protectionExtended'), ' ', when(data.until, locale()), ' ', h('q', {}, data.reason));
    case 'ExtensionRefused': return h('p', {}, t('timeline.extensionRefused', { clock: t(`clock.${data.kind}`) }), ' ', h('q', {}, data.reason));
    case 'TextTranslated': return h('p', {}, t('timeline.translated', { version: data.textVersion, from: data.from, to: data.to }),
      data.engine ? ` (${data.engine})` : null, ' ', h('q', { lang: data.to }, data.translation));
    case 'ResolutionRated': return h('p', {}, t('timeline.rated', { party: t(`party.${data.party}`), score: data.score }), data.comment ? [' — ', h('q', {}, data.comment)] : null);
    case 'DeadlineScheduled': return h('p', {}, t(`clock.${data.kind}`), ' → ', when(data.dueAt, locale()), ' ', h('code', {}, data.rule));
    default: return null;
  }
}

function forms(d, version, allowed, me) {
  const out = h('div', { class: 'forms' });
  const feedback = h('div', { class: 'feedback', role: 'alert' });
  out.append(feedback);

  async function submit(path, body, key, done) {
    replace(feedback);
    try {
      await api.post(path, body, { ifMatch: version, idempotencyKey: key });
      announce(done);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (e) {
      if (e instanceof ApiError && e.isConflict) {
        replace(feedback, h('div', { class: 'conflict' }, h('strong', {}, t('conflict.title')), ' ',
          t('conflict.text', { version }), ' ', e.message, ' ',
          h('button', { type: 'button', onclick: () => window.dispatchEvent(new HashChangeEvent('hashchange')) }, t('conflict.reload'))));
      } else {
        const fields = Object.entries(e.problem?.errors ?? {}).map(([k, v]) => `${k}: ${v.join(' ')}`).join('; ');
        replace(feedback, h('div', { class: 'error' }, e.message, fields ? ` (${fields})` : ''));
      }
    }
  }

  if (d.mediatorId !== me && !allowed.has('ClaimCase')) out.append(h('p', {}, t('dispute.notYours')));
  if (allowed.has('ClaimCase'))
    out.append(h('button', { type: 'button', class: 'primary', onclick: () => submit(`/mediation/disputes/${d.id}/claim`, {}, newKey(), t('queue.claimed', { order: d.orderId })) }, t('queue.claim')));

  if (allowed.has('RequestEvidence')) {
    const key = newKey();
    const from = h('select', { id: 'evidence-from' }, h('option', { value: 'Buyer' }, t('party.Buyer')), h('option', { value: 'Seller' }, t('party.Seller')));
    const description = h('textarea', { id: 'evidence-description', required: true, rows: 3, maxlength: 2000 });
    out.append(h('form', {
      'aria-labelledby': 'evidence-title', id: 'evidence-form',
      onsubmit: (e) => { e.preventDefault(); submit(`/mediation/disputes/${d.id}/evidence-requests`, { from: from.value, description: description.value }, key, t('forms.evidenceSent')); },
    }, h('h3', { id: 'evidence-title' }, t('forms.requestEvidence')),
    h('label', { for: 'evidence-from' }, t('forms.from')), from,
    h('label', { for: 'evidence-description' }, t('forms.whatIsNeeded')), description,
    h('button', { type: 'submit' }, t('forms.sendRequest'))));
  }

  if (allowed.has('RecordDecision') || d.mediatorId === me) {
    const key = newKey();
    const digits = minorDigits(d.amountPaid.currency);
    const outcome = h('select', { id: 'decision-outcome' }, ['FullRefund', 'PartialRefund', 'ReturnAndRefund', 'ClaimRejected'].map(k => h('option', { value: k }, t(`decision.${k}`))));
    const amount = h('input', { id: 'decision-amount', type: 'number', min: '0', step: String(1 / 10 ** digits), inputmode: 'decimal', 'aria-describedby': 'amount-hint' });
    const rationale = h('textarea', { id: 'decision-rationale', required: true, rows: 3, maxlength: 2000 });
    out.append(h('form', {
      'aria-labelledby': 'decision-title', id: 'decision-form',
      onsubmit: (e) => {
        e.preventDefault();
        const body = { decision: outcome.value, rationale: rationale.value };
        if (amount.value !== '') body.refundAmount = { amount: Math.round(Number(amount.value) * 10 ** digits), currency: d.amountPaid.currency };
        submit(`/mediation/disputes/${d.id}/decision`, body, key, t('forms.decided'));
      },
    }, h('h3', { id: 'decision-title' }, t('forms.decide')),
    h('label', { for: 'decision-outcome' }, t('forms.outcome')), outcome,
    h('label', { for: 'decision-amount' }, t('forms.amount', { currency: d.amountPaid.currency })), amount,
    h('small', { id: 'amount-hint' }, t('forms.amountHint', { paid: money(d.amountPaid, locale()) })),
    h('label', { for: 'decision-rationale' }, t('forms.rationale')), rationale,
    h('button', { type: 'submit', class: 'primary' }, t('forms.recordDecision'))));
  }

  if (allowed.has('ReleaseCase'))
    out.append(h('button', { type: 'button', onclick: () => submit(`/mediation/disputes/${d.id}/release`, {}, newKey(), t('queue.released', { order: d.orderId })) }, t('queue.release')));
  return out;
}
