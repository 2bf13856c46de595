/** One reason card, with its copy chosen for the account's network: what happened, what to do, links, prevention. */
import { useId } from 'react';
import type { ProviderId } from '../../../../shared/domain/providers';
import type { CardId } from '../../../../shared/reasons/card-types';
import { cardForNetwork } from '../../../../shared/reasons/catalog';
import { reconnectVerdict } from './card-phrases';

interface ReasonCardViewProps {
  readonly id: CardId;
  readonly provider: ProviderId;
  /** A line under the title that only this account can give ("Facebook login expires in 6 days"). */
  readonly headline?: string | null;
  /** What the check saw, in words (missing permission names, the network's message). */
  readonly observed?: string | null;
}

/** The card. Links open in the system browser (the desktop app routes https links out). */
export function ReasonCardView({ id, provider, headline = null, observed = null }: ReasonCardViewProps) {
  const card = cardForNetwork(id, provider);
  const titleId = useId();
  const verdict = reconnectVerdict(card, provider);
  return (
    <article className={`card card-${card.kind}`} aria-labelledby={titleId} data-card-id={id}>
      <h3 id={titleId}>{card.title}</h3>
      {headline ? <p className="card-headline">{headline}</p> : null}
      <p className="card-summary">{card.summary}</p>
      <h4>What happened</h4>
      <p>{card.whatHappened}</p>
      {observed ? <p className="card-observed">Tether saw: {observed}</p> : null}
      <h4>What to do</h4>
      <ol className="card-steps">
        {card.whatToDo.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {verdict ? <p className={`card-verdict verdict-${String(card.reconnectFixes)}`}>{verdict}</p> : null}
      {card.links.length > 0 ? (
        <ul className="card-links" aria-label="Pages on the network">
          {card.links.map((link) => (
            <li key={link.url}>
              <a className="link-button" href={link.url} target="_blank" rel="noopener noreferrer">
                {link.label}
                <span className="visually-hidden"> (opens in your browser)</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {card.prevention.length > 0 ? (
        <>
          <h4>How to prevent it</h4>
          <ul className="card-prevention">
            {card.prevention.map((tip) => (
              <li key={tip.text}>{tip.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
