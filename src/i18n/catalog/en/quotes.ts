/** Quotes (报价单): the builder, the quote's messages, its approval, its refusals. */
export const quotesEn = {
  'quotes.status.draft': 'Draft',
  'quotes.status.pending_approval': 'Waiting for approval',
  'quotes.status.approved': 'Approved',
  'quotes.status.sent': 'Sent',
  'quotes.status.accepted': 'Accepted',
  'quotes.status.declined': 'Declined',
  'quotes.status.expired': 'Expired',
  'quotes.language.en': 'English',
  'quotes.language.zh-CN': 'Chinese (简体中文)',

  'quotes.command.usage':
    'Usage: `/quote <lead>` builds a quote · `/quote list [mine|team|<lead>]` · `/quote BJ-2026-0001 [v1]` shows one · `/quote export` sends the CSV.',
  'quotes.command.noMatch': 'No lead matches "{text}". Check the spelling, or find it with `/lead {text}`.',
  'quotes.command.pick': 'Several leads match "{text}": quote by number with `/quote #<id>`:\n{leads}',

  'quotes.builder.title': 'Quote {number}',
  'quotes.builder.save': 'Save',
  'quotes.builder.close': 'Close',
  'quotes.builder.header': '*{number}* v{version} · {company} · {status}',
  'quotes.builder.priceList': '*Price list:* {name} ({currency})',
  'quotes.builder.noPriceList':
    '*No price list yet:* add free-text lines, or ask an admin to set up `/product`.',
  'quotes.builder.noLines': '_No lines yet: pick a product below, or paste lines._',
  'quotes.builder.line': '*{position}.* {what} · {quantity} {unit} × {price}{discount} = *{net}*',
  'quotes.builder.lineDiscount': ' − {discount}',
  'quotes.builder.totals': 'Subtotal {subtotal} · Quote discount {discount} · Tax {tax} · *Total {total}*',
  'quotes.builder.page': 'Lines {from}–{to} of {count}',
  'quotes.builder.previous': 'Previous lines',
  'quotes.builder.next': 'Next lines',
  'quotes.builder.remove': 'Remove',
  'quotes.builder.addHeader': '*Add a line*',
  'quotes.builder.product': 'Product (type to search the price list)',
  'quotes.builder.productPlaceholder': 'Code or name',
  'quotes.builder.description': 'Or a free-text line: description',
  'quotes.builder.unit': 'Unit (free-text line)',
  'quotes.builder.quantity': 'Quantity',
  'quotes.builder.price': 'Unit price (empty: the list price)',
  'quotes.builder.lineDiscountLabel': 'Line discount %',
  'quotes.builder.tax': 'Tax % (free-text line)',
  'quotes.builder.add': 'Add line',
  'quotes.builder.paste': 'Paste lines',
  'quotes.builder.termsHeader': '*Terms*',
  'quotes.builder.validUntil': 'Valid until',
  'quotes.builder.paymentTerms': 'Payment terms',
  'quotes.builder.deliveryTime': 'Delivery time',
  'quotes.builder.wholeDiscount': 'Discount on the whole quote %',
  'quotes.builder.language': 'Language of the document',
  'quotes.builder.priceListLabel': 'Price list',
  'quotes.builder.full':
    'This quote holds {max} lines, the most a quote takes: remove a line to add another.',
  'quotes.builder.readOnly': 'This quote is {status}: its lines can no longer change here.',
  'quotes.builder.lineErrors': 'The line was not added: {errors}',
  'quotes.builder.added': 'Line added.',

  'quotes.paste.title': 'Paste or import lines',
  'quotes.paste.submit': 'Add lines',
  'quotes.paste.label': 'One line each: SKU quantity [price] [discount%]',
  'quotes.paste.hint':
    'Example: `PUMP-100 12 ¥3,000 5%`. Leave the price out for the list price. Up to {max} lines a quote.',
  'quotes.paste.problems':
    '{count} line(s) could not be added, so nothing was saved. Fix them and paste again:\n{lines}',
  'quotes.paste.done': '{count} line(s) added to {number}.',
  'quotes.paste.fileLabel': 'Or a CSV / Excel (.xlsx) file of lines',
  'quotes.paste.fileHint':
    'One row a line. Columns: SKU (编码) and quantity (数量); price (单价, before tax; empty for the list price) and discount % (折扣) if you want. Up to {max} lines a quote.',
  'quotes.paste.nothing': 'Paste lines here, or choose a file below.',
  'quotes.paste.both': 'Paste lines or choose a file, not both: clear one of them.',
  'quotes.paste.fileProblems':
    '{count} row(s) of the file could not be added, so nothing was saved. Fix them and choose the file again:\n{lines}',

  'quotes.message.summary':
    '*{number}* v{version} · {company} · {status} · {total} · valid until {validUntil}',
  'quotes.message.owner': 'Rep: {owner}',
  'quotes.message.declined': 'Declined: {reason}',
  'quotes.message.versions': 'Sent versions: {versions}',
  'quotes.message.pdf': 'The PDF of v{version}: {link}',
  'quotes.message.pdfMissing': 'The PDF of v{version} was not recorded; here is what was sent.',
  'quotes.button.edit': 'Edit',
  'quotes.button.submit': 'Request approval',
  'quotes.button.send': 'Send PDF',
  'quotes.button.accept': 'Customer accepted',
  'quotes.button.decline': 'Customer declined',
  'quotes.button.revise': 'Revise (new version)',
  'quotes.button.contract': 'Contract request',
  'quotes.button.new': 'New quote',

  'quotes.list.title': '*Quotes* ({count})',
  'quotes.list.none': 'No quotes to show. Build one with `/quote <lead>`.',
  'quotes.list.more': 'Showing the newest {shown} of {count}. Narrow it with `/quote list <lead>`.',
  'quotes.list.column.number': 'Number',
  'quotes.list.column.company': 'Company',
  'quotes.list.column.status': 'Status',
  'quotes.list.column.total': 'Total',
  'quotes.list.column.validUntil': 'Valid until',
  'quotes.export.done': 'The CSV of {count} quote(s) with their lines is in your DM.',
  'quotes.changes.note':
    '{user} asked for changes: {comment}\nMake them with *Edit*, then press *Request approval* for a new approval round.',
  'quotes.card.title': '*Quotes*',
  'quotes.card.line': '{number} v{version} · {status} · {total}',

  'quotes.submitted.auto': '{number} is approved (within the auto-approval band): send it with *Send PDF*.',
  'quotes.submitted.routed':
    '{number} went to {approver} for approval. You will be told here when it is decided.',
  'quotes.submitted.missing':
    '{number} could not be routed: {missing}. An admin was told; ask them to set it up, then request approval again.',
  'quotes.sent.done':
    "{number} v{version} is sent: the PDF is in your DM and the lead's thread. Record the customer's answer on the quote.",
  'quotes.sent.thread': '{rep} sent quote {number} v{version} ({total}, valid until {validUntil}).',
  'quotes.accepted.done': '{number} is accepted. The contract request opens with its total and lines.',
  'quotes.declined.done': '{number} is recorded as declined. Revise it to send a new version.',
  'quotes.revised.done':
    '{number} is now v{version} (draft, valid until {validUntil}). Change it, then request approval.',
  'quotes.decline.title': 'Customer declined',
  'quotes.decline.reason': 'Why did the customer decline?',
  'quotes.decline.submit': 'Record',
  'quotes.expired.dm':
    'Quote {number} for {company} expired at the end of {date}. To offer it again, revise it: `/quote {number}` → *Revise* (a new version with a new validity date).',
  'quotes.contract.fromQuote': 'From quote {number} v{version}',

  'quotes.approval.summary': '*Quote {number} v{version}:* {total} · {lines} line(s)',
  'quotes.approval.discounts': '*Largest effective discount:* {max} · *Quote discount:* {whole} ({amount})',
  'quotes.approval.floorMargin': '*Margin over floor prices:* {margin}',
  'quotes.approval.belowFloor': ':warning: A line is priced below its floor price: the top approver decides.',
  'quotes.approval.line':
    '{position}. {what} · {quantity} × {price} · effective −{effective} · {net}{margin}',
  'quotes.approval.lineMargin': ' · floor margin {margin}',
  'quotes.approval.moreLines': '…and {count} more line(s) (`/quote` shows them all).',

  'quotes.error.notFound': 'No quote {ref} that you can see. List yours with `/quote list`.',
  'quotes.error.versionNotFound':
    '{number} has no sent v{version}. `/quote {number}` lists its sent versions.',
  'quotes.error.state.draft':
    '{number} is a draft: request approval first (*Request approval* on the quote).',
  'quotes.error.state.pending_approval':
    '{number} is waiting for approval: wait for the decision, or withdraw the request with *Cancel request* in the lead’s thread to change it.',
  'quotes.error.state.approved':
    '{number} is approved: send it with *Send PDF* (changing it needs approval again).',
  'quotes.error.state.sent':
    '{number} was sent: to change it, *Revise (new version)*; to close it, record the customer’s answer with *Customer accepted* or *Customer declined*.',
  'quotes.error.state.accepted':
    '{number} was accepted: go on with its contract request (`/contract` on the lead).',
  'quotes.error.state.declined': '{number} was declined: *Revise (new version)* to offer a new version.',
  'quotes.error.state.expired':
    '{number} expired: *Revise (new version)* to offer a new version with a new validity date.',
  'quotes.error.notOwner':
    'Only {owner} (the lead’s rep) or an admin can change this quote. Ask them, or have the lead handed over to you by their manager or an admin (`/lead #42 owner @you`, with the lead’s number).',
  'quotes.error.stale':
    '{number} changed since this was shown to you; nothing was saved. See it as it is now with `/quote {number}` and make your change again.',
  'quotes.error.leadClosed.lost':
    '{company} is marked lost: reopen the lead before quoting it — `/lead #{id}` → *Change stage*, to an open stage.',
  'quotes.error.leadClosed.won':
    '{company} is already won: go on with its contract (`/contract #{id}`) instead of a new quote.',
  'quotes.error.empty':
    '{number} has no lines: add at least one (*Add line* or *Paste lines* in the quote’s form), then request approval.',
  'quotes.error.tooManyLines':
    'A quote holds at most {max} lines ({count} asked). Split it into two quotes (*New quote*), or remove lines.',
  'quotes.error.linesRejected':
    '{count} line(s) could not be added; nothing was saved. Fix these and paste them again (*Paste lines*):\n{lines}',
  'quotes.error.noPriceList':
    'This quote has no price list to pick products from. Add free-text lines, or ask an admin to set up `/product`.',
  'quotes.error.pricesChanged':
    'The price list changed since these lines were priced: {skus}. Remove them and add them again (*Add line*), then *Request approval*.',
  'quotes.error.expired':
    '{number} expired on {date}: it can no longer be accepted. *Revise (new version)* (a new validity date) and send that.',
  'quotes.error.declineReason':
    'Say why the customer declined: it helps the next version and the loss analysis.',
  'quotes.error.quantity': 'Enter a quantity above zero (`12`, `1,200`, `1.5`, `1.2万`).',
  'quotes.error.price': 'Enter a unit price above zero (`3000`, `¥3,000`, `1.2万`).',
  'quotes.error.priceCurrency':
    "Enter the price in the quote's currency; other currencies are not converted.",
  'quotes.error.discount': 'Enter a discount between 0 and 100 %.',
  'quotes.error.tax': 'Enter a tax rate between 0 and 100 %.',
  'quotes.error.required': 'Required.',
  'quotes.error.tooLong': 'Too long: shorten it.',
  'quotes.error.date': 'Enter a date as YYYY-MM-DD.',
  'quotes.error.pastDate': 'The validity date cannot be in the past.',
  'quotes.error.productGone': 'That product is retired or no longer on this price list: pick another.',
  'quotes.error.priceListHasLines': 'Remove the product lines first: they are priced from the current list.',
  'quotes.error.pasteFormat': 'write it as `SKU quantity [price] [discount%]`',
  'quotes.error.pasteEmpty': 'Paste at least one line.',
  'quotes.error.unknownSku': "no product {sku} on this quote's price list",
  'quotes.error.retired': 'product {sku} is retired',
  'quotes.error.rendererUnavailable':
    "The quote's PDF could not be made just now; nothing was sent. Try *Send PDF* again in a minute.",
  'quotes.error.tooLarge':
    'That line comes to more than a quote line may hold: lower the quantity or price, or split it.',
  'quotes.error.pasteLine': 'line {line} ({text}): {problem}',
  'quotes.error.fileRow': 'row {line} ({text}): {problem}',
  'quotes.error.fileColumns':
    'The file needs a column of product codes (SKU or 编码) and one of quantities (Quantity or 数量); price (单价) and discount (折扣) columns are optional. Name the columns in the first row and choose the file again.',
  'quotes.error.fileNoSku': 'no product code in this row',
  'quotes.error.fileDiscountFraction':
    'the discount is a number below 1, as a cell formatted as a percentage is read (5 % arrives as 0.05): write the discount as 5% or 5 in the cell (for less than 1 %, with its %, e.g. 0.5%) and choose the file again',
} as const;
