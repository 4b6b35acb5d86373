import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { OwnerScope } from '../leads/lead-scope.js';
import type { CustomerContact, CustomerMoney } from './customers.types.js';

export type CustomerExportRepository = ReturnType<typeof createCustomerExportRepository>;

/** One customer as the export writes it: its fields, every contact, and its money per currency. */
export interface ExportedCustomer {
  id: number;
  kind: string;
  name: string;
  ownerUserId: string;
  industry: string | null;
  notes: string | null;
  createdAt: Date;
  contacts: Omit<CustomerContact, 'id'>[];
  money: CustomerMoney[];
}

type Row = Record<string, unknown>;
const rowsOf = (result: unknown) => (result as { rows: Row[] }).rows;
const json = <T>(value: unknown): T[] =>
  value === null || value === undefined
    ? []
    : ((typeof value === 'string' ? JSON.parse(value) : value) as T[]);

export function createCustomerExportRepository({ db }: { db: Db }) {
  return {
    /**
     * A page of the scope's customers (not merged away) after `afterId`, by id: keyset paging, so a 50,000-customer
     * export reads each page from the index instead of skipping the ones before. Sums are the database's, per
     * currency, as text (bigint minor units, never floats).
     */
    async page(
      teamId: string,
      owners: OwnerScope,
      afterId: number,
      limit: number,
    ): Promise<ExportedCustomer[]> {
      const ownerFilter =
        owners === 'all'
          ? sql`true`
          : sql`c.owner_user_id in (${sql.join(owners.length ? owners : [''], sql`, `)})`;
      const rows = rowsOf(
        await db.execute(sql`
          select c.id, c.kind, c.name, c.owner_user_id, c.industry, c.notes, c.created_at,
            (select json_agg(json_build_object('name', k.name, 'title', k.title, 'phone', k.phone, 'email', k.email)
                order by k.id)
              from customer_contacts k where k.team_id = c.team_id and k.customer_id = c.id) as contacts,
            (select json_agg(json_build_object('currency', m.currency, 'contracted', m.contracted,
                'collected', m.collected) order by m.currency)
              from (select ct.currency, sum(ct.amount_minor)::text as contracted,
                      sum(ct.collected_minor)::text as collected
                    from contracts ct join leads l on l.team_id = ct.team_id and l.id = ct.lead_id
                    where ct.team_id = c.team_id and l.customer_id = c.id and ct.status <> 'cancelled'
                    group by ct.currency) m) as money
          from customers c
          where c.team_id = ${teamId} and c.merged_into_id is null and ${ownerFilter} and c.id > ${afterId}
          order by c.id limit ${limit}`),
      );
      return rows.map((row) => ({
        id: Number(row.id),
        kind: String(row.kind),
        name: String(row.name),
        ownerUserId: String(row.owner_user_id),
        industry: row.industry === null ? null : String(row.industry),
        notes: row.notes === null ? null : String(row.notes),
        createdAt: new Date(String(row.created_at)),
        contacts: json<Omit<CustomerContact, 'id'>>(row.contacts),
        money: json<{ currency: string; contracted: string; collected: string }>(row.money).map((m) => ({
          currency: m.currency,
          contractedMinor: Number(m.contracted),
          collectedMinor: Number(m.collected),
          outstandingMinor: Number(m.contracted) - Number(m.collected),
        })),
      }));
    },
  };
}
