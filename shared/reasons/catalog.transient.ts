/** Card copy for answers that don't disconnect anything: rate limits, network trouble, refused requests. */
import type { CardCopy } from './card-types';
import { LINKS } from './links';
import { TIPS } from './tips';

type PassingReason = 'rate_limited' | 'transient_provider_error' | 'not_a_disconnect';

/** Copy for the reasons that never disconnect. */
export const TRANSIENT_CARDS: Readonly<Record<PassingReason, CardCopy>> = {
  rate_limited: {
    title: 'Asked to slow down',
    summary: 'The network asked Tether to wait before its next check. The connection is fine.',
    networks: ['facebook', 'instagram', 'twitter'],
    whatHappened: {
      all: 'Networks limit how many requests an app can make in a given time. Tether reached that limit for now, so it waits before checking again. Nothing is wrong with the connection.',
      facebook:
        'Facebook limits how many requests an app can make in an hour. Tether reached that limit for now, so it waits before checking again. Nothing is wrong with the connection.',
      instagram:
        'Instagram limits how many requests an app can make, and how many posts an account can publish in 24 hours. One of those limits is reached for now. Nothing is wrong with the connection.',
      twitter:
        'X limits how many requests an app can make in each 15-minute window, and X plans can also have a monthly cap. One of those limits is reached for now. Nothing is wrong with the connection.',
    },
    whatToDo: {
      all: ['Nothing to do: Tether waits as long as the network asks, then checks again by itself.'],
      twitter: [
        'Nothing to do for a window limit: Tether waits until X says, then checks again by itself.',
        "If your X app's monthly cap is used up, checks resume when your X plan's next period starts, or sooner if you change plans.",
      ],
    },
    links: { all: [LINKS.fbRateLimits, LINKS.metaStatus], twitter: [LINKS.xRateLimits, LINKS.xApiStatus] },
    prevention: [TIPS.shareRateLimits],
  },

  transient_provider_error: {
    title: 'Network having trouble',
    summary: "The network didn't answer properly this time. Tether will try again.",
    networks: ['facebook', 'instagram', 'twitter'],
    whatHappened: {
      all: "The network's servers returned an error, took too long, or couldn't be reached. This is usually brief and says nothing about your connection, so Tether keeps the account as it was and tries again.",
    },
    whatToDo: {
      all: [
        'Nothing to do right now: Tether tries again by itself.',
        "If it goes on, check this computer's internet connection and the network's status page.",
      ],
    },
    links: { all: [LINKS.metaStatus, LINKS.xApiStatus], facebook: [LINKS.metaStatus], instagram: [LINKS.metaStatus], twitter: [LINKS.xApiStatus] },
    prevention: [TIPS.keepChecksRunning],
  },

  not_a_disconnect: {
    title: 'Request refused, connection fine',
    summary: 'The network refused one request, such as a duplicate post. The account is still connected.',
    networks: ['facebook', 'instagram', 'twitter'],
    whatHappened: {
      all: 'The network turned down one specific request, such as a duplicate post, a file it could not process, a link it could not read, or something it took for spam. The connection itself is fine.',
    },
    whatToDo: {
      all: ['Look at the post or action that failed and change what the network objected to.', 'Try it again. There is nothing to reconnect.'],
    },
    links: { all: [LINKS.fbHelpCenter, LINKS.xRules], facebook: [LINKS.fbHelpCenter], instagram: [LINKS.igHelpCenter], twitter: [LINKS.xRules] },
    prevention: [TIPS.avoidFlaggedContent],
  },
};
