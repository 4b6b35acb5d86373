import { and, desc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { approvalRequests } from '../../src/db/schema/index.js';
import type { ApprovalStep } from '../../src/features/approvals/approvals.types.js';
import type { Lead } from '../../src/features/leads/leads.types.js';
import type { Role } from '../../src/features/team/team.types.js';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import type { TestApp } from '../helpers/e2e.js';

export const SALES_CHANNEL = 'C_SALES';
export const THREAD_TS = '1700000000.000100';

/** A small sales org: rep → manager → director, a finance user, an admin, a peer, an unrelated manager. */
export const ORG: { id: string; role: Role; manager?: string; locale?: string }[] = [
  { id: 'U_REP', role: 'rep', manager: 'U_MGR' },
  { id: 'U_PEER', role: 'rep', manager: 'U_MGR' },
  { id: 'U_ZH', role: 'rep', manager: 'U_MGR', locale: 'zh-CN' },
  { id: 'U_MGR', role: 'manager', manager: 'U_DIR' },
  { id: 'U_DIR', role: 'director' },
  { id: 'U_FIN', role: 'finance' },
  { id: 'U_ADMIN', role: 'admin' },
  { id: 'U_OTHERMGR', role: 'manager', manager: 'U_DIR2' },
  { id: 'U_DIR2', role: 'director' },
  { id: 'U_DEL', role: 'manager' },
  { id: 'U_LONE', role: 'rep' },
];

export async function setUpOrg(app: TestApp): Promise<void> {
  for (const user of ORG) {
    app.addUser({ id: user.id, locale: user.locale ?? 'en-US', tz: 'Asia/Shanghai' });
    await app.deps.teams.updateMember(app.teamId, user.id, {
      role: user.role,
      managerUserId: user.manager ?? null,
    });
  }
  // The bot was invited to the sales channel (without it, posts there answer not_in_channel).
  app.slack.addChannel({ id: SALES_CHANNEL, is_member: true });
  await app.deps.teams.ensureTeam(app.teamId);
  await app.deps.teams.updateTeam(app.teamId, { salesChannelId: SALES_CHANNEL, timezone: 'Asia/Shanghai' });
}

let leadCount = 0;
export async function createLead(app: TestApp, owner = 'U_REP', company?: string): Promise<Lead> {
  leadCount += 1;
  const lead = await app.deps.leads.create(
    app.teamId,
    owner,
    {
      kind: 'company',
      companyName: company ?? `Deal Co ${leadCount}`,
      contactName: 'Li Lei',
      contactTitle: null,
      phone: null,
      email: null,
      industry: null,
      companySize: null,
      source: null,
      estimatedValue: 200000,
      currency: 'CNY',
      expectedCloseDate: null,
      intent: null,
      nextFollowUpOn: null,
      notes: null,
    },
    { actorUserId: owner, kind: 'created' },
  );
  await app.deps.leads.setThread(app.teamId, lead.id, SALES_CHANNEL, THREAD_TS);
  return lead;
}

export async function eventually<T>(
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting for the expected state');
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

export async function requestOf(app: TestApp, leadId: number) {
  const [request] = await app.deps.db
    .select()
    .from(approvalRequests)
    .where(and(eq(approvalRequests.teamId, app.teamId), eq(approvalRequests.leadId, leadId)))
    .orderBy(desc(approvalRequests.id))
    .limit(1);
  return request;
}

/** `/discount #id percent`, then submit the modal with a justification. */
export async function requestDiscount(
  app: TestApp,
  user: string,
  leadId: number,
  percent: string,
  extra: Record<string, string | null> = {},
) {
  const view = await app.viewFrom(() => app.command(user, COMMANDS.discount, `#${leadId} ${percent}`));
  const saved = await app.submit(user, view, { [BLOCKS.justification]: 'Competitor quoted lower', ...extra });
  return { view, saved };
}

export async function requestContract(
  app: TestApp,
  user: string,
  leadId: number,
  values: Record<string, string>,
) {
  const view = await app.viewFrom(() => app.command(user, COMMANDS.contract, `#${leadId}`));
  const saved = await app.submit(user, view, values);
  return { view, saved };
}

/** The step now waiting, once its message has been posted. */
export async function waitingStep(app: TestApp, leadId: number, step: number): Promise<ApprovalStep> {
  return eventually(async () => {
    const request = await requestOf(app, leadId);
    if (request?.status !== 'pending' || request.currentStep !== step) return undefined;
    const steps = await app.deps.approvals.listSteps(app.teamId, request.id, request.revision);
    const current = steps.find((s) => s.step === step);
    return current?.messageTs ? current : undefined;
  });
}

export const buttonValue = (step: ApprovalStep) => `${step.requestId}:${step.revision}:${step.step}`;

export async function click(
  app: TestApp,
  user: string,
  actionId: string,
  step: ApprovalStep,
  teamId?: string,
) {
  return app.action(
    user,
    { action_id: actionId, value: buttonValue(step) },
    {
      channelId: step.messageChannelId ?? SALES_CHANNEL,
      messageTs: step.messageTs ?? THREAD_TS,
      ...(teamId ? { teamId } : {}),
    },
  );
}

export async function approve(app: TestApp, user: string, step: ApprovalStep) {
  const before = app.slack.callsTo('chat.update').length;
  await click(app, user, ACTIONS.approvalApprove, step);
  await app.slack.waitFor(() => app.slack.callsTo('chat.update').length > before);
}

export function privateReply(app: TestApp, responseId: string) {
  return app.slack.waitFor(() => app.slack.responses.find((r) => r.id === responseId));
}

export function dmsTo(app: TestApp, userId: string): string[] {
  return app.slack
    .callsTo('chat.postMessage')
    .filter((call) => call.args.channel === userId)
    .map((call) => String(call.args.text));
}

export function hasButtons(blocks: unknown): boolean {
  return JSON.stringify(blocks ?? []).includes(ACTIONS.approvalApprove);
}

/** The file inside an upload: the Web API client posts it as multipart/form-data to the upload URL. */
export function uploadedFile(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  const boundary = text.slice(0, text.indexOf('\r\n'));
  if (!boundary.startsWith('--')) return text;
  const part = text.split(boundary).find((chunk) => chunk.includes('filename='));
  if (!part) return '';
  const body = part.slice(part.indexOf('\r\n\r\n') + 4);
  return body.endsWith('\r\n') ? body.slice(0, -2) : body;
}

export { expect };
