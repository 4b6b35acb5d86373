import type { KnownBlock } from '@slack/types';
import type { ProductDetail } from '../../../features/products/products.usecases.js';
import { formatMinor } from '../../../lib/money/minor-units.js';
import { ACTIONS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { encodeProductButton } from '../../products/product-values.js';
import { mrkdwn, plain } from '../blocks.js';
import { type ProductFormat, productTitle, taxRateText } from './product-format.js';

/** Prices shown on a card; a product on more lists than this says how many more. */
const PRICES_SHOWN = 30;

function pricesText(detail: ProductDetail, f: ProductFormat): string {
  const { t } = f;
  const { product } = detail;
  if (detail.prices.length === 0) return t('products.card.noPrices', { sku: escapeMrkdwn(product.sku) });
  const lines = detail.prices.slice(0, PRICES_SHOWN).map(({ list, priceMinor }) => {
    const name = escapeMrkdwn(list.name) + (list.isDefault ? ` (${t('products.card.default')})` : '');
    return `• ${name}: ${formatMinor(priceMinor, list.currency)}`;
  });
  const more = detail.prices.length - PRICES_SHOWN;
  if (more > 0) lines.push(t('imports.preview.more', { count: more }));
  return [`*${t('products.card.prices')}*`, ...lines].join('\n');
}

/**
 * One product as `/product <SKU>` shows it (privately): code and names, unit, tax rate, status, the floor for
 * those who may see it, its price on every active list; Edit and Retire (or Reactivate) for admins and finance.
 * The buttons carry the version the card shows.
 */
export function buildProductCard(
  detail: ProductDetail,
  f: ProductFormat,
  builtAt: Date,
): {
  text: string;
  blocks: KnownBlock[];
} {
  const { t } = f;
  const { product } = detail;
  const title = productTitle(product, f.locale);
  const fields = [
    `*${t('products.card.unit')}*\n${escapeMrkdwn(product.unit)}`,
    `*${t('products.card.taxRate')}*\n${taxRateText(product.taxRateBp)}`,
    `*${t('products.card.status')}*\n${t(product.status === 'retired' ? 'products.status.retired' : 'products.status.active')}`,
    ...(product.floorVisible
      ? [
          `*${t('products.card.floor')}*\n${
            product.floorPriceMinor === null
              ? t('products.card.noFloor')
              : formatMinor(product.floorPriceMinor, product.currency)
          }`,
        ]
      : []),
  ];
  const value = encodeProductButton(product, builtAt);
  const retired = product.status === 'retired';
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(title) },
    { type: 'section', fields: fields.map((field) => mrkdwn(field, SLACK_LIMITS.sectionFieldText)) },
    ...(retired
      ? [{ type: 'context' as const, elements: [mrkdwn(`:no_entry: ${t('products.card.retired')}`)] }]
      : []),
    { type: 'section', text: mrkdwn(pricesText(detail, f)) },
  ];
  if (detail.manages) {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.productEdit,
          value,
          text: plain(t('products.card.edit'), SLACK_LIMITS.buttonText),
        },
        retired
          ? {
              type: 'button',
              action_id: ACTIONS.productReactivate,
              value,
              text: plain(t('products.card.reactivate'), SLACK_LIMITS.buttonText),
            }
          : {
              type: 'button',
              action_id: ACTIONS.productRetire,
              style: 'danger',
              value,
              text: plain(t('products.card.retire'), SLACK_LIMITS.buttonText),
              confirm: {
                title: plain(t('products.card.retireConfirmTitle'), 100),
                text: plain(t('products.card.retireConfirm', { sku: product.sku }), 300),
                confirm: plain(t('products.card.retireConfirmYes'), 30),
                deny: plain(t('products.card.retireConfirmNo'), 30),
              },
            },
      ],
    });
  }
  return { text: title, blocks };
}
