/** Card copy for reasons about one Page or one account: roles, permissions, Page settings, 2FA, Instagram type. */
import type { CardCopy } from './card-types';
import { LINKS } from './links';
import { TIPS } from './tips';

type PageReason =
  | 'insufficient_page_role'
  | 'page_not_selected'
  | 'page_not_listed'
  | 'missing_permissions'
  | 'page_restricted'
  | 'two_factor_required'
  | 'instagram_creator_account'
  | 'instagram_personal_account'
  | 'instagram_unlinked';

/** Copy for the Page- and account-level reasons. */
export const PAGE_CARDS: Readonly<Record<PageReason, CardCopy>> = {
  insufficient_page_role: {
    title: 'Page access reduced',
    summary: 'The person who connected this Page no longer has enough access to it.',
    networks: ['facebook', 'instagram'],
    whatHappened: {
      all: "Tether reaches this Page through the person who connected it, and that person's access to the Page was reduced or removed. Tether needs Admin or Editor on a classic Page, or Facebook access with full or partial control on a newer Page.",
      instagram:
        'Tether reaches this Instagram account through its Facebook Page, and the person who connected it no longer has enough access to that Page. Tether needs Admin or Editor, or Facebook access with full or partial control.',
    },
    whatToDo: {
      all: [
        'Ask an admin of the Page to give the person who connected Tether Admin or Editor again (on newer Pages: Facebook access with full or partial control).',
        'If the Page belongs to a Business portfolio that requires two-factor authentication, that person must have it turned on too.',
        'Then click Reconnect in Tether. Reconnecting before the access is back fails the same way.',
      ],
    },
    links: { all: [LINKS.fbYourPages, LINKS.fbPageAccessHelp] },
    prevention: [TIPS.keepPageRole, TIPS.enableTwoFactor],
  },

  page_not_selected: {
    title: 'Page not selected at sign-in',
    summary: 'This Page was left unticked the last time this Facebook login was made, so the login no longer covers it.',
    networks: ['facebook'],
    whatHappened: {
      all: "When you signed in to Facebook for Tether, this Page wasn't ticked in the list of Pages. Your access to the Page is unchanged; only Tether's login leaves it out. Facebook's own record of the login (its list of selected Pages) confirms it.",
    },
    whatToDo: {
      all: [
        'Click Reconnect.',
        'In the Facebook window, choose to edit the Pages Tether may use, and tick this Page.',
        'Finish the sign-in. Tether checks the Page again at once.',
      ],
    },
    links: { all: [LINKS.fbBusinessIntegrations] },
    prevention: [TIPS.grantEverything],
  },

  page_not_listed: {
    title: 'Page missing from your login',
    summary: 'Facebook no longer lists this Page for this login: it was unticked at sign-in, or access to it was removed.',
    networks: ['facebook'],
    whatHappened: {
      all: "Facebook's list of Pages for this login doesn't include this Page any more. That happens when the Page is left unticked while signing in again, and also when the person's access to the Page is removed. Without your Meta App Secret Tether can't read Facebook's record of which Pages were selected, so it can't tell which one it is.",
    },
    whatToDo: {
      all: [
        'Click Reconnect, and in the Facebook window tick this Page in the list of Pages.',
        "If the Page isn't offered there, the person who connected Tether lost their access: ask an admin of the Page to give it back (Admin or Editor, or Facebook access with full or partial control), then reconnect.",
        'Adding your Meta App Secret in Settings lets Tether tell these two cases apart next time.',
      ],
    },
    links: { all: [LINKS.fbYourPages, LINKS.fbPageAccessHelp, LINKS.fbBusinessIntegrations] },
    prevention: [TIPS.grantEverything, TIPS.keepPageRole],
  },

  missing_permissions: {
    title: 'Permission missing',
    summary: 'Tether is missing a permission it needs for this account.',
    networks: ['facebook', 'instagram', 'twitter'],
    whatHappened: {
      all: "Tether is missing a permission it needs. A permission was switched off when the login was made, or removed later, or a newer Page or feature needs one Tether didn't ask for then.",
      instagram:
        "Tether is missing a permission it needs for this Instagram account, or the account wasn't selected when the login was made. Permissions can be switched off during sign-in or removed later in Facebook's Business Integrations.",
      twitter: "X says Tether's sign-in doesn't cover what it tried to do: the sign-in was made without a permission Tether needs.",
    },
    whatToDo: {
      all: [
        'Click Reconnect.',
        'In the sign-in window, keep every permission switched on and select every Page and Instagram account Tether should manage.',
        'If it happens again, open Business Integrations, choose Tether, and check that nothing is switched off.',
      ],
      twitter: ['Click Reconnect and sign in to X.', 'Allow everything Tether asks for in the X window.'],
    },
    links: { all: [LINKS.fbBusinessIntegrations], twitter: [LINKS.xConnectedApps] },
    prevention: [TIPS.grantEverything, TIPS.keepAppAuthorized],
  },

  page_restricted: {
    title: 'Page hidden or restricted',
    summary: "Tether can't read this Page because it is unpublished or limited to some people.",
    networks: ['facebook'],
    whatHappened: {
      all: "This Page is unpublished, or limited by country or age, so Facebook shows it only to some people and Tether can't read all of it. The login itself still works: the Page's own settings are in the way.",
    },
    whatToDo: {
      all: [
        "Open the Page's settings on Facebook.",
        "Publish the Page, or remove the country and age limits if you don't need them.",
        'Come back to Tether and click Check again.',
      ],
    },
    links: { all: [LINKS.fbYourPages, LINKS.fbHelpCenter] },
    prevention: [TIPS.pageVisibility, TIPS.keepPageRole],
  },

  two_factor_required: {
    title: 'Two-factor authentication needed',
    summary: 'Facebook requires two-factor authentication on the account that manages this Page.',
    networks: ['facebook', 'instagram'],
    whatHappened: {
      all: "Facebook asks for two-factor authentication from everyone who manages a Page that belongs to a Business portfolio or has a large audience. The person who connected this Page doesn't have it turned on, so Facebook blocks the Page for Tether.",
      instagram:
        "This Instagram account's Facebook Page belongs to a Business portfolio or has a large audience, so Facebook requires two-factor authentication from whoever manages it. The account that connected Tether doesn't have it turned on.",
    },
    whatToDo: {
      all: [
        'Log in to Facebook with the account that connected Tether.',
        'Turn on two-factor authentication in Password and security.',
        'Click Reconnect in Tether and finish the sign-in, including the code Facebook asks for.',
      ],
    },
    links: { all: [LINKS.fbTwoFactor, LINKS.fbTwoFactorHelp, LINKS.fbBusinessSecurity] },
    prevention: [TIPS.enableTwoFactor],
  },

  instagram_creator_account: {
    title: 'Instagram Creator account',
    summary: "This is a Creator account: posts and reels work, Stories and product tags don't.",
    networks: ['instagram'],
    whatHappened: {
      all: 'Instagram lets apps publish posts and reels to Creator accounts, but Stories and product tags only to Business accounts. The account stays connected; Tether tells you before a job it cannot do.',
    },
    whatToDo: {
      all: [
        'If you only publish posts and reels, nothing needs to change.',
        'To publish Stories or tag products, switch the account to Business in Instagram: Settings, then Account type and tools.',
        'Then click Check again in Tether.',
      ],
    },
    links: { all: [LINKS.igBusinessHelp, LINKS.igSwitchToProfessional] },
    prevention: [TIPS.keepInstagramBusiness],
  },

  instagram_personal_account: {
    title: 'Instagram account is personal',
    summary: "This Instagram account was switched to a personal account, which apps can't manage.",
    networks: ['instagram'],
    whatHappened: {
      all: 'Apps can only reach Instagram professional accounts, and this one was switched to a personal account, so Tether lost it. Its link to its Facebook Page may have been removed at the same time.',
    },
    whatToDo: {
      all: [
        'In Instagram, open Settings, then Account type and tools, and switch to a professional account. Choose Business.',
        'Link it to its Facebook Page again if Instagram asks.',
        'Click Reconnect in Tether.',
      ],
    },
    links: { all: [LINKS.igSwitchToProfessional, LINKS.igBusinessHelp] },
    prevention: [TIPS.keepInstagramBusiness],
  },

  instagram_unlinked: {
    title: 'Instagram unlinked from its Page',
    summary: 'This Instagram account is no longer linked to the Facebook Page Tether reaches it through.',
    networks: ['instagram'],
    whatHappened: {
      all: "Tether reaches this Instagram account through the Facebook Page it is linked to, and Facebook no longer shows that link: the account was disconnected from the Page in Meta Business Suite or the Page's settings. Facebook answers the same way when the account became personal and lost its link without saying so, so if the steps below don't bring it back, check the account type in Instagram too.",
    },
    whatToDo: {
      all: [
        "Open Meta Business Suite (or the Page's settings, Linked accounts) and link this Instagram account to the Page again.",
        'If Instagram says the account is personal, switch it back to a professional account first (Business).',
        'Click Check again in Tether.',
      ],
    },
    links: { all: [LINKS.fbYourPages, LINKS.igBusinessHelp, LINKS.igSwitchToProfessional] },
    prevention: [TIPS.keepInstagramBusiness],
  },
};
