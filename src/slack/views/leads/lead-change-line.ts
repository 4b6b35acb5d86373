import { followUpText, type LeadChange } from '../../../features/leads/lead-progress.usecases.js';
import type { Lead } from '../../../features/leads/leads.types.js';
import type { Locale, MessageKey, Translate } from '../../../i18n/index.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, fitSlackLimit, truncate, userMention } from '../../mrkdwn.js';
import { moneyLabel, stageLabel } from './lead-format.js';

const NOTE_PREVIEW = 300;

/**
 * The one-line note posted in the lead's thread after a change ("<@U1> moved Acme from Proposal to
 * Negotiation"). mrkdwn: the company and notes are user text, escaped here.
 */
export function describeLeadChange(input: {
  change: LeadChange | { kind: 'edited' };
  lead: Lead;
  userId: string;
  t: Translate;
  locale: Locale;
}): string {
  const { change, lead, t } = input;
  const base = { user: userMention(input.userId), company: `*${escapeMrkdwn(lead.companyName)}*` };
  const note = (text: string) => escapeMrkdwn(truncate(text, NOTE_PREVIEW));
  let line: string;
  switch (change.kind) {
    case 'stage': {
      const reopened = change.from === 'won' || change.from === 'lost';
      line = reopened
        ? t('leads.progress.line.reopened', { ...base, to: stageLabel(change.to, t) })
        : t('leads.progress.line.stage', {
            ...base,
            from: stageLabel(change.from, t),
            to: stageLabel(change.to, t),
          });
      break;
    }
    case 'activity':
      line =
        t('leads.progress.line.activity', {
          ...base,
          activity: t(`leads.activity.${change.activity}` as MessageKey),
          note: note(change.note),
        }) +
        (change.nextFollowUp
          ? t('leads.progress.line.nextFollowUp', { date: followUpText(change.nextFollowUp) })
          : '');
      break;
    case 'followUp':
      line =
        t('leads.progress.line.followUp', { ...base, date: followUpText(change.followUp) }) +
        (change.note ? `: ${note(change.note)}` : '');
      break;
    case 'won':
      line = t('leads.progress.line.won', {
        ...base,
        amount: moneyLabel(change.amount, lead.currency, input.locale, t),
      });
      break;
    case 'lost':
      line =
        t('leads.progress.line.lost', {
          ...base,
          reason: t(`leads.lostReason.${change.reason}` as MessageKey),
        }) + (change.note ? ` (${note(change.note)})` : '');
      break;
    case 'edited':
      line = t('leads.progress.line.edited', base);
      break;
  }
  return fitSlackLimit(line, SLACK_LIMITS.sectionText);
}
