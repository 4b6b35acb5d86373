import type { ActionsBlock, KnownBlock } from '@slack/types';
import type { QuoteBuilderState } from '../../../features/quotes/quote-builder.usecases.js';
import type { QuoteLine } from '../../../features/quotes/quote-records.js';
import { quoteTotals } from '../../../features/quotes/quote-totals.js';
import {
  EDITABLE_QUOTE_STATUSES,
  MAX_QUOTE_LINES,
  QUOTE_LANGUAGES,
} from '../../../features/quotes/quotes.types.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { formatMinor } from '../../../lib/money/minor-units.js';
import { ACTIONS, BLOCKS, VIEWS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, truncate } from '../../mrkdwn.js';
import { encodeBuilderMetadata } from '../../quotes/quote-values.js';
import { NOTICE_BLOCK_ID } from '../../requests/submitted-form.js';
import { type ModalView, mrkdwn, option, plain } from '../blocks.js';
import { dateInput, selectInput, textInput } from '../modal-inputs.js';
import { bpText, quantityText } from './quote-format.js';

/** Lines per page of the builder: with its inputs the modal stays well under Slack's 100 blocks. */
export const BUILDER_PAGE_SIZE = 25;

export function builderPageCount(lineCount: number): number {
  return Math.max(1, Math.ceil(lineCount / BUILDER_PAGE_SIZE));
}

export function lineText(line: QuoteLine, currency: string, t: Translate): string {
  const what = escapeMrkdwn(truncate(line.sku ? `${line.sku} ${line.description}` : line.description, 120));
  return t('quotes.builder.line', {
    position: line.position,
    what,
    quantity: quantityText(line.quantityMilli),
    unit: escapeMrkdwn(truncate(line.unit, 20)),
    price: formatMinor(line.unitPriceMinor, currency),
    discount: line.discountBp ? t('quotes.builder.lineDiscount', { discount: bpText(line.discountBp) }) : '',
    net: formatMinor(line.netMinor, currency),
  });
}

export function totalsText(state: Pick<QuoteBuilderState, 'quote' | 'lines'>, t: Translate): string {
  const totals = quoteTotals(state.lines, state.quote.discountBp);
  const money = (minor: number) => formatMinor(minor, state.quote.currency);
  return t('quotes.builder.totals', {
    subtotal: money(totals.subtotalMinor),
    discount: money(totals.discountMinor),
    tax: money(totals.taxMinor),
    total: money(totals.totalMinor),
  });
}

/** The add-a-line fields: their action ids carry the quote's version, so Slack clears them once a line is added. */
function addLineBlocks(state: QuoteBuilderState, t: Translate): KnownBlock[] {
  const v = state.quote.version;
  const field = (id: string, label: string, hint?: string) => {
    const block = textInput(id, label, { max: 300, ...(hint ? { hint } : {}) });
    return { ...block, element: { ...block.element, action_id: `${id}_${v}` } } as KnownBlock;
  };
  const product: KnownBlock[] =
    state.quote.priceListId === null
      ? []
      : [
          {
            type: 'input',
            block_id: BLOCKS.quoteProduct,
            optional: true,
            label: plain(t('quotes.builder.product'), SLACK_LIMITS.inputLabel),
            element: {
              type: 'external_select',
              action_id: `${ACTIONS.quoteProduct}_${v}`,
              min_query_length: 0,
              placeholder: plain(t('quotes.builder.productPlaceholder'), 150),
            },
          },
        ];
  return [
    { type: 'section', text: mrkdwn(t('quotes.builder.addHeader')) },
    ...product,
    field(BLOCKS.quoteQuantity, t('quotes.builder.quantity')),
    field(BLOCKS.quotePrice, t('quotes.builder.price')),
    field(BLOCKS.quoteLineDiscount, t('quotes.builder.lineDiscountLabel')),
    field(BLOCKS.quoteDescription, t('quotes.builder.description')),
    field(BLOCKS.quoteUnit, t('quotes.builder.unit')),
    field(BLOCKS.quoteTax, t('quotes.builder.tax')),
    {
      type: 'actions',
      block_id: 'quote_line_actions',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.quoteAddLine,
          style: 'primary',
          text: plain(t('quotes.builder.add'), SLACK_LIMITS.buttonText),
          value: String(state.quote.id),
        },
        {
          type: 'button',
          action_id: ACTIONS.quoteOpenPaste,
          text: plain(t('quotes.builder.paste'), SLACK_LIMITS.buttonText),
          value: String(state.quote.id),
        },
      ],
    },
  ];
}

function termsBlocks(state: QuoteBuilderState, t: Translate): KnownBlock[] {
  const { quote } = state;
  const languages = QUOTE_LANGUAGES.map((code) => option(t(`quotes.language.${code}` as MessageKey), code));
  const lists = state.priceLists.map((list) => option(`${list.name} (${list.currency})`, String(list.id)));
  return [
    { type: 'section', text: mrkdwn(t('quotes.builder.termsHeader')) },
    dateInput(BLOCKS.quoteValidUntil, t('quotes.builder.validUntil'), {
      value: quote.validUntil,
      optional: false,
    }),
    textInput(BLOCKS.quotePaymentTerms, t('quotes.builder.paymentTerms'), {
      value: quote.paymentTerms,
      max: 500,
    }),
    textInput(BLOCKS.quoteDeliveryTime, t('quotes.builder.deliveryTime'), {
      value: quote.deliveryTime,
      max: 200,
    }),
    textInput(BLOCKS.quoteWholeDiscount, t('quotes.builder.wholeDiscount'), {
      value: quote.discountBp ? String(quote.discountBp / 100) : null,
      max: 8,
    }),
    selectInput(BLOCKS.quoteLanguage, t('quotes.builder.language'), languages, {
      value: quote.language,
      optional: false,
      placeholder: t('quotes.builder.language'),
    }),
    ...(lists.length
      ? [
          selectInput(BLOCKS.quotePriceList, t('quotes.builder.priceListLabel'), lists.slice(0, 100), {
            value: quote.priceListId === null ? null : String(quote.priceListId),
            placeholder: t('quotes.builder.priceListLabel'),
          }),
        ]
      : []),
  ];
}

function pagingBlock(state: QuoteBuilderState, page: number, t: Translate): ActionsBlock | undefined {
  const pages = builderPageCount(state.lines.length);
  if (pages <= 1) return undefined;
  const button = (label: string, to: number) => ({
    type: 'button' as const,
    action_id: `${ACTIONS.quotePage}_${to}`,
    text: plain(label, SLACK_LIMITS.buttonText),
    value: String(to),
  });
  const elements = [
    ...(page > 0 ? [button(t('quotes.builder.previous'), page - 1)] : []),
    ...(page < pages - 1 ? [button(t('quotes.builder.next'), page + 1)] : []),
  ];
  return { type: 'actions', block_id: 'quote_paging', elements };
}

/**
 * The quote builder: its header, one page of lines (each removable), the live totals, the add-a-line fields and
 * the terms. Read-only once the quote left editing (waiting for approval, sent…).
 */
export function buildQuoteBuilder(input: {
  state: QuoteBuilderState;
  page: number;
  t: Translate;
  notice?: string;
}): ModalView {
  const { state, t } = input;
  const { quote, lines, lead } = state;
  const editable = EDITABLE_QUOTE_STATUSES.includes(quote.status);
  const page = Math.min(Math.max(0, input.page), builderPageCount(lines.length) - 1);
  const list = state.priceLists.find((candidate) => candidate.id === quote.priceListId);
  const shown = lines.slice(page * BUILDER_PAGE_SIZE, (page + 1) * BUILDER_PAGE_SIZE);
  const blocks: KnownBlock[] = [
    ...(input.notice
      ? [{ type: 'section' as const, block_id: NOTICE_BLOCK_ID, text: mrkdwn(`:warning: ${input.notice}`) }]
      : []),
    {
      type: 'section',
      text: mrkdwn(
        `${t('quotes.builder.header', {
          number: quote.number,
          version: quote.currentVersion,
          company: escapeMrkdwn(truncate(lead.companyName, 200)),
          status: t(`quotes.status.${quote.status}` as MessageKey),
        })}\n${list ? t('quotes.builder.priceList', { name: escapeMrkdwn(truncate(list.name, 100)), currency: list.currency }) : t('quotes.builder.noPriceList')}`,
      ),
    },
  ];
  if (lines.length === 0) blocks.push({ type: 'context', elements: [mrkdwn(t('quotes.builder.noLines'))] });
  for (const line of shown)
    blocks.push({
      type: 'section',
      block_id: `quote_line_${line.position}`,
      text: mrkdwn(lineText(line, quote.currency, t)),
      ...(editable
        ? {
            accessory: {
              type: 'button' as const,
              action_id: `${ACTIONS.quoteRemoveLine}_${line.position}`,
              text: plain(t('quotes.builder.remove'), SLACK_LIMITS.buttonText),
              value: String(line.position),
            },
          }
        : {}),
    });
  const paging = pagingBlock(state, page, t);
  blocks.push({
    type: 'context',
    elements: [
      mrkdwn(
        `${totalsText(state, t)}${lines.length > BUILDER_PAGE_SIZE ? ` · ${t('quotes.builder.page', { from: page * BUILDER_PAGE_SIZE + 1, to: page * BUILDER_PAGE_SIZE + shown.length, count: lines.length })}` : ''}`,
      ),
    ],
  });
  if (paging) blocks.push(paging);
  if (!editable)
    blocks.push({
      type: 'context',
      elements: [
        mrkdwn(t('quotes.builder.readOnly', { status: t(`quotes.status.${quote.status}` as MessageKey) })),
      ],
    });
  else {
    if (lines.length >= MAX_QUOTE_LINES)
      blocks.push({
        type: 'context',
        elements: [mrkdwn(t('quotes.builder.full', { max: MAX_QUOTE_LINES }))],
      });
    else blocks.push(...addLineBlocks(state, t));
    blocks.push(...termsBlocks(state, t));
  }
  return {
    type: 'modal',
    callback_id: VIEWS.quoteBuilder,
    title: plain(t('quotes.builder.title', { number: quote.number }), SLACK_LIMITS.modalTitle),
    ...(editable ? { submit: plain(t('quotes.builder.save'), SLACK_LIMITS.modalButton) } : {}),
    close: plain(t('quotes.builder.close'), SLACK_LIMITS.modalButton),
    private_metadata: encodeBuilderMetadata({ quoteId: quote.id, version: quote.version, page }),
    blocks,
  };
}
