// Sign-in for curators: a bearer token typed once, checked with GET /api/whoami, kept for this tab
// only. The control shows who is signed in and a sign-out; the curation controls listen to it and
// appear only while a curator is signed in, so a reader without a token sees none of them.
import { t } from '../i18n/i18n';
import { el } from '../ui/dom';
import { CurationError, curationApi, tokens, type Curator } from './curator-api';

type Listener = (curator: Curator | undefined) => void;

export class SignIn {
  private who: Curator | undefined;
  private readonly listeners: Listener[] = [];
  private formOpen = false;
  private message = '';

  constructor(
    private readonly host: HTMLElement,
    private readonly onCurate: () => void,
  ) {
    this.draw();
    if (tokens.value) void this.check(tokens.value, false);
  }

  get curator(): Curator | undefined {
    return this.who?.role === 'curator' ? this.who : undefined;
  }

  /** Calls `listener` now and after every sign-in and sign-out. */
  on(listener: Listener): void {
    this.listeners.push(listener);
    listener(this.curator);
  }

  signOut(): void {
    tokens.clear();
    this.set(undefined, '');
  }

  private set(who: Curator | undefined, message: string, formOpen = false): void {
    this.who = who;
    this.message = message;
    this.formOpen = formOpen;
    this.draw();
    for (const listener of this.listeners) listener(this.curator);
  }

  /** Asks who the token belongs to; keeps it only if the server knows it. */
  private async check(token: string, typed: boolean): Promise<void> {
    try {
      const who = await curationApi.whoami(token);
      tokens.set(token);
      this.set(who, who.role === 'curator' ? '' : t('readerOnly', { name: who.name }));
    } catch (error) {
      if (error instanceof CurationError && (error.status === 401 || error.status === 403 || error.status === 429)) tokens.clear();
      const why =
        error instanceof CurationError && error.status === 401
          ? t('unknownToken')
          : t('couldNotSignIn', { message: error instanceof Error ? error.message : String(error) });
      this.set(undefined, why, typed);
    }
  }

  private draw(): void {
    const note = this.message ? el('span', { class: 'sign-in-note', role: 'status' }, this.message) : '';
    if (this.who) {
      const out = el('button', { type: 'button', class: 'sign-out' }, t('signOut'));
      out.addEventListener('click', () => this.signOut());
      const parts: (Node | string)[] = [el('span', { class: 'who', 'data-role': this.who.role }, `${this.who.name} (${this.who.role})`)];
      if (this.curator) {
        const curate = el('button', { type: 'button', class: 'primary curate-open' }, t('curate'));
        curate.addEventListener('click', this.onCurate);
        parts.push(curate);
      }
      this.host.replaceChildren(...parts, out, note);
      return;
    }
    if (!this.formOpen) {
      const open = el('button', { type: 'button', class: 'sign-in-open' }, t('signIn'));
      open.addEventListener('click', () => {
        this.formOpen = true;
        this.message = '';
        this.draw();
        this.host.querySelector('input')?.focus();
      });
      this.host.replaceChildren(open, note);
      return;
    }
    const input = el('input', {
      type: 'password',
      class: 'token',
      autocomplete: 'off',
      placeholder: t('tokenPlaceholder'),
      'aria-label': t('tokenLabel'),
    });
    const cancel = el('button', { type: 'button' }, t('cancel'));
    cancel.addEventListener('click', () => this.set(undefined, ''));
    const form = el(
      'form',
      { class: 'sign-in-form' },
      input,
      el('button', { type: 'submit', class: 'primary' }, t('signIn')),
      cancel,
      note,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const token = input.value.trim();
      if (token) void this.check(token, true);
    });
    this.host.replaceChildren(form);
  }
}
