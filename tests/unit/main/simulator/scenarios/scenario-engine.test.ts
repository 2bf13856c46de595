import { describe, expect, it } from 'vitest';
import { createContext } from '../../../../../main/simulator/simulator-context';
import { applyScenario, activeScenarios, revertScenario, scenarioTargets } from '../../../../../main/simulator/scenarios/scenario-engine';
import { instagramType, isPublished, linkedInstagram, pageTasks, pagesOfUser, twoFactorBlocks } from '../../../../../main/simulator/state/effective-world';
import { parseWorld } from '../../../../../main/simulator/world/load-world';
import { createSimClock } from '../../../../../main/simulator/sim-clock';
import { SimulatorRequestError } from '../../../../../main/simulator/simulator-error';
import { IDS, testWorld } from '../../../../fixtures/simulator/simulator-kit';

function context() {
  let now = 1_000;
  const clock = createSimClock({ now: () => now });
  const ctx = createContext(parseWorld(testWorld()), 1, clock);
  return { ctx, tick: (ms: number) => (now += ms) };
}

describe('applying and reverting', () => {
  it('records the scenario with a serial and the time, replaces it when applied again, and reverts it', () => {
    const { ctx, tick } = context();
    const first = applyScenario(ctx, { scenario: 'checkpoint', target: IDS.ada });
    expect(first).toMatchObject({ scenario: 'checkpoint', target: IDS.ada, appliedAt: 1_000, options: {} });
    tick(500);
    const again = applyScenario(ctx, { scenario: 'checkpoint', target: IDS.ada });
    expect(again.serial).toBeGreaterThan(first.serial);
    expect(again.appliedAt).toBe(1_500);
    expect(activeScenarios(ctx)).toEqual([again]);
    expect(revertScenario(ctx, { scenario: 'checkpoint', target: IDS.ada })).toBe(true);
    expect(revertScenario(ctx, { scenario: 'checkpoint', target: IDS.ada })).toBe(false);
    expect(activeScenarios(ctx)).toEqual([]);
  });

  it('defaults the permission of permission_declined and refuses wrong targets', () => {
    const { ctx } = context();
    expect(applyScenario(ctx, { scenario: 'permission_declined', target: IDS.ada }).options).toEqual({ permission: 'pages_read_engagement' });
    expect(() => applyScenario(ctx, { scenario: 'instagram_unlinked', target: IDS.alphaPage })).toThrow(SimulatorRequestError);
    expect(() => applyScenario(ctx, { scenario: 'x_account_locked', target: IDS.ada })).toThrow('applies to a x account');
    expect(
      scenarioTargets(ctx)
        .filter((t) => t.kind === 'instagram_account')
        .map((t) => t.label),
    ).toEqual(['@alpha.bakery', '@beta.books']);
  });
});

describe('the world as scenarios reshape it', () => {
  it('changes roles, visibility, 2FA and Instagram types only on the target', () => {
    const { ctx } = context();
    const alpha = ctx.index.pages.get(IDS.alphaPage)!;
    const beta = ctx.index.pages.get(IDS.betaPage)!;
    const alphaIg = ctx.index.instagram.get(IDS.alphaIg)!;
    applyScenario(ctx, { scenario: 'page_role_lowered', target: IDS.alphaPage });
    expect(pageTasks(ctx, alpha, IDS.ben)).toEqual(['ANALYZE']);
    expect(pageTasks(ctx, beta, IDS.ada)).toEqual(['MANAGE', 'CREATE_CONTENT']);
    applyScenario(ctx, { scenario: 'page_role_removed', target: IDS.alphaPage });
    expect(pagesOfUser(ctx, IDS.ada).map((p) => p.id)).toEqual([IDS.betaPage]);
    applyScenario(ctx, { scenario: 'page_unpublished', target: IDS.betaPage });
    expect([isPublished(ctx, alpha), isPublished(ctx, beta)]).toEqual([true, false]);
    expect(twoFactorBlocks(ctx, alpha, IDS.ada)).toBe(false);
    applyScenario(ctx, { scenario: 'two_factor_required', target: IDS.alphaPage });
    expect(twoFactorBlocks(ctx, alpha, IDS.ada)).toBe(true);
    applyScenario(ctx, { scenario: 'instagram_unlinked', target: IDS.betaIg });
    expect(linkedInstagram(ctx, beta)).toBeNull();
    expect(instagramType(ctx, ctx.index.instagram.get(IDS.betaIg)!)).toBe('BUSINESS');
    revertScenario(ctx, { scenario: 'instagram_unlinked', target: IDS.betaIg });
    applyScenario(ctx, { scenario: 'instagram_personal', target: IDS.alphaIg });
    expect(instagramType(ctx, alphaIg)).toBe('PERSONAL');
    expect(linkedInstagram(ctx, alpha)).toBeNull();
    expect(linkedInstagram(ctx, beta)?.id).toBe(IDS.betaIg);
  });
});
