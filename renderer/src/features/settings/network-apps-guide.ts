/**
 * The guidance of Settings → Network apps: which app to create, what to register, and why Tether asks for each
 * permission. Console wording changes often; the steps name the settings, not exact menu paths, where unsure.
 * UNVERIFIED: the names of Meta's "Embedded browser OAuth login" switch and X's "User authentication settings" page
 * are from the consoles as remembered, not from our facts doc; the redirect and callback rules are (facts §d).
 */

/** Why each permission or scope is asked for. */
export const SCOPE_REASONS: Readonly<Record<string, string>> = {
  public_profile: 'who signed in, so a reconnect can check it is the same person',
  pages_show_list: 'list the Pages you manage',
  pages_read_engagement: 'read your Pages (Facebook requires it alongside pages_manage_posts)',
  pages_manage_posts: 'check that Tether can publish to each Page',
  business_management: 'reach Pages owned through a business portfolio',
  instagram_basic: 'see the Instagram accounts linked to your Pages',
  instagram_content_publish: 'check that Tether can publish to them',
  'tweet.read': 'read your profile to check the connection (X needs it with users.read)',
  'users.read': 'read your profile to check the connection',
  'tweet.write': 'check that publishing is allowed',
  'offline.access': 'a refresh token, so the login lasts beyond X’s two hours',
};

export const META_STEPS = [
  'At developers.facebook.com/apps, create an app of type Business and add the Facebook Login product.',
  'In Facebook Login → Settings, turn on Client OAuth login and Embedded browser OAuth login, and add the redirect URI below to Valid OAuth Redirect URIs.',
  'In App settings → Basic, copy the App ID and the App Secret into the form below.',
  'While the app is in Development mode only people with a role on it can sign in; switch it to Live (after App Review of the permissions) for everyone else.',
] as const;

export const X_STEPS = [
  'At developer.x.com, open your project’s app and edit User authentication settings.',
  'Choose the permissions Read and write, and the type of app Native App (a public client: it has no secret, and Tether uses PKCE).',
  'Add the callback URL below exactly as shown: X accepts only exact matches, port included.',
  'Copy the OAuth 2.0 Client ID (not the API key) into the form below.',
] as const;
