import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApprovalReminderRepository } from '../../../src/features/approvals/approval-reminders.repository.js';
import { decide } from '../../../src/features/approvals/decisions.usecases.js';
import { submitQuote } from '../../../src/features/quotes/quote-approval.usecases.js';
import { openQuoteBuilder } from '../../../src/features/quotes/quote-builder.usecases.js';
import { pasteLines } from '../../../src/features/quotes/quote-lines.usecases.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, seedTeam } from '../ledger/ledger-fixtures.js';
import { CATALOG, leadOf, quoteDeps, seedPriceList, type TestQuoteDeps } from './quote-fixtures.js';

/** A quote's approval request on a lead that is then lost or won is moot: the sweep of closed leads cancels it. */
describe.each(DRIVERS)('quote approvals of a closed lead on %s', (driver) => {
  let database: TestDatabase;
  let deps: TestQuoteDeps;
  let team: Team;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = quoteDeps(database);
    team = await seedTeam(deps);
    await seedPriceList(database, 'T1', CATALOG);
  });
  afterAll(() => database?.destroy());

  /** A quote with a 10 % discount: it waits on the manager. */
  async function pendingQuote(company: string) {
    const leadId = await leadOf(deps, 'U_REP', company);
    const state = await openQuoteBuilder({ ...deps, actor: actor('U_REP'), team, leadId });
    const pasted = await pasteLines({
      ...deps,
      actor: actor('U_REP'),
      quoteId: state.quote.id,
      seenVersion: state.quote.version,
      text: 'PUMP-100 1 ¥3,000 10%',
    });
    if (!pasted.ok) throw new Error('paste refused');
    const submitted = await submitQuote({
      ...deps,
      actor: actor('U_REP'),
      quoteId: state.quote.id,
      seenVersion: pasted.state.quote.version,
    });
    if (submitted.outcome !== 'routed') throw new Error(`quote ${submitted.outcome}`);
    return { leadId, quoteId: state.quote.id, requestId: submitted.request.id };
  }

  const lose = (leadId: number) =>
    deps.leads.update('T1', leadId, { stage: 'lost' }, { actorUserId: 'U_REP', kind: 'lost' });
  const open = async () =>
    (await createApprovalReminderRepository(database).openRequestsOfClosedLeads()).map(
      (row) => row.requestId,
    );

  it('pending and sent-back quote requests of a lost lead are swept, and the pending quote is a draft again', async () => {
    const pending = await pendingQuote('Lost Pending Co');
    const sentBack = await pendingQuote('Lost Changes Co');
    await decide({
      ...deps,
      actor: actor('U_MGR'),
      target: { requestId: sentBack.requestId, revision: 1, step: 1 },
      decision: 'changes',
      comment: 'Less discount',
    });
    const stillOpen = await pendingQuote('Still Open Co');
    expect(await open()).not.toContain(pending.requestId);

    await lose(pending.leadId);
    await lose(sentBack.leadId);
    const swept = await open();
    expect(swept).toEqual(expect.arrayContaining([pending.requestId, sentBack.requestId]));
    expect(swept).not.toContain(stillOpen.requestId);

    // The sweep cancels through the engine, which settles the quote still waiting on its request.
    await deps.approvals.cancel({
      teamId: 'T1',
      requestId: pending.requestId,
      actorUserId: null,
      reason: 'lead_closed',
      now: deps.clock.now(),
    });
    const quote = await deps.quotes.findById('T1', pending.quoteId);
    expect(quote).toMatchObject({ status: 'draft', approvalRequestId: null });
    expect(await open()).not.toContain(pending.requestId);
  });

  it('a pending quote request of a lead won by another path is swept too: its quote can no longer be sent', async () => {
    const pending = await pendingQuote('Won Elsewhere Co');
    expect(await open()).not.toContain(pending.requestId);
    await deps.leads.update('T1', pending.leadId, { stage: 'won' }, { actorUserId: 'U_REP', kind: 'won' });
    expect(await open()).toContain(pending.requestId);
  });
});
