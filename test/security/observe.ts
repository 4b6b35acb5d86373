import { sql } from 'drizzle-orm';
import { en } from '../../src/i18n/catalog/en/index.js';
import type { SubmitOutcome, TestApp } from '../helpers/e2e.js';

/** What a request left behind: the private reply or modal answer the user got, and every new Slack call. */
export interface Seen {
  /**
   * What the user was told: for a modal submission its field errors or the notice the modal came back with
   * (or its confirmation); for a command or click the response_url post(s).
   */
  reply: unknown;
  calls: { method: string; args: Record<string, unknown> }[];
}

export type Trigger = () => Promise<{
  responseId?: string;
  json?: unknown;
  outcome?: SubmitOutcome;
  viewId?: string;
  /**
   * A click on App Home carries no response_url (Slack sends none from a Home tab): its private answer is a DM
   * to this user, counted as the reply rather than as a call.
   */
  privateDmTo?: string;
}>;

/** A submission's answer, without the form it may have come back with (that is the user's own input). */
function submissionReply(outcome: SubmitOutcome): unknown {
  if (outcome.kind === 'refused') return { refused: outcome.notice };
  return outcome;
}

/** Calls that are bookkeeping, not an answer: the caller's profile lookup. */
const QUIET = new Set(['users.info']);

/**
 * Runs `trigger` and waits for its answer: the ack JSON of a submission, or the response_url post of a
 * command or click. Then gives stray work a moment to show itself, so "nothing else happened" means something.
 */
export async function observe(app: TestApp, trigger: Trigger, settleMs = 80): Promise<Seen> {
  const callsBefore = app.slack.calls.length;
  const result = await trigger();
  const id = result.responseId;
  if (result.outcome === undefined && id !== undefined)
    // The answer is a private reply, or (when allowed) a modal, a message or a file: whichever comes first.
    await app.slack.waitFor(
      () =>
        app.slack.responses.some((r) => r.id === id) ||
        app.slack.calls.slice(callsBefore).some((call) => !QUIET.has(call.method)),
    );
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const reply = result.outcome
    ? submissionReply(result.outcome)
    : id === undefined
      ? (result.json ?? null)
      : app.slack.responses.filter((r) => r.id === id).map((r) => r.body);
  // Updating the submitted modal itself is its answer, not a call of its own.
  const answersTheModal = (call: { method: string; args: Record<string, unknown> }) =>
    call.method === 'views.update' && result.viewId !== undefined && call.args.view_id === result.viewId;
  const isPrivateDm = (call: { method: string; args: Record<string, unknown> }) =>
    result.privateDmTo !== undefined &&
    call.method === 'chat.postMessage' &&
    call.args.channel === result.privateDmTo;
  const made = app.slack.calls
    .slice(callsBefore)
    .filter((call) => !QUIET.has(call.method) && !answersTheModal(call))
    .map(({ method, args }) => ({ method, args }));
  const dms = made.filter(isPrivateDm).map((call) => ({ text: call.args.text, blocks: call.args.blocks }));
  const calls = made.filter((call) => !isPrivateDm(call));
  return { reply: dms.length ? [...(Array.isArray(reply) ? reply : []), ...dms] : reply, calls };
}

const TABLES = [
  'teams',
  'members',
  'leads',
  'activities',
  'needs_answers',
  'needs_competitors',
  'needs_questions',
  'approval_policies',
  'approval_requests',
  'approval_steps',
  'approval_events',
  'inbound_sources',
  'outbox',
  'scheduled_runs',
  'finance_policies',
  'commission_plans',
  'contract_counters',
  'contracts',
  'contract_installments',
  'contract_payments',
  'payment_allocations',
  'contract_invoices',
  'commission_entries',
  'commission_sheets',
  'ledger_events',
  'targets',
  'target_milestones',
  'target_settings',
  'daily_plans',
  'member_day_preferences',
  'quotes',
  'quote_lines',
  'quote_versions',
  'quote_counters',
  'team_logos',
  'contract_lines',
  'products',
  'price_lists',
  'price_list_items',
  'lead_imports',
  'customers',
  'customer_contacts',
  'customer_merges',
  'service_requests',
  'service_events',
  'service_policies',
  'home_views',
  'revisits',
];

/**
 * Every business table's rows of the app's own team (processed_events is Slack's delivery bookkeeping, not
 * data). Another workspace's admin may of course change their own workspace's settings.
 */
export async function snapshot(app: TestApp): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const table of TABLES) {
    // A digest of the rows, not the rows: cheap to compare on every cell; a mismatch names the table.
    const result = (await app.deps.db.execute(
      sql.raw(`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest
               from ${table} t where t.team_id = '${app.teamId}'`),
    )) as unknown as { rows: { n: number; digest: string }[] };
    out[table] = result.rows[0];
  }
  return out;
}

/** Waits until the app has made no Slack call for `quietMs` (work left over from setting a case up). */
export async function quiesce(app: TestApp, quietMs = 100): Promise<void> {
  for (;;) {
    const count = app.slack.calls.length + app.slack.responses.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    if (app.slack.calls.length + app.slack.responses.length === count) return;
  }
}

/** JSON of `value` with each term replaced by `S`, then every standalone id by `N`, to compare two answers. */
export function normalized(value: unknown, ids: number[], terms: string[] = []): string {
  let text = JSON.stringify(value);
  for (const term of terms) text = text.replaceAll(term, 'S');
  for (const id of ids) text = text.replace(new RegExp(`(?<![0-9])${id}(?![0-9])`, 'g'), 'N');
  return text;
}

/** Every piece of text in a reply: response_url bodies' `text` and blocks, a refused modal's notice, field errors. */
export function replyTexts(reply: unknown): string[] {
  if (typeof reply === 'string') return reply.trim() ? [reply] : [];
  if (Array.isArray(reply)) return reply.flatMap(replyTexts);
  if (reply && typeof reply === 'object')
    return Object.entries(reply).flatMap(([key, value]) =>
      [
        'response_type',
        'replace_original',
        'delete_original',
        'type',
        'kind',
        'block_id',
        'action_id',
      ].includes(key)
        ? []
        : replyTexts(value),
    );
  return [];
}

const REFUSAL_KEY = /error|notAllowed|notFound|notAdmin|notEditable|readOnly|stageNotAllowed/;

/**
 * The catalog's refusals as patterns (placeholders match anything), so a test can ask "was the user told a
 * refusal?" rather than "was anything at all answered?": an empty list or an empty notice is not an answer.
 */
export const REFUSAL_PATTERNS: RegExp[] = Object.entries(en)
  .filter(([key, template]) => REFUSAL_KEY.test(key) && template.replace(/\{\w+\}/g, '').trim().length > 0)
  .map(([, template]) => {
    const parts = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(parts.join('[\\s\\S]*?'));
  });

/** The reply's texts that say one of the catalog's refusals. */
export function refusalsIn(reply: unknown): string[] {
  return replyTexts(reply).filter((text) => REFUSAL_PATTERNS.some((pattern) => pattern.test(text)));
}
