import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { approvalEvents, approvalRequests, approvalSteps } from '../../src/db/schema/index.js';
import { createApprovalRepository } from '../../src/features/approvals/approvals.repository.js';
import type { ApprovalStep } from '../../src/features/approvals/approvals.types.js';
import { createLeadRepository } from '../../src/features/leads/leads.repository.js';
import { createTeamRepository } from '../../src/features/team/team.repository.js';
import { ACTIONS } from '../../src/slack/ids.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { describePostgresOnly } from '../helpers/postgres-only.js';
import { interactionBody, sendSigned } from '../helpers/slack-request.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';
import { appEnv, freePort, type MainProcess, scratchFolder, startMain } from '../runtime/main-process.js';

const READY = /"msg":"Salesflow is ready"/;
const CLICKS = 60;

// A killed process and a restart need a Postgres server; PGlite is one process by design.
describePostgresOnly('kill -9 during an approval decision (postgres)', () => {
  let database: TestDatabase;
  let slack: FakeSlack;
  const processes: MainProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    slack = await new FakeSlack().start();
    for (const id of ['U_REP', 'U_MGR']) slack.addUser({ id });
  });
  afterAll(async () => {
    for (const child of processes) await child.stop('SIGKILL');
    await slack?.stop();
    await database?.destroy();
  });

  async function start(): Promise<MainProcess> {
    const env = appEnv(slack, scratchFolder(), await freePort());
    const child = startMain({ ...env, DATABASE_URL: database.url as string, LOG_LEVEL: 'info' });
    processes.push(child);
    await child.waitForOutput(READY, 60_000);
    return child;
  }

  function approveClick(child: MainProcess, step: ApprovalStep, n: number) {
    const payload = {
      type: 'block_actions',
      user: { id: 'U_MGR', username: 'u_mgr', name: 'u_mgr', team_id: slack.teamId },
      api_app_id: 'A_SALESFLOW',
      token: 'deprecated',
      trigger_id: slack.triggers.issue(),
      team: { id: slack.teamId, domain: 'salesflow-test' },
      response_url: slack.responseUrl(`crash${n}`),
      container: {
        type: 'message',
        message_ts: '1700000000.000100',
        channel_id: 'C_SALES',
        is_ephemeral: false,
      },
      channel: { id: 'C_SALES', name: 'sales' },
      message: { type: 'message', ts: '1700000000.000100', text: 'request' },
      actions: [
        {
          block_id: 'b',
          type: 'button',
          action_id: ACTIONS.approvalApprove,
          value: `${step.requestId}:${step.revision}:${step.step}`,
          action_ts: '1773100800.000100',
        },
      ],
    };
    return sendSigned(
      `http://127.0.0.1:${child.port}/slack/events`,
      interactionBody(payload),
      'application/x-www-form-urlencoded',
    ).catch(() => ({ status: 0 })); // the process may die with the request in flight
  }

  /** The request as stored, and whether its rows agree with each other. */
  async function stateOf(requestId: number, leadId: number) {
    const { db } = database;
    const [request] = await db.select().from(approvalRequests).where(eq(approvalRequests.id, requestId));
    const steps = await db.select().from(approvalSteps).where(eq(approvalSteps.requestId, requestId));
    const decided = await db
      .select()
      .from(approvalEvents)
      .where(and(eq(approvalEvents.requestId, requestId), eq(approvalEvents.kind, 'approved')));
    const lead = await createLeadRepository({ db }).findById(slack.teamId, leadId);
    return { request, step: steps[0], decided, lead };
  }

  function expectConsistent(state: Awaited<ReturnType<typeof stateOf>>) {
    const approved = state.request?.status === 'approved';
    // All or nothing: the request, its step, its audit event and the lead move together.
    expect(state.step?.status).toBe(approved ? 'approved' : 'pending');
    expect(state.decided).toHaveLength(approved ? 1 : 0);
    expect(state.lead?.approvedDiscountPercent ?? null).toBe(approved ? 12 : null);
    if (approved) expect(state.step?.decidedByUserId).toBe('U_MGR');
  }

  it(`${CLICKS} Approve clicks, the process killed mid-flight, restarted and clicked again: exactly one decision`, async () => {
    const { db } = database;
    const teams = createTeamRepository({ db });
    slack.addChannel({ id: 'C_SALES', is_member: true });
    await teams.ensureTeam(slack.teamId);
    await teams.updateTeam(slack.teamId, { salesChannelId: 'C_SALES' });
    await teams.updateMember(slack.teamId, 'U_MGR', { role: 'manager' });
    await teams.updateMember(slack.teamId, 'U_REP', { role: 'rep', managerUserId: 'U_MGR' });
    const lead = await createLeadRepository({ db }).create(
      slack.teamId,
      'U_REP',
      {
        kind: 'company',
        companyName: 'Crash Test Co',
        contactName: 'Li',
        contactTitle: null,
        phone: null,
        email: null,
        industry: null,
        companySize: null,
        source: null,
        estimatedValue: 100000,
        currency: 'CNY',
        expectedCloseDate: null,
        intent: null,
        nextFollowUpOn: null,
        notes: null,
      },
      { actorUserId: 'U_REP', kind: 'created' },
    );
    const { request, steps } = await createApprovalRepository({ db }).createRequest({
      teamId: slack.teamId,
      leadId: lead.id,
      kind: 'discount',
      requesterUserId: 'U_REP',
      details: {
        kind: 'discount',
        percent: 12,
        targetPrice: null,
        listPrice: null,
        justification: 'Competitor',
        expiresOn: null,
      },
      steps: [{ role: 'manager', approverUserId: 'U_MGR' }],
      // A fixed instant: deciding does not depend on the request's age (it has no expiry date).
      now: new Date('2026-11-27T01:00:00Z'),
    });
    const step = steps[0] as ApprovalStep;

    const first = await start();
    const clicks = Array.from({ length: CLICKS }, (_, n) => approveClick(first, step, n));
    // Kill as soon as the first click is acknowledged: its decision (and the others') is under way.
    await Promise.race(clicks);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    await Promise.all(clicks);
    const atKill = await stateOf(request.id, lead.id);
    expectConsistent(atKill);

    const second = await start();
    const again = await Promise.all(
      Array.from({ length: 10 }, (_, n) => approveClick(second, step, CLICKS + n)),
    );
    expect(again.every((r) => r.status === 200)).toBe(true);
    const deadline = Date.now() + 10_000;
    let final = await stateOf(request.id, lead.id);
    while (final.request?.status !== 'approved' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      final = await stateOf(request.id, lead.id);
    }
    expect(final.request?.status).toBe('approved');
    expectConsistent(final);
    // Late clicks after the restart are told it was decided, not decided again.
    await slack.waitFor(() => slack.responses.filter((r) => /^crash(6\d)$/.test(r.id)).length >= 9, 10_000);
    await second.stop();
  }, 180_000);
});
