/**
 * Escapes user text for Slack `mrkdwn`: `<!channel>`, `<@U123>` and links only work when written with `<` and `>`,
 * so escaping those (and `&`) makes any user text inert. Slack shows the escaped entities as the original text.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts `text` to at most `max` characters (counting code points, so emoji are never split), adding `…`. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Cuts to `max` UTF-16 units, the way Slack counts text limits, without splitting a surrogate pair. */
export function fitSlackLimit(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

export const userMention = (userId: string) => `<@${userId}>`;
export const channelMention = (channelId: string) => `<#${channelId}>`;

/** Slack renders `<!date^…>` in each reader's own time zone and locale. */
export function slackDate(date: Date, fallback: string, format = '{date_short_pretty} {time}'): string {
  return `<!date^${Math.floor(date.getTime() / 1000)}^${format}|${fallback}>`;
}
