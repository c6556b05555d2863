import { h, replace } from './dom.js';
import { t } from './i18n.js';
import { developmentSignIn, beginOidc } from './auth.js';

export async function signInPage(main, signedIn) {
  const settings = await (await fetch('/console/settings')).json();
  const error = h('p', { class: 'error', role: 'alert', id: 'sign-in-error' }, sessionStorage.getItem('disputes.console.error') ?? '');
  sessionStorage.removeItem('disputes.console.error');
  const parts = [h('h1', { tabindex: '-1' }, t('signIn.title')), h('p', {}, t('signIn.intro')), error];

  if (settings.oidc) {
    parts.push(h('section', { 'aria-labelledby': 'oidc-title' },
      h('h2', { id: 'oidc-title' }, t('signIn.oidc')),
      h('button', { type: 'button', class: 'primary', onclick: () => beginOidc(settings.oidc).catch(e => { error.textContent = e.message; }) },
        t('signIn.oidcButton', { authority: new URL(settings.oidc.authority).host }))));
  }
  if (settings.developmentSignIn) {
    const subject = h('input', { id: 'subject', name: 'subject', required: true, autocomplete: 'username', value: 'mediator-1' });
    const role = h('select', { id: 'role', name: 'role' }, settings.roles.map(r => h('option', { value: r }, t(`role.${r}`))));
    role.addEventListener('change', () => { subject.value = `${role.value}-1`; });
    parts.push(h('form', {
      class: 'card', 'aria-labelledby': 'dev-title',
      onsubmit: async (event) => {
        event.preventDefault();
        try {
          await developmentSignIn(subject.value.trim(), role.value);
          signedIn();
        } catch (e) {
          error.textContent = e.message;
        }
      },
    },
    h('h2', { id: 'dev-title' }, t('signIn.development')),
    h('p', { class: 'hint' }, t('signIn.developmentHint')),
    h('label', { for: 'role' }, t('signIn.role')), role,
    h('label', { for: 'subject' }, t('signIn.subject')), subject,
    h('button', { type: 'submit', class: 'primary' }, t('signIn.button'))));
  }
  if (!settings.oidc && !settings.developmentSignIn) parts.push(h('p', { class: 'error' }, t('signIn.none')));
  replace(main, ...parts);
}
