/** The X OAuth 2.0 scopes Tether asks for (the single source for the provider, the demo and test fixtures). */

/** One line per requested scope: why Tether asks for it. */
export const X_SCOPE_PURPOSES = {
  'tweet.read': 'Needed with users.read for GET /2/users/me, the liveness check.',
  'tweet.write': 'Publishes posts.',
  'users.read': 'Who signed in (GET /2/users/me).',
  'offline.access': 'A refresh token, so Tether renews the 2-hour access token by itself.',
} as const;

export const X_SCOPES = Object.keys(X_SCOPE_PURPOSES) as ReadonlyArray<keyof typeof X_SCOPE_PURPOSES>;
