import type { KnownBlock } from '@slack/types';
import type { CustomerCredit } from '../../../features/customers/credit.usecases.js';
import type { CustomerDeal } from '../../../features/customers/customers.types.js';
import type { CustomerCard } from '../../../features/customers/customers.usecases.js';
import type { Locale, MessageKey, Translate } from '../../../i18n/index.js';
import { formatMinor } from '../../../lib/money/minor-units.js';
import { encodeCustomerButton } from '../../customers/customer-values.js';
import { ACTIONS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';
import { moneyLabel, stageLabel } from '../leads/lead-format.js';
import { buildCreditSection } from './credit-section.js';

export interface CustomerFormat {
  t: Translate;
  locale: Locale;
  /** The credit section (grade, limit, finance's button), when the caller's card shows it. */
  credit?: CustomerCredit;
}

function dealLine(deal: CustomerDeal, f: CustomerFormat): string {
  const amount = deal.stage === 'won' ? deal.wonAmount : deal.estimatedValue;
  return `• #${deal.leadId} ${escapeMrkdwn(deal.companyName)} · ${stageLabel(deal.stage, f.t)} · ${moneyLabel(amount, deal.currency, f.locale, f.t)} · <@${deal.ownerUserId}>`;
}

const section = (text: string): KnownBlock => ({ type: 'section', text: mrkdwn(text) });

/** `/customer`'s card: who the customer is, its people, money, deals and contracts; New deal; leads to confirm. */
export function buildCustomerCard(
  card: CustomerCard,
  f: CustomerFormat,
): { text: string; blocks: KnownBlock[] } {
  const { t } = f;
  const { customer } = card;
  const title = t('customers.card.title', { id: customer.id, name: customer.name });
  const facts = [
    t(`customers.card.kind.${customer.kind}` as MessageKey),
    t('customers.card.owner', { owner: `<@${customer.ownerUserId}>` }),
    ...(customer.industry
      ? [t('customers.card.industry', { industry: escapeMrkdwn(customer.industry) })]
      : []),
  ].join(' · ');
  const contacts = card.contacts.length
    ? card.contacts.map(
        (c) =>
          `• ${[c.name, c.title, c.phone, c.email]
            .filter(Boolean)
            .map((v) => escapeMrkdwn(String(v)))
            .join(' · ')}`,
      )
    : [t('customers.card.noContacts')];
  const money = card.money.length
    ? card.money.map((m) =>
        t('customers.card.moneyLine', {
          currency: m.currency,
          contracted: formatMinor(m.contractedMinor, m.currency),
          collected: formatMinor(m.collectedMinor, m.currency),
          outstanding: formatMinor(m.outstandingMinor, m.currency),
        }),
      )
    : [t('customers.card.noMoney')];
  const list = (deals: CustomerDeal[]) =>
    deals.length ? deals.map((d) => dealLine(d, f)) : [t('customers.card.none')];
  const contracts = card.contracts.length
    ? card.contracts.map(
        (c) =>
          `• ${t('customers.card.contractLine', {
            number: escapeMrkdwn(c.number),
            status: t(`ledger.status.${c.status}` as MessageKey),
            amount: formatMinor(c.amountMinor, c.currency),
            collected: formatMinor(c.collectedMinor, c.currency),
          })}`,
      )
    : [t('customers.card.none')];
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(title, 150) },
    { type: 'context', elements: [mrkdwn(facts)] },
    section([t('customers.card.contacts'), ...contacts].join('\n')),
    section([t('customers.card.money'), ...money].join('\n')),
    ...(f.credit ? [buildCreditSection(f.credit, customer.id, t)] : []),
    section([t('customers.card.openDeals'), ...list(card.openDeals)].join('\n')),
    section([t('customers.card.wonDeals'), ...list(card.wonDeals)].join('\n')),
    section([t('customers.card.contracts'), ...contracts].join('\n')),
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.customerNewDeal,
          text: plain(t('customers.card.newDeal'), 75),
          value: encodeCustomerButton({ customerId: customer.id }),
        },
      ],
    },
  ];
  if (card.lookAlikes.length) {
    blocks.push(section(t('customers.card.lookAlikes')));
    for (const deal of card.lookAlikes)
      blocks.push({
        type: 'section',
        text: mrkdwn(dealLine(deal, f)),
        accessory: {
          type: 'button',
          action_id: ACTIONS.customerConfirmLead,
          text: plain(t('customers.card.confirmLead'), 75),
          value: encodeCustomerButton({ customerId: customer.id, leadId: deal.leadId }),
        },
      });
  }
  return { text: t('customers.card.title', { id: customer.id, name: escapeMrkdwn(customer.name) }), blocks };
}

/** `/customer <text>` matching several: their numbers and names, to open one by number. */
export function buildCustomerSearchReply(
  found: { customers: { id: number; name: string; ownerUserId: string }[]; total: number },
  text: string,
  t: Translate,
): { text: string; blocks: KnownBlock[] } {
  const head = t('customers.search.many', { text: escapeMrkdwn(text), total: found.total });
  const lines = found.customers.map((c) => `• #${c.id} ${escapeMrkdwn(c.name)} · <@${c.ownerUserId}>`);
  const more = found.total - found.customers.length;
  const body = [head, ...lines, ...(more > 0 ? [t('customers.search.more', { count: more })] : [])].join(
    '\n',
  );
  return { text: head, blocks: [section(body)] };
}
