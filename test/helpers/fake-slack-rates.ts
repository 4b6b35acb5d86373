/**
 * Slack's Web API rate limits for the fake Slack (docs.slack.dev/apis/web-api/rate-limits): each method has a
 * tier, counted per workspace and per method, with short bursts allowed; past it Slack answers HTTP 429,
 * `{ ok: false, error: 'ratelimited' }` and `Retry-After` in whole seconds. A token bucket per method holds a
 * minute's allowance (the burst) and refills at the tier's rate.
 *
 * Tiers (per minute): 1 = 1+, 2 = 20+, 3 = 50+, 4 = 100+. Each method's tier is the one its reference page lists.
 * chat.postMessage is "special": about one message per second per channel, with bursts (`PostingLimits` in
 * fake-slack.ts); chat.getPermalink and auth.test are special too, generous, and counted as tier 4 here.
 */

export const TIER_PER_MINUTE = { 1: 1, 2: 20, 3: 50, 4: 100 } as const;
export type Tier = keyof typeof TIER_PER_MINUTE;

export const METHOD_TIERS: Record<string, Tier> = {
  'auth.test': 4,
  'chat.delete': 3,
  'chat.getPermalink': 4,
  'chat.postEphemeral': 4,
  'chat.scheduleMessage': 3,
  'chat.update': 3,
  'conversations.history': 3,
  'conversations.info': 3,
  'conversations.join': 3,
  'conversations.open': 3,
  'files.completeUploadExternal': 4,
  'files.getUploadURLExternal': 4,
  'files.info': 4,
  'users.info': 4,
  'users.lookupByEmail': 3,
  'views.open': 4,
  'views.publish': 4,
  'views.push': 4,
  'views.update': 4,
};

/**
 * Per-minute allowance by method, and optionally a smaller burst (by default a minute's worth), so a test can
 * reach a limit with two calls and wait only a second.
 */
export type MethodRates = Record<string, number | { perMinute: number; burst: number }>;

export class MethodRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  /** 429 answers given, by method. */
  readonly refused = new Map<string, number>();

  constructor(
    private readonly perMinute: MethodRates,
    private readonly now: () => number,
  ) {}

  /** Slack's published allowance for every tiered method, with `overrides` on top. */
  static tiers(overrides: MethodRates = {}): MethodRates {
    const rates: MethodRates = {};
    for (const [method, tier] of Object.entries(METHOD_TIERS)) rates[method] = TIER_PER_MINUTE[tier];
    return { ...rates, ...overrides };
  }

  /** 0 when a call to `method` fits now (and takes its place), else the milliseconds until it would. */
  waitMs(method: string): number {
    const rate = this.perMinute[method];
    if (!rate) return 0;
    const { perMinute, burst } = typeof rate === 'number' ? { perMinute: rate, burst: rate } : rate;
    const now = this.now();
    const bucket = this.buckets.get(method) ?? { tokens: burst, at: now };
    const perMs = perMinute / 60_000;
    bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.buckets.set(method, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    this.refused.set(method, (this.refused.get(method) ?? 0) + 1);
    return (1 - bucket.tokens) / perMs;
  }
}
