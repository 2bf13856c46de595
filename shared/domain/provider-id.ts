/** The social networks Tether connects to. Adding one means one provider module in main/core/providers. */
import { z } from 'zod';
import { PROVIDER_IDS } from './providers';

export { PROVIDER_IDS, PROVIDER_NAMES, loginNetwork, type ProviderId } from './providers';
export const ProviderIdSchema = z.enum(PROVIDER_IDS);
