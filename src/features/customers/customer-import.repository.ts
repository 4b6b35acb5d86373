import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { recordBatch, type Tx } from '../imports/import-progress.repository.js';
import type { BatchProgress, ImportResult } from '../imports/imports.types.js';
import type {
  CustomerRow,
  CustomerRowKeys,
  CustomerRowValues,
  MatchedCustomer,
} from './customer-import.types.js';

export type CustomerImportRepository = ReturnType<typeof createCustomerImportRepository>;

type Row = Record<string, unknown>;
const rowsOf = (result: unknown) => (result as { rows: Row[] }).rows;
const textOrNull = (value: unknown) => (value === null || value === undefined ? null : String(value));
const numOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

type NewRow = Extract<CustomerRow, { kind: 'new' }>;
type UpdateRow = Extract<CustomerRow, { kind: 'update' }>;

/** A row's match: its keys, and the customer it is (a merged-away one stands for the one it went into). */
export interface RowMatch {
  keys: CustomerRowKeys;
  customer?: MatchedCustomer;
  byNumber: boolean;
}

export function createCustomerImportRepository({ db }: { db: Db }) {
  return {
    /**
     * Each row's customer, by the rule a won lead is linked by (customer-links.repository.ts, drizzle/0012): the
     * number the row names, else a contact with the same phone or email key, else (two companies) the same company
     * key. Two queries a batch, whatever its size.
     */
    async match(teamId: string, rows: readonly CustomerRowValues[]): Promise<RowMatch[]> {
      if (rows.length === 0) return [];
      const input = JSON.stringify(
        rows.map((row) => ({
          id: row.id ?? null,
          name: row.name,
          kind: row.kind,
          phone: row.contact?.phone ?? null,
          email: row.contact?.email ?? null,
        })),
      );
      const found = await db.transaction(async (tx) => {
        // Each lookup is an index probe (the btrees on the contacts' keys and the customers' company key). Without
        // statistics (PGlite never analyzes by itself) the planner would rather scan the team's customers per row.
        await tx.execute(sql`set local enable_seqscan = off`);
        return rowsOf(
          await tx.execute(sql`
          with c as materialized (
            select (x.ord - 1)::int as i, (x.v->>'id')::bigint as id, x.v->>'kind' as kind,
              salesflow_phone_key(x.v->>'phone') as phone_key,
              salesflow_email_key(x.v->>'email') as email_key,
              salesflow_company_key(x.v->>'name') as company_key
            from jsonb_array_elements(${input}::jsonb) with ordinality as x(v, ord)
          )
          select c.i, c.phone_key, c.email_key, c.company_key, m.customer_id, m.rank from c
          left join lateral (
            select coalesce(cu.merged_into_id, cu.id) as customer_id, 0 as rank from customers cu
              where cu.team_id = ${teamId} and cu.id = c.id
            union all
            select k.customer_id, 1 from customer_contacts k
              where k.team_id = ${teamId} and k.phone_key = c.phone_key
            union all
            select k.customer_id, 2 from customer_contacts k
              where k.team_id = ${teamId} and k.email_key = c.email_key
            union all
            select coalesce(cu.merged_into_id, cu.id), 3 from customers cu
              where cu.team_id = ${teamId} and cu.company_key = c.company_key and cu.kind = 'company'
                and c.kind = 'company'
            order by rank, customer_id limit 1
          ) m on true
          order by c.i`),
        );
      });
      const ids = [
        ...new Set(found.flatMap((row) => (row.customer_id === null ? [] : [Number(row.customer_id)]))),
      ];
      const customers = await customersById(db, teamId, ids);
      return found.map((row) => {
        const customer = row.customer_id === null ? undefined : customers.get(Number(row.customer_id));
        return {
          keys: {
            phoneKey: textOrNull(row.phone_key),
            emailKey: textOrNull(row.email_key),
            companyKey: textOrNull(row.company_key),
          },
          ...(customer ? { customer } : {}),
          byNumber: Number(row.rank) === 0,
        };
      });
    },

    /**
     * Writes one batch of a customer import and the import's progress, in one transaction. A new row is inserted
     * only if no customer matches it by then (under the won-lead link's lock on its company key, so a lead won
     * meanwhile and the import make one customer, not two); an update only if the customer is still at the version
     * the row was read at. Either left alone counts as skipped. A credit limit set is audited as the form's is.
     */
    async writeBatch(input: {
      teamId: string;
      currency: string;
      actorUserId: string;
      create: NewRow[];
      update: UpdateRow[];
      progress: BatchProgress;
      now: Date;
    }): Promise<ImportResult> {
      const { teamId } = input;
      return db.transaction(async (tx) => {
        const lockKeys = [
          ...new Set(
            input.create.map((row) => `salesflow:customer:${teamId}:${row.keys.companyKey ?? row.line}`),
          ),
        ].sort();
        for (const key of lockKeys) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
        const created = await insertCustomers(tx, input, input.create);
        let updated = 0;
        for (const row of input.update) if (await updateCustomer(tx, input, row)) updated++;
        const { result } = input.progress;
        const next: ImportResult = {
          ...result,
          created: result.created + created,
          updated: result.updated + updated,
          skipped: result.skipped + (input.create.length - created) + (input.update.length - updated),
        };
        await recordBatch(tx, teamId, { ...input.progress, result: next });
        return next;
      });
    },
  };
}

/** The customers with these numbers, with their contacts' keys. */
async function customersById(
  db: Db,
  teamId: string,
  ids: readonly number[],
): Promise<Map<number, MatchedCustomer>> {
  if (ids.length === 0) return new Map();
  const rows = rowsOf(
    await db.execute(sql`
      select c.id, c.owner_user_id, c.version, c.industry, c.notes, c.credit_limit_minor, c.credit_limit_currency,
        (select json_agg(json_build_object('phoneKey', k.phone_key, 'emailKey', k.email_key, 'name', k.name))
          from customer_contacts k where k.team_id = c.team_id and k.customer_id = c.id) as contacts
      from customers c
      where c.team_id = ${teamId} and c.id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`),
  );
  return new Map(
    rows.map((row) => {
      const contacts = (typeof row.contacts === 'string' ? JSON.parse(row.contacts) : row.contacts) ?? [];
      return [
        Number(row.id),
        {
          id: Number(row.id),
          ownerUserId: String(row.owner_user_id),
          version: Number(row.version),
          industry: textOrNull(row.industry),
          notes: textOrNull(row.notes),
          creditLimitMinor: numOrNull(row.credit_limit_minor),
          creditLimitCurrency: textOrNull(row.credit_limit_currency),
          contacts: contacts as MatchedCustomer['contacts'],
        },
      ];
    }),
  );
}

type WriteInput = { teamId: string; currency: string; actorUserId: string; now: Date };

async function insertContact(
  tx: Tx,
  teamId: string,
  customerId: number,
  contact: NonNullable<CustomerRowValues['contact']>,
): Promise<void> {
  await tx.execute(sql`
    insert into customer_contacts (team_id, customer_id, name, title, phone, email)
    select ${teamId}, ${customerId}, ${contact.name}, ${contact.title}, ${contact.phone}, ${contact.email}
    where not exists (select 1 from customer_contacts k where k.team_id = ${teamId} and k.customer_id = ${customerId}
      and (k.phone_key = salesflow_phone_key(${contact.phone}) or k.email_key = salesflow_email_key(${contact.email})
        or (${contact.phone}::text is null and ${contact.email}::text is null and lower(k.name) = lower(${contact.name}))))`);
}

/**
 * The batch's new customers in three statements whatever its size: their numbers drawn first (so each contact
 * and audit row knows its customer), then the customers no one has made meanwhile, then their contacts and the
 * audit of their credit limits. Returns how many were created.
 */
async function insertCustomers(tx: Tx, input: WriteInput, rows: NewRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const { teamId } = input;
  const drawn = rowsOf(
    await tx.execute(
      sql`select nextval(pg_get_serial_sequence('customers', 'id'))::bigint as id from generate_series(1, ${rows.length}::int)`,
    ),
  );
  const records = JSON.stringify(
    rows.map(({ values, keys, ownerUserId }, index) => ({
      id: Number(drawn[index]?.id),
      kind: values.kind,
      name: values.name,
      owner: ownerUserId,
      industry: values.industry ?? null,
      notes: values.notes ?? null,
      limit_minor: values.creditLimitMinor ?? null,
      phone_key: keys.phoneKey,
      email_key: keys.emailKey,
      company_key: keys.companyKey,
      contact_name: values.contact?.name ?? null,
      contact_title: values.contact?.title ?? null,
      phone: values.contact?.phone ?? null,
      email: values.contact?.email ?? null,
    })),
  );
  const now = input.now.toISOString();
  const inserted = rowsOf(
    await tx.execute(sql`
      with r as materialized (
        select * from jsonb_to_recordset(${records}::jsonb) as r(id bigint, kind text, name text, owner text,
          industry text, notes text, limit_minor bigint, phone_key text, email_key text, company_key text,
          contact_name text, contact_title text, phone text, email text)
      ),
      created as (
        insert into customers (id, team_id, kind, name, owner_user_id, industry, notes, credit_limit_minor,
          credit_limit_currency, created_at, updated_at)
        overriding system value
        select r.id, ${teamId}, r.kind, r.name, r.owner, r.industry, r.notes, r.limit_minor,
          case when r.limit_minor is null then null else ${input.currency} end, ${now}, ${now}
        from r
        where not exists (select 1 from customer_contacts k where k.team_id = ${teamId}
            and (k.phone_key = r.phone_key or k.email_key = r.email_key))
          and not exists (select 1 from customers cu where cu.team_id = ${teamId} and r.kind = 'company'
            and cu.kind = 'company' and cu.company_key = r.company_key)
        returning id
      ),
      contacts as (
        insert into customer_contacts (team_id, customer_id, name, title, phone, email)
        select ${teamId}, r.id, r.contact_name, r.contact_title, r.phone, r.email
        from r join created c on c.id = r.id where r.contact_name is not null
      ),
      audit as (
        insert into ledger_events (team_id, kind, actor_user_id, amount_minor, currency, details, occurred_at)
        select ${teamId}, 'credit_limit_set', ${input.actorUserId}, r.limit_minor, ${input.currency},
          jsonb_build_object('customerId', r.id, 'beforeMinor', null, 'source', 'import'), ${now}
        from r join created c on c.id = r.id where r.limit_minor is not null
      )
      select count(*)::int as n from created`),
  );
  return Number(inserted[0]?.n ?? 0);
}

async function updateCustomer(tx: Tx, input: WriteInput, row: UpdateRow): Promise<boolean> {
  const { teamId } = input;
  const { set } = row;
  const limit = set.creditLimitMinor;
  const [changed] = rowsOf(
    await tx.execute(sql`
      update customers c set
        industry = coalesce(${set.industry ?? null}, c.industry),
        notes = coalesce(${set.notes ?? null}, c.notes),
        credit_limit_minor = ${limit === undefined ? sql`c.credit_limit_minor` : sql`${limit}`},
        credit_limit_currency = ${limit === undefined ? sql`c.credit_limit_currency` : sql`${input.currency}`},
        version = c.version + 1, updated_at = ${input.now.toISOString()}
      from customers old
      where c.team_id = ${teamId} and c.id = ${row.customerId} and c.version = ${row.version} and old.id = c.id
      returning c.id, old.credit_limit_minor as before_minor`),
  );
  if (!changed) return false;
  if (row.contact) await insertContact(tx, teamId, row.customerId, row.contact);
  if (limit !== undefined)
    await auditLimit(tx, input, row.customerId, limit, numOrNull(changed.before_minor));
  return true;
}

/** The same audit event the credit limit form writes (credit.repository.ts), saying it came from a file. */
async function auditLimit(
  tx: Tx,
  input: WriteInput,
  customerId: number,
  limitMinor: number,
  beforeMinor: number | null,
): Promise<void> {
  await tx.execute(sql`
    insert into ledger_events (team_id, kind, actor_user_id, amount_minor, currency, details, occurred_at)
    values (${input.teamId}, 'credit_limit_set', ${input.actorUserId}, ${limitMinor}, ${input.currency},
      ${JSON.stringify({ customerId, beforeMinor, source: 'import' })}::jsonb, ${input.now.toISOString()})`);
}
