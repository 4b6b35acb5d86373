import type { WebClient } from '@slack/web-api';
import type { Lead } from '../../features/leads/leads.types.js';
import type { SubmitQuoteOutcome } from '../../features/quotes/quote-approval.usecases.js';
import { quoteFileName } from '../../features/quotes/quote-document.js';
import type { QuoteDocument } from '../../features/quotes/quote-document.types.js';
import { recordQuoteFile } from '../../features/quotes/quote-lifecycle.usecases.js';
import type { Quote } from '../../features/quotes/quote-records.js';
import type { Translate } from '../../i18n/index.js';
import { formatMinor } from '../../lib/money/minor-units.js';
import { dm, type Messenger, postStep, updateStepMessage } from '../approvals/approval-messenger.js';
import { userMention } from '../mrkdwn.js';
import { missingText } from '../views/approvals/approval-format.js';

/** After "Request approval": the first step in the lead's thread (the approver sees the lines), the rep told. */
export async function announceQuoteSubmission(
  m: Messenger,
  outcome: SubmitQuoteOutcome,
  t: Translate,
): Promise<string> {
  const { quote } = outcome;
  if (outcome.outcome === 'missing') {
    for (const admin of outcome.adminUserIds)
      await dm(m, admin, (tr) =>
        tr('quotes.submitted.missing', { number: quote.number, missing: missingText(outcome.missing, tr) }),
      );
    return t('quotes.submitted.missing', { number: quote.number, missing: missingText(outcome.missing, t) });
  }
  // The round sent back for changes that this one replaces: its message in the thread says so, no buttons left.
  for (const round of outcome.superseded)
    for (const step of round.steps.filter((s) => s.messageTs))
      await updateStepMessage(m, {
        request: round.request,
        step,
        lead: outcome.lead,
        supersededBy: outcome.request.id,
      });
  if (outcome.outcome === 'auto') return t('quotes.submitted.auto', { number: quote.number });
  const [first] = outcome.steps;
  if (first) await postStep(m, { request: outcome.request, step: first, lead: outcome.lead });
  return t('quotes.submitted.routed', {
    number: quote.number,
    approver: userMention(first?.approverUserId ?? ''),
  });
}

interface UploadResult {
  files?: { files?: { id?: string; permalink?: string }[] }[];
}

function firstFile(result: unknown): { id: string; permalink: string | null } | undefined {
  const file = (result as UploadResult).files?.[0]?.files?.[0];
  return file?.id ? { id: file.id, permalink: file.permalink ?? null } : undefined;
}

/**
 * The sent version's PDF: uploaded (files.uploadV2) into the rep's DM and into the lead's thread, and the file
 * recorded on the frozen version so `/quote BJ-… v1` shows that very file again. A thread that cannot take it is
 * logged; the rep's copy is what counts.
 */
export async function deliverQuotePdf(
  m: Messenger & { client: WebClient },
  input: { quote: Quote; lead: Lead; document: QuoteDocument; pdf: Uint8Array; t: Translate },
): Promise<void> {
  const { quote, lead, document, t } = input;
  const filename = quoteFileName(document.number, document.version);
  const file = Buffer.from(input.pdf);
  const opened = (await m.client.conversations.open({ users: quote.ownerUserId })) as {
    channel?: { id?: string };
  };
  const uploaded = await m.client.files.uploadV2({
    channel_id: opened.channel?.id ?? quote.ownerUserId,
    file,
    filename,
    title: filename,
  });
  const recorded = firstFile(uploaded);
  if (recorded)
    await recordQuoteFile({
      ...m.deps,
      teamId: quote.teamId,
      quoteId: quote.id,
      version: document.version,
      fileId: recorded.id,
      permalink: recorded.permalink,
    });
  const channel = lead.channelId ?? m.team.salesChannelId;
  if (!channel) return;
  try {
    const comment = t('quotes.sent.thread', {
      rep: userMention(quote.ownerUserId),
      number: quote.number,
      version: document.version,
      total: formatMinor(document.totalMinor, document.currency),
      validUntil: document.validUntil,
    });
    const common = { channel_id: channel, file, filename, title: filename, initial_comment: comment };
    await m.client.files.uploadV2(lead.threadTs ? { ...common, thread_ts: lead.threadTs } : common);
  } catch (error) {
    m.log.warn({ err: error, quoteId: quote.id }, "could not post the quote's PDF in the lead's thread");
  }
}
