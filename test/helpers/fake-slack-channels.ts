/*
 * Which conversations the bot may post into, as Slack decides it (docs.slack.dev/reference/methods/
 * chat.postMessage, chat.update, files.completeUploadExternal, conversations.history): a DM with a user always;
 * a channel only while the bot is a member. A public channel the bot is not in answers `not_in_channel` (the
 * bot may `conversations.join` it with channels:join); a private one it was not invited to is invisible to it,
 * `channel_not_found`; an archived one `is_archived`.
 *
 * A channel id a test never declared is a public channel the bot is NOT in: a test that wants posts to land
 * says so (`slack.addChannel({ id, is_member: true })`), or lets the app join it. Ids starting with `CGONE` are
 * channels that no longer exist.
 */

/** What the fake knows of a channel that decides whether the bot may post in it (fake-slack.ts SlackChannel). */
export interface ChannelMembership {
  is_private?: boolean;
  is_archived?: boolean;
  is_member?: boolean;
}

/** Methods whose target conversation must be one the bot is in, and the argument naming it. */
export const MEMBERSHIP_METHODS: Record<string, (args: Record<string, unknown>) => string[]> = {
  'chat.postMessage': (args) => [String(args.channel ?? '')],
  'chat.update': (args) => [String(args.channel ?? '')],
  'chat.delete': (args) => [String(args.channel ?? '')],
  'reactions.add': (args) => [String(args.channel ?? '')],
  'conversations.history': (args) => [String(args.channel ?? '')],
  'files.completeUploadExternal': (args) =>
    [args.channel_id, ...String(args.channels ?? '').split(',')]
      .map((id) => String(id ?? '').trim())
      .filter((id) => id.length > 0 && id !== 'undefined'),
};

/** True for a user id or a DM id: the bot can always write to a user. */
function isDirect(conversation: string): boolean {
  return /^[UWD]/.test(conversation);
}

/** The error Slack answers when the bot cannot reach `conversation`, or undefined when it can. */
export function refusalFor(
  channels: Map<string, ChannelMembership>,
  conversation: string,
): 'not_in_channel' | 'channel_not_found' | 'is_archived' | undefined {
  if (isDirect(conversation)) return undefined;
  if (conversation.startsWith('CGONE')) return 'channel_not_found';
  const known = channels.get(conversation);
  if (known?.is_member) return known.is_archived ? 'is_archived' : undefined;
  if (known?.is_private) return 'channel_not_found';
  if (known?.is_archived) return 'is_archived';
  return 'not_in_channel';
}

/** The first refusal among the conversations `method` writes to (undefined: the call may go ahead). */
export function membershipRefusal(
  channels: Map<string, ChannelMembership>,
  method: string,
  args: Record<string, unknown>,
): string | undefined {
  const targets = MEMBERSHIP_METHODS[method]?.(args) ?? [];
  for (const target of targets) {
    const refusal = refusalFor(channels, target);
    if (refusal) return refusal;
  }
  return undefined;
}
