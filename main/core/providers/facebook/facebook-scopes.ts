/**
 * The Facebook Login permissions Tether asks for (the single source: the login dialog, the demo and the test
 * fixtures import these), why each one, and which accounts each one matters to.
 */

/** One line per requested scope: why Tether asks for it. */
export const SCOPE_PURPOSES = {
  public_profile: 'Who signed in (name and id), so a reconnect can check it is the same person.',
  pages_show_list: 'Lists the Pages the person manages (/me/accounts), with their Page tokens.',
  pages_read_engagement: 'Reads each Page through its Page token; publishing needs it alongside pages_manage_posts.',
  pages_manage_posts: 'Publishes to the Pages.',
  business_management: 'Reaches Pages and Instagram accounts whose role comes through a Business portfolio.',
  instagram_basic: 'Reads the Instagram accounts linked to the Pages.',
  instagram_content_publish: 'Publishes to those Instagram accounts.',
  // IG User media docs: "If the app user was granted a role on the Page via the Business Manager, you will also
  // need one of: ads_management, ads_read" (older wording; the current one names ads_management or business_management).
  ads_read: 'Instagram publishing when the Page role comes through a Business portfolio (IG User docs: ads_management or ads_read).',
} as const;

export type FacebookScope = keyof typeof SCOPE_PURPOSES;

/** To list the Pages and publish to them (pages_manage_posts needs pages_read_engagement). */
export const PAGE_SCOPES = ['pages_show_list', 'pages_read_engagement', 'pages_manage_posts'] as const satisfies readonly FacebookScope[];
/** To read and publish to the Instagram accounts linked to those Pages (IG content publishing needs the Page read scopes too). */
export const INSTAGRAM_SCOPES = [
  'instagram_basic',
  'instagram_content_publish',
  'pages_show_list',
  'pages_read_engagement',
] as const satisfies readonly FacebookScope[];
/** Everything the login dialog asks for. */
export const FACEBOOK_LOGIN_SCOPES: readonly FacebookScope[] = Object.keys(SCOPE_PURPOSES) as FacebookScope[];

/** Page tasks that allow publishing (media_publish doc: MANAGE or CREATE_CONTENT). */
export const PUBLISHING_TASKS = ['MANAGE', 'CREATE_CONTENT'] as const;

/** True when a Page's tasks let the person publish. */
export function canPublish(tasks: readonly string[]): boolean {
  return tasks.some((t) => (PUBLISHING_TASKS as readonly string[]).includes(t));
}

/** Required scopes missing from `granted`. */
export function missingScopes(required: readonly string[], granted: readonly string[]): string[] {
  return required.filter((scope) => !granted.includes(scope));
}
