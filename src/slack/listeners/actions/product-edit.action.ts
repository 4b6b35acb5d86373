import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { productForEditing } from '../../../features/products/products.usecases.js';
import { ACTIONS } from '../../ids.js';
import { decodeProductButton, encodeProductFormMetadata } from '../../products/product-values.js';
import { onAction } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { buildProductFormModal, productFormValues } from '../../views/products/product-form-modal.js';

/**
 * "Edit" on a product's card (admins, finance): the form on the product as it is now; its save is conditional on
 * that version, and refreshes the card it was opened from.
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.productEdit,
    onAction<BlockButtonAction>(
      deps,
      async ({ action, body, client, request }) => {
        const { actor, t } = request;
        const clicked = decodeProductButton(action.value);
        const { product, list, priceMinor } = await productForEditing({
          ...deps,
          actor,
          productId: clicked?.productId ?? Number.NaN,
        });
        const metadata = encodeProductFormMetadata({
          currency: list.currency,
          listName: list.name,
          productId: product.id,
          version: product.version,
          ...(body.response_url ? { responseUrl: body.response_url } : {}),
        });
        const values = productFormValues(product, priceMinor, list);
        const view = buildProductFormModal({ mode: 'edit', list, values, metadata, t });
        await openModal({ client, triggerId: body.trigger_id, view, request });
      },
      { urgent: true },
    ),
  );
}
