import { and, desc, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leads } from '../../src/db/schema/index.js';
import type { Lead } from '../../src/features/leads/leads.types.js';
import { translator } from '../../src/i18n/index.js';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { type OpenedView, type SubmitOutcome, startTestApp, type TestApp } from '../helpers/e2e.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { DRIVERS } from '../helpers/test-db.js';
import { checkedStep, quietSlack, RUNS } from './fuzz-harness.js';
import { hostile, stored, upTo } from './hostile-text.js';

const TRY_AGAIN = translator('en')('common.tryAgain');

describe.each(DRIVERS)('hostile input is stored as typed, shown inert, never crashes (%s)', (driver) => {
  let app: TestApp;
  let slack: FakeSlack;
  let sequence = 0;

  beforeAll(async () => {
    // Hundreds of fuzz runs in one workspace open more modals a minute than Slack's tiers allow (views.open is
    // tier 4, about 100 a minute); this file is about hostile text, so the fake's per-method limits are off here
    // (test/jobs/outbox-method-limits.test.ts and test/e2e/rate-limits.test.ts test the limits).
    slack = await new FakeSlack({ methodRates: false }).start();
    app = await startTestApp({ driver, slack });
    app.addUser({ id: 'U_ALICE', locale: 'en-US' });
    app.slack.addChannel({ id: 'C_SALES', is_member: true });
    await app.deps.teams.ensureTeam(app.teamId);
    await app.deps.teams.updateTeam(app.teamId, { salesChannelId: 'C_SALES' });
    await app.deps.teams.updateMember(app.teamId, 'U_ALICE', { role: 'admin' });
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.stop();
  });

  const checked = <T>(step: () => Promise<T>, settle?: (result: T) => Promise<unknown>) =>
    checkedStep(app, step, settle);
  const quiet = () => quietSlack(app);

  const newestLead = async (): Promise<Lead | undefined> => {
    const [row] = await app.deps.db
      .select({ id: leads.id })
      .from(leads)
      .where(and(eq(leads.teamId, app.teamId), eq(leads.ownerUserId, 'U_ALICE')))
      .orderBy(desc(leads.id))
      .limit(1);
    return row ? app.deps.leads.findById(app.teamId, row.id) : undefined;
  };

  const plainLead = async () =>
    app.deps.leads.create(
      app.teamId,
      'U_ALICE',
      {
        kind: 'company',
        companyName: `Plain Co ${++sequence}`,
        contactName: 'Pat',
        contactTitle: null,
        phone: null,
        email: null,
        industry: null,
        companySize: null,
        source: null,
        estimatedValue: null,
        currency: 'CNY',
        expectedCloseDate: null,
        intent: null,
        nextFollowUpOn: null,
        notes: null,
      },
      { actorUserId: 'U_ALICE', kind: 'created' },
    );

  const FORM_FIELDS = {
    companyName: BLOCKS.company,
    contactName: BLOCKS.contactName,
    contactTitle: BLOCKS.contactTitle,
    phone: BLOCKS.phone,
    email: BLOCKS.email,
    industry: BLOCKS.industry,
    companySize: BLOCKS.companySize,
    source: BLOCKS.source,
    notes: BLOCKS.notes,
  } as const;
  type FormField = keyof typeof FORM_FIELDS;

  /** Any hostile text in any field: saved exactly as typed, or refused inline on that field. */
  const anything = fc.record(
    Object.fromEntries(Object.keys(FORM_FIELDS).map((field) => [field, hostile])) as Record<
      FormField,
      typeof hostile
    >,
    { requiredKeys: [] },
  );
  /** Hostile text within each free-text field's length: it must be saved, as typed. */
  const fitting = fc.record(
    {
      // The two required fields must keep something once trimmed.
      companyName: upTo(200).filter((text) => stored(text) !== ''),
      contactName: upTo(200).filter((text) => stored(text) !== ''),
      contactTitle: upTo(200),
      industry: upTo(200),
      companySize: upTo(200),
      source: upTo(200),
      notes: upTo(3000),
    },
    { requiredKeys: ['notes'] },
  );

  it.each([
    ['any hostile text in any field is saved as typed or refused inline on that field', anything, 1],
    ['hostile text within the fields’ lengths is saved as typed', fitting, RUNS.numRuns],
  ] as const)(
    'new-lead modal: %s',
    async (_name, fuzzed, minSaved) => {
      const outcomes = { saved: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(fuzzed, async (values) => {
          let opened = { responseId: '' };
          const view = await app.viewFrom(async () => {
            opened = await app.command('U_ALICE', COMMANDS.lead);
          });
          const before = await newestLead();
          const blocks = Object.fromEntries(
            Object.entries(values).map(([field, value]) => [FORM_FIELDS[field as FormField], value]),
          );
          const submitted = await checked(
            async () => {
              const typed = { [BLOCKS.company]: 'Fuzz Co', [BLOCKS.contactName]: 'Fuzz', ...blocks };
              const first = await app.submit('U_ALICE', view, typed);
              // Many runs type similar names: a lead like an earlier one comes back with the duplicate warning
              // (its text checked like every output), the form as typed, and is saved once "create anyway" is
              // ticked. (The fuzz puts free text in select fields, which the restored form cannot show.)
              const warned = first.outcome.kind === 'refused' ? first.outcome.view : undefined;
              if (!warned?.blocks?.some((block) => block.block_id === BLOCKS.createAnyway)) return first;
              return app.submit(
                'U_ALICE',
                { ...warned, id: first.viewId },
                { ...typed, [BLOCKS.createAnyway]: 'yes' },
              );
            },
            // A saved lead is confirmed to the /lead that opened the form, after the ack.
            async (result) => {
              if (result.outcome.kind === 'done')
                await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === opened.responseId));
            },
          );
          expect(submitted.status).toBe(200);
          // Saved, or refused inline before the ack: never a form sent back after it.
          expect(['done', 'errors']).toContain(submitted.outcome.kind);
          if (submitted.outcome.kind === 'errors') {
            // Refused: inline, on fields that were fuzzed, with a message that says what is wrong.
            const errors = submitted.outcome.errors;
            expect(Object.keys(errors).length).toBeGreaterThan(0);
            for (const [block, message] of Object.entries(errors)) {
              expect(Object.values(blocks).length === 0 || block in blocks).toBe(true);
              expect(message).not.toBe(TRY_AGAIN);
            }
            expect((await newestLead())?.id).toBe(before?.id);
            outcomes.refused++;
            return;
          }
          const lead = (await newestLead()) as Lead;
          expect(lead.id).not.toBe(before?.id);
          for (const [field, value] of Object.entries(values))
            expect(lead[field as FormField] ?? null, field).toBe(stored(value) || null);
          outcomes.saved++;
        }),
        RUNS,
      );
      // The saving path was exercised, so the checks above were not vacuous.
      expect(outcomes.saved).toBeGreaterThanOrEqual(minSaved);
    },
    120_000,
  );

  /** A lead of U_ALICE with its card in the sales channel, so changes also refresh the card and the thread. */
  async function leadInChannel(): Promise<Lead> {
    const lead = await plainLead();
    await app.deps.leads.setThread(
      app.teamId,
      lead.id,
      'C_SALES',
      `1700000000.${String(lead.id).padStart(6, '0')}`,
    );
    return lead;
  }

  async function cardModal(actionId: string, lead: Lead): Promise<OpenedView> {
    return app.viewFrom(() =>
      app.action('U_ALICE', { action_id: actionId, value: String(lead.id) }, { isEphemeral: true }),
    );
  }

  const accepted = (outcome: SubmitOutcome, block: string) => {
    if (outcome.kind === 'done') return true;
    expect(outcome.kind).toBe('errors');
    const errors = outcome.kind === 'errors' ? outcome.errors : {};
    expect(Object.keys(errors)).toEqual([block]);
    expect(errors[block]).not.toBe(TRY_AGAIN);
    return false;
  };

  it('the log-activity note', async () => {
    let saved = 0;
    await fc.assert(
      fc.asyncProperty(hostile, async (note) => {
        const lead = await leadInChannel();
        const view = await cardModal(ACTIONS.leadLogActivity, lead);
        const submitted = await checked(
          () => app.submit('U_ALICE', view, { [BLOCKS.activityNote]: note }),
          quiet,
        );
        expect(submitted.status).toBe(200);
        const notes = (await app.deps.leads.recentActivities(app.teamId, lead.id, 5)).map((a) => a.note);
        if (!accepted(submitted.outcome, BLOCKS.activityNote)) {
          expect(notes).toHaveLength(1);
          return;
        }
        saved++;
        expect(notes).toContain(stored(note) || null);
      }),
      RUNS,
    );
    expect(saved).toBeGreaterThan(RUNS.numRuns / 2);
  }, 120_000);

  it('the lost-reason note', async () => {
    let saved = 0;
    await fc.assert(
      fc.asyncProperty(hostile, async (note) => {
        const lead = await leadInChannel();
        const view = await cardModal(ACTIONS.leadMarkLost, lead);
        const submitted = await checked(
          () => app.submit('U_ALICE', view, { [BLOCKS.lostReason]: 'other', [BLOCKS.lostNote]: note }),
          quiet,
        );
        expect(submitted.status).toBe(200);
        const after = await app.deps.leads.findById(app.teamId, lead.id);
        if (!accepted(submitted.outcome, BLOCKS.lostNote)) {
          expect(after?.stage).toBe('new');
          return;
        }
        saved++;
        expect(after).toMatchObject({ stage: 'lost', lostNote: stored(note) || null });
      }),
      RUNS,
    );
    expect(saved).toBeGreaterThan(RUNS.numRuns / 2);
  }, 120_000);

  it('the needs-analysis notes', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (notes) => {
        const lead = await leadInChannel();
        const view = await app.viewFrom(() => app.command('U_ALICE', COMMANDS.needs, `#${lead.id}`));
        const submitted = await checked(
          () => app.submit('U_ALICE', view, { [BLOCKS.needsNotes]: notes }),
          quiet,
        );
        expect(submitted.status).toBe(200);
        expect(submitted.outcome.kind).toBe('done');
        const saved = (await app.deps.leads.recentActivities(app.teamId, lead.id, 10))
          .filter((a) => a.kind === 'call_notes')
          .map((a) => a.note);
        // Call notes are kept up to 3,000 characters; longer notes are cut there.
        const kept = stored(notes)
          .slice(0, 3000)
          .replace(/[\ud800-\udbff]$/, '');
        expect(saved).toEqual(kept ? [kept] : []);
      }),
      RUNS,
    );
  }, 120_000);
});
