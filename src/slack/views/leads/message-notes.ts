import { MAX_NOTES_LENGTH } from '../../../features/leads/lead-input.js';
import type { Translate } from '../../../i18n/index.js';
import { fitSlackLimit } from '../../mrkdwn.js';

/** Slack sends message text with `&`, `<`, `>` as entities; the notes field holds what the person typed. */
export function decodeSlackEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * The new-lead notes for "Create lead from message": the message text, then a line with its permalink, cut so
 * the whole fits the notes field (the link line is kept whole). Shown later through `escapeMrkdwn`, so a
 * `<!channel>` in the message never pings anyone.
 */
export function notesFromMessage(text: string, permalink: string | undefined, t: Translate): string {
  const link = permalink ? t('leads.field.notesFromMessage', { link: permalink }) : '';
  const body = decodeSlackEntities(text).trim();
  if (!link) return fitSlackLimit(body, MAX_NOTES_LENGTH);
  if (!body) return link;
  const room = MAX_NOTES_LENGTH - link.length - 2;
  return `${fitSlackLimit(body, Math.max(room, 1))}\n\n${link}`;
}
