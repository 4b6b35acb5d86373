import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

export type CustomerLinkRepository = ReturnType<typeof createCustomerLinkRepository>;

/** How a won lead found its customer: an existing one it certainly matches, or a new one made from it. */
export interface WonLeadLink {
  customerId: number;
  created: boolean;
}

export function createCustomerLinkRepository({ db }: { db: Db }) {
  return {
    /**
     * Links a won lead to its customer, the rule drizzle/0012 applied to older leads: the customer with a contact of
     * the same phone or email key, or (two companies) the same company key; none, a new customer from the lead.
     * One customer per company even when two of its leads are won at once: the lookup and the insert run under a
     * lock on the lead's company key. A lead already linked keeps its customer; undefined = no such lead.
     */
    async linkWonLead(teamId: string, leadId: number): Promise<WonLeadLink | undefined> {
      return db.transaction(async (tx) => {
        const found = (await tx.execute(sql`
          select id, kind, customer_id, company_key, phone_key, email_key from leads
          where team_id = ${teamId} and id = ${leadId}`)) as unknown as {
          rows: {
            kind: string;
            customer_id: number | string | null;
            company_key: string | null;
            phone_key: string | null;
            email_key: string | null;
          }[];
        };
        const lead = found.rows[0];
        if (!lead) return undefined;
        if (lead.customer_id !== null) return { customerId: Number(lead.customer_id), created: false };
        await tx.execute(
          sql`select pg_advisory_xact_lock(hashtext(${`salesflow:customer:${teamId}:${lead.company_key ?? leadId}`}))`,
        );
        const match = (await tx.execute(sql`
          select customer_id from (
            select customer_id from customer_contacts
              where team_id = ${teamId} and phone_key = ${lead.phone_key}
            union
            select customer_id from customer_contacts
              where team_id = ${teamId} and email_key = ${lead.email_key}
            union
            -- A customer merged away stands for the one it was merged into.
            select coalesce(merged_into_id, id) from customers
              where team_id = ${teamId} and company_key = ${lead.company_key} and kind = 'company'
                and ${lead.kind} = 'company'
          ) m order by customer_id limit 1`)) as unknown as { rows: { customer_id: number | string }[] };
        const existing = match.rows[0];
        const customerId = existing
          ? Number(existing.customer_id)
          : await insertCustomerFromLead(tx, teamId, leadId);
        await tx.execute(sql`
          insert into customer_contacts (team_id, customer_id, name, title, phone, email)
          select l.team_id, ${customerId}, btrim(l.contact_name), l.contact_title, l.phone, l.email
          from leads l where l.team_id = ${teamId} and l.id = ${leadId} and btrim(l.contact_name) <> ''
            and not exists (select 1 from customer_contacts k where k.team_id = ${teamId}
              and k.customer_id = ${customerId} and lower(k.name) = lower(btrim(l.contact_name)))`);
        await tx.execute(
          sql`update leads set customer_id = ${customerId} where team_id = ${teamId} and id = ${leadId}`,
        );
        return { customerId, created: !existing };
      });
    },
  };
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

async function insertCustomerFromLead(tx: Tx, teamId: string, leadId: number): Promise<number> {
  const inserted = (await tx.execute(sql`
    insert into customers (team_id, kind, name, owner_user_id, industry)
    select team_id, kind, company_name, owner_user_id, industry from leads
    where team_id = ${teamId} and id = ${leadId}
    returning id`)) as unknown as { rows: { id: number | string }[] };
  return Number(inserted.rows[0]?.id);
}
