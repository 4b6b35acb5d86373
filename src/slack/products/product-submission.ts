import type { App } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { validateProductForm } from '../../features/products/product-input.js';
import { StaleProductError } from '../../features/products/products.errors.js';
import type { Product, ProductForm } from '../../features/products/products.types.js';
import { type ProductFormOutcome, productDetail } from '../../features/products/products.usecases.js';
import type { Actor } from '../../features/team/team.types.js';
import type { RequestContext } from '../context.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import {
  fieldErrorNotice,
  initialState,
  overlayUserChanges,
  withNotice,
} from '../requests/submitted-form.js';
import { onViewSubmission, withCaller } from '../requests/view-submission.js';
import type { ViewStateValues } from '../views/blocks.js';
import { buildProductCard } from '../views/products/product-card.js';
import {
  buildProductFormModal,
  productFieldErrors,
  productFormValues,
  readProductForm,
} from '../views/products/product-form-modal.js';
import {
  decodeProductFormMetadata,
  encodeProductFormMetadata,
  type ProductFormMetadata,
} from './product-values.js';
import { replaceProductCard, staleProductText } from './stale-product.js';

/**
 * Saving the add or edit form. The values are checked before the ack, in the list's currency the form recorded
 * (errors inline, in the form's language). After the ack the use case writes them: a refusal puts the form back
 * with the reason; a product changed since the form opened gets the form rebuilt on it, with the user's own changes
 * on top and what changed; a save refreshes the card the form came from.
 */
export function registerProductSubmission(
  app: App,
  deps: AppDeps,
  spec: {
    callbackId: string;
    save: (args: {
      actor: Actor;
      form: ProductForm;
      metadata: ProductFormMetadata;
    }) => Promise<ProductFormOutcome>;
    done: 'products.saved.added' | 'products.saved.edited';
  },
): void {
  app.view(
    spec.callbackId,
    onViewSubmission(deps, {
      validate: ({ view }, { t }) => {
        const metadata = decodeProductFormMetadata(view.private_metadata);
        if (!metadata) return undefined;
        const valid = validateProductForm(
          readProductForm(view.state.values as ViewStateValues),
          metadata.currency,
        );
        return valid.ok ? undefined : productFieldErrors(valid.errors, t);
      },
      work: async ({ view, request, modal }) => {
        const { actor, t } = request;
        const metadata = decodeProductFormMetadata(view.private_metadata);
        // Only a form this app did not build lacks it: nothing is saved, and the form comes back with "try again".
        if (!metadata) throw new Error('a product form without its metadata');
        const form = readProductForm(view.state.values as ViewStateValues);
        let outcome: ProductFormOutcome;
        try {
          outcome = await spec.save({ actor, form, metadata });
        } catch (error) {
          if (!(error instanceof StaleProductError)) throw error;
          const current = error.current;
          const fresh = buildProductFormModal({
            mode: 'edit',
            list: { name: metadata.listName, currency: metadata.currency },
            values: productFormValues(current, current.defaultPriceMinor, metadata),
            metadata: encodeProductFormMetadata({ ...metadata, version: current.version }),
            t,
          });
          const opened = readProductForm(initialState(view));
          const notice = staleProductText(error, t, t('products.stale.formRefreshed'), opened);
          const form = overlayUserChanges(fresh, view);
          await modal.update(withCaller(withNotice(form, notice), actor));
          return;
        }
        if (!outcome.ok) {
          await modal.restore(fieldErrorNotice(view, productFieldErrors(outcome.errors, t)));
          return;
        }
        await modal.done(t(spec.done, { sku: escapeMrkdwn(outcome.product.sku) }));
        if (metadata.responseUrl) await refreshCard(deps, request, outcome.product, metadata.responseUrl);
      },
    }),
  );
}

/** The card the edit form was opened from, shown again as the product is now. A failure only loses the refresh. */
async function refreshCard(deps: AppDeps, request: RequestContext, product: Product, responseUrl: string) {
  const { actor, t, log } = request;
  try {
    const detail = await productDetail({ ...deps, actor, productId: product.id });
    const card = buildProductCard(detail, { t, locale: actor.locale }, deps.clock.now());
    await replaceProductCard(responseUrl, card);
  } catch (error) {
    log.warn({ err: error }, 'could not refresh the product card');
  }
}
