import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { editProduct } from '../../../features/products/products.usecases.js';
import { VIEWS } from '../../ids.js';
import { registerProductSubmission } from '../../products/product-submission.js';

/** Saving a product's Edit form, on the version it was opened on (a stale form comes back with what changed). */
export function register(app: App, deps: AppDeps): void {
  registerProductSubmission(app, deps, {
    callbackId: VIEWS.productEdit,
    save: ({ actor, form, metadata }) =>
      editProduct({
        ...deps,
        actor,
        form,
        productId: metadata.productId ?? Number.NaN,
        seenVersion: metadata.version ?? -1,
      }),
    done: 'products.saved.edited',
  });
}
