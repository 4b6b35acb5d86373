import { minorToDecimal } from '../../lib/money/minor-units.js';
import type { Lead } from '../leads/leads.types.js';
import type { Actor, Team } from '../team/team.types.js';
import {
  assertLeadOpen,
  defaultValidUntil,
  loadOwnQuote,
  type QuoteDeps,
  teamToday,
} from './quote-access.js';
import { buildQuoteDocument } from './quote-document.js';
import type { QuoteDocument } from './quote-document.types.js';
import type { Quote } from './quote-records.js';
import {
  DeclineReasonRequiredError,
  EmptyQuoteError,
  QuoteExpiredError,
  QuoteStatusError,
  StaleQuoteError,
} from './quotes.errors.js';

/**
 * Sending: only an approved quote, still valid. The PDF is rendered first, then the version is frozen as sent (and
 * the lead's estimated value follows it) in one transaction: a failed render leaves the quote approved, unsent.
 * The Slack side uploads the returned bytes and records the file with `recordQuoteFile`.
 */
export async function sendQuote(
  deps: QuoteDeps & {
    actor: Actor;
    team: Team;
    quoteId: number;
    /** The team's name on the document, asked for only once the send is allowed (it may cost a Slack call). */
    teamName: () => Promise<string>;
  },
): Promise<{ quote: Quote; lead: Lead; document: QuoteDocument; pdf: Uint8Array }> {
  const { actor, team, clock } = deps;
  const { quote, lead } = await loadOwnQuote(deps);
  assertLeadOpen(lead);
  if (quote.status !== 'approved') throw new QuoteStatusError(quote.status, 'send', quote.number);
  const today = teamToday(team, clock);
  if (quote.validUntil < today) throw new QuoteExpiredError(quote.number, quote.validUntil);
  const lines = await deps.quotes.listLines(actor.teamId, quote.id);
  if (lines.length === 0) throw new EmptyQuoteError(quote.number);
  const document = buildQuoteDocument({
    quote,
    lines,
    issuedOn: today,
    teamName: await deps.teamName(),
    customer: { company: lead.companyName, contactName: lead.contactName },
    rep: {
      name: (await deps.teams.findMember(actor.teamId, quote.ownerUserId))?.displayName ?? quote.ownerUserId,
    },
  });
  const logo = await deps.quoteLogos.find(actor.teamId);
  const pdf = await deps.renderQuotePdf(
    logo ? { ...document, team: { ...document.team, logo: logo.bytes } } : document,
  );
  // The frozen version keeps the document without the logo's bytes (a JSON column; the logo is the team's).
  const sent = await deps.quotes.freezeSent({
    teamId: actor.teamId,
    quoteId: quote.id,
    seenVersion: quote.version,
    document,
    totalMinor: document.totalMinor,
    actorUserId: actor.userId,
    now: clock.now(),
  });
  if (!sent) throw new StaleQuoteError(quote.number);
  return { quote: sent, lead, document, pdf };
}

/** The uploaded PDF of a sent version, so `/quote BJ-… v1` shows that very file again. */
export async function recordQuoteFile(
  deps: Pick<QuoteDeps, 'quotes'> & {
    teamId: string;
    quoteId: number;
    version: number;
    fileId: string;
    permalink: string | null;
  },
): Promise<void> {
  await deps.quotes.recordFile(deps);
}

/** What the contract request opens with once the customer accepted: the quote's total, terms and lines. */
export interface ContractPrefill {
  quoteId: number;
  quoteVersion: number;
  number: string;
  amount: string;
  currency: string;
  paymentTerms: string | null;
  deliveryTime: string | null;
}

/**
 * The rep records the customer's acceptance. Only a sent quote, and only while valid (the team's today): an
 * expired one is refused with what to do (revise it: a new version with a new validity date). Asking again once
 * accepted changes nothing and gives the same prefill (the contract request form was closed before submitting).
 */
export async function acceptQuote(
  deps: QuoteDeps & { actor: Actor; team: Team; quoteId: number },
): Promise<{ quote: Quote; lead: Lead; prefill: ContractPrefill }> {
  const { actor, team, clock } = deps;
  const { quote, lead } = await loadOwnQuote(deps);
  assertLeadOpen(lead);
  const today = teamToday(team, clock);
  let accepted = quote;
  if (quote.status !== 'accepted') {
    if (quote.status === 'expired' || (quote.status === 'sent' && quote.validUntil < today))
      throw new QuoteExpiredError(quote.number, quote.validUntil);
    if (quote.status !== 'sent') throw new QuoteStatusError(quote.status, 'accept', quote.number);
    const done = await deps.quotes.accept({
      teamId: actor.teamId,
      quoteId: quote.id,
      today,
      now: clock.now(),
    });
    if (!done) throw new StaleQuoteError(quote.number);
    accepted = done;
  }
  const version = await deps.quotes.findVersion(actor.teamId, quote.id, accepted.currentVersion);
  const total = version?.totalMinor ?? 0;
  return {
    quote: accepted,
    lead,
    prefill: {
      quoteId: accepted.id,
      quoteVersion: accepted.currentVersion,
      number: accepted.number,
      amount: minorToDecimal(total, accepted.currency),
      currency: accepted.currency,
      paymentTerms: accepted.paymentTerms,
      deliveryTime: accepted.deliveryTime,
    },
  };
}

/** The customer said no: recorded with its reason (needed, as a lost lead's), for the next version or the loss analysis. */
export async function declineQuote(
  deps: QuoteDeps & { actor: Actor; quoteId: number; reason: string | null },
): Promise<{ quote: Quote; lead: Lead }> {
  const { actor, clock } = deps;
  const reason = deps.reason?.trim() ?? '';
  if (!reason) throw new DeclineReasonRequiredError();
  const { quote, lead } = await loadOwnQuote(deps);
  if (quote.status !== 'sent') throw new QuoteStatusError(quote.status, 'decline', quote.number);
  const declined = await deps.quotes.decline({
    teamId: actor.teamId,
    quoteId: quote.id,
    reason: Array.from(reason).slice(0, 500).join(''),
    now: clock.now(),
  });
  if (!declined) throw new StaleQuoteError(quote.number);
  return { quote: declined, lead };
}

/** A sent, declined or expired quote becomes the next version's draft, valid 30 days from today. */
export async function reviseQuote(
  deps: QuoteDeps & { actor: Actor; team: Team; quoteId: number },
): Promise<{ quote: Quote; lead: Lead }> {
  const { actor, team, clock } = deps;
  const { quote, lead } = await loadOwnQuote(deps);
  assertLeadOpen(lead);
  const revised = await deps.quotes.revise({
    teamId: actor.teamId,
    quoteId: quote.id,
    seenVersion: quote.version,
    validUntil: defaultValidUntil(teamToday(team, clock)),
    now: clock.now(),
  });
  if (!revised) throw new QuoteStatusError(quote.status, 'revise', quote.number);
  return { quote: revised, lead };
}
