import { expect } from 'vitest';
import { defaultPriceList } from '../../src/features/products/price-lists.usecases.js';
import { addProduct } from '../../src/features/products/products.usecases.js';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { encodeProductButton } from '../../src/slack/products/product-values.js';
import { createLead } from '../e2e/approvals-helpers.js';
import type { OpenedView, TestApp } from '../helpers/e2e.js';
import {
  MISSING,
  NO_SUCH_TERM,
  opts,
  type RoleName,
  type Spec,
  searchTerm,
  type Target,
  USERS,
} from './authorization-specs.js';

// The price list's rows of the authorization matrix. Everyone in the team reads products; admins and finance change
// them. The "secret" of a case is the product's name, which must reach nobody refused (a refusal may echo the code
// the user typed, so the code carries a number the comparison normalises instead).

export function productAuthorizationSpecs(ctx: {
  app: TestApp;
  settingsView: OpenedView;
}): Record<string, Spec> {
  let sequence = 0;
  const as = (role: RoleName) => USERS[role].id;
  const finance = () => ({
    teamId: ctx.app.teamId,
    userId: 'U_FIN',
    role: 'finance' as const,
    isAdmin: false,
    locale: 'en' as const,
    timezone: 'Asia/Shanghai',
  });
  const skuOf = (target: Target, missing = false) => `SQ${(target.ids?.[0] ?? 0) + (missing ? MISSING : 0)}`;
  const productOf = (target: Target) => ctx.app.deps.products.findBySku(ctx.app.teamId, skuOf(target));

  /** A fresh product named like a secret, its code numbered: `SQ<n>`, with `n` and its missing twin as ids. */
  async function freshProduct(): Promise<Target> {
    const n = 700_000 + ++sequence;
    const secret = `Secretive ${n} Qzx Holdings`;
    const added = await addProduct({
      ...ctx.app.deps,
      actor: finance(),
      form: {
        sku: `SQ${n}`,
        nameEn: secret,
        nameZh: '',
        unit: '台',
        price: '1,000',
        taxRate: '13%',
        floorPrice: '',
      },
    });
    if (!added.ok) throw new Error('could not add the product');
    const lead = await createLead(ctx.app, 'U_REP', `Price list case ${n}`);
    return { lead, secret, ids: [n, n + MISSING, added.product.id, added.product.id + MISSING] };
  }
  /** The finance user's form for the product (edit) or a new one (add), submitted by `user`. */
  const formOf = (mode: 'add' | 'edit') => async (): Promise<Target> => {
    const target = await freshProduct();
    const product = await productOf(target);
    const view = await ctx.app.viewFrom(() =>
      mode === 'add'
        ? ctx.app.command('U_FIN', COMMANDS.product, 'add')
        : ctx.app.action('U_FIN', {
            action_id: ACTIONS.productEdit,
            value: encodeProductButton(
              { id: product?.id ?? 0, version: product?.version ?? 0 },
              ctx.app.deps.clock.now(),
            ),
          }),
    );
    return { ...target, view };
  };
  const submitAs = (user: RoleName, target: Target, missing: boolean, values: Record<string, string>) => {
    const view = target.view as OpenedView;
    const id = target.ids?.[2] ?? 0;
    const metadata = missing
      ? (view.private_metadata ?? '').replace(`"productId":${id}`, `"productId":${id + MISSING}`)
      : view.private_metadata;
    return ctx.app.submit(as(user), { ...view, private_metadata: metadata }, values, opts(user));
  };
  const opened = (seen: { calls: { method: string; args: Record<string, unknown> }[] }, callbackId: string) =>
    expect(JSON.stringify(seen.calls.find((call) => call.method === 'views.open'))).toContain(callbackId);
  const outsider = (role: RoleName) => role === 'outsider';
  const nobody = () => false;

  return {
    'find a product (/product text)': {
      prepare: freshProduct,
      act: (_a, user, target, missing) => () =>
        ctx.app.command(as(user), COMMANDS.product, missing ? NO_SUCH_TERM : searchTerm(target), opts(user)),
      took: async (_a, _u, target, seen) => expect(JSON.stringify(seen.reply)).toContain(target.secret),
      hidesExistence: outsider,
    },
    'add a product (/product add)': {
      prepare: freshProduct,
      act: (_a, user) => () => ctx.app.command(as(user), COMMANDS.product, 'add', opts(user)),
      took: async (_a, _u, _t, seen) => opened(seen, 'product_add'),
      hidesExistence: nobody,
    },
    'add a product (submission)': {
      prepare: formOf('add'),
      act: (_a, user, target, missing) => () =>
        submitAs(user, target, missing, {
          [BLOCKS.productSku]: `NEW${target.ids?.[0]}`,
          [BLOCKS.productNameEn]: 'New product',
          [BLOCKS.productUnit]: '套',
          [BLOCKS.productPrice]: '10',
          [BLOCKS.productTaxRate]: '6',
        }),
      took: async (_a, user, target) =>
        expect(await ctx.app.deps.products.findBySku(ctx.app.teamId, `NEW${target.ids?.[0]}`)).toMatchObject({
          createdByUserId: as(user),
        }),
      hidesExistence: nobody,
    },
    'edit a product (submission)': {
      prepare: formOf('edit'),
      act: (_a, user, target, missing) => () =>
        submitAs(user, target, missing, { [BLOCKS.productUnit]: '箱' }),
      took: async (_a, user, target) =>
        expect(await productOf(target)).toMatchObject({ unit: '箱', updatedByUserId: as(user) }),
      hidesExistence: outsider,
    },
    'retire a product (button)': {
      prepare: freshProduct,
      act: (_a, user, target, missing) => () =>
        ctx.app.action(
          as(user),
          {
            action_id: ACTIONS.productRetire,
            value: encodeProductButton(
              { id: (target.ids?.[2] ?? 0) + (missing ? MISSING : 0), version: 1 },
              ctx.app.deps.clock.now(),
            ),
          },
          opts(user),
        ),
      took: async (_a, _u, target) => expect(await productOf(target)).toMatchObject({ status: 'retired' }),
      hidesExistence: outsider,
    },
    'set a price (/product price)': {
      prepare: freshProduct,
      act: (_a, user, target, missing) => () =>
        ctx.app.command(as(user), COMMANDS.product, `price ${skuOf(target, missing)} 1,234`, opts(user)),
      took: async (_a, _u, target) => {
        const product = await productOf(target);
        const list = await defaultPriceList({ ...ctx.app.deps, actor: finance() });
        expect(await ctx.app.deps.products.priceOn(ctx.app.teamId, list.id, product?.id ?? 0)).toBe(123_400);
      },
      hidesExistence: outsider,
    },
    'add a price list (/product list add)': {
      prepare: freshProduct,
      act: (_a, user, target) => () =>
        ctx.app.command(
          as(user),
          COMMANDS.product,
          `list add List ${target.ids?.[0]} ${as(user)}`,
          opts(user),
        ),
      took: async (_a, user, target) =>
        expect(
          await ctx.app.deps.priceLists.findByName(ctx.app.teamId, `List ${target.ids?.[0]} ${as(user)}`),
        ).toBeDefined(),
      hidesExistence: nobody,
    },
    'import a price list (/product import)': {
      prepare: freshProduct,
      act: (_a, user) => () => ctx.app.command(as(user), COMMANDS.product, 'import', opts(user)),
      took: async (_a, _u, _t, seen) => opened(seen, 'lead_import_upload'),
      hidesExistence: nobody,
    },
  };
}
