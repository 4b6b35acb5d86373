/**
 * trigger_ids as Slack hands them out (https://api.slack.com/docs/triggers): one per interaction, usable once,
 * for 3 seconds. views.open / views.push answer `invalid_trigger_id` for an id Slack never issued,
 * `exchanged_trigger_id` ("already exchanged in a previous call") for a used one and `expired_trigger_id` once
 * its 3 seconds are over (docs.slack.dev/reference/methods/views.open, views.push).
 *
 * Time is the fake's own clock, never the test's: by default it stands still, so a trigger expires only when a
 * test ages it (`advance`, `lateBy`); `followRealTime()` makes it follow the process's monotonic clock, for a
 * test whose point is how long the app really took.
 */
export const TRIGGER_LIFETIME_MS = 3000;

export type TriggerError = 'invalid_trigger_id' | 'exchanged_trigger_id' | 'expired_trigger_id';

interface Issued {
  issuedAt: number;
  used: boolean;
}

export class FakeTriggers {
  private readonly issued = new Map<string, Issued>();
  private manualNow = 0;
  private realTime = false;
  private lateByMs = 0;
  private sequence = 0;
  /** Each exchange: the trigger, how old it was (fake ms) and Slack's answer (undefined = accepted). */
  readonly exchanges: { triggerId: string; ageMs: number | undefined; error: TriggerError | undefined }[] =
    [];

  now(): number {
    return this.realTime ? performance.now() : this.manualNow;
  }

  /** A new trigger_id, issued now (the e2e harness puts one in every command, click, shortcut, submission). */
  issue(): string {
    const id = `${++this.sequence}.${Math.round(this.now())}.trigger`;
    this.issued.set(id, { issuedAt: this.now(), used: false });
    return id;
  }

  /** Moves the fake's clock on (manual mode): every outstanding trigger is `ms` older. */
  advance(ms: number): void {
    this.manualNow += ms;
  }

  /** The next exchange arrives `ms` after it was sent (the app was that slow): its trigger ages by `ms` first. */
  lateBy(ms: number): void {
    this.lateByMs += ms;
  }

  followRealTime(): void {
    this.realTime = true;
  }

  /** Uses `triggerId` for a views.open / views.push; the error Slack would answer, or undefined when accepted. */
  exchange(triggerId: unknown): TriggerError | undefined {
    if (this.lateByMs > 0) {
      this.advance(this.lateByMs);
      this.lateByMs = 0;
    }
    const id = String(triggerId ?? '');
    const trigger = this.issued.get(id);
    const ageMs = trigger ? this.now() - trigger.issuedAt : undefined;
    const error = !trigger
      ? 'invalid_trigger_id'
      : trigger.used
        ? 'exchanged_trigger_id'
        : (ageMs ?? 0) > TRIGGER_LIFETIME_MS
          ? 'expired_trigger_id'
          : undefined;
    if (trigger && !error) trigger.used = true;
    this.exchanges.push({ triggerId: id, ageMs, error });
    return error;
  }
}
