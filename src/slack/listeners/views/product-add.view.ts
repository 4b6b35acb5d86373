import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { addProduct } from '../../../features/products/products.usecases.js';
import { VIEWS } from '../../ids.js';
import { registerProductSubmission } from '../../products/product-submission.js';

/** Saving `/product add`'s form: a new product with its price on the default list (admins, finance). */
export function register(app: App, deps: AppDeps): void {
  registerProductSubmission(app, deps, {
    callbackId: VIEWS.productAdd,
    save: ({ actor, form }) => addProduct({ ...deps, actor, form }),
    done: 'products.saved.added',
  });
}
