import { parseUserMention } from '../team/salesflow-command-parser.js';

/*
 * The words of the handover and inbound commands. Mentions arrive escaped (`<@U123|name>`): the manifest sets
 * `should_escape: true`. Anything malformed is `undefined`, answered with the usage.
 */

const tokens = (text: string) => text.split(/[\s\u3000]+/).filter(Boolean);

/** `/lead #42 owner @user` (also `负责人`, `转交给`): the lead and its new owner. */
export function parseOwnerCommand(text: string): { leadId: number; toUserId: string } | undefined {
  const [lead, word, user, ...rest] = tokens(text);
  const leadId = /^#(\d{1,15})$/.exec(lead ?? '')?.[1];
  const toUserId = parseUserMention(user);
  if (!leadId || !toUserId || rest.length > 0) return undefined;
  return ['owner', '负责人', '转交给', '转交'].includes((word ?? '').toLowerCase())
    ? { leadId: Number(leadId), toUserId }
    : undefined;
}

/** `/salesflow handover @from @to`. */
export function parseHandoverArgs(args: string): { fromUserId: string; toUserId: string } | undefined {
  const [from, to, ...rest] = tokens(args);
  const fromUserId = parseUserMention(from);
  const toUserId = parseUserMention(to);
  return fromUserId && toUserId && rest.length === 0 ? { fromUserId, toUserId } : undefined;
}

export type InboundArgs =
  | { kind: 'status' }
  | { kind: 'new' }
  | { kind: 'off' }
  | { kind: 'pool'; userIds: string[] };

/** `/salesflow inbound [new|rotate|off|pool @a @b …|pool none]`. */
export function parseInboundArgs(args: string): InboundArgs | undefined {
  const [word = '', ...rest] = tokens(args);
  switch (word.toLowerCase()) {
    case '':
    case 'status':
      return rest.length === 0 ? { kind: 'status' } : undefined;
    case 'new':
    case 'rotate':
      return rest.length === 0 ? { kind: 'new' } : undefined;
    case 'off':
      return rest.length === 0 ? { kind: 'off' } : undefined;
    case 'pool': {
      if (rest.length === 1 && ['none', '-', '无'].includes(rest[0]?.toLowerCase() ?? ''))
        return { kind: 'pool', userIds: [] };
      const userIds = rest.map(parseUserMention);
      return userIds.length > 0 && userIds.every(Boolean)
        ? { kind: 'pool', userIds: userIds as string[] }
        : undefined;
    }
    default:
      return undefined;
  }
}

/** The value both preview buttons carry: who to whom (authorization is decided again on the click). */
export function encodeHandoverValue(value: { fromUserId: string; toUserId: string }): string {
  return `${value.fromUserId}>${value.toUserId}`;
}

export function decodeHandoverValue(
  raw: string | undefined,
): { fromUserId: string; toUserId: string } | undefined {
  const match = /^([UW][A-Z0-9_]+)>([UW][A-Z0-9_]+)$/.exec(raw ?? '');
  return match?.[1] && match[2] ? { fromUserId: match[1], toUserId: match[2] } : undefined;
}
