import type { Refusal } from './fake-slack-blocks.js';

/**
 * The views and response_urls the fake Slack knows, so it can refuse what Slack refuses:
 * - views.update / views.publish with a `hash` that is not the view's current one answer `hash_conflict`; a
 *   `view_id` (or `external_id`) that is not open answers `not_found` (reference/methods/views.update). Every
 *   open, push, update and publish gives the view a new hash.
 * - A response_url takes at most five posts within 30 minutes of the interaction (interactivity/handling-user-
 *   interaction, "message responses"); past five Slack answers HTTP 404 `used_url`, past 30 minutes 404
 *   `expired_url`, as incoming webhooks answer their errors (plain text, not JSON).
 */

export interface OpenView {
  id: string;
  hash: string;
  view: Record<string, unknown>;
  externalId?: string;
  /** Home tabs: the user it is published for. */
  userId?: string;
}

export const RESPONSE_URL_USES = 5;
export const RESPONSE_URL_LIFETIME_MS = 30 * 60_000;

export class ViewRegistry {
  private readonly views = new Map<string, OpenView>();
  private sequence = 0;

  get(id: string): OpenView | undefined {
    return this.views.get(id);
  }

  private nextHash(): string {
    return `h${++this.sequence}`;
  }

  /** views.open / views.push: a new view with its first hash. */
  open(view: Record<string, unknown>): OpenView {
    const id = `V${String(++this.sequence).padStart(8, '0')}`;
    const opened: OpenView = { id, hash: this.nextHash(), view };
    if (typeof view.external_id === 'string') opened.externalId = view.external_id;
    this.views.set(id, opened);
    return opened;
  }

  /** A view Slack shows to the app (a submission, a click in a modal) is open; keep the hash it came with. */
  know(id: string, view: Record<string, unknown>, hash?: string): OpenView {
    const known = this.views.get(id);
    if (known) return known;
    const opened: OpenView = { id, hash: hash ?? this.nextHash(), view };
    this.views.set(id, opened);
    return opened;
  }

  /** views.update: by view_id or external_id, refused when not open or when `hash` is stale. */
  update(
    target: { viewId?: string; externalId?: string; hash?: string },
    view: Record<string, unknown>,
  ): OpenView | Refusal {
    const current = target.viewId
      ? this.views.get(target.viewId)
      : [...this.views.values()].find((open) => open.externalId === target.externalId);
    if (!current) return { error: 'not_found' };
    if (target.hash && target.hash !== current.hash) return { error: 'hash_conflict' };
    current.view = view;
    current.hash = this.nextHash();
    return current;
  }

  /** views.publish: the user's Home tab, created on first publish. */
  publish(userId: string, view: Record<string, unknown>, hash?: string): OpenView | Refusal {
    const current = [...this.views.values()].find((open) => open.userId === userId);
    if (!current) {
      const opened = this.open(view);
      opened.userId = userId;
      return opened;
    }
    if (hash && hash !== current.hash) return { error: 'hash_conflict' };
    current.view = view;
    current.hash = this.nextHash();
    return current;
  }

  /** The modal is gone (closed by the user, or by an ack that cleared or did not update it). */
  close(id: string): void {
    this.views.delete(id);
  }
}

export class ResponseUrls {
  private readonly issued = new Map<string, { at: number; uses: number }>();

  constructor(private readonly now: () => number) {}

  /** Slack hands out a response_url with an interaction: its 30 minutes start now. */
  issue(id: string): void {
    if (!this.issued.has(id)) this.issued.set(id, { at: this.now(), uses: 0 });
  }

  /** Takes one use, or says why Slack refuses the post. */
  use(id: string): 'used_url' | 'expired_url' | undefined {
    this.issue(id);
    const url = this.issued.get(id) as { at: number; uses: number };
    if (this.now() - url.at > RESPONSE_URL_LIFETIME_MS) return 'expired_url';
    if (url.uses >= RESPONSE_URL_USES) return 'used_url';
    url.uses += 1;
    return undefined;
  }
}
