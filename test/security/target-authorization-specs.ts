import { expect } from 'vitest';
import { COMMANDS } from '../../src/slack/ids.js';
import { amountLabel } from '../../src/slack/targets/target-format.js';
import { createLead } from '../e2e/approvals-helpers.js';
import type { OpenedView, TestApp } from '../helpers/e2e.js';
import { opts, type RoleName, type Spec, type Target, USERS } from './authorization-specs.js';

// The targets rows of the authorization matrix: setting and reading a rep's targets, the team's target and the
// targets settings. The "secret" of a reading case is the rep's target amount, which must reach nobody refused.

export function targetAuthorizationSpecs(ctx: {
  app: TestApp;
  settingsView: OpenedView;
}): Record<string, Spec> {
  let sequence = 0;
  const as = (role: RoleName) => USERS[role].id;
  const repTargets = () =>
    ctx.app.deps.targets.forSubjects(ctx.app.teamId, [{ kind: 'rep', userId: 'U_REP' }]);

  /** U_REP's monthly won target at a fresh amount; its label is the secret. */
  async function repTarget(): Promise<Target> {
    const minor = 123_400_00 + ++sequence;
    await ctx.app.deps.targets.upsert({
      teamId: ctx.app.teamId,
      subject: { kind: 'rep', userId: 'U_REP' },
      metric: 'won',
      period: 'month',
      value: minor,
      currency: 'CNY',
      setByUserId: 'U_ADMIN',
      at: ctx.app.deps.clock.now(),
    });
    const lead = await createLead(ctx.app, 'U_REP', `Target case ${sequence}`);
    return { lead, secret: amountLabel(minor, 'CNY', 'en') };
  }
  const nothing = () => false;

  return {
    'set a rep’s target (/target @rep)': {
      prepare: repTarget,
      act: (_a, user) => () =>
        ctx.app.command(as(user), COMMANDS.target, '<@U_REP|rep> 88888.88 month won', opts(user)),
      took: async (_a, user) =>
        expect((await repTargets()).find((t) => t.period === 'month' && t.metric === 'won')).toMatchObject({
          value: 8_888_888,
          setByUserId: as(user),
        }),
      hidesExistence: nothing,
    },
    'read a rep’s targets (/target @rep)': {
      prepare: repTarget,
      act: (_a, user) => () => ctx.app.command(as(user), COMMANDS.target, '<@U_REP|rep>', opts(user)),
      took: async (_a, _u, target, seen) => expect(JSON.stringify(seen.reply)).toContain(target.secret),
      hidesExistence: nothing,
    },
    'set the team’s target (/target team)': {
      prepare: repTarget,
      act: (_a, user) => () => ctx.app.command(as(user), COMMANDS.target, 'team 2m quarter', opts(user)),
      took: async (_a, user) =>
        expect(await ctx.app.deps.targets.forSubjects(ctx.app.teamId, [{ kind: 'team' }])).toEqual([
          expect.objectContaining({ value: 200_000_000, period: 'quarter', setByUserId: as(user) }),
        ]),
      hidesExistence: nothing,
    },
    'targets settings (/target settings)': {
      prepare: repTarget,
      act: (_a, user) => () =>
        ctx.app.command(as(user), COMMANDS.target, `settings endofday 17:${10 + ++sequence}`, opts(user)),
      took: async () =>
        expect((await ctx.app.deps.targetSettings.get(ctx.app.teamId)).endOfDayTime).toBe(
          `17:${10 + sequence}`,
        ),
      hidesExistence: nothing,
    },
  };
}
