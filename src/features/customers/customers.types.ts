import type { Stage } from '../leads/leads.types.js';

/** `company` or `individual`, as a lead's kind. */
export const CUSTOMER_KINDS = ['company', 'individual'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

export interface Customer {
  id: number;
  teamId: string;
  kind: CustomerKind;
  name: string;
  ownerUserId: string;
  industry: string | null;
  notes: string | null;
  /** The customer it was merged into (its lookups answer with that one); null while it stands on its own. */
  mergedIntoId: number | null;
  version: number;
  createdAt: Date;
}

export interface CustomerContact {
  id: number;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
}

/** One of the customer's leads, as its card lists it. */
export interface CustomerDeal {
  leadId: number;
  companyName: string;
  ownerUserId: string;
  stage: Stage;
  estimatedValue: number | null;
  wonAmount: number | null;
  currency: string | null;
}

export interface CustomerContract {
  id: number;
  number: string;
  status: string;
  amountMinor: number;
  collectedMinor: number;
  currency: string;
}

/** Per currency, never converted: what its contracts are worth, what was confirmed collected, what is left. */
export interface CustomerMoney {
  currency: string;
  contractedMinor: number;
  collectedMinor: number;
  outstandingMinor: number;
}
