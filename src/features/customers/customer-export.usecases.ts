import { type MessageKey, translator } from '../../i18n/index.js';
import type { Clock } from '../../lib/clock.js';
import { toCsv } from '../../lib/csv.js';
import { minorToDecimal } from '../../lib/money/minor-units.js';
import { localDate } from '../../lib/time-zone.js';
import { todayFor } from '../leads/leads.usecases.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor } from '../team/team.types.js';
import type { CustomerExportRepository, ExportedCustomer } from './customer-export.repository.js';
import type { CustomerMoney } from './customers.types.js';
import { customerScope } from './customers.usecases.js';

/** As the lead export: beyond this the file is cut and says so. */
export const MAX_CUSTOMER_EXPORT_ROWS = 50_000;
const PAGE = 1_000;

/**
 * The columns: the customer, its first contact in the columns a customer import reads, the others in one cell, and
 * its money per currency (`CNY 480000.00; USD 1250.00`, exact decimals).
 */
export const CUSTOMER_EXPORT_COLUMNS = [
  'id',
  'name',
  'kind',
  'industry',
  'owner',
  'contactName',
  'contactTitle',
  'phone',
  'email',
  'otherContacts',
  'contracted',
  'collected',
  'outstanding',
  'notes',
  'createdAt',
] as const;

const moneyCell = (money: CustomerMoney[], pick: (m: CustomerMoney) => number) =>
  money.map((m) => `${m.currency} ${minorToDecimal(pick(m), m.currency)}`).join('; ');

/**
 * `/customer export`: a CSV of exactly the customers the actor may see (a rep hers, a manager her reports', finance
 * and admins all), headers in her language, every cell guarded against formula injection (`toCsv`).
 */
export async function exportCustomers(deps: {
  customerExports: CustomerExportRepository;
  teams: TeamRepository;
  clock: Clock;
  actor: Actor;
}): Promise<{ csv: string; count: number; truncated: boolean; fileName: string }> {
  const { actor } = deps;
  const t = translator(actor.locale);
  const scope = await customerScope(deps);
  const customers: ExportedCustomer[] = [];
  let truncated = false;
  for (let after = 0; ; ) {
    const page = await deps.customerExports.page(actor.teamId, scope, after, PAGE);
    customers.push(...page);
    if (customers.length > MAX_CUSTOMER_EXPORT_ROWS) {
      truncated = true;
      customers.length = MAX_CUSTOMER_EXPORT_ROWS;
      break;
    }
    if (page.length < PAGE) break;
    after = page.at(-1)?.id ?? after;
  }
  const names = new Map((await deps.teams.listMembers(actor.teamId)).map((m) => [m.userId, m.displayName]));
  const owner = (userId: string) => {
    const name = names.get(userId);
    return name ? `${name} (${userId})` : userId;
  };
  const rows = customers.map((c) => {
    const [first, ...others] = c.contacts;
    return [
      c.id,
      c.name,
      t(`customers.card.kind.${c.kind === 'individual' ? 'individual' : 'company'}` as MessageKey),
      c.industry,
      owner(c.ownerUserId),
      first?.name,
      first?.title,
      first?.phone,
      first?.email,
      others.map((k) => [k.name, k.title, k.phone, k.email].filter(Boolean).join(' · ')).join('; '),
      moneyCell(c.money, (m) => m.contractedMinor),
      moneyCell(c.money, (m) => m.collectedMinor),
      moneyCell(c.money, (m) => m.outstandingMinor),
      c.notes,
      localDate(c.createdAt, actor.timezone),
    ];
  });
  const header = CUSTOMER_EXPORT_COLUMNS.map((column) => t(`customers.export.column.${column}`));
  return {
    csv: toCsv([header, ...rows]),
    count: customers.length,
    truncated,
    fileName: `customers-${todayFor(actor, deps.clock)}.csv`,
  };
}
