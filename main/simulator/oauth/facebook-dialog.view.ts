/** The HTML of the simulated Facebook login dialog: choose a person, consent (permissions + Page picker), blocked. */
import type { FacebookUser, Page } from '../world/world.schema';
import { esc, hidden, htmlPage } from './html-page';

/** What the consent page shows. */
export interface ConsentView {
  readonly action: string;
  readonly query: string;
  readonly appName: string;
  readonly user: FacebookUser;
  /** Permissions to show (public_profile is always granted and shown without one). */
  readonly scopes: readonly string[];
  /** A Login for Business configuration: its permissions are granted together, so they come without checkboxes. */
  readonly scopesFixed: boolean;
  readonly pages: readonly Page[];
  readonly pickedPages: ReadonlySet<string> | null;
}

const PLAIN: Record<string, string> = {
  public_profile: 'Your name and profile picture',
  email: 'Your email address',
  pages_show_list: 'Show a list of the Pages you manage',
  pages_read_engagement: 'Read content posted on the Page',
  pages_manage_posts: 'Create and manage content on your Page',
  pages_manage_metadata: 'Manage accounts, settings and webhooks for a Page',
  business_management: 'Manage your business',
  instagram_basic: 'Access profile and posts from the Instagram account connected to your Page',
  instagram_content_publish: 'Create and publish content on the connected Instagram account',
};

/** The "choose who you are" page. */
export function loginPage(action: string, query: string, appName: string, users: readonly FacebookUser[]): string {
  const options = users
    .map((u, i) => `<label><input type="radio" name="sim_user" value="${esc(u.id)}"${i === 0 ? ' checked' : ''}> ${esc(u.name)}</label>`)
    .join('');
  return htmlPage(
    'Log in to Facebook',
    `<p>Log in to continue to <strong>${esc(appName)}</strong>.</p>
<form method="post" action="${esc(action)}">${hidden('sim_query', query)}
<fieldset><legend>Choose an account</legend>${options}</fieldset>
<div class="actions"><button class="primary" type="submit" name="sim_action" value="login">Log in</button>
<button type="submit" name="sim_action" value="cancel">Cancel</button></div></form>`,
    'Facebook',
  );
}

/** The consent page: permissions that can be unticked, the Page picker, continue / cancel / switch user. */
export function consentPage(view: ConsentView): string {
  const scopes = view.scopesFixed
    ? view.scopes.map((s) => `<li>${esc(PLAIN[s] ?? s)} <span class="note">(${esc(s)})</span></li>`).join('')
    : view.scopes
        .map((s) => `<label><input type="checkbox" name="scope" value="${esc(s)}" checked> ${esc(PLAIN[s] ?? s)} <span class="note">(${esc(s)})</span></label>`)
        .join('');
  const pages = view.pages
    .map((p) => {
      const checked = view.pickedPages === null || view.pickedPages.has(p.id) ? ' checked' : '';
      return `<label><input type="checkbox" name="page" value="${esc(p.id)}"${checked}> ${esc(p.name)}</label>`;
    })
    .join('');
  const pagePicker = pages ? `<fieldset><legend>Choose the Pages ${esc(view.appName)} can access</legend>${pages}</fieldset>` : '';
  const scopeList = !scopes
    ? ''
    : view.scopesFixed
      ? `<p>${esc(view.appName)} would like to access:</p><ul>${scopes}</ul>`
      : `<fieldset><legend>${esc(view.appName)} would like to access</legend>${scopes}</fieldset>`;
  return htmlPage(
    `Continue as ${view.user.name}?`,
    `<p><strong>${esc(view.appName)}</strong> will receive your name and profile picture.</p>
<form method="post" action="${esc(view.action)}">${hidden('sim_query', view.query)}${hidden('sim_user', view.user.id)}
${scopeList}${pagePicker}
<div class="actions"><button class="primary" type="submit" name="sim_action" value="continue">Continue as ${esc(view.user.name.split(' ')[0] ?? view.user.name)}</button>
<button type="submit" name="sim_action" value="cancel">Cancel</button></div></form>
<form method="post" action="${esc(view.action)}">${hidden('sim_query', view.query)}
<button type="submit" name="sim_action" value="switch">Log in as a different user</button></form>`,
    'Facebook',
  );
}

/** Shown instead of consent when the account is held at a checkpoint or unconfirmed. */
export function blockedPage(action: string, query: string, user: FacebookUser, block: 'checkpoint' | 'unconfirmed'): string {
  const text =
    block === 'checkpoint'
      ? 'Your account is temporarily locked. Log in on facebook.com and follow the steps there to secure it, then try again.'
      : 'Confirm your account on facebook.com before you log in to apps with it.';
  return htmlPage(
    `${user.name}: action needed on Facebook`,
    `<p role="alert">${esc(text)}</p><form method="post" action="${esc(action)}">${hidden('sim_query', query)}
<div class="actions"><button type="submit" name="sim_action" value="cancel">Cancel</button>
<button type="submit" name="sim_action" value="switch">Log in as a different user</button></div></form>`,
    'Facebook',
  );
}

/** Facebook's /connect/login_success.html: the page desktop apps watch for. */
export function loginSuccessPage(): string {
  return htmlPage('Success', '<p>SECURITY WARNING: Please treat the URL above as you would your password and do not share it with anyone.</p>', 'Facebook');
}
