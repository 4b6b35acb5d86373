import { agingEn } from './aging.js';
import { approvalsEn } from './approvals.js';
import { chartsEn } from './charts.js';
import { commissionEn } from './commission.js';
import { commonEn } from './common.js';
import { creditEn } from './credit.js';
import { customerAdminEn } from './customer-admin.js';
import { customerImportEn } from './customer-import.js';
import { customersEn } from './customers.js';
import { digestEn } from './digest.js';
import { followupsEn } from './followups.js';
import { handoverEn } from './handover.js';
import { homeEn } from './home.js';
import { importsEn } from './imports.js';
import { inboundEn } from './inbound.js';
import { leadProgressEn } from './lead-progress.js';
import { leadsEn } from './leads.js';
import { ledgerEn } from './ledger.js';
import { ledgerRefusalsEn } from './ledger-refusals.js';
import { listTablesEn } from './list-tables.js';
import { moneyEn } from './money.js';
import { needsEn } from './needs.js';
import { productsEn } from './products.js';
import { quoteLogoEn } from './quote-logo.js';
import { quotePdfEn } from './quote-pdf.js';
import { quotesEn } from './quotes.js';
import { revisitsEn } from './revisits.js';
import { serviceEn } from './service.js';
import { targetsEn } from './targets.js';
import { teamEn } from './team.js';
import { teamScheduleEn } from './team-schedule.js';

/** One spread per feature file; each feature owns its own keys (prefixed with the feature name). */
export const en = {
  ...agingEn,
  ...approvalsEn,
  ...commissionEn,
  ...commonEn,
  ...chartsEn,
  ...creditEn,
  ...customersEn,
  ...customerAdminEn,
  ...customerImportEn,
  ...digestEn,
  ...followupsEn,
  ...importsEn,
  ...handoverEn,
  ...homeEn,
  ...inboundEn,
  ...leadsEn,
  ...listTablesEn,
  ...ledgerEn,
  ...ledgerRefusalsEn,
  ...moneyEn,
  ...needsEn,
  ...quotesEn,
  ...productsEn,
  ...quoteLogoEn,
  ...quotePdfEn,
  ...leadProgressEn,
  ...serviceEn,
  ...revisitsEn,
  ...targetsEn,
  ...teamEn,
  ...teamScheduleEn,
} as const;

export type MessageKey = keyof typeof en;
