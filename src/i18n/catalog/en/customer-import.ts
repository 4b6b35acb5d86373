/** Importing customers (`/customer import`): the columns, the preview, the outcome, the rows' own problems. */
export const customerImportEn = {
  'customers.import.column.id': 'Customer number',
  'customers.import.column.name': 'Customer name',
  'customers.import.column.kind': 'Type',
  'customers.import.column.industry': 'Industry',
  'customers.import.column.owner': 'Owner',
  'customers.import.column.contactName': 'Contact',
  'customers.import.column.contactTitle': 'Title',
  'customers.import.column.phone': 'Phone',
  'customers.import.column.email': 'Email',
  'customers.import.column.notes': 'Notes',
  'customers.import.column.creditLimit': 'Credit limit',
  'customers.import.column.currency': 'Currency',
  'customers.import.usage':
    '`/customer import` brings customers in from a CSV or Excel file (a `/customer export` file reads back unchanged).',
  'customers.import.title': 'Import customers',
  'customers.import.fileHint':
    'One customer per row, headers in the first row in English or Chinese (Customer name/客户名称, Type/类型, Owner/负责人, Contact/联系人, Phone/电话, Email/邮箱, Credit limit/信用额度…). Credit limits in {currency}. Nothing is saved before you confirm.',
  'customers.import.summary':
    '*{file}*: {rows} rows read — {valid} valid, {invalid} invalid. Credit limits in {currency}.',
  'customers.import.outcomes':
    'Importing it: {new} new customers, {updated} updated, {unchanged} unchanged, {notYours} left alone (someone else’s customer).',
  'customers.import.repeated':
    '{count} rows are the same customer as an earlier row (number, phone, email or company name) and are skipped.',
  'customers.import.changedTitle': '*Rows that change a customer* ({count}):',
  'customers.import.changedRow': 'Row {line} — customer #{id} *{name}*: {changes}',
  'customers.import.change': '{field} {before} → {after}',
  'customers.import.newContact': 'new contact {name}',
  'customers.import.none': 'none',
  'customers.import.nothingToImport':
    'Nothing to import: every valid row says what the customer file already has.',
  'customers.import.done':
    '*{file}* imported into the customer file: {created} customers created, {updated} updated, {unchanged} unchanged, {skipped} skipped, {rejected} rejected.',
  'customers.import.failed':
    'The import of *{file}* stopped. Nothing was lost: run `/customer import` with the same file to finish it.',
  'customers.import.error.id':
    'Not a customer number: write it as the export does (`12` or `#12`), or leave it empty.',
  'customers.import.error.kind': 'Unknown type: write Company or Individual (企业 or 个人).',
  'customers.import.error.currency':
    'Credit limits are in the team’s currency, {currency}: write the limit in {currency} (it is never converted) or leave the cell empty.',
  'customers.import.error.creditFinanceOnly':
    'Only finance or an admin sets credit limits: clear this cell (or the column) and import again, or ask finance to import the file.',
  'customers.import.error.ownerNotAllowed':
    'You may import customers only for yourself (or your reports, if you manage them): put your name in this cell, or ask their manager to import the row.',
} as const;
