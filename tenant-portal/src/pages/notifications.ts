// Notifications of the shop: who is written to in which language and the shop's contact email
// (settings), and the wording of each moment per language (templates: the shop's own or the
// shipped default, with reset). The shop administrator edits; other shop roles read.
import { ApiError, type Call } from '../api';
import { h, message, tr } from '../dom';
import { describeFailure } from '../failure';
import type { MessageKey } from '../i18n';

type Caller = (spec: Call) => Promise<unknown>;

interface SettingsView {
  readonly buyerLanguage: string;
  readonly shopLanguage: string;
  readonly contactEmail: string | null;
}

export interface TemplateView {
  readonly moment: string;
  readonly language: string;
  readonly audience: string;
  readonly emailSubject: string | null;
  readonly emailBody: string | null;
  readonly smsText: string | null;
  readonly custom: boolean;
}

/** A template form's body: cleared parts are sent as null (that part is then not sent at all). */
export function templateRequest(subject: string, body: string, sms: string): { emailSubject: string | null; emailBody: string | null; smsText: string | null } {
  const value = (text: string) => (text.trim() === '' ? null : text);
  return { emailSubject: value(subject.trim()), emailBody: value(body), smsText: value(sms) };
}

function fieldErrors(error: unknown, targets: Readonly<Record<string, HTMLElement>>): string[] {
  const problems = error instanceof ApiError ? error.problem?.errors ?? [] : [];
  const rest: string[] = [];
  for (const p of problems) {
    const target = p.field ? targets[p.field] : undefined;
    if (target) {
      target.textContent = p.message;
      target.hidden = false;
    } else rest.push(p.field ? `${p.field}: ${p.message}` : p.message);
  }
  return rest;
}

export function renderNotificationsPage(options: { call: Caller; canManage: boolean }): HTMLElement {
  const { call, canManage } = options;
  // Settings
  const select = (testId: string, values: readonly string[]) =>
    h('select', { class: 'input', 'data-testid': testId, disabled: true }, ...values.map((v) => h('option', { value: v }, v)));
  const buyerLanguage = select('settings-buyer-language', ['auto', 'ru', 'en']);
  const shopLanguage = select('settings-shop-language', ['ru', 'en']);
  // Disabled until the saved settings are in, so that what the user types is not overwritten by them.
  const email = h('input', { type: 'email', class: 'input', 'data-testid': 'settings-contact-email', disabled: true });
  const emailError = h('span', { class: 'field-error', 'data-testid': 'settings-contact-email-error', hidden: true });
  const saveSettings = h('button', { type: 'button', class: 'button', 'data-testid': 'settings-save', hidden: !canManage }, tr('nt.save'));
  const settingsOk = message('settings-saved', 'success');
  const settingsError = message('settings-error', 'error');
  const loadSettings = async () => {
    try {
      const s = (await call({ method: 'GET', path: 'notification-settings' })) as SettingsView;
      buyerLanguage.value = s.buyerLanguage;
      shopLanguage.value = s.shopLanguage;
      email.value = s.contactEmail ?? '';
      for (const input of [buyerLanguage, shopLanguage, email]) input.disabled = !canManage;
    } catch (error) {
      settingsError.show(describeFailure(error));
    }
  };
  saveSettings.addEventListener('click', async () => {
    settingsOk.clear();
    settingsError.clear();
    emailError.hidden = true;
    try {
      await call({
        method: 'PUT',
        path: 'notification-settings',
        body: JSON.stringify({ buyerLanguage: buyerLanguage.value, shopLanguage: shopLanguage.value, contactEmail: email.value.trim() || null }),
        contentType: 'application/json',
      });
      settingsOk.show({ key: 'nt.saved' });
    } catch (error) {
      const rest = fieldErrors(error, { contactEmail: emailError });
      settingsError.show(rest.length > 0 ? { raw: rest.join('; ') } : describeFailure(error));
    }
  });

  // Templates
  const templatesError = message('templates-error', 'error');
  const body = h('tbody');
  const editor = h('div');
  const loadTemplates = async () => {
    templatesError.clear();
    try {
      const list = (await call({ method: 'GET', path: 'notification-templates' })) as TemplateView[];
      body.replaceChildren(...list.map((tv) => {
        const edit = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'template-edit' }, tr(canManage ? 'nt.edit' : 'nt.view'));
        edit.addEventListener('click', () => editor.replaceChildren(templateEditor(tv)));
        return h('tr', { 'data-testid': 'template-row', 'data-moment': tv.moment, 'data-language': tv.language, 'data-custom': String(tv.custom) },
          h('td', { 'data-col': 'moment' }, tv.moment),
          h('td', { 'data-col': 'language' }, tv.language),
          h('td', { 'data-col': 'audience' }, tv.audience),
          h('td', { 'data-col': 'custom' }, tr(tv.custom ? 'nt.custom' : 'nt.default')),
          h('td', {}, edit));
      }));
    } catch (error) {
      templatesError.show(describeFailure(error));
    }
  };
  const templateEditor = (tv: TemplateView): HTMLElement => {
    const path = `notification-templates/${encodeURIComponent(tv.moment)}/${encodeURIComponent(tv.language)}`;
    const input = (testId: string, label: MessageKey, value: string | null, rows: number) => {
      const element = rows > 1
        ? h('textarea', { class: 'input', rows: String(rows), 'data-testid': testId, disabled: !canManage })
        : h('input', { type: 'text', class: 'input', 'data-testid': testId, disabled: !canManage });
      element.value = value ?? '';
      const error = h('span', { class: 'field-error', 'data-testid': `${testId}-error`, hidden: true });
      return { element, error, label: h('label', { class: 'field' }, tr(label), element, error) };
    };
    const subject = input('template-subject', 'nt.subject', tv.emailSubject, 1);
    const text = input('template-body', 'nt.body', tv.emailBody, 8);
    const sms = input('template-sms', 'nt.sms', tv.smsText, 3);
    const ok = message('template-saved', 'success');
    const fail = message('template-error', 'error');
    const save = h('button', { type: 'button', class: 'button', 'data-testid': 'template-save', hidden: !canManage }, tr('nt.save'));
    const reset = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'template-reset', hidden: !canManage }, tr('nt.reset'));
    const fill = (v: TemplateView) => {
      subject.element.value = v.emailSubject ?? '';
      text.element.value = v.emailBody ?? '';
      sms.element.value = v.smsText ?? '';
    };
    const clear = () => {
      ok.clear();
      fail.clear();
      for (const x of [subject, text, sms]) x.error.hidden = true;
    };
    save.addEventListener('click', async () => {
      clear();
      try {
        const saved = (await call({
          method: 'PUT',
          path,
          body: JSON.stringify(templateRequest(subject.element.value, text.element.value, sms.element.value)),
          contentType: 'application/json',
        })) as TemplateView;
        fill(saved);
        ok.show({ key: 'nt.saved' });
        await loadTemplates();
      } catch (error) {
        const rest = fieldErrors(error, { emailSubject: subject.error, emailBody: text.error, smsText: sms.error });
        fail.show(rest.length > 0 ? { raw: rest.join('; ') } : describeFailure(error));
      }
    });
    reset.addEventListener('click', async () => {
      clear();
      try {
        fill((await call({ method: 'DELETE', path })) as TemplateView);
        ok.show({ key: 'nt.resetDone' });
        await loadTemplates();
      } catch (error) {
        fail.show(describeFailure(error));
      }
    });
    const hint = h('p', { class: 'muted' }, tr('nt.placeholders'));
    return h('section', { class: 'card', 'data-testid': 'template-editor', 'data-moment': tv.moment, 'data-language': tv.language },
      h('h2', {}, `${tv.moment} · ${tv.language}`), hint, subject.label, text.label, sms.label,
      h('div', { class: 'actions' }, save, reset), ok.element, fail.element);
  };
  void loadSettings();
  void loadTemplates();
  const heads: MessageKey[] = ['nt.col.moment', 'nt.col.language', 'nt.col.audience', 'nt.col.custom'];
  return h('main', { class: 'page', id: 'main', 'data-testid': 'notifications-page' },
    h('h1', { tabindex: '-1' }, tr('nt.title')),
    h('section', { class: 'card', 'data-testid': 'notification-settings' }, h('h2', {}, tr('nt.settings')),
      h('div', { class: 'fields' },
        h('label', { class: 'field' }, tr('nt.buyerLanguage'), buyerLanguage),
        h('label', { class: 'field' }, tr('nt.shopLanguage'), shopLanguage),
        h('label', { class: 'field' }, tr('nt.contactEmail'), email, emailError),
        saveSettings),
      settingsOk.element, settingsError.element),
    h('section', { class: 'card' }, h('h2', {}, tr('nt.templates')), templatesError.element,
      h('table', { class: 'table', 'data-testid': 'templates-table' }, h('thead', {}, h('tr', {}, ...heads.map((k) => h('th', {}, tr(k))), h('th'))), body)),
    editor);
}
