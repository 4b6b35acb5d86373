import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { ACTIONS, COMMANDS } from '../../src/slack/ids.js';
import { createLead, eventually, uploadedFile } from '../e2e/approvals-helpers.js';
import type { TestApp } from '../helpers/e2e.js';
import { opts, type RoleName, type Spec, type Target, USERS } from './authorization-specs.js';

// The receivables aging's rows of the authorization matrix: U_REP's contract with money long overdue, its customer
// the secret. The aging follows the ledger's visibility; whoever sees none of U_REP's contracts is answered with
// their own (empty) aging, never told the customer exists.

export function agingAuthorizationSpecs(ctx: { app: TestApp }): Record<string, Spec> {
  let sequence = 0;
  const as = (role: RoleName) => USERS[role].id;

  /** A contract of U_REP for ¥100,000 whose only installment was due in 2020: all of it overdue. */
  async function overdueContract(): Promise<Target> {
    const { app } = ctx;
    sequence += 1;
    const secret = `Aging Secret ${sequence} Qzx 远航`;
    const lead = await createLead(app, 'U_REP', secret);
    await app.deps.db.execute(sql`
      with contract as (
        insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id,
          customer_name, amount_minor, currency, upfront_bp, status, approved_at)
        values (${app.teamId}, ${`AG-2020-${String(sequence).padStart(4, '0')}`}, 2020, ${sequence}, ${lead.id},
          ${900_000 + sequence}, 'U_REP', ${secret}, 10000000, 'CNY', 0, 'signed', '2020-01-01')
        returning id, team_id)
      insert into contract_installments (team_id, contract_id, seq, due_on, amount_minor, collected_minor, is_upfront)
      select team_id, id, 1, date '2020-02-01', 10000000, 0, false from contract`);
    return { lead, secret };
  }
  // Customer names are cut to their column in the table: the start of the name is the proof.
  const shows = (seen: unknown, target: Target) =>
    expect(JSON.stringify(seen)).toContain(target.secret.slice(0, 16));
  const emptyForOthers = (role: RoleName) => role === 'otherManager' || role === 'outsider';

  return {
    'receivables aging (/contract aging)': {
      prepare: overdueContract,
      act: (_a, user) => () => ctx.app.command(as(user), COMMANDS.contract, 'aging customer', opts(user)),
      took: async (_a, _u, target, seen) => shows(seen.reply, target),
      hidesExistence: () => false,
      // Another manager and the outsider get their own aging ("nothing overdue"): no refusal, nothing of U_REP's.
      answersInScope: emptyForOthers,
    },
    'export the aging (button)': {
      prepare: overdueContract,
      act: (_a, user) => () =>
        ctx.app.action(as(user), { action_id: ACTIONS.agingExportCsv, value: 'customer' }, opts(user)),
      took: async (_a, _u, target) => {
        const csv = await eventually(async () =>
          ctx.app.slack.uploads
            .map((upload) => uploadedFile(upload.bytes))
            .find((text) => text.includes(target.secret)),
        );
        expect(csv).toContain('100000.00');
      },
      hidesExistence: () => false,
      // Their export has nothing in it: "nothing to export", not a refusal.
      answersInScope: emptyForOthers,
    },
  };
}
