import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { encodeCreditLimitButton } from '../../src/slack/credit/credit-values.js';
import { ACTIONS, BLOCKS } from '../../src/slack/ids.js';
import { createLead } from '../e2e/approvals-helpers.js';
import type { OpenedView, TestApp } from '../helpers/e2e.js';
import { MISSING, opts, type RoleName, type Spec, type Target, USERS } from './authorization-specs.js';

// The credit rows of the authorization matrix: opening "Set credit limit" and saving it are finance's and the
// admins'. The secret is the customer's name, which must reach nobody refused.

export function creditAuthorizationSpecs(ctx: { app: TestApp }): Record<string, Spec> {
  let sequence = 0;
  const as = (role: RoleName) => USERS[role].id;
  const customerIdOf = (target: Target) => target.ids?.[0] ?? 0;

  /** A customer of U_REP with one lead, and the limit button's value as finance's card carries it. */
  async function customer(): Promise<Target & { value: string }> {
    sequence += 1;
    const secret = `Credit case ${sequence} 远航`;
    const lead = await createLead(ctx.app, 'U_REP', secret);
    const { rows } = (await ctx.app.deps.db.execute(sql`
      insert into customers (team_id, name, owner_user_id) values (${ctx.app.teamId}, ${secret}, 'U_REP')
      returning id`)) as unknown as { rows: { id: number | string }[] };
    const id = Number(rows[0]?.id);
    await ctx.app.deps.db.execute(sql`update leads set customer_id = ${id} where id = ${lead.id}`);
    return { lead, secret, ids: [id], value: encodeCreditLimitButton({ customerId: id, version: 1 }) };
  }
  const limitOf = async (target: Target) =>
    (await ctx.app.deps.credit.limit(ctx.app.teamId, customerIdOf(target)))?.limitMinor;

  return {
    'open the credit limit form (button)': {
      prepare: customer,
      act: (_a, user, target, missing) => () =>
        ctx.app.action(
          as(user),
          {
            action_id: ACTIONS.customerSetCreditLimit,
            value: encodeCreditLimitButton({
              customerId: customerIdOf(target) + (missing ? MISSING : 0),
              version: 1,
            }),
          },
          opts(user),
        ),
      took: async (_a, _u, _t, seen) => expect(seen.calls.map((call) => call.method)).toContain('views.open'),
      hidesExistence: () => false,
    },
    'set a credit limit (submission)': {
      async prepare() {
        const target = await customer();
        const view = await ctx.app.viewFrom(() =>
          ctx.app.action('U_FIN', { action_id: ACTIONS.customerSetCreditLimit, value: target.value }),
        );
        return { ...target, view };
      },
      act: (_a, user, target) => () =>
        ctx.app.submit(
          as(user),
          target.view as OpenedView,
          { [BLOCKS.creditLimitAmount]: '12345' },
          opts(user),
        ),
      took: async (_a, _u, target) => expect(await limitOf(target)).toBe(1_234_500),
      hidesExistence: () => false,
    },
  };
}
