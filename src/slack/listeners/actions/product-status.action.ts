import type { App, BlockButtonAction } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { AppDeps } from '../../../deps.js';
import { StaleProductError } from '../../../features/products/products.errors.js';
import type { ProductStatus } from '../../../features/products/products.types.js';
import { productDetail, setProductStatus } from '../../../features/products/products.usecases.js';
import { ACTIONS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { decodeProductButton } from '../../products/product-values.js';
import { staleProductText } from '../../products/stale-product.js';
import { onAction } from '../../requests/after-ack.js';
import { mrkdwn } from '../../views/blocks.js';
import { buildProductCard } from '../../views/products/product-card.js';

const STATUS_BUTTONS: [string, ProductStatus][] = [
  [ACTIONS.productRetire, 'retired'],
  [ACTIONS.productReactivate, 'active'],
];

/**
 * Retire and Reactivate on a product's card (admins, finance), from the version the card shows: the card is
 * replaced by the product as it is now, with what happened on top. A card older than the product is refused with
 * who changed it, and refreshed.
 */
export function register(app: App, deps: AppDeps): void {
  for (const [actionId, status] of STATUS_BUTTONS) {
    app.action<BlockButtonAction>(
      actionId,
      onAction<BlockButtonAction>(deps, async ({ action, respond, request }) => {
        const { actor, t } = request;
        // A value this app did not write reads as no product: the use case answers who may, or that it is gone.
        const clicked = decodeProductButton(action.value) ?? { productId: Number.NaN, version: -1 };
        const f = { t, locale: actor.locale };
        const show = async (notice: string, detail: Parameters<typeof buildProductCard>[0]) => {
          const card = buildProductCard(detail, f, deps.clock.now());
          const top: KnownBlock = { type: 'section', text: mrkdwn(notice) };
          await respond({ replace_original: true, text: notice, blocks: [top, ...card.blocks] });
        };
        try {
          const detail = await setProductStatus({
            ...deps,
            actor,
            productId: clicked.productId,
            status,
            seenVersion: clicked.version,
          });
          const sku = escapeMrkdwn(detail.product.sku);
          await show(t(status === 'retired' ? 'products.retired' : 'products.reactivated', { sku }), detail);
        } catch (error) {
          if (!(error instanceof StaleProductError)) throw error;
          const detail = await productDetail({ ...deps, actor, productId: clicked.productId });
          await show(`:warning: ${staleProductText(error, t, t('products.stale.cardRefreshed'))}`, detail);
        }
      }),
    );
  }
}
