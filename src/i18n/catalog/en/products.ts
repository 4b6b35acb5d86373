export const productsEn = {
  'products.usage': [
    '*/product* &lt;text&gt; — find products by code or name (any part, any case, Chinese too), with their price on the default list',
    '*/product* &lt;code&gt; — one product and its price on every list; admins and finance get Edit, Retire and Reactivate',
    '*/product add* — add a product (admins, finance)',
    '*/product lists* — the price lists; *list add* &lt;name&gt; [standard | distributor | customer] and *list archive* &lt;name&gt; (admins, finance)',
    '*/product price* &lt;code&gt; &lt;amount&gt; [list] — a product’s price on a list (the default list when none is named); *price* &lt;code&gt; *remove* [list] takes it off (admins, finance)',
    '*/product import* [list] — import a price list from a CSV or Excel file, or send me the file in a DM (admins, finance)',
  ].join('\n'),

  // Column names: the import preview's selects, the reasons of rejected rows, and headers an import recognises.
  'products.column.sku': 'SKU',
  'products.column.name': 'Name',
  'products.column.nameEn': 'Name (en)',
  'products.column.nameZh': 'Name (zh)',
  'products.column.unit': 'Unit',
  'products.column.price': 'Price',
  'products.column.currency': 'Currency',
  'products.column.taxRate': 'Tax rate',
  'products.column.floorPrice': 'Floor price',
  'products.column.status': 'Status',

  // A field that cannot be saved (form fields and import rows).
  'products.error.required': 'This field is required.',
  'products.error.skuSpaces': 'A code is one word, without spaces (quote lines are read as "code quantity").',
  'products.error.skuTaken':
    'The code {sku} belongs to another product. Choose another code, or change that product (/product {sku}).',
  'products.error.tooLong': 'At most {max} characters: shorten it.',
  'products.error.nameRequired': 'Give the name in English or in Chinese (or both).',
  'products.error.price.negative': 'A price cannot be negative. A discount belongs on the quote.',
  'products.error.price.zero':
    'A list price must be above zero. Something given away goes on the quote at its list price with a 100 % discount.',
  'products.error.price.invalid': 'Not an amount: write it like 1,200, 1.2万 or ¥3,000.',
  'products.error.price.precision': 'Too many decimals for {currency}: round the price to its smallest unit.',
  'products.error.price.too_large': 'Too large for a price: check the digits and give it again.',
  'products.error.price.currency':
    'The price list is in {currency}: give the price in {currency}. Prices are never converted.',
  'products.error.floor.negative': 'A floor price cannot be negative. Leave it empty (or 0) for no floor.',
  'products.error.floor.invalid': 'Not an amount: write it like 800 or ¥800, or leave it empty for no floor.',
  'products.error.floor.precision': 'Too many decimals for {currency}: round the floor to its smallest unit.',
  'products.error.floor.too_large': 'Too large for a floor price: check the digits and give it again.',
  'products.error.floor.currency': 'The price list is in {currency}: give the floor in {currency}.',
  'products.error.floorAbovePrice':
    'The floor is above the list price ({price}): every sale at the list price would need the top approver. Lower the floor or raise the price.',
  'products.error.taxRate.invalid':
    'Not a tax rate: write 13%, 13 or 0.13 (at most two decimals of a percent).',
  'products.error.taxRate.above100': 'A tax rate cannot be above 100 %.',
  'products.error.status': 'Unknown status: write active (在售) or retired (停售).',

  // Refusals: what is wrong, and what to do instead.
  'products.error.managersOnly':
    'Only admins and finance change the price list. Ask one of them, or ask an admin to give you the finance role (`/salesflow role @you finance`).',
  'products.error.notFound':
    'No product *{ref}* in the price list. Find it with `/product` and part of its code or name; admins and finance add one with `/product add`.',
  'products.error.listNotFound':
    'No price list named *{name}*. `/product lists` shows the lists; admins and finance create one with `/product list add {name}`.',
  'products.error.listArchived':
    'The price list *{name}* is archived: no new price or quote can use it. Pick an active list (`/product lists`) or create one (`/product list add`).',
  'products.error.listNameTaken':
    'There is already a price list named *{name}*. Choose another name; `/product lists` shows them all.',
  'products.error.defaultArchive':
    '*{name}* is the default list: quotes start from it, so it cannot be archived. Take single products off it with `/product price` &lt;code&gt; `remove`, or retire them.',
  'products.error.stale': 'Someone changed *{sku}* after this was shown to you, so nothing was saved.',

  'products.list.defaultName': 'Standard',
  'products.kind.standard': 'standard',
  'products.kind.distributor': 'distributor',
  'products.kind.customer': 'customer contract',
  'products.status.active': 'Active',
  'products.status.retired': 'Retired',

  // `/product <text>`
  'products.search.none':
    'No product matches *{text}*. Try part of its code or name; admins and finance add one with `/product add`.',
  'products.search.title': '*{total}* products match *{text}* (prices on *{list}*, before tax):',
  'products.search.more': 'The first {shown} are shown: type more of the code or name to narrow it down.',
  'products.search.notOnList': 'not on this list',
  'products.table.caption': 'Products',

  // One product
  'products.card.unit': 'Unit',
  'products.card.taxRate': 'Tax rate',
  'products.card.floor': 'Floor price',
  'products.card.noFloor': 'none',
  'products.card.status': 'Status',
  'products.card.prices': 'Prices (before tax)',
  'products.card.default': 'default',
  'products.card.noPrices':
    'It is on no active price list. Set a price with `/product price {sku}` &lt;amount&gt; [list].',
  'products.card.retired': 'Retired: quotes that have it keep it as it was; new quote lines refuse it.',
  'products.card.edit': 'Edit',
  'products.card.retire': 'Retire',
  'products.card.reactivate': 'Reactivate',
  'products.card.retireConfirmTitle': 'Retire this product?',
  'products.card.retireConfirm':
    'New quote lines will refuse {sku}. Quotes that have it keep it as it was. You can reactivate it later.',
  'products.card.retireConfirmYes': 'Retire',
  'products.card.retireConfirmNo': 'Cancel',
  'products.retired': 'Retired *{sku}*: new quote lines refuse it; quotes that have it keep it.',
  'products.reactivated': '*{sku}* is active again.',

  // The add and edit forms
  'products.modal.addTitle': 'Add product',
  'products.modal.editTitle': 'Edit product',
  'products.modal.save': 'Save',
  'products.modal.cancel': 'Cancel',
  'products.field.sku': 'Code (SKU)',
  'products.field.skuHint': 'One word, unique in the team whatever the case.',
  'products.field.nameEn': 'Name (English)',
  'products.field.nameZh': 'Name (Chinese)',
  'products.field.nameHint': 'At least one of the two names.',
  'products.field.unit': 'Unit',
  'products.field.unitHint': '台, 套, 年, hour…: shown on the quote as written.',
  'products.field.price': 'List price on {list} ({currency}, before tax)',
  'products.field.priceHint': 'Like 1,200, 1.2万 or ¥3,000.',
  'products.field.taxRate': 'Tax rate',
  'products.field.taxRateHint': '13%, 13 or 0.13 all mean 13 %. 0 for none.',
  'products.field.floorPrice': 'Floor price ({currency}, optional)',
  'products.field.floorPriceHint':
    'A quote line below it needs the top approver. Reps do not see it. Empty or 0: no floor.',
  'products.saved.added': 'Added *{sku}*. `/product {sku}` shows it.',
  'products.saved.edited': 'Saved *{sku}*.',
  'products.stale.by': 'Changed by {user}.',
  'products.stale.changes': '*What changed:*',
  'products.stale.change': '{field}: {before} → {after}',
  'products.stale.formRefreshed':
    'The form now shows the product as it is, with your own changes on top: check them and save again.',
  'products.stale.cardRefreshed': 'Here it is as it is now.',

  // Price lists
  'products.lists.title': '*Price lists* (prices before tax)',
  'products.lists.name': 'List',
  'products.lists.kind': 'Kind',
  'products.lists.currency': 'Currency',
  'products.lists.products': 'Products',
  'products.lists.status': 'Status',
  'products.lists.default': 'default',
  'products.lists.active': 'active',
  'products.lists.archived': 'archived',
  'products.lists.line': '{name} — {kind}, {currency}, {count} products, {status}',
  'products.lists.hint':
    'Set a price: `/product price` &lt;code&gt; &lt;amount&gt; &lt;list&gt;. A new list: `/product list add` &lt;name&gt; [standard | distributor | customer].',
  'products.list.added':
    'Price list *{name}* created ({kind}, {currency}). Put prices on it with `/product price` &lt;code&gt; &lt;amount&gt; {name}, or import a file with `/product import {name}`.',
  'products.list.archivedDone':
    'Price list *{name}* archived: quotes that used it keep their prices; no new price or quote can use it.',
  'products.list.alreadyArchived': 'Price list *{name}* was already archived; nothing changed.',

  // `/product price`
  'products.price.changed': '*{sku}* on *{list}*: {price} (was {previous}).',
  'products.price.added': '*{sku}* is now on *{list}* at {price}.',
  'products.price.unchanged': '*{sku}* was already at {price} on *{list}*.',
  'products.price.belowFloor':
    ':warning: That is below its floor price ({floor}): quote lines at this price will need the top approver.',
  'products.price.removed':
    '*{sku}* is no longer on *{list}* (it was {previous}). Quotes that used it keep their price.',
  'products.price.notOnList': '*{sku}* was not on *{list}*: nothing to take off.',

  // Importing a price list
  'products.import.title': 'Import price list',
  'products.import.fileHint':
    'One product per row, headers in the first row in English or Chinese (SKU/编码, Name/名称, Unit/单位, Price/单价, Tax rate/税率…). Prices are before tax, in {currency}, for the list {list}. Nothing is saved before you confirm.',
  'products.import.summary':
    '*{file}* for the price list *{list}* ({currency}): {rows} rows read — {valid} valid, {invalid} invalid.',
  'products.import.outcomes': 'Importing it: {new} new products, {updated} updated, {unchanged} unchanged.',
  'products.import.repeated': '{count} rows repeat the code of an earlier row and are skipped.',
  'products.import.changedTitle': '*Rows that change a product* ({count}):',
  'products.import.changedRow': 'Row {line} *{sku}* — {changes}',
  'products.import.change': '{field} {before} → {after}',
  'products.import.none': 'none',
  'products.import.nothingToImport':
    'Nothing to import: every valid row says what the price list already has.',
  'products.import.done':
    '*{file}* imported into the price list: {created} products created, {updated} updated, {unchanged} unchanged, {skipped} skipped, {rejected} rejected.',
  'products.import.failed':
    'The import of *{file}* stopped. Nothing was lost: run `/product import` with the same file to finish it.',
  'products.dm.importPriceList': 'Import as price list',
} as const;
