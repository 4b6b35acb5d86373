import type { ProductChange } from '../../../features/products/product-import.types.js';
import type { Product } from '../../../features/products/products.types.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { formatMinor } from '../../../lib/money/minor-units.js';
import { escapeMrkdwn } from '../../mrkdwn.js';

/** `13 %`, `6.5 %`: basis points read back as the percent people typed, exactly (no float arithmetic). */
export function taxRateText(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const hundredths = basisPoints % 100;
  const fraction = hundredths ? `.${String(hundredths).padStart(2, '0').replace(/0$/, '')}` : '';
  return `${whole}${fraction}%`;
}

/** How the price list's views speak: the reader's messages, and which name of a product comes first. */
export interface ProductFormat {
  t: Translate;
  locale: Locale;
}

/** The product's name in the reader's language first, the other after it: `Pump A · 水泵A`. Plain text. */
export function productName(product: Pick<Product, 'nameEn' | 'nameZh'>, locale: Locale): string {
  const names = locale === 'zh-CN' ? [product.nameZh, product.nameEn] : [product.nameEn, product.nameZh];
  return names.filter((name): name is string => Boolean(name)).join(' · ');
}

/** `*PUMP-01* Pump A · 水泵A`, escaped for mrkdwn. */
export function productTitle(product: Pick<Product, 'sku' | 'nameEn' | 'nameZh'>, locale: Locale): string {
  return `*${escapeMrkdwn(product.sku)}* ${escapeMrkdwn(productName(product, locale))}`.trim();
}

export const priceText = (minor: number | null, currency: string, t: Translate) =>
  minor === null ? t('products.import.none') : formatMinor(minor, currency);

/** One value of a changed field as the reader should see it (mrkdwn-escaped). */
export function changeValue(
  field: ProductChange['field'],
  value: ProductChange['before'],
  currency: string,
  t: Translate,
): string {
  if (value === null || value === '') return t('products.import.none');
  if (field === 'price' || field === 'floorPrice') return formatMinor(Number(value), currency);
  if (field === 'taxRate') return taxRateText(Number(value));
  if (field === 'status')
    return t(value === 'retired' ? 'products.status.retired' : 'products.status.active');
  return escapeMrkdwn(String(value));
}
