/**
 * Signing in to a network from the app (connect, reconnect), as the renderer sees it: what it asks, and every
 * outcome a sign-in can have. No token, code or verifier ever appears here: they stay in main.
 */
import { z } from 'zod';
import { GrantIdSchema } from './ids';
import { ProviderIdSchema } from './provider-id';
import { SIGN_IN_NETWORKS } from './sign-in-network';

export { SIGN_IN_NETWORKS, signInNetworkOf, type SignInNetwork } from './sign-in-network';
export const SignInNetworkSchema = z.enum(SIGN_IN_NETWORKS);

/**
 * - `standard`: the usual dialog.
 * - `rerequest`: ask again for permissions the person declined (Facebook `auth_type=rerequest`).
 * There is no "make the person log in again": Meta says not to rely on `auth_type=reauthenticate` to switch people
 * (Facebook Login re-authentication guide). Another person signs in through a fresh session instead.
 */
export const SignInModeSchema = z.enum(['standard', 'rerequest']);
export type SignInMode = z.infer<typeof SignInModeSchema>;

export const FlowIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/)
  .brand<'FlowId'>();
export type FlowId = z.infer<typeof FlowIdSchema>;

export const SignInStartSchema = z
  .object({
    network: SignInNetworkSchema,
    /** Reconnect this login: the person must sign in as the same network user. Absent: a new connection. */
    grantId: GrantIdSchema.optional(),
    mode: SignInModeSchema.optional(),
  })
  .strict();
export type SignInStart = z.infer<typeof SignInStartSchema>;

export const SignInStartedSchema = z
  .object({
    flowId: FlowIdSchema,
    /** Under `tether serve` the page opens this in a tab; null when main showed the sign-in itself. */
    openUrl: z.url().nullable(),
  })
  .strict();
export type SignInStarted = z.infer<typeof SignInStartedSchema>;

export const FlowRequestSchema = z.object({ flowId: FlowIdSchema }).strict();

/** One Page or account the person could add, in the picker. */
export const CandidateSchema = z
  .object({
    /** `<provider>:<network id>`, what the picker sends back. */
    key: z.string().min(1).max(200),
    provider: ProviderIdSchema,
    name: z.string(),
    handle: z.string().nullable(),
    /** The Page an Instagram account is linked through. */
    parentKey: z.string().nullable(),
    /** False when the person's Page tasks don't include MANAGE or CREATE_CONTENT: Tether could not publish. */
    canPublish: z.boolean(),
    /** The Page tasks, for the "why" line. */
    tasks: z.array(z.string()),
    alreadyConnected: z.boolean(),
    /**
     * A Page (or its Instagram account) the person's own Page list leaves out, reached through a Business portfolio:
     * the portfolio's name, or null when Facebook named the Page only in the login's grant. Absent otherwise.
     */
    viaPortfolio: z.string().max(200).nullable().optional(),
  })
  .strict();
export type Candidate = z.infer<typeof CandidateSchema>;

export const ChooseRequestSchema = z.object({ flowId: FlowIdSchema, keys: z.array(z.string().min(1).max(200)).min(1).max(2000) }).strict();

/** Outcomes where nothing was saved, each with its own words in the UI. `detail` is the network's own text. */
export const SIGN_IN_FAILURES = [
  'denied',
  'closed',
  'timeout',
  'state_mismatch',
  /** X answers the same for a failed PKCE check and an expired or reused code (provider-api-facts §e). */
  'code_rejected',
  'bad_app_credentials',
  'network_error',
  'not_set_up',
  /** The network let the person in but won't let Tether act (checkpoint, locked account, …). */
  'refused',
  'failed',
  /** This window can't sign in to the network (Facebook under `tether serve`): the desktop app can. Nothing started. */
  'desktop_app_only',
] as const;
export const SignInFailureSchema = z.enum(SIGN_IN_FAILURES);
export type SignInFailure = z.infer<typeof SignInFailureSchema>;

const network = SignInNetworkSchema;

export const SignInOutcomeSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('connected'),
      network,
      grantId: GrantIdSchema,
      signedInAs: z.string(),
      accounts: z.number().int().nonnegative(),
      reconnected: z.boolean(),
      /** Permissions Tether asks for that the person left unticked. */
      leftOutScopes: z.array(z.string()),
      /** Accounts of this login that the person did not share again (names). */
      leftOutAccounts: z.array(z.string()),
      /**
       * How long the login lasts, as the network's answer says: `short` (Facebook without the Meta App Secret or a
       * long-lived token: about an hour), `long` (a refreshable or ~60-day login), `never` (Facebook says it never
       * expires: a system-user token from a Login for Business configuration).
       */
      lifetime: z.enum(['short', 'long', 'never']),
    })
    .strict(),
  z.object({ kind: z.literal('pick'), network, flowId: FlowIdSchema, signedInAs: z.string(), candidates: z.array(CandidateSchema) }).strict(),
  z
    .object({
      kind: z.literal('wrong_account'),
      network,
      flowId: FlowIdSchema,
      /** The login being reconnected. */
      expected: z.string(),
      signedInAs: z.string(),
      /**
       * True when the sign-in page opens with no network session (the desktop app's Facebook window), so trying again
       * asks who is signing in; false when it opens in a browser that may still be signed in as the other person.
       */
      freshLogin: z.boolean(),
    })
    .strict(),
  z.object({ kind: z.literal('failed'), network, failure: SignInFailureSchema, detail: z.string().nullable() }).strict(),
]);
export type SignInOutcome = z.infer<typeof SignInOutcomeSchema>;

/** What Settings → Network apps shows: the redirect URIs to register here, the scopes asked, the callback port. */
export const SignInSetupSchema = z
  .object({
    facebookRedirectUris: z.array(z.string()),
    xCallbackUrls: z.array(z.string()),
    facebookScopes: z.array(z.string()),
    xScopes: z.array(z.string()),
    /** Whether the Meta App Secret is in the keychain (logins then last about 60 days, not an hour). */
    metaLongLivedLogins: z.boolean(),
    /** `desktop_app_only` under `tether serve`: Facebook can't send a login back to it (see serve-sign-in.ts). */
    facebookSignIn: z.enum(['here', 'desktop_app_only']),
  })
  .strict();
export type SignInSetup = z.infer<typeof SignInSetupSchema>;

/**
 * Saving the Meta app: the ID always, the secret when given (null removes it, absent keeps it), and the Login for
 * Business Configuration ID when given (null or '' removes it, absent keeps it).
 */
export const MetaAppSaveSchema = z
  .object({
    appId: z.string().min(1).max(40),
    appSecret: z.string().min(16).max(256).nullable().optional(),
    configId: z.string().max(40).nullable().optional(),
  })
  .strict();
export const XAppSaveSchema = z.object({ clientId: z.string().min(1).max(200), callbackPort: z.number().int().min(1024).max(65535).optional() }).strict();

/** What saving a network app found: `checked` when the network confirmed it, `format_only` when it can't be asked. */
export const AppCheckSchema = z
  .object({ saved: z.boolean(), verified: z.enum(['checked', 'format_only']).nullable(), problem: z.string().nullable() })
  .strict();
export type AppCheck = z.infer<typeof AppCheckSchema>;

export const DisconnectRequestSchema = z.object({ grantId: GrantIdSchema }).strict();
export const DisconnectResultSchema = z
  .object({
    /** True when the network confirmed the revoke; false when it couldn't be reached (the login is removed here anyway). */
    revokedAtNetwork: z.boolean(),
    detail: z.string().nullable(),
    accounts: z.number().int().nonnegative(),
  })
  .strict();
export type DisconnectResult = z.infer<typeof DisconnectResultSchema>;
