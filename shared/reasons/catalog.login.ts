/** Card copy for reasons that end a whole login: every Page and account under it is affected at once. */
import type { CardCopy } from './card-types';
import { LINKS } from './links';
import { TIPS } from './tips';

type LoginReason = 'password_changed' | 'access_revoked' | 'security_checkpoint' | 'token_expired' | 'unconfirmed_account' | 'invalid_token_other';

/** Copy for the login-wide reasons. */
export const LOGIN_CARDS: Readonly<Record<LoginReason, CardCopy>> = {
  password_changed: {
    title: 'Password changed',
    summary: 'Facebook ended this login because the password changed or a sign-in looked unusual.',
    networks: ['facebook', 'instagram'],
    whatHappened: {
      all: "Facebook ended the login Tether uses. This happens when the account's password is changed, or when Facebook resets the login to protect the account after a sign-in from a device or browser it didn't recognise. Every Page and Instagram account under this login is affected.",
      instagram:
        "Tether reaches this Instagram account through a Facebook login, and Facebook ended that login. This happens when the Facebook password is changed, or when Facebook resets the login after a sign-in it didn't recognise. Every Page and Instagram account under this login is affected.",
    },
    whatToDo: {
      all: [
        "If you didn't change the password yourself, secure the Facebook account first: change the password and check where the account is logged in.",
        'Click Reconnect and sign in to Facebook with the same account as before.',
        'Tether restores every Page and Instagram account under that login at once.',
      ],
    },
    links: { all: [LINKS.fbPasswordSecurity] },
    prevention: [TIPS.reconnectAfterPasswordChange, TIPS.noSharedLogins, TIPS.noAliasUsernames],
  },

  access_revoked: {
    title: "Tether's access was removed",
    summary: 'Tether was removed from the apps this account allows, so it can no longer reach it.',
    networks: ['facebook', 'instagram', 'twitter'],
    whatHappened: {
      all: 'Tether is no longer among the apps this account allows, so the network has cut off its access.',
      facebook:
        "Tether is no longer in the Business Integrations of this Facebook login. When it's removed there, Facebook cuts Tether off from every Page and Instagram account under that login.",
      instagram:
        "Tether reaches this Instagram account through a Facebook login, and Tether is no longer in that login's Business Integrations. Every Page and Instagram account under the login is cut off.",
      twitter: 'Tether is no longer among the connected apps of this X account, so X has cut off its access.',
    },
    whatToDo: {
      all: ['Click Reconnect and sign in with the same account.', 'Allow everything Tether asks for in the sign-in window.'],
      facebook: [
        'Click Reconnect and sign in to Facebook with the same account.',
        'Allow every permission and select every Page and Instagram account Tether should manage.',
        'Tether comes back in Business Integrations and restores every Page under the login.',
      ],
      twitter: ['Click Reconnect and sign in to X with the same account.', 'Select Authorize app in the X window.'],
    },
    links: {
      all: [LINKS.fbBusinessIntegrations, LINKS.xConnectedApps],
      facebook: [LINKS.fbBusinessIntegrations],
      instagram: [LINKS.fbBusinessIntegrations],
      twitter: [LINKS.xConnectedApps],
    },
    prevention: [TIPS.keepAppAuthorized, TIPS.agreeBeforeRemoving],
  },

  security_checkpoint: {
    title: 'Security check waiting',
    summary: 'The network wants the account owner to confirm who they are before anything can use the account.',
    networks: ['facebook', 'instagram'],
    whatHappened: {
      all: "Facebook paused this account until its owner passes a security check, such as confirming a recent login, naming friends in photos or giving a date of birth. Facebook does this when it thinks the account may be at risk: after a login it didn't recognise, an unfinished two-factor setup, or reports about content or copyright. Until the check is done, no app can use the account.",
      instagram:
        'Instagram has restricted this account until its owner confirms something in Instagram. The account may be checkpointed, restricted or marked inactive. Until that is cleared, no app can use it.',
    },
    whatToDo: {
      all: [
        'Log in at facebook.com with the account that connected Tether.',
        'Follow every step Facebook shows until you reach your Feed.',
        'Come back to Tether and click Reconnect.',
      ],
      instagram: [
        'Open Instagram with this account, in the app or at instagram.com.',
        'Follow the steps Instagram shows to confirm it is you or to lift the restriction.',
        'Come back to Tether and click Reconnect.',
      ],
    },
    links: { all: [LINKS.fbLogin, LINKS.fbPasswordSecurity], instagram: [LINKS.igOpen, LINKS.igHelpCenter] },
    prevention: [TIPS.noSharedLogins, TIPS.noAliasUsernames, TIPS.avoidFlaggedContent, TIPS.enableTwoFactor],
  },

  token_expired: {
    title: 'Login ran out',
    summary: 'The login Tether uses has reached its end and needs to be renewed.',
    networks: ['facebook', 'instagram', 'twitter'],
    whatHappened: {
      all: 'Logins last a limited time, so that one login cannot give access forever. This one has run out.',
      facebook:
        'Facebook logins last about 60 days, so that one login cannot give access forever. This one has run out, and with it the access to every Page and Instagram account under it.',
      instagram:
        'Tether reaches this Instagram account through a Facebook login, and Facebook logins last about 60 days. This one has run out, for every Page and Instagram account under it.',
      twitter:
        "X couldn't renew Tether's sign-in. X access lasts 2 hours and Tether normally renews it by itself, but X refused: the sign-in ran out, was withdrawn in connected apps, or was renewed by another copy of Tether.",
    },
    whatToDo: {
      all: ['Click Reconnect and sign in with the same account.', 'That is all: Tether gets a new login and checks every account under it.'],
      twitter: [
        'Click Reconnect and sign in to X with the same account.',
        'If this X account is also connected to Tether on another computer, disconnect it there: each renewal works only once, so two copies sign each other out.',
      ],
    },
    links: { all: [LINKS.fbBusinessIntegrations], twitter: [LINKS.xConnectedApps] },
    prevention: [TIPS.knowLifespans, TIPS.reconnectWhenWarned, TIPS.oneTetherPerXAccount],
  },

  unconfirmed_account: {
    title: 'Account needs confirming',
    summary: 'Facebook needs the account owner to confirm the account or their identity first.',
    networks: ['facebook', 'instagram'],
    whatHappened: {
      all: "Facebook won't let apps use this account until its owner finishes confirming it. That may be confirming the email address or phone number of the account, or the identity confirmation Facebook asks of people who publish for Pages with a large reach, which needs two-factor authentication and a confirmed location.",
      instagram:
        "Publishing to this Instagram account is blocked until the person who manages its Facebook Page finishes Facebook's identity confirmation for publishing.",
    },
    whatToDo: {
      all: [
        'Log in at facebook.com with the account that connected Tether.',
        'Finish what Facebook asks for: confirm the email address or phone number, or complete identity confirmation in the account settings.',
        'Identity confirmation can take Facebook from a few minutes to several days. When it is done, click Reconnect in Tether.',
      ],
    },
    links: { all: [LINKS.fbLogin, LINKS.fbPublishingAuthorization, LINKS.fbTwoFactor] },
    prevention: [TIPS.enableTwoFactor, TIPS.noAliasUsernames],
  },

  invalid_token_other: {
    title: 'Login no longer accepted',
    summary: "The network stopped accepting Tether's login without saying why.",
    networks: ['facebook', 'instagram', 'twitter'],
    whatHappened: {
      all: "The network says the login Tether uses is no longer valid, but doesn't say why. Most often the person logged out of the network everywhere, or the network ended the session on its side.",
      twitter: "X stopped accepting Tether's sign-in and didn't say why. Tether tried to renew it, and X refused that too.",
    },
    whatToDo: {
      all: [
        'Click Reconnect and sign in with the same account.',
        "If it happens again within a day, copy the details for support below and check the account on the network's website.",
      ],
    },
    links: { all: [LINKS.fbBusinessIntegrations], twitter: [LINKS.xConnectedApps] },
    prevention: [TIPS.keepAppAuthorized, TIPS.noSharedLogins],
  },
};
