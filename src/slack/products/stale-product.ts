import { productColumnLabel } from '../../features/products/product-import-columns.js';
import type { StaleProductError } from '../../features/products/products.errors.js';
import type { ProductForm, ProductFormField } from '../../features/products/products.types.js';
import type { Translate } from '../../i18n/index.js';
import { escapeMrkdwn, userMention } from '../mrkdwn.js';
import { productFormValues } from '../views/products/product-form-modal.js';

const FIELDS: ProductFormField[] = ['sku', 'nameEn', 'nameZh', 'unit', 'price', 'taxRate', 'floorPrice'];

/**
 * Why a stale form or card was not saved: the refusal, who changed the product last, and — for a form — each field
 * that changed since it was opened (what the form started from → what it is now), then what happens next.
 */
export function staleProductText(
  error: StaleProductError,
  t: Translate,
  after: string,
  opened?: ProductForm,
): string {
  const { current } = error;
  const lines = [t('products.error.stale', { sku: escapeMrkdwn(current.sku) })];
  if (current.updatedByUserId)
    lines.push(t('products.stale.by', { user: userMention(current.updatedByUserId) }));
  if (opened) {
    const now = productFormValues(current, current.defaultPriceMinor, current);
    const shown = (text: string) => (text.trim() ? escapeMrkdwn(text.trim()) : t('products.import.none'));
    const changes = FIELDS.filter((field) => opened[field].trim() !== now[field].trim()).map(
      (field) =>
        `• ${t('products.stale.change', {
          field: productColumnLabel(field, t),
          before: shown(opened[field]),
          after: shown(now[field]),
        })}`,
    );
    if (changes.length) lines.push(t('products.stale.changes'), ...changes);
  }
  lines.push(after);
  return lines.join('\n');
}

/** Replaces the message a button was clicked in (an ephemeral `/product` reply) through its response_url. */
export async function replaceProductCard(
  responseUrl: string,
  message: { text: string; blocks?: unknown[] },
): Promise<void> {
  const response = await fetch(responseUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ replace_original: true, ...message }),
  });
  if (!response.ok) throw new Error(`response_url answered ${response.status}`);
}
