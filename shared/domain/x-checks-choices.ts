/** X checks' plain values for the renderer (no zod here, so the window's startup doesn't load the validator). */

/** Why X checks are paused or slowed. */
export const X_PAUSE_CAUSES = ['credits_depleted', 'usage_capped', 'budget_reached', 'budget_near'] as const;
export type XPauseCause = (typeof X_PAUSE_CAUSES)[number];

/** Where the user buys X credits, sets X's own spending limit and sees the bill. */
export const X_DEVELOPER_CONSOLE_URL = 'https://console.x.com';
