/**
 * The desktop wiring end to end, with only Electron itself faked: a real core checking the simulator, a password
 * change on the network, one grouped native notification, the tray turning to "needs you", and a click on the
 * notification asking the dashboard to open what needs the user.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronFake, FakeBrowserWindow, FakeNotification, FakeTray, resetElectronFake } from '../../fixtures/fake-electron';
import { IDS } from '../../fixtures/simulator/simulator-kit';
import { startEngineKit, type EngineKit } from '../../fixtures/validation/engine-kit';
import { createLogger } from '../../../main/core/logging/create-logger';
import type { AccountId } from '../../../shared/domain/ids';

vi.mock('electron', () => ({ ...electronFake, default: electronFake }));
const { startDesktopServices } = await import('../../../main/electron/desktop-services');

let kit: EngineKit;
beforeEach(async () => {
  resetElectronFake();
  FakeNotification.created.length = 0;
  FakeTray.created.length = 0;
  kit = await startEngineKit();
  await kit.connectFacebook(IDS.ada);
  await kit.connectX(IDS.alphaX);
});
afterEach(() => kit.close());

describe('desktop services', () => {
  it('notify once, grouped, for a login-wide disconnection; the tray follows; a click opens an account of that login', async () => {
    const window = new FakeBrowserWindow({});
    const services = startDesktopServices(kit.core, window as never, createLogger('test'));
    try {
      const tray = FakeTray.created[0];
      expect(tray?.tooltip).toMatch(/all good|connected/i);
      const opened: Array<{ accountId: AccountId | null }> = [];
      kit.core.events.on('ui:open-requested', (p) => opened.push(p));

      kit.sim.control.apply({ scenario: 'password_changed', target: IDS.ada });
      await kit.core.validation.checkNow();
      await vi.waitFor(() => expect(FakeNotification.created.length).toBe(1), { timeout: 5_000 });
      const note = FakeNotification.created[0];
      expect(note?.shown).toBe(true);
      expect(String(note?.options.title)).toMatch(/password/i);
      expect(String(note?.options.body)).toMatch(/4|Pages|accounts/i);
      expect(tray?.tooltip).toMatch(/need/i);

      note?.emit('click');
      // One account of Ada's login: its Reconnect restores all of them.
      expect(opened).toHaveLength(1);
      expect(kit.core.accounts.grantOf(opened[0]?.accountId ?? ('' as AccountId))).toBe(`facebook:${IDS.ada}`);

      // Checking again changes nothing: no second notification for the same news.
      await kit.core.validation.checkNow();
      await new Promise((r) => setTimeout(r, 300));
      expect(FakeNotification.created).toHaveLength(1);
    } finally {
      services.stop();
    }
  });
});
