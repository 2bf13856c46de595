import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorldFile, parseWorld, parseWorldJson, WorldError } from '../../../../../main/simulator/world/load-world';
import { demoWorld } from '../../../../../main/simulator/world/demo-world';
import { TEST_WORLD_PATH, testWorld } from '../../../../fixtures/simulator/simulator-kit';

function problems(input: unknown): string {
  try {
    parseWorld(input, 'under test');
  } catch (error) {
    expect(error).toBeInstanceOf(WorldError);
    return (error as Error).message;
  }
  return 'valid';
}

describe('the shipped demo world', () => {
  it('is valid and looks like a small agency', () => {
    const world = demoWorld();
    expect(world.facebookUsers.length).toBeGreaterThanOrEqual(2);
    expect(world.facebookUsers.length).toBeLessThanOrEqual(3);
    expect(world.pages.length).toBeGreaterThanOrEqual(7);
    expect(world.pages.filter((p) => p.instagramAccountId).length).toBeGreaterThanOrEqual(3);
    expect(world.xUsers.length).toBeGreaterThanOrEqual(2);
    expect(world.meta.redirectUris).toContain('https://www.facebook.com/connect/login_success.html');
    for (const uri of world.x.redirectUris) expect(new URL(uri).hostname).toBe('127.0.0.1');
  });
});

describe('loading worlds', () => {
  it('fills defaults', () => {
    const world = loadWorldFile(TEST_WORLD_PATH);
    expect(world.limits).toEqual({
      graph: { appCallsPerHour: 4800, userCallsPerHour: 4800, pageCallsPerHour: 4800 },
      x: { usersMePer15Min: 75, refreshTokenLifetimeDays: 180 },
    });
    expect(world.pages[0]?.isPublished).toBe(true);
    expect(world.facebookUsers[1]?.twoFactorEnabled).toBe(false);
    expect(world.instagramAccounts[0]?.accountType).toBe('BUSINESS');
  });

  it('lists every problem with its path', () => {
    const world = testWorld() as Record<string, unknown> & { pages: { roles: { userId: string }[]; instagramAccountId?: string }[] };
    world.pages[0]!.roles[0]!.userId = '99999';
    world.pages[1]!.instagramAccountId = '30001';
    world.surprise = true;
    const message = problems(world);
    expect(message).toContain('Invalid world under test:');
    expect(message).toContain('pages[0].roles[0].userId: unknown Facebook user "99999"');
    expect(message).toContain('pages[1].instagramAccountId: Instagram account "30001" is already linked to pages[0]');
    expect(message).toContain('surprise');
  });

  it('refuses bad tasks and bad redirect URIs, then (once the shapes are right) duplicate ids across kinds', () => {
    const world = testWorld() as { xUsers: { id: string }[]; pages: { roles: { tasks: string[] }[] }[]; x: { redirectUris: string[] } };
    world.pages[2]!.roles[0]!.tasks = ['OWN'];
    world.x.redirectUris = ['not a url'];
    const message = problems(world);
    expect(message).toContain('pages[2].roles[0].tasks[0]');
    expect(message).toContain('x.redirectUris[0]: must be an absolute http(s) URL');
    const dup = testWorld() as { xUsers: { id: string }[] };
    dup.xUsers[0]!.id = '10001';
    expect(problems(dup)).toContain('xUsers[0].id: id "10001" is already used by facebookUsers.0.id');
  });

  it('explains unreadable files and bad JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'world-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "name": ');
    expect(() => loadWorldFile(bad)).toThrow(`Invalid world file ${bad}: not valid JSON`);
    expect(() => loadWorldFile(join(dir, 'none.json'))).toThrow('no such file');
    expect(() => parseWorldJson('[]')).toThrow('(top level)');
  });
});
