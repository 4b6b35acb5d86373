import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { encodeRevisitRef } from '../../src/slack/revisits/revisit-values.js';
import { buildLogRevisitModal } from '../../src/slack/views/revisits/revisit-modal.js';
import { createLead } from '../e2e/approvals-helpers.js';
import type { OpenedView, TestApp } from '../helpers/e2e.js';
import { MISSING, opts, type RoleName, type Spec, type Target, USERS } from './authorization-specs.js';
import type { Seen } from './observe.js';

// The revisit rows of the authorization matrix. U_REP's customer (named like a secret) has a delivered contract
// with a revisit due; its owner, her managers up the line and admins log it, anyone else — finance included —
// is told it does not exist. `ids` are [revisit, its missing twin].

export function revisitAuthorizationSpecs(ctx: { app: TestApp }): Record<string, Spec> {
  let sequence = 0;
  const as = (role: RoleName) => USERS[role].id;
  async function freshRevisit(): Promise<Target> {
    const n = 800_000 + ++sequence;
    const secret = `Secretive ${n} Qzx Holdings`;
    const lead = await createLead(ctx.app, 'U_REP', `Revisited ${n} deal`);
    const first = async (query: ReturnType<typeof sql>) =>
      Number(
        ((await ctx.app.deps.db.execute(query)) as unknown as { rows: { id: string | number }[] }).rows[0]
          ?.id,
      );
    const customerId = await first(sql`
      insert into customers (team_id, name, owner_user_id) values (${ctx.app.teamId}, ${secret}, 'U_REP') returning id`);
    const contractId = await first(sql`
      insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
        amount_minor, currency, upfront_bp, status, approved_at, delivered_at)
      values (${ctx.app.teamId}, ${`HT-R-${n}`}, 2026, ${n}, ${lead.id}, ${n}, 'U_REP', ${secret}, 100000, 'CNY', 3000,
        'delivered', '2026-03-02T02:00:00Z', '2026-03-02T02:00:00Z')
      returning id`);
    const revisitId = await first(sql`
      insert into revisits (team_id, customer_id, contract_id, owner_user_id, days_after_delivery, due_on)
      values (${ctx.app.teamId}, ${customerId}, ${contractId}, 'U_REP', 7, '2026-03-09') returning id`);
    // Each case starts from the default policy: a write that should have been refused would show as a new row.
    await ctx.app.deps.db.execute(sql`delete from service_policies where team_id = ${ctx.app.teamId}`);
    return { lead, secret, ids: [revisitId, revisitId + MISSING] };
  }
  const revisitId = (target: Target, missing: boolean) => (target.ids?.[0] ?? 0) + (missing ? MISSING : 0);
  const outcome = async (target: Target) =>
    (await ctx.app.deps.revisits.findById(ctx.app.teamId, revisitId(target, false)))?.outcome;
  /** The Log revisit form as the app builds it, for revisit `id` at version 1 (named neutrally). */
  const logForm = (id: number) =>
    buildLogRevisitModal({
      revisit: {
        id,
        teamId: ctx.app.teamId,
        customerId: 1,
        customerName: 'x',
        contractId: 1,
        contractNumber: 'x',
        ownerUserId: 'U_REP',
        daysAfterDelivery: 7,
        dueOn: '2026-03-09',
        outcome: null,
        note: null,
        loggedByUserId: null,
        loggedAt: null,
        version: 1,
      },
      t: translator('en'),
    }) as unknown as OpenedView;
  const hidden = () => true;

  return {
    'log a revisit (Log revisit button)': {
      prepare: freshRevisit,
      act: (_a, user, target, missing) => () =>
        ctx.app.action(
          as(user),
          { action_id: ACTIONS.revisitLog, value: encodeRevisitRef(revisitId(target, missing)) },
          opts(user),
        ),
      took: async (_a, _u, target, seen: Seen) =>
        expect(JSON.stringify(seen.calls.find((c) => c.method === 'views.open'))).toContain(target.secret),
      hidesExistence: hidden,
    },
    'log a revisit (submission)': {
      prepare: freshRevisit,
      act: (_a, user, target, missing) => () =>
        ctx.app.submit(
          as(user),
          logForm(revisitId(target, missing)),
          { [BLOCKS.revisitOutcome]: 'satisfied' },
          opts(user),
        ),
      took: async (_a, _u, target) => expect(await outcome(target)).toBe('satisfied'),
      hidesExistence: hidden,
    },
    'revisit policy (/salesflow revisits)': {
      prepare: freshRevisit,
      act: (_a, user) => () => ctx.app.command(as(user), COMMANDS.salesflow, 'revisits 5,50', opts(user)),
      took: async () =>
        expect((await ctx.app.deps.service.policy(ctx.app.teamId)).revisitDays).toEqual([5, 50]),
      hidesExistence: () => false,
    },
  };
}
