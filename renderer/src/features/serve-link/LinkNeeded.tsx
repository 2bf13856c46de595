/**
 * Under `tether serve`, what the page shows when it has no key (opened without the printed link) or its key is
 * from an earlier start (serve makes a new one each time). Nothing else works without it, so it is the whole page.
 */
export type LinkProblem = 'missing' | 'stale';

const TITLES: Record<LinkProblem, string> = {
  missing: 'Open Tether from its private link',
  stale: 'This link is from an earlier start of Tether',
};

export function LinkNeeded({ problem }: { readonly problem: LinkProblem }) {
  return (
    <main className="link-needed" aria-labelledby="link-needed-title">
      <h1 id="link-needed-title">{TITLES[problem]}</h1>
      <p>
        {problem === 'stale'
          ? 'tether serve was restarted, and each start makes a new private link. The old one no longer opens your dashboard.'
          : 'This address opens your dashboard only through the private link tether serve prints when it starts.'}
      </p>
      <p>
        Find the link in the terminal where <code>tether serve</code> (or <code>npm run serve</code>) is running: it starts with <code>http://127.0.0.1:</code>{' '}
        and ends with <code>#key=</code> and a long code. Open that link here.
      </p>
      <p>If tether serve isn’t running any more, start it again and open the link it prints.</p>
    </main>
  );
}
