/** The Facebook Login permissions Tether needs, and which accounts each one matters to. */

/** To list the Pages and publish to them (pages_manage_posts needs pages_read_engagement). */
export const PAGE_SCOPES = ['pages_show_list', 'pages_read_engagement', 'pages_manage_posts'] as const;
/** To read and publish to the Instagram accounts linked to those Pages (IG content publishing needs the Page read scopes too). */
export const INSTAGRAM_SCOPES = ['instagram_basic', 'instagram_content_publish', 'pages_show_list', 'pages_read_engagement'] as const;
/** Everything the login dialog asks for. */
export const FACEBOOK_LOGIN_SCOPES = ['public_profile', ...PAGE_SCOPES, 'business_management', 'instagram_basic', 'instagram_content_publish'] as const;

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
