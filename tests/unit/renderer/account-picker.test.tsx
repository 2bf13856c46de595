// The picker says which Business portfolio a Page comes through when the person's own Page list leaves it out.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { AccountPicker } from '../../../renderer/src/features/connect/AccountPicker';
import type { Candidate } from '../../../shared/domain/sign-in';

afterEach(cleanup);

const candidate = (key: string, name: string, extra: Partial<Candidate> = {}): Candidate => ({
  key,
  provider: 'facebook',
  name,
  handle: null,
  parentKey: null,
  canPublish: true,
  tasks: [],
  alreadyConnected: false,
  ...extra,
});

describe('AccountPicker', () => {
  it('names the portfolio a Page comes through, says so when it can’t be named, and adds nothing for listed Pages', () => {
    render(
      <AccountPicker
        candidates={[
          candidate('facebook:1', 'Alpha Bakery'),
          candidate('facebook:2', 'Delta Dental', { viaPortfolio: 'Ada Agency' }),
          candidate('instagram:3', 'Delta Dental', { provider: 'instagram', handle: '@delta.dental', parentKey: 'facebook:2', viaPortfolio: 'Ada Agency' }),
          candidate('facebook:4', 'Epsilon Eats', { viaPortfolio: null }),
        ]}
        signedInAs="Ada Lovelace"
        busy={false}
        onChoose={() => undefined}
        onCancel={() => undefined}
      />,
    );
    expect(screen.getByRole('checkbox', { name: /Alpha Bakery/ }).parentElement?.textContent).not.toContain('through');
    expect(screen.getByRole('checkbox', { name: /Delta Dental Facebook/ }).parentElement?.textContent).toContain('Facebook · through Ada Agency');
    expect(screen.getByRole('checkbox', { name: /delta\.dental/ }).parentElement?.textContent).toContain('@delta.dental · through Ada Agency');
    expect(screen.getByRole('checkbox', { name: /Epsilon Eats/ }).parentElement?.textContent).toContain('through a Business portfolio');
  });
});
