// The console: a hash-routed page over the public API. Each route renders into <main> and moves focus to its heading.
import { h, replace } from './dom.js';
import { t, setLanguage, language } from './i18n.js';
import { session, signOut, completeOidc } from './auth.js';
import { signInPage } from './page-signin.js';
import { queuePage } from './page-queue.js';
import { disputePage } from './page-dispute.js';
import { auditHomePage, auditDisputePage } from './page-audit.js';
import { statisticsPage } from './page-statistics.js';
import { whatIfPage } from './page-whatif.js';

const main = document.getElementById('main');

const routes = [
  [/^#\/queue$/, () => queuePage(main), 'mediator'],
  [/^#\/disputes\/([0-9a-f-]{36})$/i, m => disputePage(main, m[1]), 'mediator'],
  [/^#\/audit$/, () => auditHomePage(main), 'auditor'],
  [/^#\/audit\/([0-9a-f-]{36})$/i, m => auditDisputePage(main, m[1]), 'auditor'],
  [/^#\/statistics$/, () => statisticsPage(main), 'auditor'],
  [/^#\/what-if$/, () => whatIfPage(main), 'auditor'],
];

function home(s) {
  return s.roles.includes('mediator') ? '#/queue' : '#/audit';
}

function navigation(s) {
  const links = [];
  if (s?.roles.includes('mediator')) links.push(['#/queue', t('nav.queue')]);
  if (s?.roles.some(r => r === 'auditor' || r === 'admin')) links.push(['#/audit', t('nav.audit')], ['#/statistics', t('nav.statistics')], ['#/what-if', t('nav.whatIf')]);
  const current = location.hash.split('/').slice(0, 2).join('/');
  replace(document.getElementById('nav'), h('ul', {}, links.map(([href, label]) =>
    h('li', {}, h('a', { href, 'aria-current': current === href ? 'page' : undefined }, label)))));
  document.getElementById('who').textContent = s ? `${s.subject} · ${s.roles.join(', ')}` : '';
  // The skip link moves focus without touching the hash, which is the router's.
document.querySelector('.skip').addEventListener('click', (e) => { e.preventDefault(); main.focus(); });
document.getElementById('sign-out').hidden = !s;
}

async function render() {
  const s = session();
  navigation(s);
  if (!s) return signInPage(main, () => { location.hash = home(session()); render(); });
  const route = routes.find(([pattern]) => pattern.test(location.hash));
  if (!route) {
    location.replace(home(s));
    return;
  }
  const [pattern, page] = route;
  try {
    await page(location.hash.match(pattern));
  } catch (e) {
    replace(main, h('h1', { tabindex: '-1' }, t('error.title')), h('p', { class: 'error', role: 'alert' }, e.message));
  }
  main.querySelector('h1')?.focus();
}

document.getElementById('sign-out').addEventListener('click', () => { signOut(); location.hash = ''; render(); });
const select = document.getElementById('lang');
select.value = language();
select.addEventListener('change', () => { setLanguage(select.value); render(); });
window.addEventListener('hashchange', render);

try {
  if (await completeOidc()) location.hash = home(session());
} catch (e) {
  sessionStorage.setItem('disputes.console.error', e.message);
}
setLanguage(language());
render();
