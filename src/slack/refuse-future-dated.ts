import type { HTTPReceiver } from '@slack/bolt';

/** Slack's rule: a request whose timestamp is more than five minutes from our clock may be a replay. */
const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/**
 * Bolt's verifier refuses requests signed more than five minutes ago, but accepts any timestamp in the future,
 * which would let a captured request be replayed for as long as its date lies ahead. This closes the window
 * on that side too, with the same 401 (no body) Bolt gives every other unverifiable request.
 */
export function refuseFutureDatedRequests(
  receiver: HTTPReceiver,
  nowMs: () => number = Date.now,
): HTTPReceiver {
  const handle = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    if (Number.isFinite(timestamp) && timestamp - nowMs() / 1000 > MAX_CLOCK_SKEW_SECONDS) {
      res.writeHead(401).end();
      return;
    }
    handle(req, res);
  };
  return receiver;
}
