import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitQuote } from '../../src/features/quotes/quote-approval.usecases.js';
import { openQuoteBuilder } from '../../src/features/quotes/quote-builder.usecases.js';
import { acceptQuote, sendQuote } from '../../src/features/quotes/quote-lifecycle.usecases.js';
import { pasteLines } from '../../src/features/quotes/quote-lines.usecases.js';
import { QuoteExpiredError } from '../../src/features/quotes/quotes.errors.js';
import { fixedClock } from '../../src/lib/clock.js';
import { createLead, setUpOrg } from '../e2e/approvals-helpers.js';
import { actor } from '../features/ledger/ledger-fixtures.js';
import { CATALOG, seedPriceList } from '../features/quotes/quote-fixtures.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { twoInstances } from '../helpers/two-instances.js';

describe.each(DRIVERS)('a sent quote past its validity (%s)', (driver) => {
  let app: TestApp;
  const clock = fixedClock(new Date('2026-12-07T02:00:00Z'));
  let at: (iso: string) => Promise<void>;

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    ({ at } = twoInstances(app, clock));
    await setUpOrg(app);
    await app.deps.teams.updateMember(app.teamId, 'U_REP', { language: 'zh-CN' });
    await seedPriceList(app.database, app.teamId, CATALOG);
    app.deps.renderQuotePdf = async () => new TextEncoder().encode('%PDF-1.7');
  }, 60_000);
  afterAll(() => app?.stop());

  it('expires at the end of its validity day in the team zone, once, tells its rep how to revise it, and can no longer be accepted', async () => {
    const team = await app.deps.teams.ensureTeam(app.teamId);
    const rep = { ...actor('U_REP', app.teamId), locale: 'zh-CN' as const };
    const lead = await createLead(app, 'U_REP', 'Expiry <Co>');
    const { quote } = await openQuoteBuilder({ ...app.deps, actor: rep, team, leadId: lead.id });
    const pasted = await pasteLines({
      ...app.deps,
      actor: rep,
      quoteId: quote.id,
      seenVersion: quote.version,
      text: 'VALVE-20 2',
    });
    if (!pasted.ok) throw new Error('paste refused');
    await submitQuote({
      ...app.deps,
      actor: rep,
      quoteId: quote.id,
      seenVersion: pasted.state.quote.version,
    });
    const sent = await sendQuote({
      ...app.deps,
      actor: rep,
      team,
      quoteId: quote.id,
      teamName: async () => 'T',
    });
    expect(sent.quote.validUntil).toBe('2027-01-06');
    const dms = () =>
      app.slack.callsTo('chat.postMessage').filter((call) => String(call.args.text).includes(quote.number));

    // 2027-01-06 23:59 in Shanghai is still its validity day.
    await at('2027-01-06T15:59:00Z');
    expect((await app.deps.quotes.findById(app.teamId, quote.id))?.status).toBe('sent');
    await at('2027-01-06T16:01:00Z');
    expect((await app.deps.quotes.findById(app.teamId, quote.id))?.status).toBe('expired');
    await at('2027-01-06T16:02:00Z');
    const [dm, ...more] = dms();
    expect(more).toEqual([]);
    expect(dm?.args.channel).toBe('U_REP');
    expect(String(dm?.args.text)).toContain('修订');
    expect(String(dm?.args.text)).toContain('Expiry &lt;Co&gt;');

    await expect(acceptQuote({ ...app.deps, actor: rep, team, quoteId: quote.id })).rejects.toBeInstanceOf(
      QuoteExpiredError,
    );
  });
});
