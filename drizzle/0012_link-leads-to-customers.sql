-- Written by hand: the customers of the leads that existed before customers (drizzle/0011), found the way
-- duplicate detection matches leads (the keys of drizzle/0003), with only the certain matches acted on:
--   * certain: the same phone key, the same email key, or two companies with the same company key;
--   * a key shared by more than 50 leads of a team (a switchboard, a placeholder address) proves nothing;
--   * doubtful (only a similar company name) is not a link: such a lead stays unlinked, and the customer's card
--     offers it to the rep to confirm. Nothing is merged silently.
-- Leads joined by certain links, directly or through one another, are one customer when one of them was won or
-- has a contract; the others are prospects, made customers when won. Leads keep their version: linking changes
-- none of their fields, so a form opened before the upgrade still saves.
-- Every lead sharing a key with others is linked both ways to the key's first lead (a star, not every pair: the
-- groups are the same, and it is one sort of the leads instead of a self-join per key).
CREATE TEMPORARY TABLE customer_link_edges AS
  with keyed as (
    select id, team_id, 'phone' as kind, phone_key as k from leads where phone_key is not null
    union all
    select id, team_id, 'email', email_key from leads where email_key is not null
    union all
    select id, team_id, 'company', company_key from leads where company_key is not null and kind = 'company'
  ), starred as (
    select id, min(id) over same_key as hub, count(*) over same_key as sharing
    from keyed window same_key as (partition by team_id, kind, k)
  )
  select id as a, hub as b from starred where sharing between 2 and 50 and id <> hub
  union
  select hub, id from starred where sharing between 2 and 50 and id <> hub;
--> statement-breakpoint
CREATE INDEX customer_link_edges_a_idx ON customer_link_edges (a);
--> statement-breakpoint
ANALYZE customer_link_edges;
--> statement-breakpoint
-- Each linked lead's group: the smallest lead id it reaches through certain links.
CREATE TEMPORARY TABLE customer_link_groups AS
  with recursive reach(id, other) as (
    select a, a from customer_link_edges
    union
    select r.id, e.b from reach r join customer_link_edges e on e.a = r.other
  )
  select id as lead_id, min(other) as root from reach group by id;
--> statement-breakpoint
CREATE INDEX customer_link_groups_lead_idx ON customer_link_groups (lead_id);
--> statement-breakpoint
ANALYZE customer_link_groups;
--> statement-breakpoint
-- Every lead alone in its group too: a won lead with no match is still a customer of its own.
INSERT INTO customer_link_groups (lead_id, root)
  select l.id, l.id from leads l where not exists (select 1 from customer_link_groups g where g.lead_id = l.id);
--> statement-breakpoint
-- The groups that are customers, each with its new id and the lead it takes its name and owner from: the last won.
CREATE TEMPORARY TABLE customer_link_roots AS
  select g.root,
    nextval(pg_get_serial_sequence('customers', 'id')) as customer_id,
    (array_agg(l.id order by (l.stage = 'won') desc, l.closed_at desc nulls last, l.id desc))[1] as anchor
  from customer_link_groups g join leads l on l.id = g.lead_id
  group by g.root
  having bool_or(l.stage = 'won'
    or exists (select 1 from contracts c where c.team_id = l.team_id and c.lead_id = l.id));
--> statement-breakpoint
INSERT INTO customers (id, team_id, kind, name, owner_user_id, industry, created_at, updated_at)
  OVERRIDING SYSTEM VALUE
  select r.customer_id, l.team_id, l.kind, l.company_name, l.owner_user_id, l.industry, now(), now()
  from customer_link_roots r join leads l on l.id = r.anchor;
--> statement-breakpoint
-- One contact per name and customer, with the latest phone and email its leads recorded.
INSERT INTO customer_contacts (team_id, customer_id, name, title, phone, email)
  select min(l.team_id), r.customer_id, min(btrim(l.contact_name)),
    (array_agg(l.contact_title order by l.created_at desc) filter (where l.contact_title is not null))[1],
    (array_agg(l.phone order by l.created_at desc) filter (where l.phone_key is not null))[1],
    (array_agg(l.email order by l.created_at desc) filter (where l.email_key is not null))[1]
  from customer_link_roots r
    join customer_link_groups g on g.root = r.root
    join leads l on l.id = g.lead_id
  where btrim(l.contact_name) <> ''
  group by r.customer_id, lower(btrim(l.contact_name));
--> statement-breakpoint
UPDATE leads SET customer_id = r.customer_id
  from customer_link_groups g join customer_link_roots r on r.root = g.root
  where leads.id = g.lead_id;
--> statement-breakpoint
DROP TABLE customer_link_roots, customer_link_groups, customer_link_edges;
