import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { previewCustomerMerge, seenOf } from '../../src/features/customers/customer-merge.usecases.js';
import { encodeMergeButton } from '../../src/slack/customers/customer-merge-values.js';
import { encodeCustomerButton } from '../../src/slack/customers/customer-values.js';
import { ACTIONS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { createLead } from '../e2e/approvals-helpers.js';
import type { OpenedView, TestApp } from '../helpers/e2e.js';
import { MISSING, opts, type RoleName, type Spec, type Target, USERS } from './authorization-specs.js';
import type { Seen } from './observe.js';

// The customer file's rows of the authorization matrix. The customer belongs to U_REP (as the leads of the other
// rows); its name is the secret that must reach nobody refused. `ids` are [customer, its missing twin, the second
// customer of a merge, its twin].

export function customerAuthorizationSpecs(ctx: {
  app: TestApp;
  settingsView: OpenedView;
}): Record<string, Spec> {
  let sequence = 0;
  const as = (role: RoleName) => USERS[role].id;
  const admin = () => ({
    ...ctx.app.deps,
    actor: {
      teamId: ctx.app.teamId,
      userId: 'U_ADMIN',
      role: 'admin' as const,
      isAdmin: true,
      locale: 'en' as const,
      timezone: 'Asia/Shanghai',
    },
  });
  const insertCustomer = async (name: string) => {
    const { rows } = (await ctx.app.deps.db.execute(sql`
      insert into customers (team_id, name, owner_user_id) values (${ctx.app.teamId}, ${name}, 'U_REP')
      returning id`)) as unknown as { rows: { id: string | number }[] };
    return Number(rows[0]?.id);
  };
  /** U_REP's customer named like a secret, a second one of hers (a merge's other half), and an unlinked lead. */
  async function freshCustomer(): Promise<Target> {
    const n = 800_000 + ++sequence;
    const secret = `Secretive ${n} Qzx Holdings`;
    const id = await insertCustomer(secret);
    const other = await insertCustomer(`Customer ${n} again`);
    const lead = await createLead(ctx.app, 'U_REP', `Look-alike ${n} deal`);
    return { lead, secret, ids: [id, id + MISSING, other, other + MISSING] };
  }
  const customerId = (target: Target, missing = false) => (target.ids?.[0] ?? 0) + (missing ? MISSING : 0);
  const otherId = (target: Target) => target.ids?.[2] ?? 0;
  const mergedInto = async (target: Target) => {
    const { rows } = (await ctx.app.deps.db.execute(sql`
      select merged_into_id from customers where id = ${otherId(target)}`)) as unknown as {
      rows: { merged_into_id: string | number | null }[];
    };
    return rows[0]?.merged_into_id === null ? null : Number(rows[0]?.merged_into_id);
  };
  const replyText = (seen: Seen) => JSON.stringify(seen.reply);
  const command = (user: RoleName, text: string) =>
    ctx.app.command(as(user), COMMANDS.customer, text, opts(user));
  const button = (user: RoleName, actionId: string, value: string) =>
    ctx.app.action(as(user), { action_id: actionId, value }, opts(user));
  const refusedHideIt = (role: RoleName) => role !== 'admin';
  const nobody = () => false;

  return {
    'customer card (/customer #id)': {
      prepare: freshCustomer,
      act: (_a, user, target, missing) => () => command(user, `#${customerId(target, missing)}`),
      took: async (_a, _u, target, seen) => expect(replyText(seen)).toContain(target.secret),
      hidesExistence: refusedHideIt,
    },
    'merge customers (/customer merge)': {
      prepare: freshCustomer,
      act: (_a, user, target, missing) => () =>
        command(user, `merge #${customerId(target, missing)} #${otherId(target)}`),
      took: async (_a, _u, target, seen) => {
        expect(replyText(seen)).toContain(target.secret);
        expect(JSON.stringify(seen.reply)).toContain(ACTIONS.customerMergeConfirm);
      },
      hidesExistence: nobody,
    },
    'merge customers (Merge button)': {
      prepare: freshCustomer,
      act: (_a, user, target, missing) => async () => {
        const seen = seenOf(
          await previewCustomerMerge({ ...admin(), keptId: customerId(target), mergedId: otherId(target) }),
        );
        return button(
          user,
          ACTIONS.customerMergeConfirm,
          encodeMergeButton({ ...seen, keptId: customerId(target, missing) }),
        );
      },
      took: async (_a, _u, target) => expect(await mergedInto(target)).toBe(customerId(target)),
      hidesExistence: nobody,
    },
    'export customers (/customer export)': {
      prepare: freshCustomer,
      act: (_a, user) => () => command(user, 'export'),
      took: async (_a, _u, target) =>
        expect(ctx.app.slack.uploads.at(-1)?.bytes.toString('utf8')).toContain(target.secret),
      hidesExistence: nobody,
      // Another manager's export is of her own customers: none, said so (a report of an empty scope).
      answersInScope: (role) => role === 'otherManager',
    },
    'import customers (/customer import)': {
      prepare: freshCustomer,
      act: (_a, user) => () => command(user, 'import'),
      // Everyone may import, as leads: for whom, and which customers a row may change, is the use case's rule.
      took: async (_a, _u, _t, seen) =>
        expect(
          seen.calls.some(
            (call) =>
              call.method === 'views.open' &&
              (call.args.view as { callback_id?: string } | undefined)?.callback_id === VIEWS.importUpload,
          ),
        ).toBe(true),
      hidesExistence: nobody,
    },
    'this is the customer (button)': {
      prepare: freshCustomer,
      act: (_a, user, target, missing) => () =>
        button(
          user,
          ACTIONS.customerConfirmLead,
          encodeCustomerButton({ customerId: customerId(target, missing), leadId: target.lead.id }),
        ),
      took: async (_a, _u, target) =>
        expect((await ctx.app.deps.leads.findById(ctx.app.teamId, target.lead.id))?.customerId).toBe(
          customerId(target),
        ),
      hidesExistence: refusedHideIt,
    },
    'new deal for a customer (button)': {
      prepare: freshCustomer,
      act: (_a, user, target, missing) => () =>
        button(
          user,
          ACTIONS.customerNewDeal,
          encodeCustomerButton({ customerId: customerId(target, missing) }),
        ),
      took: async (_a, _u, target, seen) =>
        expect(JSON.stringify(seen.calls.find((c) => c.method === 'views.open'))).toContain(target.secret),
      hidesExistence: refusedHideIt,
    },
  };
}
