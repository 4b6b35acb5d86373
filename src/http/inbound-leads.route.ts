import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt/dist/receivers/custom-routes.js';
import type { AppDeps } from '../deps.js';
import { acceptInboundLead, type InboundLeadDeps } from '../features/inbound/accept-inbound-lead.js';
import { INBOUND_MAX_BODY_BYTES, type InboundAnswer } from '../features/inbound/inbound.types.js';
import { findDuplicateLeads } from '../features/leads/lead-duplicates.usecases.js';
import { inboundLeadAnnouncer } from '../slack/inbound/announce-inbound-lead.js';

export const INBOUND_LEADS_PATH = '/inbound/leads';
/** A client that has not sent its (small) body by then is cut off, so slow senders cannot hold connections. */
const BODY_TIMEOUT_MS = 10_000;

type BodyResult = { ok: true; text: string } | { ok: false; answer: InboundAnswer };

const refusal = (status: number, code: string, message: string): BodyResult => ({
  ok: false,
  answer: refusalAnswer(status, code, message),
});

/** The body as text, refusing it as soon as it passes the size limit (by its Content-Length, or while it streams). */
function readBody(req: IncomingMessage): Promise<BodyResult> {
  const tooLarge = refusal(
    413,
    'payload_too_large',
    `The body must be at most ${INBOUND_MAX_BODY_BYTES} bytes.`,
  );
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > INBOUND_MAX_BODY_BYTES) return Promise.resolve(tooLarge);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(
      () => finish(refusal(408, 'request_timeout', 'The body took too long to arrive.')),
      BODY_TIMEOUT_MS,
    );
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > INBOUND_MAX_BODY_BYTES) finish(tooLarge);
      else if (!settled) chunks.push(chunk);
    });
    req.on('end', () => finish({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', () => finish(refusal(400, 'bad_request', 'The body could not be read.')));
  });
}

function send(res: ServerResponse, answer: InboundAnswer, close = false): void {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (answer.retryAfterSeconds !== undefined) headers['retry-after'] = String(answer.retryAfterSeconds);
  if (answer.status === 401) headers['www-authenticate'] = 'Bearer';
  if (answer.replayed) headers['idempotent-replayed'] = 'true';
  // A refused body may still be arriving: close the connection rather than read the rest of it.
  if (close) headers.connection = 'close';
  res.writeHead(answer.status, headers);
  res.end(JSON.stringify(answer.body));
}

/**
 * `POST /inbound/leads` (README, "Leads from outside"): a Bolt custom route, so it is served by the same HTTP
 * server as Slack's events (HTTP mode) or the health check (Socket Mode). The rules are in acceptInboundLead.
 */
export function createInboundLeadsRoute(input: {
  deps: AppDeps;
  isReady: () => boolean;
  /** Another duplicate check (tests); by default the Duplicates feature's, as for leads typed into Slack. */
  checkDuplicates?: InboundLeadDeps['checkDuplicates'];
}): CustomRoute {
  const findDuplicates: InboundLeadDeps['checkDuplicates'] = async ({ teamId, ...candidate }) =>
    (await findDuplicateLeads({ leadDuplicates: input.deps.leadDuplicates, teamId, candidate })).matches.map(
      (match) => match.leadId,
    );
  const log = input.deps.logger.child({ source: 'inbound' });
  const deps: InboundLeadDeps = {
    ...input.deps,
    checkDuplicates: input.checkDuplicates ?? findDuplicates,
    announce: inboundLeadAnnouncer(input.deps),
    onAnnounceError: (err, lead) => log.error({ err, leadId: lead.id }, 'could not announce an inbound lead'),
  };
  return {
    path: INBOUND_LEADS_PATH,
    method: ['POST'],
    handler: async (req, res) => {
      try {
        if (!input.isReady()) {
          send(res, {
            status: 503,
            body: { error: { code: 'starting', message: 'Salesflow is starting; retry soon.' } },
          });
          return;
        }
        const type = String(req.headers['content-type'] ?? '')
          .split(';')[0]
          ?.trim()
          .toLowerCase();
        if (type !== 'application/json') {
          send(
            res,
            refusalAnswer(
              415,
              'unsupported_media_type',
              'Send the lead as JSON (Content-Type: application/json).',
            ),
            true,
          );
          return;
        }
        const body = await readBody(req);
        if (!body.ok) {
          send(res, body.answer, true);
          return;
        }
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.text);
        } catch {
          send(res, refusalAnswer(400, 'invalid_json', 'The body is not valid JSON.'));
          return;
        }
        const header = req.headers['idempotency-key'];
        const answer = await acceptInboundLead(deps, {
          authorization: req.headers.authorization,
          idempotencyKey: Array.isArray(header) ? header[0] : header,
          body: parsed,
        });
        if (answer.status >= 500 || answer.status === 429)
          log.warn({ status: answer.status }, 'inbound lead refused');
        send(res, answer);
      } catch (error) {
        log.error({ err: error }, 'inbound lead failed');
        if (!res.headersSent)
          send(
            res,
            refusalAnswer(
              503,
              'unavailable',
              'The lead could not be stored; retry with the same Idempotency-Key.',
            ),
          );
      }
    },
  };
}

function refusalAnswer(status: number, code: string, message: string): InboundAnswer {
  return { status, body: { error: { code, message } } };
}
