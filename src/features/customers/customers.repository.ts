import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { OwnerScope } from '../leads/lead-scope.js';
import type { Stage } from '../leads/leads.types.js';
import type {
  Customer,
  CustomerContact,
  CustomerContract,
  CustomerDeal,
  CustomerMoney,
} from './customers.types.js';

export type CustomerRepository = ReturnType<typeof createCustomerRepository>;

type Row = Record<string, unknown>;
const rowsOf = (result: unknown) => (result as { rows: Row[] }).rows;
const num = (value: unknown) => Number(value);
const textOrNull = (value: unknown) => (value === null || value === undefined ? null : String(value));

/** `%` and `_` typed by a user are literal characters, not wildcards. */
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Only the customers of these owners, or all the team's. */
const ownerFilter = (owners: OwnerScope) =>
  owners === 'all' ? sql`true` : sql`owner_user_id in (${sql.join(owners.length ? owners : [''], sql`, `)})`;

function toCustomer(row: Row): Customer {
  return {
    id: num(row.id),
    teamId: String(row.team_id),
    kind: row.kind === 'individual' ? 'individual' : 'company',
    name: String(row.name),
    ownerUserId: String(row.owner_user_id),
    industry: textOrNull(row.industry),
    notes: textOrNull(row.notes),
    mergedIntoId:
      row.merged_into_id === null || row.merged_into_id === undefined ? null : num(row.merged_into_id),
    version: num(row.version),
    createdAt: new Date(String(row.created_at)),
  };
}

export function createCustomerRepository({ db }: { db: Db }) {
  return {
    async findById(teamId: string, id: number): Promise<Customer | undefined> {
      const rows = rowsOf(
        await db.execute(sql`select * from customers where team_id = ${teamId} and id = ${id}`),
      );
      return rows[0] ? toCustomer(rows[0]) : undefined;
    },

    /** Customers of the scope whose name holds `text` (the trigram index), closest names first. */
    async search(
      teamId: string,
      owners: OwnerScope,
      text: string,
      limit: number,
    ): Promise<{ customers: Customer[]; total: number }> {
      const rows = rowsOf(
        await db.execute(sql`
          select *, count(*) over () as total from customers
          where team_id = ${teamId} and merged_into_id is null and ${ownerFilter(owners)}
            and search_text like ${likePattern(text)}
          order by length(name), id limit ${limit}`),
      );
      return { customers: rows.map(toCustomer), total: rows[0] ? num(rows[0].total) : 0 };
    },

    async contacts(teamId: string, customerId: number): Promise<CustomerContact[]> {
      const rows = rowsOf(
        await db.execute(sql`
          select id, name, title, phone, email from customer_contacts
          where team_id = ${teamId} and customer_id = ${customerId} order by id limit 20`),
      );
      return rows.map((row) => ({
        id: num(row.id),
        name: String(row.name),
        title: textOrNull(row.title),
        phone: textOrNull(row.phone),
        email: textOrNull(row.email),
      }));
    },

    /** The customer's leads, open first, then the latest closed. */
    async deals(teamId: string, customerId: number, limit: number): Promise<CustomerDeal[]> {
      const rows = rowsOf(
        await db.execute(sql`
          select id, company_name, owner_user_id, stage, estimated_value, won_amount, currency from leads
          where team_id = ${teamId} and customer_id = ${customerId}
          order by (stage in ('won', 'lost')), coalesce(closed_at, created_at) desc, id desc limit ${limit}`),
      );
      return rows.map(toDeal);
    },

    /** Its contracts (not cancelled), each with what the ledger has confirmed collected. */
    async contracts(teamId: string, customerId: number, limit: number): Promise<CustomerContract[]> {
      const rows = rowsOf(
        await db.execute(sql`
          select c.id, c.number, c.status, c.amount_minor, c.collected_minor, c.currency from contracts c
          join leads l on l.team_id = c.team_id and l.id = c.lead_id
          where c.team_id = ${teamId} and l.customer_id = ${customerId} and c.status <> 'cancelled'
          order by c.approved_at desc, c.id desc limit ${limit}`),
      );
      return rows.map((row) => ({
        id: num(row.id),
        number: String(row.number),
        status: String(row.status),
        amountMinor: num(row.amount_minor),
        collectedMinor: num(row.collected_minor),
        currency: String(row.currency),
      }));
    },

    /** Contracted, collected and outstanding per currency, summed by the database (never converted). */
    async money(teamId: string, customerId: number): Promise<CustomerMoney[]> {
      const rows = rowsOf(
        await db.execute(sql`
          select c.currency, sum(c.amount_minor)::text as contracted, sum(c.collected_minor)::text as collected
          from contracts c join leads l on l.team_id = c.team_id and l.id = c.lead_id
          where c.team_id = ${teamId} and l.customer_id = ${customerId} and c.status <> 'cancelled'
          group by c.currency order by c.currency`),
      );
      return rows.map((row) => {
        const contractedMinor = num(row.contracted);
        const collectedMinor = num(row.collected);
        return {
          currency: String(row.currency),
          contractedMinor,
          collectedMinor,
          outstandingMinor: contractedMinor - collectedMinor,
        };
      });
    },

    /**
     * Unlinked leads of the team that may be this customer, as duplicate detection would say: a phone or email
     * of one of its contacts, or a very similar company name (same numbers). The rep confirms them one by one.
     */
    async unlinkedLookAlikes(
      teamId: string,
      customer: Customer,
      options: { minSimilarity: number; limit: number },
    ): Promise<CustomerDeal[]> {
      return db.transaction(async (tx) => {
        await tx.execute(
          sql`select set_config('pg_trgm.similarity_threshold', ${String(options.minSimilarity)}, true)`,
        );
        const rows = rowsOf(
          await tx.execute(sql`
            with me as (select company_key from customers where team_id = ${teamId} and id = ${customer.id}),
            keys as (select phone_key, email_key from customer_contacts
                     where team_id = ${teamId} and customer_id = ${customer.id}),
            found as (
              select l.id from leads l join keys k on l.team_id = ${teamId} and l.phone_key = k.phone_key
              union
              select l.id from leads l join keys k on l.team_id = ${teamId} and l.email_key = k.email_key
              union
              select l.id from leads l, me where l.team_id = ${teamId} and l.company_key % me.company_key
                and regexp_replace(l.company_key, '[^0-9]', '', 'g') = regexp_replace(me.company_key, '[^0-9]', '', 'g')
            )
            select l.id, l.company_name, l.owner_user_id, l.stage, l.estimated_value, l.won_amount, l.currency
            from found f join leads l on l.id = f.id
            where l.team_id = ${teamId} and l.customer_id is null
            order by l.created_at desc, l.id desc limit ${options.limit}`),
        );
        return rows.map(toDeal);
      });
    },

    /** Links a lead to the customer unless it has one already (two confirmations cannot both move it). */
    async linkLead(teamId: string, leadId: number, customerId: number): Promise<boolean> {
      const rows = rowsOf(
        await db.execute(sql`
          update leads set customer_id = ${customerId}
          where team_id = ${teamId} and id = ${leadId} and customer_id is null returning id`),
      );
      return rows.length === 1;
    },
  };
}

function toDeal(row: Row): CustomerDeal {
  return {
    leadId: num(row.id),
    companyName: String(row.company_name),
    ownerUserId: String(row.owner_user_id),
    stage: String(row.stage) as Stage,
    estimatedValue: row.estimated_value === null ? null : num(row.estimated_value),
    wonAmount: row.won_amount === null ? null : num(row.won_amount),
    currency: textOrNull(row.currency),
  };
}
