/**
 * Every link of the Network apps guidance and the sign-in dialogs opens in the browser from the desktop app: the
 * window's link handler lets only https addresses on known hosts out (external-links.ts), so a link on any other host
 * would do nothing when clicked.
 */
import { describe, expect, it, vi } from 'vitest';
import { electronFake } from '../../../../fixtures/fake-electron';
import {
  META_LINKS,
  META_SERVE_NOTE,
  META_STEPS,
  META_WHICH_LOGIN,
  META_WHO_CAN_SIGN_IN,
  X_STEPS,
  type GuideLine,
} from '../../../../../renderer/src/features/settings/network-apps-guide';
import { LOG_OUT_LINKS } from '../../../../../renderer/src/features/connect/connect-phrases';

vi.mock('electron', () => ({ ...electronFake, default: electronFake }));
const { isAllowedExternalUrl } = await import('../../../../../main/electron/security/external-links');

function hrefs(lines: readonly GuideLine[]): string[] {
  return lines.flatMap((line) => line.flatMap((part) => (typeof part === 'string' ? [] : [part.href])));
}

describe('links of the sign-in guidance', () => {
  it('all open from the desktop app', () => {
    const all = [
      ...Object.values(META_LINKS).map((l) => (typeof l === 'string' ? l : l.href)),
      ...hrefs([META_WHICH_LOGIN.intro, ...META_WHICH_LOGIN.items]),
      ...hrefs(META_STEPS.flatMap((s) => [s.line, ...(s.options ?? [])])),
      ...hrefs([META_WHO_CAN_SIGN_IN.intro, ...META_WHO_CAN_SIGN_IN.items, META_WHO_CAN_SIGN_IN.outro ?? []]),
      ...hrefs([META_SERVE_NOTE]),
      ...hrefs(X_STEPS.map((s) => s.line)),
      ...Object.values(LOG_OUT_LINKS).map((l) => l.url),
    ];
    expect(all.length).toBeGreaterThan(10);
    for (const url of all) expect(isAllowedExternalUrl(url), url).toBe(true);
  });
});
