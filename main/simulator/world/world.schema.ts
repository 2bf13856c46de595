/**
 * The world file: people, Pages, Instagram and X accounts and app credentials the simulator plays.
 * Validated with zod, including cross-references (a Page role must name a known user, and so on).
 */
import { z } from 'zod';

const numericId = z.string().regex(/^\d{3,24}$/, 'must be a numeric id (digits only, as the networks use)');

/** Page tasks as Graph reports them in `/me/accounts` (provider-api-facts.md §b.3). */
export const PAGE_TASKS = ['MANAGE', 'CREATE_CONTENT', 'MODERATE', 'ADVERTISE', 'ANALYZE', 'MESSAGING'] as const;
export const PageTaskSchema = z.enum(PAGE_TASKS);
export type PageTask = z.infer<typeof PageTaskSchema>;

/** Instagram account types: `account_type` values BUSINESS / MEDIA_CREATOR, plus PERSONAL (not reachable by the API). */
export const INSTAGRAM_ACCOUNT_TYPES = ['BUSINESS', 'MEDIA_CREATOR', 'PERSONAL'] as const;
export type InstagramAccountType = (typeof INSTAGRAM_ACCOUNT_TYPES)[number];

/** The Facebook Login permissions the simulated dialog knows; anything else is an "Invalid Scopes" error. */
export const FACEBOOK_SCOPES = [
  'public_profile',
  'email',
  'pages_show_list',
  'pages_read_engagement',
  'pages_manage_posts',
  'pages_manage_metadata',
  'pages_read_user_content',
  'pages_manage_engagement',
  'business_management',
  'read_insights',
  'instagram_basic',
  'instagram_content_publish',
  'instagram_manage_comments',
  'instagram_manage_insights',
  'ads_read',
  'ads_management',
] as const;

/** The X OAuth 2.0 scopes the simulated authorize page knows. */
export const X_SCOPES = [
  'tweet.read',
  'tweet.write',
  'tweet.moderate.write',
  'users.read',
  'follows.read',
  'follows.write',
  'offline.access',
  'space.read',
  'mute.read',
  'mute.write',
  'like.read',
  'like.write',
  'list.read',
  'list.write',
  'block.read',
  'block.write',
  'bookmark.read',
  'bookmark.write',
  'media.write',
] as const;

/** A redirect URI: absolute http(s), or starting with "{simulator}" (replaced by the simulator's own origin). */
const RedirectUri = z.string().refine((v) => {
  const candidate = v.replace('{simulator}', 'http://127.0.0.1:1');
  return URL.canParse(candidate) && /^https?:$/.test(new URL(candidate).protocol);
}, 'must be an absolute http(s) URL or start with {simulator}');

const FacebookUserSchema = z.strictObject({
  id: numericId,
  name: z.string().min(1),
  email: z.email().optional(),
  /** Whether the person has two-factor authentication on (Pages that require 2FA refuse people without it). */
  twoFactorEnabled: z.boolean().default(false),
  /** False = an unconfirmed account (Graph 190/464). */
  confirmed: z.boolean().default(true),
  /** True = the account is held at a security checkpoint (Graph 190/459). */
  checkpointed: z.boolean().default(false),
});

const PageRestrictionsSchema = z.strictObject({
  countries: z.strictObject({ allowed: z.array(z.string().length(2)).optional(), disallowed: z.array(z.string().length(2)).optional() }).optional(),
  minAge: z.number().int().min(13).max(21).optional(),
});

const PageSchema = z.strictObject({
  id: numericId,
  name: z.string().min(1),
  category: z.string().default('Brand'),
  username: z.string().optional(),
  fanCount: z.number().int().nonnegative().default(0),
  isPublished: z.boolean().default(true),
  restrictions: PageRestrictionsSchema.optional(),
  /** The Page's business requires two-factor authentication of everyone who acts as the Page. */
  requiresTwoFactor: z.boolean().default(false),
  roles: z.array(z.strictObject({ userId: numericId, tasks: z.array(PageTaskSchema).min(1) })).default([]),
  instagramAccountId: numericId.optional(),
});

const InstagramAccountSchema = z.strictObject({
  id: numericId,
  username: z.string().min(1),
  name: z.string().min(1),
  accountType: z.enum(INSTAGRAM_ACCOUNT_TYPES).default('BUSINESS'),
  followersCount: z.number().int().nonnegative().default(0),
  mediaCount: z.number().int().nonnegative().default(0),
});

/**
 * A Business portfolio (Business Manager): the people with a role on it, the Pages it owns (Graph links them to this
 * business) and the client Pages it works on as a partner, as an agency does for its clients.
 */
const BusinessPortfolioSchema = z.strictObject({
  id: numericId,
  name: z.string().min(1),
  /** Business users: a base role of Admin or Employee (Business business_users reference). */
  people: z.array(z.strictObject({ userId: numericId, role: z.enum(['ADMIN', 'EMPLOYEE']).default('EMPLOYEE') })).default([]),
  ownedPageIds: z.array(numericId).default([]),
  clientPageIds: z.array(numericId).default([]),
});

const XUserSchema = z.strictObject({
  id: numericId,
  name: z.string().min(1),
  username: z.string().regex(/^\w{1,15}$/, 'must be an X handle without @ (letters, digits, _; up to 15)'),
  createdAt: z.iso.datetime().default('2015-03-01T12:00:00.000Z'),
  profileImageUrl: z.url().optional(),
  verified: z.boolean().default(false),
  protected: z.boolean().default(false),
  locked: z.boolean().default(false),
  suspended: z.boolean().default(false),
});

/**
 * A Facebook Login for Business configuration: the access token type, assets and permissions the login asks for,
 * saved in the App Dashboard and named by its ID in the dialog's `config_id` (developers.facebook.com/documentation/
 * facebook-login/facebook-login-for-business).
 */
const LoginForBusinessConfigSchema = z.strictObject({
  id: numericId,
  name: z.string().min(1),
  /**
   * `user`: a user access token, as the classic dialog gives. `system_user`: a business integration system-user access
   * token, issued through the code flow only and by default never expiring (same doc: the token-type table; Meta's
   * Embedded Signup samples: "response_type: 'code' // must be set to 'code' for System User access token").
   */
  tokenType: z.enum(['user', 'system_user']),
  /** Every permission the login grants: all are granted together, or none ("All permissions … must be granted"). */
  permissions: z.array(z.enum(FACEBOOK_SCOPES)).min(1),
});
export type LoginForBusinessConfig = z.infer<typeof LoginForBusinessConfigSchema>;

const MetaAppSchema = z.strictObject({
  appId: numericId,
  appSecret: z.string().min(16, 'must be at least 16 characters'),
  name: z.string().min(1),
  /** "Valid OAuth redirect URIs" in strict mode: the dialog accepts only exact matches. */
  redirectUris: z.array(RedirectUri).min(1),
  /**
   * The login product of the app. Current Meta (the default): a Business app with Facebook Login for Business, whose
   * dialog refuses a request without `config_id` ("It looks like this app isn't available. This app needs at least
   * one supported permission.": laravel/socialite#716, capacitor-community/facebook-login#173,
   * thebergamo/react-native-fbsdk-next#651). `facebook_login`: the classic product (Consumer apps, older Business
   * apps), whose dialog takes `scope`.
   */
  loginProduct: z.enum(['login_for_business', 'facebook_login']).default('login_for_business'),
  /** The app's Login for Business configurations (used only when `loginProduct` is login_for_business). */
  loginForBusinessConfigs: z.array(LoginForBusinessConfigSchema).default([]),
  /**
   * "Enforce HTTPS": on, and not switchable, for apps made since March 2018 (Meta's Login security guide, quoted in
   * zyra/ngx-facebook#129). The dialog refuses an http redirect with "Insecure Login Blocked" (r-lib/httr#515 and
   * many others). The simulator's own origin stands for https://www.facebook.com and is never refused.
   */
  enforceHttps: z.boolean().default(true),
});

/** X's plan kinds, by how they meter GET /2/users/me. */
export const X_PLAN_KINDS = ['pay_per_use', 'capped', 'unlimited'] as const;

/**
 * The X developer plan the world's app is on.
 * - `pay_per_use` (X's default today): credits bought upfront, "User: Read $0.010 per resource", every resource
 *   deduplicated within a 24-hour UTC day, requests blocked with a 402 once the balance is spent
 *   (docs.x.com/x-api/getting-started/pricing; the 402 body from a public capture, see x-errors.ts).
 * - `capped`: a legacy tier with per-user 24-hour limits. Free: "GET_2_users_me 25 24 hours per user"
 *   (developer.x.com/en/docs/twitter-api/rate-limits).
 * - `unlimited`: no per-read bill and no 24-hour cap (an Enterprise contract); the 15-minute window still applies.
 */
const XPlanSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('pay_per_use'),
    /** The credit balance bought in the Developer Console, in US dollars. */
    creditsUsd: z.number().min(0).max(1_000_000).default(25),
    /** The X account that owns the developer app: its reads of its own data are "Owned Reads" ($0.001). */
    ownerUserId: numericId.optional(),
  }),
  z.strictObject({ kind: z.literal('capped'), usersMePer24hPerUser: z.number().int().positive().default(25) }),
  z.strictObject({ kind: z.literal('unlimited') }),
]);
export type XPlan = z.infer<typeof XPlanSchema>;

const XClientSchema = z.strictObject({
  /** A public (Native App) client: no secret, PKCE required. */
  clientId: z.string().min(8),
  name: z.string().min(1),
  /** Callback URLs are exact matches, port included (provider-api-facts.md §d.2). At most 10. */
  redirectUris: z.array(RedirectUri).min(1).max(10),
  plan: XPlanSchema.prefault({ kind: 'pay_per_use' }),
});

const LimitsSchema = z.strictObject({
  graph: z
    .strictObject({
      /** Calls per rolling hour with user/app tokens before code 4 (X-App-Usage reaches 100). */
      appCallsPerHour: z.number().int().positive().default(4800),
      /** Calls per rolling hour per user before code 17. */
      userCallsPerHour: z.number().int().positive().default(4800),
      /** Calls per rolling hour per Page before 80001 (Page tokens) or 32 (user tokens). */
      pageCallsPerHour: z.number().int().positive().default(4800),
    })
    .prefault({}),
  x: z
    .strictObject({
      /** GET /2/users/me per user per 15-minute window (75 observed, provider-api-facts.md §e). */
      usersMePer15Min: z.number().int().positive().default(75),
      /** Refresh-token lifetime; X does not document it (third-party notes say ~6 months). */
      refreshTokenLifetimeDays: z.number().positive().default(180),
    })
    .prefault({}),
});

const WorldObjectSchema = z.strictObject({
  name: z.string().min(1),
  meta: MetaAppSchema,
  x: XClientSchema,
  facebookUsers: z.array(FacebookUserSchema).default([]),
  pages: z.array(PageSchema).default([]),
  instagramAccounts: z.array(InstagramAccountSchema).default([]),
  xUsers: z.array(XUserSchema).default([]),
  businessPortfolios: z.array(BusinessPortfolioSchema).default([]),
  /**
   * Graph as Meta serves it today (main/simulator/graph/current-meta.ts, each behaviour with its source): Pages of
   * a portfolio the person has no role on are left out of /me/accounts, each permission keeps its own target_ids,
   * and permission errors to Page tokens come as HTTP 500. On unless a world turns it off.
   */
  currentMetaGraph: z.boolean().default(true),
  limits: LimitsSchema.prefault({}),
});

type WorldShape = z.infer<typeof WorldObjectSchema>;

function checkReferences(world: WorldShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message });
  const users = new Set(world.facebookUsers.map((u) => u.id));
  const igIds = new Set(world.instagramAccounts.map((a) => a.id));
  const seen = new Map<string, string>();
  const unique = (id: string, where: (string | number)[]): void => {
    const prior = seen.get(id);
    if (prior) issue(where, `id "${id}" is already used by ${prior}`);
    else seen.set(id, where.join('.'));
  };
  world.facebookUsers.forEach((u, i) => unique(u.id, ['facebookUsers', i, 'id']));
  world.pages.forEach((p, i) => unique(p.id, ['pages', i, 'id']));
  world.instagramAccounts.forEach((a, i) => unique(a.id, ['instagramAccounts', i, 'id']));
  world.xUsers.forEach((x, i) => unique(x.id, ['xUsers', i, 'id']));
  world.meta.loginForBusinessConfigs.forEach((c, i) => unique(c.id, ['meta', 'loginForBusinessConfigs', i, 'id']));
  const linked = new Map<string, number>();
  world.pages.forEach((page, i) => {
    page.roles.forEach((role, j) => {
      if (!users.has(role.userId)) issue(['pages', i, 'roles', j, 'userId'], `unknown Facebook user "${role.userId}"`);
    });
    if (page.instagramAccountId === undefined) return;
    if (!igIds.has(page.instagramAccountId)) issue(['pages', i, 'instagramAccountId'], `unknown Instagram account "${page.instagramAccountId}"`);
    const other = linked.get(page.instagramAccountId);
    if (other !== undefined) issue(['pages', i, 'instagramAccountId'], `Instagram account "${page.instagramAccountId}" is already linked to pages[${other}]`);
    linked.set(page.instagramAccountId, i);
  });
  const pageIds = new Set(world.pages.map((p) => p.id));
  const owners = new Map<string, number>();
  world.businessPortfolios.forEach((b, i) => {
    unique(b.id, ['businessPortfolios', i, 'id']);
    b.people.forEach((person, j) => {
      if (!users.has(person.userId)) issue(['businessPortfolios', i, 'people', j, 'userId'], `unknown Facebook user "${person.userId}"`);
    });
    for (const [key, list] of [['ownedPageIds', b.ownedPageIds] as const, ['clientPageIds', b.clientPageIds] as const]) {
      list.forEach((id, j) => {
        if (!pageIds.has(id)) issue(['businessPortfolios', i, key, j], `unknown Page "${id}"`);
      });
    }
    b.ownedPageIds.forEach((id, j) => {
      const other = owners.get(id);
      if (other !== undefined) issue(['businessPortfolios', i, 'ownedPageIds', j], `Page "${id}" is already owned by businessPortfolios[${other}]`);
      owners.set(id, i);
    });
  });
  const handles = new Set<string>();
  world.xUsers.forEach((x, i) => {
    const key = x.username.toLowerCase();
    if (handles.has(key)) issue(['xUsers', i, 'username'], `username "${x.username}" is used twice`);
    handles.add(key);
  });
}

/** The whole world file. */
export const WorldSchema = WorldObjectSchema.superRefine(checkReferences);

/** A validated world, with every default filled in. */
export type World = z.infer<typeof WorldSchema>;
/** What a world file may contain (defaults still missing). */
export type WorldInput = z.input<typeof WorldSchema>;
export type FacebookUser = World['facebookUsers'][number];
export type Page = World['pages'][number];
export type InstagramAccount = World['instagramAccounts'][number];
export type XUser = World['xUsers'][number];
export type BusinessPortfolio = World['businessPortfolios'][number];
