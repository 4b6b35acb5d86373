import { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../src/deps.js';
import type { Role } from '../../src/features/team/team.types.js';
import { createOutboxWorker } from '../../src/jobs/outbox.js';
import { createScheduler } from '../../src/jobs/scheduler.js';
import type { ScheduledTask } from '../../src/jobs/scheduler.types.js';
import { createFollowUpReminderTask } from '../../src/jobs/tasks/follow-up-reminders.task.js';
import { createTargetTasks } from '../../src/jobs/tasks/targets.tasks.js';
import type { fixedClock } from '../../src/lib/clock.js';
import type { TestApp } from '../helpers/e2e.js';
import { FakeSlack } from '../helpers/fake-slack.js';

let sequence = 0;

/** A member of `teamId` as the app knows them after their first request, with a role and a language. */
export async function member(
  deps: AppDeps,
  input: {
    teamId: string;
    userId: string;
    timezone: string;
    role?: Role;
    manager?: string;
    language?: 'en' | 'zh-CN';
    teamTimezone?: string;
    workingDays?: number[];
    channel?: string;
  },
) {
  await deps.teams.ensureTeam(input.teamId);
  await deps.teams.updateTeam(input.teamId, {
    timezone: input.teamTimezone ?? 'UTC',
    workingDays: input.workingDays ?? [1, 2, 3, 4, 5],
    ...(input.channel ? { salesChannelId: input.channel } : {}),
  });
  await deps.teams.saveProfile(
    input.teamId,
    input.userId,
    { displayName: input.userId, locale: 'en-US', timezone: input.timezone, isWorkspaceAdmin: false },
    deps.clock.now(),
  );
  await deps.teams.updateMember(input.teamId, input.userId, {
    role: input.role ?? 'rep',
    managerUserId: input.manager ?? null,
    language: input.language ?? null,
  });
}

export async function lead(
  deps: AppDeps,
  teamId: string,
  owner: string,
  nextFollowUpOn: string | null,
  at: Date,
) {
  return deps.leads.create(
    teamId,
    owner,
    {
      kind: 'company',
      companyName: `Company ${++sequence}`,
      contactName: 'Li Lei',
      contactTitle: null,
      phone: null,
      email: null,
      industry: null,
      companySize: null,
      source: null,
      estimatedValue: null,
      currency: null,
      expectedCloseDate: null,
      intent: null,
      nextFollowUpOn,
      notes: null,
    },
    { actorUserId: owner, kind: 'created', occurredAt: at },
  );
}

/** One scheduler (the morning DM and the targets tasks by default) and one outbox worker on `app`. */
export function instance(
  app: TestApp,
  clock: ReturnType<typeof fixedClock>,
  id: string,
  tasks: ScheduledTask[] = [createFollowUpReminderTask(app.deps), ...createTargetTasks(app.deps)],
) {
  const scheduler = createScheduler({ deps: app.deps, tasks, instanceId: id });
  const worker = createOutboxWorker({
    deps: app.deps,
    client: new WebClient(FakeSlack.botToken, {
      slackApiUrl: app.slack.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    }),
    options: { backoffBaseMs: 0 },
  });
  return {
    /** One scheduler tick at `iso`, then send what it enqueued. */
    async at(iso: string) {
      clock.set(new Date(iso));
      await scheduler.tick(new Date(iso));
      for (let pass = 0; pass < 5; pass++) if ((await worker.drainUntilIdle()).claimed === 0) break;
    },
  };
}

export const dmsTo = (app: TestApp, userId: string) =>
  app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === userId);

export const textOf = (call: { args: Record<string, unknown> } | undefined) =>
  JSON.stringify([call?.args.text, call?.args.blocks]);
