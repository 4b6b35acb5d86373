import type { MessageKey } from '../en/index.js';
import { agingZh } from './aging.js';
import { approvalsZh } from './approvals.js';
import { chartsZh } from './charts.js';
import { commissionZh } from './commission.js';
import { commonZh } from './common.js';
import { creditZh } from './credit.js';
import { customerAdminZh } from './customer-admin.js';
import { customerImportZh } from './customer-import.js';
import { customersZh } from './customers.js';
import { digestZh } from './digest.js';
import { followupsZh } from './followups.js';
import { handoverZh } from './handover.js';
import { homeZh } from './home.js';
import { importsZh } from './imports.js';
import { inboundZh } from './inbound.js';
import { leadProgressZh } from './lead-progress.js';
import { leadsZh } from './leads.js';
import { ledgerZh } from './ledger.js';
import { ledgerRefusalsZh } from './ledger-refusals.js';
import { listTablesZh } from './list-tables.js';
import { moneyZh } from './money.js';
import { needsZh } from './needs.js';
import { productsZh } from './products.js';
import { quoteLogoZh } from './quote-logo.js';
import { quotePdfZh } from './quote-pdf.js';
import { quotesZh } from './quotes.js';
import { revisitsZh } from './revisits.js';
import { serviceZh } from './service.js';
import { targetsZh } from './targets.js';
import { teamZh } from './team.js';
import { teamScheduleZh } from './team-schedule.js';

export const zhCN: Record<MessageKey, string> = {
  ...agingZh,
  ...approvalsZh,
  ...commissionZh,
  ...commonZh,
  ...chartsZh,
  ...creditZh,
  ...customersZh,
  ...customerAdminZh,
  ...customerImportZh,
  ...digestZh,
  ...followupsZh,
  ...importsZh,
  ...handoverZh,
  ...homeZh,
  ...inboundZh,
  ...leadsZh,
  ...listTablesZh,
  ...ledgerZh,
  ...ledgerRefusalsZh,
  ...moneyZh,
  ...needsZh,
  ...quotesZh,
  ...productsZh,
  ...quoteLogoZh,
  ...quotePdfZh,
  ...leadProgressZh,
  ...serviceZh,
  ...revisitsZh,
  ...targetsZh,
  ...teamZh,
  ...teamScheduleZh,
};
