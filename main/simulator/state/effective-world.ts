/**
 * The world as it looks right now: the world file with the active scenarios laid over it. Scenarios never
 * edit the world; these queries consult them, so reverting a scenario is just deleting it.
 */
import type { SimContext } from '../simulator-context';
import type { ScenarioId } from '../scenarios/scenario-catalogue';
import type { InstagramAccount, InstagramAccountType, Page, PageTask } from '../world/world.schema';
import { scenarioKey, type ActiveScenario, type FacebookGrant } from './sim-state';

/** Tasks that let a person act as the Page ("administrator, editor, or moderator", the 492 message). */
const IMPERSONATING_TASKS: readonly PageTask[] = ['MANAGE', 'CREATE_CONTENT', 'MODERATE'];

/** The scenario in force on a target, if any. */
export function active(ctx: SimContext, scenario: ScenarioId, target: string): ActiveScenario | undefined {
  return ctx.state.scenarios.get(scenarioKey(scenario, target));
}

/** The person's tasks on a Page now (empty = no role). */
export function pageTasks(ctx: SimContext, page: Page, userId: string): PageTask[] {
  const role = page.roles.find((r) => r.userId === userId);
  if (!role || active(ctx, 'page_role_removed', page.id)) return [];
  if (active(ctx, 'page_role_lowered', page.id)) return ['ANALYZE'];
  return [...role.tasks];
}

/** True when the person's role lets them use a Page token. */
export function canActAsPage(tasks: readonly PageTask[]): boolean {
  return tasks.some((t) => IMPERSONATING_TASKS.includes(t));
}

/** Every Page the person has a role on now, in world order. */
export function pagesOfUser(ctx: SimContext, userId: string): Page[] {
  return ctx.world.pages.filter((p) => pageTasks(ctx, p, userId).length > 0);
}

/** False when the Page is unpublished (world flag or page_unpublished). */
export function isPublished(ctx: SimContext, page: Page): boolean {
  return page.isPublished && !active(ctx, 'page_unpublished', page.id);
}

/**
 * The Page's visibility restrictions as the `restrictions` field shows them. Graph's real field names for
 * country/age restrictions are UNVERIFIED (facts §b.4); this shape is the simulator's own choice.
 */
export function pageRestrictions(ctx: SimContext, page: Page): { countries?: { allowed?: string[]; disallowed?: string[] }; min_age?: number } | null {
  const out: { countries?: { allowed?: string[]; disallowed?: string[] }; min_age?: number } = {};
  if (page.restrictions?.countries) out.countries = { ...page.restrictions.countries };
  if (page.restrictions?.minAge !== undefined) out.min_age = page.restrictions.minAge;
  if (active(ctx, 'page_country_restricted', page.id)) out.countries = { allowed: ['US', 'CA'] };
  if (active(ctx, 'page_age_restricted', page.id)) out.min_age = 18;
  return out.countries || out.min_age !== undefined ? out : null;
}

/** True when the Page needs 2FA from this person and they have not passed it. */
export function twoFactorBlocks(ctx: SimContext, page: Page, userId: string): boolean {
  if (active(ctx, 'two_factor_required', page.id)) return true;
  const user = ctx.index.users.get(userId);
  return page.requiresTwoFactor && !user?.twoFactorEnabled;
}

/** The Instagram account's type now (scenarios override the world). */
export function instagramType(ctx: SimContext, account: InstagramAccount): InstagramAccountType {
  if (active(ctx, 'instagram_personal', account.id)) return 'PERSONAL';
  if (active(ctx, 'instagram_creator', account.id)) return 'MEDIA_CREATOR';
  return account.accountType;
}

/** The professional Instagram account linked to a Page; a personal account is not linked as far as Graph shows. */
export function linkedInstagram(ctx: SimContext, page: Page): InstagramAccount | null {
  const account = page.instagramAccountId ? ctx.index.instagram.get(page.instagramAccountId) : undefined;
  return account && instagramType(ctx, account) !== 'PERSONAL' ? account : null;
}

/** Why the person's account is blocked from every app, if it is. */
export function accountBlock(ctx: SimContext, userId: string): 'checkpoint' | 'unconfirmed' | null {
  const user = ctx.index.users.get(userId);
  if (user?.checkpointed || active(ctx, 'checkpoint', userId)) return 'checkpoint';
  if (user?.confirmed === false || active(ctx, 'unconfirmed_account', userId)) return 'unconfirmed';
  return null;
}

/** The person's permissions now: the grant, minus a permission_declined scenario applied after it was made. */
export function effectivePermissions(ctx: SimContext, userId: string): { granted: Set<string>; declined: Set<string>; grant: FacebookGrant } | null {
  const grant = ctx.state.grants.get(userId);
  if (!grant) return null;
  const granted = new Set(grant.granted);
  const declined = new Set(grant.declined);
  const revoked = active(ctx, 'permission_declined', userId);
  if (revoked && grant.serial <= revoked.serial) {
    const permission = revoked.options.permission ?? 'pages_read_engagement';
    granted.delete(permission);
    declined.add(permission);
  }
  return { granted, declined, grant };
}

/** True when the person picked this Page in the dialog (or picked "all"). */
export function pagePicked(grant: FacebookGrant, pageId: string): boolean {
  return grant.pageIds === null || grant.pageIds.has(pageId);
}
