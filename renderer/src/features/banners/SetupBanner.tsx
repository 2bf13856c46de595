/** A banner about Tether's own setup (keychain, network apps), with the full card one click away. */
import type { ProviderId } from '../../../../shared/domain/providers';
import type { CheckCardId } from '../../../../shared/reasons/card-types';
import { cardForNetwork } from '../../../../shared/reasons/catalog';
import { ReasonCardView } from '../detail/ReasonCardView';

interface SetupBannerProps {
  /** A stable id for the banner's heading. */
  readonly name: string;
  readonly title: string;
  readonly card: Extract<CheckCardId, 'keychain_unavailable' | 'network_app_missing'>;
  /** The network whose copy the card uses. */
  readonly provider: ProviderId;
  /** Why, in main's words, when it said. */
  readonly detail?: string | null;
  /** Lead with the card's network-specific "what happened" instead of its generic summary. */
  readonly lead?: 'summary' | 'whatHappened';
}

/** The banner. */
export function SetupBanner({ name, title, card, provider, detail = null, lead = 'summary' }: SetupBannerProps) {
  const copy = cardForNetwork(card, provider);
  const titleId = `banner-${name}-title`;
  return (
    <section className="banner banner-warn" aria-labelledby={titleId} data-banner={name}>
      <h2 id={titleId}>{title}</h2>
      <p>{lead === 'summary' ? copy.summary : copy.whatHappened}</p>
      {detail ? <p className="banner-detail">{detail}</p> : null}
      <details>
        <summary>What to do</summary>
        <ReasonCardView id={card} provider={provider} />
      </details>
    </section>
  );
}
