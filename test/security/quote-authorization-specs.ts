import { expect } from 'vitest';
import { submitQuote } from '../../src/features/quotes/quote-approval.usecases.js';
import { openQuoteBuilder } from '../../src/features/quotes/quote-builder.usecases.js';
import { sendQuote } from '../../src/features/quotes/quote-lifecycle.usecases.js';
import { addLine } from '../../src/features/quotes/quote-lines.usecases.js';
import { ACTIONS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { quoteButtonValue } from '../../src/slack/quotes/quote-values.js';
import { createLead, waitingStep } from '../e2e/approvals-helpers.js';
import type { OpenedView, TestApp } from '../helpers/e2e.js';
import { logoImage } from '../helpers/logo-images.js';
import { MISSING, opts, type RoleName, type Spec, type Target, USERS } from './authorization-specs.js';

// The quote rows of the authorization matrix. U_REP's lead gets a quote with one free-text line; "secret" is the
// company, which must reach nobody refused. Building, sending and recording the customer's answer are the rep's
// (and an admin's); seeing a quote follows the ledger; approving it is the policy's approver's.

export function quoteAuthorizationSpecs(ctx: {
  app: TestApp;
  settingsView: OpenedView;
}): Record<string, Spec> {
  let sequence = 0;
  const as = (role: RoleName) => USERS[role].id;
  const rep = () => ({
    teamId: ctx.app.teamId,
    userId: 'U_REP',
    role: 'rep' as const,
    isAdmin: false,
    locale: 'en' as const,
    timezone: 'Asia/Shanghai',
  });

  /** U_REP's lead with a quote of one line at `discount`, taken to `status`. */
  async function quoted(status: 'draft' | 'approved' | 'sent' | 'pending_approval', discount = '0') {
    const secret = `Quoted ${++sequence} Qzx Holdings`;
    const lead = await createLead(ctx.app, 'U_REP', secret);
    const deps = ctx.app.deps;
    deps.renderQuotePdf = async () => new TextEncoder().encode('%PDF-1.7');
    const team = await deps.teams.ensureTeam(ctx.app.teamId);
    const { quote } = await openQuoteBuilder({ ...deps, actor: rep(), team, leadId: lead.id });
    const added = await addLine({
      ...deps,
      actor: rep(),
      quoteId: quote.id,
      seenVersion: quote.version,
      form: { description: 'Site survey', quantity: '1', price: '1000', discount },
    });
    if (!added.ok) throw new Error('line refused');
    if (status === 'pending_approval')
      // Through Slack, so the approver's step message is posted in the lead's thread.
      await ctx.app.action(
        'U_REP',
        { action_id: ACTIONS.quoteSubmit, value: quoteButtonValue(added.state.quote) },
        { channelId: 'U_REP' },
      );
    else if (status !== 'draft')
      await submitQuote({ ...deps, actor: rep(), quoteId: quote.id, seenVersion: added.state.quote.version });
    if (status === 'sent')
      await sendQuote({ ...deps, actor: rep(), team, quoteId: quote.id, teamName: async () => 'T' });
    const now = await deps.quotes.findById(ctx.app.teamId, quote.id);
    if (!now) throw new Error('quote gone');
    const target: Target = { lead, secret, ids: [now.id, now.id + MISSING] };
    if (status === 'pending_approval') target.step = await waitingStep(ctx.app, lead.id, 1);
    return { target, quote: now };
  }
  const quotes = new Map<number, Awaited<ReturnType<typeof quoted>>['quote']>();
  const prepared = (status: Parameters<typeof quoted>[0], discount?: string) => async () => {
    const { target, quote } = await quoted(status, discount);
    quotes.set(target.lead.id, quote);
    return target;
  };
  const quoteOf = (target: Target) => {
    const quote = quotes.get(target.lead.id);
    if (!quote) throw new Error('no quote prepared');
    return quote;
  };
  const statusOf = async (target: Target) =>
    (await ctx.app.deps.quotes.findById(ctx.app.teamId, quoteOf(target).id))?.status;
  const button =
    (actionId: string) => (_a: TestApp, user: RoleName, target: Target, missing: boolean) => () => {
      const quote = quoteOf(target);
      const value = quoteButtonValue({ id: quote.id + (missing ? MISSING : 0), version: quote.version });
      return ctx.app.action(as(user), { action_id: actionId, value }, { channelId: as(user), ...opts(user) });
    };
  const cannotSee = (role: RoleName) => role === 'otherManager' || role === 'outsider';

  return {
    'build a quote (/quote <lead>)': {
      prepare: prepared('draft'),
      act: (_a, user, target, missing) => () =>
        ctx.app.command(as(user), COMMANDS.quote, `#${target.lead.id + (missing ? MISSING : 0)}`, opts(user)),
      took: async (_a, _u, target, seen) =>
        expect(JSON.stringify(seen.calls.find((c) => c.method === 'views.open'))).toContain(
          quoteOf(target).number,
        ),
      hidesExistence: (role) => cannotSee(role) || role === 'finance',
    },
    'view a quote (/quote BJ-…)': {
      prepare: prepared('draft'),
      act: (_a, user, target) => () =>
        ctx.app.command(as(user), COMMANDS.quote, quoteOf(target).number, opts(user)),
      took: async (_a, _u, target, seen) =>
        expect(JSON.stringify(seen.reply)).toContain(quoteOf(target).number),
      hidesExistence: () => false,
    },
    'send a quote (Send PDF button)': {
      prepare: prepared('approved'),
      act: button(ACTIONS.quoteSend),
      took: async (_a, _u, target) => expect(await statusOf(target)).toBe('sent'),
      hidesExistence: cannotSee,
    },
    'record acceptance (button)': {
      prepare: prepared('sent'),
      act: button(ACTIONS.quoteAccept),
      took: async (_a, _u, target, seen) => {
        expect(await statusOf(target)).toBe('accepted');
        expect(seen.calls.map((c) => c.method)).toContain('views.open');
      },
      hidesExistence: cannotSee,
    },
    'approve a quote (button)': {
      prepare: prepared('pending_approval', '10'),
      act: (_a, user, target, missing) => () => {
        const step = target.step;
        if (!step) throw new Error('no step');
        const requestId = step.requestId + (missing ? MISSING : 0);
        return ctx.app.action(
          as(user),
          { action_id: ACTIONS.approvalApprove, value: `${requestId}:${step.revision}:${step.step}` },
          {
            channelId: step.messageChannelId ?? 'C_SALES',
            messageTs: step.messageTs ?? '1700000000.000100',
            ...opts(user),
          },
        );
      },
      took: async (_a, _u, target) => expect(await statusOf(target)).toBe('approved'),
      hidesExistence: (role) => role === 'outsider',
    },
    // The logo on the team's quote PDFs is a team setting: admins only; anyone else is told who can.
    'quote logo form (/salesflow logo)': {
      prepare: logoTarget(false),
      act: (_a, user) => () => ctx.app.command(as(user), COMMANDS.salesflow, 'logo', opts(user)),
      took: async (_a, _u, _t, seen) =>
        expect(seen.calls.find((c) => c.method === 'views.open')?.args.view).toMatchObject({
          callback_id: VIEWS.quoteLogo,
        }),
      hidesExistence: () => false,
    },
    'remove the quote logo (/salesflow logo remove)': {
      prepare: logoTarget(true),
      act: (_a, user) => () => ctx.app.command(as(user), COMMANDS.salesflow, 'logo remove', opts(user)),
      took: async () => expect(await ctx.app.deps.quoteLogos.find(ctx.app.teamId)).toBeUndefined(),
      hidesExistence: () => false,
    },
  };

  /** A lead (the matrix's unit of "secret") and the team's logo set or not. */
  function logoTarget(withLogo: boolean) {
    return async (): Promise<Target> => {
      const secret = `Logo ${++sequence} Qzx Holdings`;
      const lead = await createLead(ctx.app, 'U_REP', secret);
      if (withLogo)
        await ctx.app.deps.quoteLogos.save({
          teamId: ctx.app.teamId,
          header: { mimeType: 'image/png', width: 300, height: 100 },
          bytes: await logoImage('png'),
          actorUserId: 'U_ADMIN',
          now: new Date('2026-12-07T02:00:00Z'),
        });
      else await ctx.app.deps.quoteLogos.remove(ctx.app.teamId);
      return { lead, secret };
    };
  }
}
