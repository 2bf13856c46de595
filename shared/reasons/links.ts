/** The network pages (and a few system help pages) reason cards link to, named once and reused. */
import type { CardLink } from './card-types';

/** Every card link by name; `satisfies` keeps each one a label and a URL. */
export const LINKS = {
  fbBusinessIntegrations: { label: 'Open Facebook Business Integrations', url: 'https://www.facebook.com/settings?tab=business_tools' },
  fbPasswordSecurity: { label: 'Open Facebook password and security', url: 'https://accountscenter.facebook.com/password_and_security' },
  fbTwoFactor: { label: 'Turn on two-factor authentication', url: 'https://accountscenter.facebook.com/password_and_security/two_factor' },
  fbTwoFactorHelp: { label: 'Facebook help: two-factor authentication', url: 'https://www.facebook.com/help/148233965247823' },
  fbLogin: { label: 'Log in to Facebook', url: 'https://www.facebook.com/' },
  fbYourPages: { label: 'Open your Facebook Pages', url: 'https://www.facebook.com/pages/?category=your_pages' },
  fbPageAccessHelp: { label: 'Facebook help: Page access and roles', url: 'https://www.facebook.com/help/187316341316631' },
  fbBusinessSecurity: { label: 'Open Business portfolio security', url: 'https://business.facebook.com/settings/security' },
  fbPublishingAuthorization: { label: 'Facebook help: get authorized to publish', url: 'https://www.facebook.com/help/1939753742723975' },
  fbHelpCenter: { label: 'Facebook Help Center', url: 'https://www.facebook.com/help/' },
  fbRateLimits: { label: 'Meta: how request limits work', url: 'https://developers.facebook.com/docs/graph-api/overview/rate-limiting/' },
  metaStatus: { label: 'Meta platform status', url: 'https://metastatus.com/' },
  metaDeveloperApps: { label: 'Open your Meta apps', url: 'https://developers.facebook.com/apps/' },
  igOpen: { label: 'Open Instagram', url: 'https://www.instagram.com/' },
  igHelpCenter: { label: 'Instagram Help Center', url: 'https://help.instagram.com/' },
  igSwitchToProfessional: { label: 'Switch to a professional account', url: 'https://www.instagram.com/accounts/convert_to_professional_account/' },
  igBusinessHelp: { label: 'Instagram help: set up a business account', url: 'https://help.instagram.com/502981923235522' },
  xConnectedApps: { label: 'Open X connected apps', url: 'https://x.com/settings/connected_apps' },
  xAccountAccess: { label: 'Unlock your X account', url: 'https://x.com/account/access' },
  xLockedHelp: { label: 'X help: locked accounts', url: 'https://help.x.com/en/managing-your-account/locked-and-limited-accounts' },
  xSuspendedHelp: { label: 'X help: suspended accounts', url: 'https://help.x.com/en/managing-your-account/suspended-x-accounts' },
  xAppeal: { label: 'Appeal the suspension', url: 'https://help.x.com/en/forms/account-access/appeals' },
  xRules: { label: 'Read the X Rules', url: 'https://help.x.com/en/rules-and-policies/x-rules' },
  xTwoFactorHelp: { label: 'X help: two-factor authentication', url: 'https://help.x.com/en/managing-your-account/two-factor-authentication' },
  xRateLimits: { label: 'X: how request limits work', url: 'https://docs.x.com/x-api/fundamentals/rate-limits' },
  xApiStatus: { label: 'X API status', url: 'https://api.twitterstat.us/' },
  xDeveloperPortal: { label: 'Open the X developer portal', url: 'https://developer.x.com/en/portal/dashboard' },
  macKeychain: { label: 'macOS: about Keychain Access', url: 'https://support.apple.com/guide/keychain-access/what-is-keychain-access-kyca1083/mac' },
  windowsCredentialManager: {
    label: 'Windows: about Credential Manager',
    url: 'https://support.microsoft.com/en-us/windows/accessing-credential-manager-1b5c916a-6a16-889f-8581-fc16e8165ac0',
  },
  linuxKeyring: { label: 'Linux: about GNOME Keyring', url: 'https://wiki.archlinux.org/title/GNOME/Keyring' },
} as const satisfies Record<string, CardLink>;
