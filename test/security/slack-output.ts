import type { RecordedCall, ResponseUrlPost } from '../helpers/fake-slack.js';
import { slackLimitViolations } from '../helpers/view-limits.js';

type Json = Record<string, unknown>;

/** Every string Slack renders as mrkdwn: a message's `text` and each `{ type: 'mrkdwn', text }` object. */
export function mrkdwnTexts(message: Json): string[] {
  const found: string[] = typeof message.text === 'string' ? [message.text] : [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const object = node as Json;
      if (object.type === 'mrkdwn' && typeof object.text === 'string') found.push(object.text);
      for (const value of Object.values(object)) walk(value);
    }
  };
  walk(message.blocks);
  walk(message.view);
  return found;
}

/**
 * The live tokens in what the app sent that no one but the app may write: `<!channel>`, `<!here>`, `<!subteam^…>`,
 * mentions `<@U…>` and channel links `<#C…>` of ids not in `ownIds`, and anything carrying the fuzzer's
 * marker (`FUZZ`, `evil`), such as a link. Dates (`<!date^…>`) are harmless.
 */
export function liveTokens(message: Json, ownIds: ReadonlySet<string>): string[] {
  return mrkdwnTexts(message).flatMap((text) =>
    [...text.matchAll(/<[^>]*>/g)]
      .map((m) => m[0])
      .filter((token) => {
        if (/FUZZ|evil/.test(token)) return true;
        if (token.startsWith('<!')) return !token.startsWith('<!date^');
        const id = /^<[@#]([A-Z0-9_]+)(\|[^>]*)?>$/.exec(token)?.[1];
        if (/^<[@#]/.test(token)) return !(id && ownIds.has(id));
        return false;
      }),
  );
}

/** A Slack Web API call or response_url post, as the surface it renders (message or modal), if it renders one. */
export function surfaces(
  calls: RecordedCall[],
  responses: ResponseUrlPost[],
): { where: string; kind: 'message' | 'modal'; body: Json }[] {
  const out: { where: string; kind: 'message' | 'modal'; body: Json }[] = [];
  for (const call of calls) {
    if (['chat.postMessage', 'chat.postEphemeral', 'chat.update'].includes(call.method))
      out.push({ where: call.method, kind: 'message', body: call.args });
    if (['views.open', 'views.push', 'views.update'].includes(call.method))
      out.push({ where: call.method, kind: 'modal', body: (call.args.view ?? {}) as Json });
    if (call.method === 'views.publish')
      out.push({ where: call.method, kind: 'modal', body: { blocks: (call.args.view as Json)?.blocks } });
  }
  for (const response of responses) out.push({ where: 'response_url', kind: 'message', body: response.body });
  return out;
}

/** Problems with what the app sent: live tokens from user text, or Slack size limits broken. */
export function outputProblems(
  calls: RecordedCall[],
  responses: ResponseUrlPost[],
  ownIds: ReadonlySet<string>,
): string[] {
  return surfaces(calls, responses).flatMap(({ where, kind, body }) => [
    ...liveTokens(body, ownIds).map((token) => `${where}: live token ${token}`),
    ...slackLimitViolations(body, kind).map((problem) => `${where}: ${problem}`),
  ]);
}
