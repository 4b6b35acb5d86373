// The features' own id files, gathered once for `ids.ts` to spread in (ids.ts is at the layout's size limit).
import { CUSTOMER_ACTIONS, CUSTOMER_BLOCKS, CUSTOMER_VIEWS } from './customers/customer-ids.js';
import { AGING_ACTIONS, AGING_BLOCKS } from './ledger/aging-ids.js';
import { QUOTE_LOGO_BLOCKS, QUOTE_LOGO_VIEWS } from './quotes/quote-logo-ids.js';
import { SERVICE_ACTIONS, SERVICE_BLOCKS, SERVICE_VIEWS } from './service/service-ids.js';

export const FEATURE_VIEWS = { ...QUOTE_LOGO_VIEWS, ...CUSTOMER_VIEWS, ...SERVICE_VIEWS } as const;
export const FEATURE_ACTIONS = { ...CUSTOMER_ACTIONS, ...SERVICE_ACTIONS, ...AGING_ACTIONS } as const;
export const FEATURE_BLOCKS = {
  ...QUOTE_LOGO_BLOCKS,
  ...CUSTOMER_BLOCKS,
  ...SERVICE_BLOCKS,
  ...AGING_BLOCKS,
} as const;
