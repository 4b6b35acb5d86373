-- A small team's data as release 0.1.0 (schema drizzle/0000_init.sql) stored it. Written against that schema
-- only: never change this file when the schema moves on; add a new file for the next release instead.
insert into teams (team_id, sales_channel_id, timezone, language, currency, working_days, digest_time, stage_probabilities)
values ('T_OLD', 'C_SALES', 'Asia/Shanghai', 'zh-CN', 'CNY', '{1,2,3,4,5,6}', '08:00', '{"proposal": 0.5}');

insert into members (team_id, user_id, role, manager_user_id, display_name, language, timezone, reminder_time, vacation_until, delegate_user_id, delegate_until)
values
  ('T_OLD', 'U_ADMIN', 'admin', null, 'Admin Wang', 'zh-CN', 'Asia/Shanghai', '09:00', null, null, null),
  ('T_OLD', 'U_MGR', 'manager', null, 'Manager Li', null, null, '08:30', null, 'U_ADMIN', '2026-12-31'),
  ('T_OLD', 'U_REP', 'rep', 'U_MGR', 'Rep Zhang', 'en', 'America/New_York', '09:15', '2026-12-24', null, null);

insert into leads (team_id, owner_user_id, created_by_user_id, kind, company_name, contact_name, contact_title, phone,
  email, industry, company_size, source, estimated_value, currency, expected_close_date, intent, stage,
  next_follow_up_on, next_follow_up_time, notes, won_amount, lost_reason, lost_note, completeness,
  approved_discount_percent, approved_contract_amount, channel_id, thread_ts, search_text, created_at, updated_at)
values
  ('T_OLD', 'U_REP', 'U_REP', 'company', '华为技术 & Sons <!channel>', '张三', 'CIO', '+86 138 0000 0000',
   'zhang@example.cn', 'technology', '1000+', 'referral', 300000.50, 'CNY', '2026-12-31', 'high', 'proposal',
   '2026-11-30', '10:00', '第一次拜访：预算30万', null, null, null, 60, 8.50, null, 'C_SALES', '1700000000.000100',
   lower('华为技术 & Sons <!channel> 张三 +86 138 0000 0000 zhang@example.cn'), '2026-11-01T02:00:00Z', '2026-11-20T02:00:00Z'),
  ('T_OLD', 'U_REP', 'U_REP', 'individual', 'Acme Ltd', 'Ann Lee', null, null, 'ann@acme.test', null, null, 'inbound',
   12000.99, 'USD', null, null, 'won', null, null, null, 11999.99, null, null, 20, null, 11999.99, null, null,
   'acme ltd ann lee ann@acme.test', '2026-10-01T00:00:00Z', '2026-11-02T00:00:00Z'),
  ('T_OLD', 'U_MGR', 'U_MGR', 'company', 'Lost Corp', 'Bo Chen', null, null, null, null, null, null, null, null, null,
   'low', 'lost', null, null, null, null, 'price', 'too expensive', 0, null, null, null, null, 'lost corp bo chen',
   '2026-09-01T00:00:00Z', '2026-09-15T00:00:00Z');

insert into activities (team_id, lead_id, actor_user_id, kind, note, from_stage, to_stage, details, occurred_at)
select 'T_OLD', id, 'U_REP', 'created', null, null, null, null, created_at from leads where team_id = 'T_OLD';
insert into activities (team_id, lead_id, actor_user_id, kind, note, from_stage, to_stage, occurred_at)
select 'T_OLD', id, 'U_REP', 'stage_changed', '报价已发送', 'negotiation', 'proposal', '2026-11-20T02:00:00Z'
from leads where company_name like '华为%';

insert into approval_policies (team_id, auto_approve_discount_percent, manager_max_discount_percent, currency, updated_by_user_id)
values ('T_OLD', 3, 12.5, 'CNY', 'U_ADMIN');

insert into approval_requests (team_id, lead_id, kind, requester_user_id, revision, status, current_step, step_count, details, channel_id, thread_ts, message_ts)
select 'T_OLD', id, 'discount', 'U_REP', 1, 'approved', 0, 1,
  '{"kind":"discount","percent":8.5,"targetPrice":null,"listPrice":null,"justification":"竞争对手报价更低","expiresOn":null}',
  'C_SALES', '1700000000.000100', '1700000001.000200'
from leads where company_name like '华为%';
insert into approval_requests (team_id, lead_id, kind, requester_user_id, revision, status, current_step, step_count, details)
select 'T_OLD', id, 'contract', 'U_REP', 1, 'pending', 1, 1,
  '{"kind":"contract","amount":11999.99,"currency":"USD","upfrontPercent":30,"paymentTerms":"30/70","deliveryDate":"2027-01-15","specialTerms":null,"draftLink":"https://example.test/draft"}'
from leads where company_name = 'Acme Ltd';

insert into approval_steps (team_id, request_id, revision, step, role, approver_user_id, status, decided_by_user_id, decided_at, via, approved_value, activated_at)
select 'T_OLD', r.id, 1, 1, 'manager', 'U_MGR',
  case when r.kind = 'discount' then 'approved' else 'pending' end,
  case when r.kind = 'discount' then 'U_MGR' end,
  case when r.kind = 'discount' then timestamptz '2026-11-21T03:00:00Z' end,
  case when r.kind = 'discount' then 'approver' end,
  case when r.kind = 'discount' then 8.5 end,
  '2026-11-20T03:00:00Z'
from approval_requests r where r.team_id = 'T_OLD';

insert into approval_events (team_id, request_id, lead_id, revision, step, kind, actor_user_id, value, occurred_at)
select 'T_OLD', id, lead_id, 1, 1, 'requested', 'U_REP', null, '2026-11-20T03:00:00Z' from approval_requests where team_id = 'T_OLD';

insert into needs_questions (team_id, text_en, text_zh, position, created_by) values ('T_OLD', 'Who signs?', '谁签字？', 1, 'U_ADMIN');
insert into needs_competitors (team_id, name, created_by) values ('T_OLD', '用友', 'U_ADMIN');
insert into needs_answers (team_id, lead_id, question_key, answer, source, answered_by)
select 'T_OLD', id, 'budget', '30万', 'fallback', 'U_REP' from leads where company_name like '华为%';

insert into outbox (team_id, idempotency_key, method, payload, channel, status, attempts, next_attempt_at)
values ('T_OLD', 'followups:T_OLD:U_REP:2026-11-28', 'chat.postMessage', '{"channel":"U_REP","text":"hi"}', 'U_REP', 'pending', 0, '2026-11-28T01:00:00Z');
insert into scheduled_runs (key, team_id, kind, claimed_by, claimed_at, attempts, finished_at)
values ('digest:T_OLD:2026-11-27', 'T_OLD', 'digest', 'scheduler-1', '2026-11-27T00:00:00Z', 1, '2026-11-27T00:00:05Z');
insert into processed_events (event_id, team_id) values ('Ev_OLD_1', 'T_OLD');
