/**
 * The guidance of Settings → Network apps: which app to create, which login product it has and how to tell, what to
 * register, who can sign in, and why Tether asks for each permission. Every address is a link.
 * Sources: Facebook Login for Business (developers.facebook.com/docs/facebook-login/facebook-login-for-business/:
 * Business apps only, a configuration sets token type, assets and permissions, all permissions granted together);
 * app types (Business apps have no Development/Live modes, only access levels); access levels (Standard Access: only
 * people with a role on the app). UNVERIFIED: the exact names of dashboard menus and switches ("Embedded browser OAuth
 * login", "Configurations", X's "User authentication settings") are from the consoles as remembered; consoles change.
 */

/** A piece of guide text: plain words, or a link. */
export type GuidePart = string | { readonly text: string; readonly href: string };
export type GuideLine = readonly GuidePart[];
/** A paragraph, a list, and a closing paragraph (any may be empty). */
export interface GuideBlock {
  readonly intro: GuideLine;
  readonly items: readonly GuideLine[];
  readonly outro?: GuideLine;
}
/** A numbered step, with choices under it. */
export interface GuideStep {
  readonly line: GuideLine;
  readonly options?: readonly GuideLine[];
}

const link = (text: string, href: string): GuidePart => ({ text, href });

export const META_LINKS = {
  apps: link('Meta App Dashboard', 'https://developers.facebook.com/apps/'),
  loginForBusiness: link('Meta’s guide to Facebook Login for Business', 'https://developers.facebook.com/docs/facebook-login/facebook-login-for-business/'),
  appTypes: link('Meta: app types', 'https://developers.facebook.com/docs/development/create-an-app/app-dashboard/app-types/'),
  accessLevels: link('Meta: access levels', 'https://developers.facebook.com/docs/graph-api/overview/access-levels/'),
  appRoles: link('Meta: app roles', 'https://developers.facebook.com/docs/development/build-and-test/app-roles/'),
  appReview: link('Meta: App Review', 'https://developers.facebook.com/docs/app-review/'),
  desktopRedirect: link('https://www.facebook.com/connect/login_success.html', 'https://www.facebook.com/connect/login_success.html'),
} as const;

/** Why each permission or scope is asked for. */
export const SCOPE_REASONS: Readonly<Record<string, string>> = {
  public_profile: 'who signed in, so a reconnect can check it is the same person',
  pages_show_list: 'list the Pages you manage',
  pages_read_engagement: 'read your Pages (Facebook requires it alongside pages_manage_posts)',
  pages_manage_posts: 'check that Tether can publish to each Page',
  business_management: 'reach Pages owned through a business portfolio',
  instagram_basic: 'see the Instagram accounts linked to your Pages',
  instagram_content_publish: 'check that Tether can publish to them',
  ads_read: 'publish to Instagram when your Page role comes through a business portfolio',
  'tweet.read': 'read your profile to check the connection (X needs it with users.read)',
  'users.read': 'read your profile to check the connection',
  'tweet.write': 'check that publishing is allowed',
  'offline.access': 'a refresh token, so the login lasts beyond X’s two hours',
};

/** How to tell which login product the app has. */
export const META_WHICH_LOGIN: GuideBlock = {
  intro: ['Which login does your app have? Open it in the ', META_LINKS.apps, ' and look at the products in its left-hand menu:'],
  items: [
    [
      'Facebook Login for Business (apps of type Business made today have only this one): your app signs in with a configuration. Create one as below and enter its Configuration ID.',
    ],
    ['Facebook Login (apps of type Consumer, and Business apps made before Login for Business): leave the Configuration ID empty.'],
  ],
};

/** The steps for a Business app with Facebook Login for Business (a classic app skips the configuration). */
export const META_STEPS: readonly GuideStep[] = [
  { line: ['In the ', META_LINKS.apps, ', create an app of type Business (or open yours).'] },
  {
    line: [
      'In Facebook Login for Business → Settings (Facebook Login → Settings on a classic app), turn on Client OAuth login and Embedded browser OAuth login, and add the redirect URI below to Valid OAuth Redirect URIs.',
    ],
  },
  {
    line: [
      'In Facebook Login for Business → Configurations, create a configuration with the assets Pages and Instagram accounts and the permissions listed below, and choose its access token type (',
      META_LINKS.loginForBusiness,
      '):',
    ],
    options: [
      [
        'User access token: the login of the person who signs in, like classic Facebook Login. With the App Secret it lasts about 60 days; without it, about an hour.',
      ],
      [
        'System-user access token: a token of the business rather than of a person. Choose the expiration Never, and Tether shows it as never expiring, without expiry warnings. It needs the App Secret.',
      ],
    ],
  },
  { line: ['Copy the configuration’s ID, and from App settings → Basic the App ID and the App Secret, into the form below.'] },
];

/** Who can sign in with the app, and what to do for colleagues. */
export const META_WHO_CAN_SIGN_IN: GuideBlock = {
  intro: [
    'Who can sign in: a Business app has no Development or Live mode, only access levels (',
    META_LINKS.appTypes,
    ', ',
    META_LINKS.accessLevels,
    '). Every permission starts with Standard Access, which lets only people with a role on the app sign in.',
  ],
  items: [
    ['Your own login works: you created the app, so you have a role on it.'],
    [
      'For a colleague, add them in App roles → Roles as a Tester, Developer or Administrator (',
      META_LINKS.appRoles,
      '). Their login works once they accept the invitation.',
    ],
    [
      'For anyone who won’t have a role on the app (a client who signs in themselves), each permission needs Advanced Access, which Meta grants through ',
      META_LINKS.appReview,
      ' and which may need a verified business.',
    ],
  ],
  outro: ['A Consumer app with classic Facebook Login has Development and Live modes instead: in Development only people with a role can sign in.'],
};

/** Said under `tether serve`, where Facebook can't sign in (main/serve/serve-sign-in.ts). */
export const META_SERVE_NOTE: GuideLine = [
  'This browser page can’t sign in to Facebook: Facebook sends logins back only to secure addresses or to its own page, which only the desktop app can read. Connect Facebook from the Tether desktop app, which receives logins at ',
  META_LINKS.desktopRedirect,
  ': register that address in the second step.',
];

export const X_STEPS: readonly GuideStep[] = [
  {
    line: [
      'In the ',
      link('X developer portal', 'https://developer.x.com/en/portal/dashboard'),
      ', open your project’s app and edit User authentication settings.',
    ],
  },
  { line: ['Choose the permissions Read and write, and the type of app Native App (a public client: it has no secret, and Tether uses PKCE).'] },
  { line: ['Add the callback URL below exactly as shown: X accepts only exact matches, port included.'] },
  { line: ['Copy the OAuth 2.0 Client ID (not the API key) into the form below.'] },
];
