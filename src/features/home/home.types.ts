import type { HomeOverview } from '../leads/lead-home.usecases.js';
import type { Stage } from '../leads/leads.types.js';
import type { AgingBuckets } from '../ledger/ledger.types.js';
import type { ReceivablesAging } from '../ledger/ledger-reports.usecases.js';
import type { TargetProgress } from '../targets/targets.types.js';

/** A list cut for the Home tab: the first rows and how many there are in all. */
export interface CountedList<T> {
  total: number;
  first: T[];
}

/** Money owed on the rep's own contracts, per currency (never added across currencies), in minor units. */
export interface OverdueMoney {
  currency: string;
  overdueMinor: number;
}

export interface RepSection {
  overview: HomeOverview;
  overdueMoney: OverdueMoney[];
}

/** The team's open pipeline by stage in the team's currency (minor units), weighted by the stage probabilities. */
export interface TeamStage {
  stage: Stage;
  count: number;
  value: number;
  weighted: number;
}

export interface TeamSection {
  currency: string;
  /** The people the section covers: the manager and their reports, or `all` for an admin or director-wide view. */
  owners: 'all' | string[];
  pipeline: TeamStage[];
  /** Each rep's monthly amount targets with what is done so far (plan against done). */
  repTargets: TargetProgress[];
  /** Display names by user id, for chart labels (a chart cannot mention a user). */
  names: Record<string, string>;
  aging: ReceivablesAging;
}

export interface PendingPaymentRow {
  paymentId: number;
  contractNumber: string;
  customerName: string;
  amountMinor: number;
  currency: string;
  reportedByUserId: string;
  receivedOn: string;
}

export interface WaitingInvoiceRow {
  invoiceId: number;
  contractNumber: string;
  customerName: string;
  amountMinor: number;
  currency: string;
  requestedByUserId: string;
}

export interface FinanceSection {
  pendingPayments: CountedList<PendingPaymentRow>;
  invoicesWaiting: CountedList<WaitingInvoiceRow>;
  aging: ReceivablesAging;
}

/** What one person's Home shows: every section their roles may see (a manager who sells sees both). */
export interface HomeDashboard {
  rep: RepSection;
  team: TeamSection | null;
  finance: FinanceSection | null;
}

export type { AgingBuckets };
