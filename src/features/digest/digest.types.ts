import type { Locale } from '../../i18n/index.js';
import type { Stage } from '../leads/leads.types.js';

/** Instants `[from, to)` and the local dates they came from (`toDate` excluded). */
export interface DateWindow {
  from: Date;
  to: Date;
  fromDate: string;
  toDate: string;
}

/** A lead as the digest lists it (a handful per section, never the whole table). */
export interface LeadLine {
  id: number;
  companyName: string;
  ownerUserId: string;
  stage: Stage;
  value: number | null;
  currency: string | null;
  lostReason: string | null;
  lastActivityAt: Date;
  expectedCloseDate: string | null;
  nextFollowUpOn: string | null;
}

export interface CountAndValue {
  count: number;
  value: number;
}

export interface LeadSection extends CountAndValue {
  leads: LeadLine[];
}

export interface StageMove {
  fromStage: string | null;
  toStage: string | null;
  count: number;
}

export interface StagePipeline extends CountAndValue {
  stage: Stage;
  /** Win probability in percent. */
  probability: number;
  weighted: number;
}

export interface LostReasonCount extends CountAndValue {
  reason: string | null;
}

/** One rep's work in the window, counted from activities they performed. */
export interface RepDay {
  userId: string;
  newProspects: number;
  contacts: number;
  needsAnalyses: number;
  demos: number;
  quotes: number;
  won: number;
}

export interface PendingApproval {
  id: number;
  leadId: number;
  companyName: string;
  kind: string;
  requestedByUserId: string;
  approverUserId: string | null;
  requestedAt: Date;
}

export interface ApprovalWaiting extends PendingApproval {
  ageHours: number;
}

export interface PipelineNumbers {
  window: DateWindow;
  currency: string;
  newLeads: LeadSection;
  moves: StageMove[];
  won: LeadSection;
  lost: LeadSection;
  lostReasons: LostReasonCount[];
  pipeline: StagePipeline[];
  pipelineTotal: CountAndValue & { weighted: number };
  stale: LeadSection;
  reps: RepDay[];
}

export interface TeamDigest extends PipelineNumbers {
  teamId: string;
  /** The local date the digest is for (its morning). */
  date: string;
  approvals: ApprovalWaiting[];
}

export interface OverdueByRep {
  userId: string;
  count: number;
}

export interface ManagerMorning {
  managerUserId: string;
  /** The manager's own language, for their DM. */
  locale: Locale;
  date: string;
  approvals: ApprovalWaiting[];
  overdue: { total: number; byRep: OverdueByRep[]; leads: LeadLine[] };
  /** Reports with no high-intent lead for three working days in a row. */
  quietReps: string[];
}

export interface StageConversion {
  fromStage: Stage;
  movedOut: number;
  advanced: number;
  /** advanced / movedOut in percent, null when nothing moved out. */
  rate: number | null;
}

export interface WeeklySummary {
  teamId: string;
  window: DateWindow;
  currency: string;
  won: CountAndValue;
  lost: CountAndValue;
  /** won / (won + lost) in percent; null when nothing closed. */
  winRate: number | null;
  /** Average days from creation to won, for leads won in the week. */
  averageCycleDays: number | null;
  conversions: StageConversion[];
  topLostReasons: LostReasonCount[];
}
