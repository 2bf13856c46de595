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
 * True when the world file limits who may see the Page (country or age). Graph has no field that shows it to
 * the Page's admins (Meta's SDK lists none; facts §b.4), and an admin still reads and publishes normally: only
 * app tokens get the ambiguous (#100) on such Pages (facts §a.5 row 8).
 */
export function isVisibilityRestricted(page: Page): boolean {
  return Boolean(page.restrictions?.countries) || page.restrictions?.minAge !== undefined;
}

/** True when the Page needs 2FA from this person and they have not passed it. */
export function twoFactorBlocks(ctx: SimContext, page: Page, userId: string): boolean {
  if (active(ctx, 'two_factor_required', page.id)) return true;
  const user = ctx.index.users.get(userId);
  return page.requiresTwoFactor && !user?.twoFactorEnabled;
}

/** The Instagram account's type now (instagram_personal overrides the world). */
export function instagramType(ctx: SimContext, account: InstagramAccount): InstagramAccountType {
  if (active(ctx, 'instagram_personal', account.id)) return 'PERSONAL';
  return account.accountType;
}

/** The Page an Instagram account is linked to now: none once instagram_unlinked cut the link. */
export function pageOfInstagram(ctx: SimContext, account: InstagramAccount): Page | null {
  if (active(ctx, 'instagram_unlinked', account.id)) return null;
  return ctx.index.pageOfInstagram.get(account.id) ?? null;
}

/** The professional Instagram account linked to a Page; a personal account is not linked as far as Graph shows. */
export function linkedInstagram(ctx: SimContext, page: Page): InstagramAccount | null {
  const account = page.instagramAccountId ? ctx.index.instagram.get(page.instagramAccountId) : undefined;
  if (!account || pageOfInstagram(ctx, account)?.id !== page.id) return null;
  return instagramType(ctx, account) !== 'PERSONAL' ? account : null;
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

/**
 * The Pages a permission was granted for: with `currentMetaGraph`, the pick of the last consent that granted that
 * permission (each permission keeps its own list); otherwise the last consent's pick for every permission.
 */
function pickFor(ctx: SimContext, grant: FacebookGrant, permission: string): ReadonlySet<string> | null {
  if (!ctx.world.currentMetaGraph) return grant.pageIds;
  const own = grant.pagesByPermission.get(permission);
  return own === undefined ? grant.pageIds : own;
}

/**
 * True when the person picked this Page in the dialog (or picked "all") for `permission` (pages_show_list: the pick
 * that lists the Page and lets the app read it). page_deselected stands for a later login where the Page was left
 * unticked; a login after the scenario picks it again.
 */
export function pagePicked(ctx: SimContext, grant: FacebookGrant, pageId: string, permission = 'pages_show_list'): boolean {
  const deselected = active(ctx, 'page_deselected', pageId);
  if (deselected && grant.serial <= deselected.serial) return false;
  const pick = pickFor(ctx, grant, permission);
  return pick === null || pick.has(pageId);
}

/** The Pages a permission covers as an explicit list, or null when it covers "all" and nothing was unticked. */
export function pickedPageIds(ctx: SimContext, grant: FacebookGrant, permission = 'pages_show_list'): string[] | null {
  const anyDeselected = ctx.world.pages.some((p) => active(ctx, 'page_deselected', p.id) !== undefined);
  if (pickFor(ctx, grant, permission) === null && !anyDeselected) return null;
  return pagesOfUser(ctx, grant.userId)
    .filter((p) => pagePicked(ctx, grant, p.id, permission))
    .map((p) => p.id);
}
