-- Two teams' data as the release landed on 2026-11-29 (schema drizzle/0000–0007: leads with duplicate keys, the
-- contract ledger, commission, targets, imports, inbound) stored it. Written against that schema only: never
-- change this file when the schema moves on; add a new file for the next release instead.
insert into teams (team_id, sales_channel_id, timezone, language, currency, working_days, digest_time, holiday_country, holidays, stale_after_days)
values
  ('T_CN', 'C_XIAOSHOU', 'Asia/Shanghai', 'zh-CN', 'CNY', '{1,2,3,4,5}', '08:30', 'CN', '{2026-12-31}', 10),
  ('T_US', 'C_SALES', 'America/New_York', null, 'USD', '{1,2,3,4,5}', '09:00', null, '{}', 7);

-- The same user ids in both workspaces, with different reporting lines.
insert into members (team_id, user_id, role, manager_user_id, display_name, language, timezone, is_workspace_admin)
values
  ('T_CN', 'U_BOSS', 'director', null, '王总', 'zh-CN', 'Asia/Shanghai', true),
  ('T_CN', 'U_MGR', 'manager', 'U_BOSS', '李经理', null, null, false),
  ('T_CN', 'U_REP', 'rep', 'U_MGR', '张三', null, null, false),
  ('T_CN', 'U_FIN', 'finance', null, '财务赵', null, null, false),
  ('T_US', 'U_REP', 'manager', null, 'Rep Who Manages Here', 'en', 'America/New_York', true),
  ('T_US', 'U_MGR', 'rep', 'U_REP', 'Mike', null, null, false);

insert into leads (team_id, owner_user_id, created_by_user_id, kind, company_name, contact_name, phone, email,
  estimated_value, currency, stage, won_amount, lost_reason, search_text,
  created_at, updated_at, last_activity_at, stage_changed_at, closed_at, version)
values
  -- Won, with a contract in the ledger.
  ('T_CN', 'U_REP', 'U_REP', 'company', '上海宏达制造股份有限公司', '陈工', '+86 138 0013 8000', 'chen@hongda.cn',
   500000, 'CNY', 'won', 480000, null, '上海宏达制造股份有限公司 陈工',
   '2026-09-01T02:00:00Z', '2026-10-10T02:00:00Z', '2026-10-10T02:00:00Z', '2026-10-10T02:00:00Z', '2026-10-10T02:00:00Z', 4),
  -- A repeat order from the same company, written differently, same phone: open.
  ('T_CN', 'U_REP', 'U_REP', 'company', '上海宏达制造有限公司', '陈工', '13800138000', null,
   120000, 'CNY', 'proposal', null, null, '上海宏达制造有限公司 陈工',
   '2026-11-10T02:00:00Z', '2026-11-20T02:00:00Z', '2026-11-20T02:00:00Z', '2026-11-20T02:00:00Z', null, 2),
  -- A look-alike name with no phone or email in common: maybe the same customer, maybe a sister plant.
  ('T_CN', 'U_REP', 'U_REP', 'company', '上海宏达制造厂', '王厂长', null, null,
   80000, 'CNY', 'negotiation', null, null, '上海宏达制造厂 王厂长',
   '2026-11-15T02:00:00Z', '2026-11-21T02:00:00Z', '2026-11-21T02:00:00Z', '2026-11-21T02:00:00Z', null, 1),
  -- Lost, another company.
  ('T_CN', 'U_MGR', 'U_MGR', 'company', '北京某某科技有限公司', '刘总', null, null,
   null, null, 'lost', null, 'price', '北京某某科技有限公司 刘总',
   '2026-08-01T02:00:00Z', '2026-08-20T02:00:00Z', '2026-08-20T02:00:00Z', '2026-08-20T02:00:00Z', '2026-08-20T02:00:00Z', 3),
  -- The other workspace: a won lead in USD whose name looks like a T_CN company (it must never be linked across teams).
  ('T_US', 'U_MGR', 'U_MGR', 'company', 'Hongda Manufacturing', 'Chen', '+86 138 0013 8000', 'chen@hongda.cn',
   20000, 'USD', 'won', 19999.99, null, 'hongda manufacturing chen',
   '2026-09-05T14:00:00Z', '2026-10-05T14:00:00Z', '2026-10-05T14:00:00Z', '2026-10-05T14:00:00Z', '2026-10-05T14:00:00Z', 2);

insert into approval_requests (team_id, lead_id, kind, requester_user_id, revision, status, current_step, step_count, details, channel_id, thread_ts, message_ts, created_at, updated_at)
select 'T_CN', id, 'contract', 'U_REP', 1, 'approved', 0, 1,
  '{"kind":"contract","amount":480000,"currency":"CNY","upfrontPercent":30,"paymentTerms":"30/70","deliveryDate":"2026-11-30","specialTerms":null,"draftLink":"https://example.test/draft"}',
  'C_XIAOSHOU', '1760000000.000100', '1760000001.000100', '2026-10-08T02:00:00Z', '2026-10-09T02:00:00Z'
from leads where company_name = '上海宏达制造股份有限公司';
insert into approval_requests (team_id, lead_id, kind, requester_user_id, revision, status, current_step, step_count, details, created_at, updated_at)
select 'T_US', id, 'contract', 'U_MGR', 1, 'approved', 0, 1,
  '{"kind":"contract","amount":19999.99,"currency":"USD","upfrontPercent":50,"paymentTerms":null,"deliveryDate":null,"specialTerms":null,"draftLink":null}',
  '2026-10-01T14:00:00Z', '2026-10-02T14:00:00Z'
from leads where company_name = 'Hongda Manufacturing';

insert into approval_steps (team_id, request_id, revision, step, role, approver_user_id, status, decided_by_user_id, decided_at, via, activated_at)
select team_id, id, 1, 1, 'manager', case when team_id = 'T_CN' then 'U_MGR' else 'U_REP' end, 'approved',
  case when team_id = 'T_CN' then 'U_MGR' else 'U_REP' end, updated_at, 'approver', created_at
from approval_requests;
insert into approval_events (team_id, request_id, lead_id, revision, step, kind, actor_user_id, occurred_at)
select team_id, id, lead_id, 1, 1, 'approved', case when team_id = 'T_CN' then 'U_MGR' else 'U_REP' end, updated_at
from approval_requests;

insert into finance_policies (team_id, invoice_threshold_bp, invoice_director_above_minor, delivery_rule, overdue_manager_days, won_requires_contract, contract_prefix, currency, updated_by_user_id)
values ('T_CN', 7000, 100000000, 'first_payment', 5, false, 'SH', 'CNY', 'U_BOSS');
insert into commission_plans (team_id, base_rate_bp, tiers, late_cutoff_days, currency, updated_by_user_id)
values ('T_CN', 300, '[{"fromMinor":50000000,"rateBp":500}]', 90, 'CNY', 'U_BOSS');
insert into contract_counters (team_id, year, last_seq) values ('T_CN', 2026, 1), ('T_US', 2026, 1);

insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
  amount_minor, currency, upfront_bp, payment_terms, delivery_date, draft_link, signed_link, status, collected_minor,
  invoiced_minor, approved_at, signed_at, dispatched_at, version)
select r.team_id, 'SH-2026-0001', 2026, 1, r.lead_id, r.id, 'U_REP', '上海宏达制造股份有限公司', 48000000, 'CNY', 3000,
  '30/70', '2026-11-30', 'https://example.test/draft', 'https://example.test/signed', 'delivering', 34000000, 30000000,
  '2026-10-09T02:00:00Z', '2026-10-12T02:00:00Z', '2026-11-02T02:00:00Z', 6
from approval_requests r where r.team_id = 'T_CN';
insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
  amount_minor, currency, upfront_bp, status, approved_at)
select r.team_id, 'HT-2026-0001', 2026, 1, r.lead_id, r.id, 'U_MGR', 'Hongda Manufacturing', 1999999, 'USD', 5000,
  'approved', '2026-10-02T14:00:00Z'
from approval_requests r where r.team_id = 'T_US';

insert into contract_installments (team_id, contract_id, seq, due_on, amount_minor, collected_minor, is_upfront)
select team_id, id, 1, '2026-10-16', 14400000, 14400000, true from contracts where team_id = 'T_CN';
insert into contract_installments (team_id, contract_id, seq, due_on, amount_minor, collected_minor, is_upfront)
select team_id, id, 2, '2026-11-30', 33600000, 19600000, false from contracts where team_id = 'T_CN';
insert into contract_installments (team_id, contract_id, seq, due_on, amount_minor, collected_minor, is_upfront)
select team_id, id, 1, '2026-10-09', 1000000, 0, true from contracts where team_id = 'T_US';
insert into contract_installments (team_id, contract_id, seq, due_on, amount_minor, collected_minor, is_upfront)
select team_id, id, 2, '2027-01-15', 999999, 0, false from contracts where team_id = 'T_US';

-- Two confirmed payments (one a month late), one reported and waiting, one reversed.
insert into contract_payments (team_id, contract_id, amount_minor, currency, received_on, note, status, reported_by_user_id, confirmed_by_user_id, confirmed_at, created_at, updated_at)
select team_id, id, 14400000, 'CNY', '2026-10-15', '首付款', 'confirmed', 'U_FIN', 'U_FIN', '2026-10-15T06:00:00Z', '2026-10-15T06:00:00Z', '2026-10-15T06:00:00Z'
from contracts where team_id = 'T_CN';
insert into contract_payments (team_id, contract_id, amount_minor, currency, received_on, note, status, reported_by_user_id, confirmed_by_user_id, confirmed_at, created_at, updated_at)
select team_id, id, 19600000, 'CNY', '2026-11-20', '第二笔', 'confirmed', 'U_REP', 'U_FIN', '2026-11-21T06:00:00Z', '2026-11-20T06:00:00Z', '2026-11-21T06:00:00Z'
from contracts where team_id = 'T_CN';
insert into contract_payments (team_id, contract_id, amount_minor, currency, received_on, note, status, reported_by_user_id, created_at, updated_at)
select team_id, id, 5000000, 'CNY', '2026-11-28', '客户说已转账', 'reported', 'U_REP', '2026-11-28T06:00:00Z', '2026-11-28T06:00:00Z'
from contracts where team_id = 'T_CN';
insert into contract_payments (team_id, contract_id, amount_minor, currency, received_on, note, status, reported_by_user_id, confirmed_by_user_id, confirmed_at, reversed_by_user_id, reversed_at, reverse_reason, created_at, updated_at)
select team_id, id, 1000000, 'USD', '2026-10-20', 'wire', 'reversed', 'U_REP', 'U_REP', '2026-10-20T15:00:00Z', 'U_REP', '2026-11-03T15:00:00Z', 'bounced', '2026-10-20T15:00:00Z', '2026-11-03T15:00:00Z'
from contracts where team_id = 'T_US';

insert into payment_allocations (team_id, payment_id, installment_id, contract_id, amount_minor, days_late)
select p.team_id, p.id, i.id, p.contract_id, p.amount_minor, 0
from contract_payments p join contract_installments i on i.contract_id = p.contract_id and i.seq = 1
where p.team_id = 'T_CN' and p.note = '首付款';
insert into payment_allocations (team_id, payment_id, installment_id, contract_id, amount_minor, days_late)
select p.team_id, p.id, i.id, p.contract_id, p.amount_minor, 0
from contract_payments p join contract_installments i on i.contract_id = p.contract_id and i.seq = 2
where p.team_id = 'T_CN' and p.note = '第二笔';
insert into payment_allocations (team_id, payment_id, installment_id, contract_id, amount_minor, days_late, reversed_at)
select p.team_id, p.id, i.id, p.contract_id, p.amount_minor, 11, '2026-11-03T15:00:00Z'
from contract_payments p join contract_installments i on i.contract_id = p.contract_id and i.seq = 1
where p.team_id = 'T_US';

-- An invoice issued at 30 % of the contract (it stands on the 71 % collected).
insert into approval_requests (team_id, lead_id, kind, requester_user_id, revision, status, current_step, step_count, details, created_at, updated_at)
select team_id, lead_id, 'invoice', 'U_REP', 1, 'approved', 0, 1,
  jsonb_build_object('kind', 'invoice', 'contractId', id, 'contractNumber', number, 'amountMinor', 30000000, 'currency', 'CNY', 'directorRequired', false),
  '2026-11-22T02:00:00Z', '2026-11-23T02:00:00Z'
from contracts where team_id = 'T_CN';
insert into contract_invoices (team_id, contract_id, approval_request_id, amount_minor, currency, status, requested_by_user_id, invoice_number, issued_on, issued_by_user_id, issued_at)
select c.team_id, c.id, r.id, 30000000, 'CNY', 'issued', 'U_REP', 'FP-0001', '2026-11-24', 'U_FIN', '2026-11-24T03:00:00Z'
from contracts c join approval_requests r on r.team_id = c.team_id and r.kind = 'invoice'
where c.team_id = 'T_CN';

insert into commission_entries (team_id, payment_id, contract_id, rep_user_id, month, currency, kind, collected_minor, basis_minor, commission_minor, detail, occurred_at)
select team_id, id, contract_id, 'U_REP', to_char(confirmed_at at time zone 'Asia/Shanghai', 'YYYY-MM'), 'CNY', 'accrual', amount_minor, amount_minor, amount_minor * 3 / 100, null, confirmed_at
from contract_payments where team_id = 'T_CN' and status = 'confirmed';
insert into commission_entries (team_id, payment_id, contract_id, rep_user_id, month, currency, kind, collected_minor, basis_minor, commission_minor, occurred_at)
select team_id, id, contract_id, 'U_MGR', '2026-10', 'USD', 'accrual', amount_minor, amount_minor, 0, confirmed_at
from contract_payments where team_id = 'T_US';
insert into commission_entries (team_id, payment_id, contract_id, rep_user_id, month, currency, kind, collected_minor, basis_minor, commission_minor, occurred_at)
select team_id, id, contract_id, 'U_MGR', '2026-11', 'USD', 'reversal', -amount_minor, -amount_minor, 0, reversed_at
from contract_payments where team_id = 'T_US';

insert into ledger_events (team_id, contract_id, kind, actor_user_id, amount_minor, currency, occurred_at)
select team_id, id, 'contract_entered', 'U_MGR', amount_minor, currency, approved_at from contracts;

insert into targets (team_id, subject, metric, period, value, currency, set_by_user_id)
values ('T_CN', 'U_REP', 'collected', '2026-12', 30000000, 'CNY', 'U_MGR'),
       ('T_CN', 'team', 'won_deals', '2026-Q4', 12, null, 'U_BOSS');

insert into outbox (team_id, idempotency_key, method, payload, channel, status, attempts, sent_at, created_at)
values ('T_CN', 'followups:U_REP:2026-11-27', 'chat.postMessage', '{"channel":"U_REP","text":"今天的跟进"}', 'U_REP', 'sent', 1, '2026-11-27T01:00:00Z', '2026-11-27T01:00:00Z');
