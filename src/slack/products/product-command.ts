import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import {
  addPriceList,
  archivePriceList,
  listPriceLists,
  priceListForImport,
  removeListPrice,
  setListPrice,
} from '../../features/products/price-lists.usecases.js';
import { findProducts, newProductForm } from '../../features/products/products.usecases.js';
import { formatMinor } from '../../lib/money/minor-units.js';
import type { RequestContext } from '../context.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import { openModal } from '../requests/modals.js';
import { buildImportUploadModal } from '../views/imports/import-modals.js';
import { buildProductCard } from '../views/products/product-card.js';
import { buildProductFormModal } from '../views/products/product-form-modal.js';
import type { ProductFormat } from '../views/products/product-format.js';
import { buildPriceListsReply, buildProductSearchReply } from '../views/products/product-tables.js';
import type { ProductCommand } from './product-command-parser.js';
import { encodeProductFormMetadata } from './product-values.js';

export type ProductReply = { text: string; blocks?: KnownBlock[] };

type Input = {
  deps: AppDeps;
  request: RequestContext;
  client: WebClient;
  triggerId: string;
  command: ProductCommand;
};

/** `/product price …` answered: the new price, what it was, and a warning when it is below the floor. */
async function priceReply(input: Input & { command: Extract<ProductCommand, { kind: 'price' }> }) {
  const { deps, request, command } = input;
  const { t } = request;
  const change = await setListPrice({ ...deps, actor: request.actor, ...command });
  const params = {
    sku: escapeMrkdwn(change.product.sku),
    list: escapeMrkdwn(change.list.name),
    price: formatMinor(change.priceMinor, change.list.currency),
    previous: change.previousMinor === null ? '' : formatMinor(change.previousMinor, change.list.currency),
  };
  const key =
    change.previousMinor === null
      ? 'products.price.added'
      : change.previousMinor === change.priceMinor
        ? 'products.price.unchanged'
        : 'products.price.changed';
  const floor = change.product.floorPriceMinor;
  const warning =
    change.belowFloor && floor !== null
      ? [t('products.price.belowFloor', { floor: formatMinor(floor, change.list.currency) })]
      : [];
  return { text: [t(key, params), ...warning].join('\n') };
}

/**
 * What `/product …` does: a reply (private) or a modal opened on the trigger. Every rule — who may change the
 * price list, who sees floor prices — is the use cases'; their refusals reach the listener, which words them.
 */
export async function answerProductCommand(input: Input): Promise<ProductReply | undefined> {
  const { deps, request, command, client, triggerId } = input;
  const { actor, t } = request;
  const f: ProductFormat = { t, locale: actor.locale };
  switch (command.kind) {
    case 'help':
      return { text: t('products.usage') };
    case 'find': {
      const found = await findProducts({ ...deps, actor, text: command.text });
      if (found.kind === 'one') return buildProductCard(found.detail, f, deps.clock.now());
      return buildProductSearchReply(found, command.text, f);
    }
    case 'add': {
      const { list } = await newProductForm({ ...deps, actor });
      const metadata = encodeProductFormMetadata({ currency: list.currency, listName: list.name });
      const view = buildProductFormModal({ mode: 'add', list, metadata, t });
      await openModal({ client, triggerId, view, request });
      return undefined;
    }
    case 'import': {
      const list = await priceListForImport({ ...deps, actor, ...command });
      const view = buildImportUploadModal({
        t,
        target: { kind: 'products', priceList: { id: list.id, name: list.name, currency: list.currency } },
      });
      await openModal({ client, triggerId, view, request });
      return undefined;
    }
    case 'lists':
      return buildPriceListsReply(await listPriceLists({ ...deps, actor }), f);
    case 'listAdd': {
      const list = await addPriceList({ ...deps, actor, name: command.name, kind: command.listKind });
      return {
        text: t('products.list.added', {
          name: escapeMrkdwn(list.name),
          kind: t(`products.kind.${list.kind}`),
          currency: list.currency,
        }),
      };
    }
    case 'listArchive': {
      const { list, already } = await archivePriceList({ ...deps, actor, name: command.name });
      const key = already ? 'products.list.alreadyArchived' : 'products.list.archivedDone';
      return { text: t(key, { name: escapeMrkdwn(list.name) }) };
    }
    case 'price':
      return priceReply({ ...input, command });
    case 'priceRemove': {
      const removed = await removeListPrice({ ...deps, actor, ...command });
      const params = { sku: escapeMrkdwn(removed.product.sku), list: escapeMrkdwn(removed.list.name) };
      if (removed.previousMinor === null) return { text: t('products.price.notOnList', params) };
      const previous = formatMinor(removed.previousMinor, removed.list.currency);
      return { text: t('products.price.removed', { ...params, previous }) };
    }
  }
}
