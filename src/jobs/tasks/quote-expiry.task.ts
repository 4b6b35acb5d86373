import type { LeadRepository } from '../../features/leads/leads.repository.js';
import {
  expireQuote,
  QUOTE_EXPIRY_KIND,
  quotesDueToExpire,
} from '../../features/quotes/quote-expiry.usecases.js';
import type { QuoteRepository } from '../../features/quotes/quotes.repository.js';
import type { TeamRepository } from '../../features/team/team.repository.js';
import { translator } from '../../i18n/index.js';
import { escapeMrkdwn } from '../../slack/mrkdwn.js';
import type { OutboxRepository } from '../outbox.repository.js';
import type { ScheduledTask } from '../scheduler.types.js';

/**
 * Sent quotes expire at the end of their validity day in the team's zone, and their rep is told how to offer
 * them again (revise: a new version with a new validity). One run per quote version, claimed once; the expiry
 * and the rep's message commit together.
 */
export function createQuoteExpiryTask(deps: {
  quotes: QuoteRepository;
  leads: LeadRepository;
  teams: TeamRepository;
  outbox: OutboxRepository;
}): ScheduledTask {
  return {
    kind: QUOTE_EXPIRY_KIND,
    async due(now) {
      return (await quotesDueToExpire(deps, now)).map(({ teamId, id, version }) => ({
        kind: QUOTE_EXPIRY_KIND,
        teamId,
        key: `quotes:expire:${id}:v${version}`,
        payload: { quoteId: id },
      }));
    },
    async run(run, now) {
      const { quoteId } = run.payload as { quoteId: number };
      await expireQuote({
        ...deps,
        teamId: run.teamId,
        quoteId,
        now,
        tell: async (tx, { quote, company, locale }) => {
          const text = translator(locale)('quotes.expired.dm', {
            number: quote.number,
            company: escapeMrkdwn(company),
            date: quote.validUntil,
          });
          await deps.outbox.enqueue(
            [
              {
                teamId: run.teamId,
                idempotencyKey: `${run.key}:dm`,
                method: 'chat.postMessage',
                payload: { channel: quote.ownerUserId, text },
                notBefore: now,
              },
            ],
            tx,
          );
        },
      });
    },
  };
}
