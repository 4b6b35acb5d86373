import type { KnownBlock } from '@slack/types';
import type { StandingShortfall } from '../../../features/ledger/aging.usecases.js';
import { shortfallNeeded } from '../../../features/ledger/reversal-shortfall.js';
import type { Translate } from '../../../i18n/index.js';
import { userMention } from '../../mrkdwn.js';
import { mrkdwn } from '../blocks.js';
import { contractTitle, money } from './ledger-format.js';

const MAX_LINES = 15;

/**
 * The reconciliation's flag (issue 20): the contracts standing on less money than the policy required since a
 * reversal, each with its rep and what must be collected again. Null when none stands short.
 */
export function reconciliationShortBlock(shortfalls: StandingShortfall[], t: Translate): KnownBlock | null {
  if (shortfalls.length === 0) return null;
  const lines = shortfalls.slice(0, MAX_LINES).map(({ contract, shortfall }) => {
    const needed = shortfallNeeded(shortfall);
    const params = { contract: contractTitle(contract), rep: userMention(contract.ownerUserId) };
    return `• ${
      needed > 0
        ? t('aging.recon.line', { ...params, needed: money(needed, contract.currency) })
        : t('aging.recon.lineAny', params)
    }`;
  });
  if (shortfalls.length > MAX_LINES)
    lines.push(t('aging.recon.more', { count: shortfalls.length - MAX_LINES }));
  return { type: 'section', text: mrkdwn(`⚠️ *${t('aging.recon.short')}*\n${lines.join('\n')}`) };
}
