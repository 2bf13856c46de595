/**
 * The names of the signals a Facebook verdict can rest on, as the support line shows them ("decided by …"), so a
 * person reading a card, or support reading a copied line, knows which answer Tether believed.
 */
export const SIGNALS = {
  pageToken: "the Page's own token",
  pageTasks: 'Page tasks listed by /me/accounts',
  permissions: '/me/permissions',
  pagePick: 'debug_token target_ids of pages_show_list',
  instagramPick: 'debug_token target_ids of instagram_basic',
  unreadable: 'absent from /me/accounts and unreadable by its own token',
  instagramLink: "the Page's instagram_business_account",
  instagramNode: "the Instagram account's own answer",
  recheck: 'the same error on a second, single request',
} as const;
