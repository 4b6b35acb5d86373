import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { encodeCustomerButton } from '../../src/slack/customers/customer-values.js';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { encodeServiceRequestRef } from '../../src/slack/service/service-values.js';
import { buildServiceOutcomeModal } from '../../src/slack/views/service/service-modals.js';
import { createLead } from '../e2e/approvals-helpers.js';
import type { OpenedView, TestApp } from '../helpers/e2e.js';
import { MISSING, opts, type RoleName, type Spec, type Target, USERS } from './authorization-specs.js';
import type { Seen } from './observe.js';

// The after-sales service rows of the authorization matrix. The customer belongs to U_REP, who also owns the
// request (the team names no service owner); whoever sees the customer may act too. The customer's name is the
// secret. `ids` are [customer, its missing twin, request, its missing twin].

export function serviceAuthorizationSpecs(ctx: { app: TestApp }): Record<string, Spec> {
  let sequence = 0;
  const as = (role: RoleName) => USERS[role].id;
  /** U_REP's customer named like a secret, an open request of hers about it, and an unlinked lead. */
  async function freshRequest(): Promise<Target> {
    const n = 900_000 + ++sequence;
    const secret = `Secretive ${n} Qzx Holdings`;
    const { rows } = (await ctx.app.deps.db.execute(sql`
      insert into customers (team_id, name, owner_user_id) values (${ctx.app.teamId}, ${secret}, 'U_REP')
      returning id`)) as unknown as { rows: { id: string | number }[] };
    const customerId = Number(rows[0]?.id);
    const requestId = await ctx.app.deps.service.create({
      teamId: ctx.app.teamId,
      customerId,
      leadId: null,
      contractId: null,
      kind: 'fault',
      priority: 'normal',
      description: 'The pump hums',
      ownerUserId: 'U_REP',
      openedByUserId: 'U_REP',
      now: ctx.app.deps.clock.now(),
    });
    // Its message in the sales channel, as the app posts it: Start, Resolve and Close update it.
    const ts = `1700000000.${String(n).padStart(6, '0')}`;
    ctx.app.slack.knowMessage('C_SALES', ts);
    await ctx.app.deps.service.recordThread(ctx.app.teamId, requestId, 'C_SALES', ts);
    const lead = await createLead(ctx.app, 'U_REP', `Look-alike ${n} deal`);
    return { lead, secret, ids: [customerId, customerId + MISSING, requestId, requestId + MISSING] };
  }
  const customerId = (target: Target, missing: boolean) => (target.ids?.[0] ?? 0) + (missing ? MISSING : 0);
  const requestId = (target: Target, missing: boolean) => (target.ids?.[2] ?? 0) + (missing ? MISSING : 0);
  /** 1..40 working hours, different for each fresh target (the P3 resolution is 45). */
  const p3Hours = (target: Target) => 1 + (customerId(target, false) % 40);
  const status = async (target: Target) =>
    (await ctx.app.deps.service.findById(ctx.app.teamId, requestId(target, false)))?.status;
  const formOpened = async (target: Target, seen: Seen) =>
    expect(JSON.stringify(seen.calls.find((c) => c.method === 'views.open'))).toContain(target.secret);
  /** The Resolve or Close form as the app builds it (named neutrally: the form is the caller's own input). */
  const outcome = (user: RoleName, mode: 'resolve' | 'close', target: Target, missing: boolean) => {
    const view = buildServiceOutcomeModal({
      mode,
      request: { id: requestId(target, missing), customerName: 'x', description: 'x', resolution: null },
      t: translator('en'),
    }) as unknown as OpenedView;
    const values: Record<string, string> = { [BLOCKS.serviceResolution]: 'Replaced the seal' };
    if (mode === 'close') values[BLOCKS.serviceSatisfaction] = '5';
    return ctx.app.submit(as(user), view, values, opts(user));
  };
  // Everyone refused is answered exactly as for a customer or request that does not exist.
  const hidden = () => true;

  return {
    'open a service request (/service)': {
      prepare: freshRequest,
      act: (_a, user, target, missing) => () =>
        ctx.app.command(as(user), COMMANDS.service, `#${customerId(target, missing)} it hums`, opts(user)),
      took: async (_a, _u, target, seen) => formOpened(target, seen),
      hidesExistence: hidden,
    },
    'open a service request (card button)': {
      prepare: freshRequest,
      act: (_a, user, target, missing) => () =>
        ctx.app.action(
          as(user),
          {
            action_id: ACTIONS.serviceNewForCustomer,
            value: encodeCustomerButton({ customerId: customerId(target, missing) }),
          },
          opts(user),
        ),
      took: async (_a, _u, target, seen) => formOpened(target, seen),
      hidesExistence: hidden,
    },
    'start service work (button)': {
      prepare: freshRequest,
      act: (_a, user, target, missing) => () =>
        ctx.app.action(
          as(user),
          { action_id: ACTIONS.serviceStart, value: encodeServiceRequestRef(requestId(target, missing)) },
          opts(user),
        ),
      took: async (_a, _u, target) => expect(await status(target)).toBe('in_progress'),
      hidesExistence: hidden,
    },
    'resolve a service request (submission)': {
      prepare: freshRequest,
      act: (_a, user, target, missing) => () => outcome(user, 'resolve', target, missing),
      took: async (_a, _u, target) => expect(await status(target)).toBe('resolved'),
      hidesExistence: hidden,
    },
    'close a service request (submission)': {
      prepare: freshRequest,
      act: (_a, user, target, missing) => () => outcome(user, 'close', target, missing),
      took: async (_a, _u, target) => expect(await status(target)).toBe('closed'),
      hidesExistence: hidden,
    },
    // An admin setting: who owns every new request. Each attempt names a different person, so a change shows.
    'name the service owner (/salesflow service-owner)': {
      prepare: freshRequest,
      act: (_a, user, target) => () =>
        ctx.app.command(
          as(user),
          COMMANDS.salesflow,
          `service-owner <@U_SVC${customerId(target, false)}|svc>`,
          opts(user),
        ),
      took: async (_a, _u, target) => {
        const policy = await ctx.app.deps.service.policy(ctx.app.teamId);
        expect(policy.serviceOwnerUserId).toBe(`U_SVC${customerId(target, false)}`);
        // Back to the customer's rep, so the other rows' requests stay U_REP's.
        await ctx.app.deps.service.setServiceOwner(ctx.app.teamId, null, ctx.app.deps.clock.now());
      },
      hidesExistence: () => false,
    },
    // An admin setting: P3's response target. Each attempt names a different number of hours, so a change shows.
    'set the service targets (/salesflow service-targets)': {
      prepare: freshRequest,
      act: (_a, user, target) => () =>
        ctx.app.command(
          as(user),
          COMMANDS.salesflow,
          `service-targets P3 ${p3Hours(target)}h 5d`,
          opts(user),
        ),
      took: async (_a, _u, target) => {
        const policy = await ctx.app.deps.service.policy(ctx.app.teamId);
        expect(policy.targets.responseHours.normal).toBe(p3Hours(target));
        // Back to the defaults, so each attempt starts from the same policy.
        await ctx.app.deps.service.resetTargets(ctx.app.teamId, ctx.app.deps.clock.now());
      },
      hidesExistence: () => false,
    },
  };
}
