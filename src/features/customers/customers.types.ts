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
