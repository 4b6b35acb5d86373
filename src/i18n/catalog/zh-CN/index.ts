import type { MessageKey } from '../en/index.js';
import { approvalsZh } from './approvals.js';
import { chartsZh } from './charts.js';
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
import { moneyZh } from './money.js';
import { needsZh } from './needs.js';
import { productsZh } from './products.js';
import { quotePdfZh } from './quote-pdf.js';
import { quotesZh } from './quotes.js';
import { serviceZh } from './service.js';
import { targetsZh } from './targets.js';
import { teamZh } from './team.js';
import { teamScheduleZh } from './team-schedule.js';

export const zhCN: Record<MessageKey, string> = {
  ...approvalsZh,
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
  ...ledgerZh,
  ...ledgerRefusalsZh,
  ...moneyZh,
  ...needsZh,
  ...quotesZh,
  ...productsZh,
  ...quotePdfZh,
  ...leadProgressZh,
  ...serviceZh,
  ...targetsZh,
  ...teamZh,
  ...teamScheduleZh,
};
