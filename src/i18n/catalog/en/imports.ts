export const importsEn = {
  // Column headers of an export, also recognised when a file is imported (with the aliases in header-mapping.ts).
  'imports.column.id': 'ID',
  'imports.column.companyName': 'Company',
  'imports.column.contactName': 'Contact',
  'imports.column.contactTitle': 'Title',
  'imports.column.phone': 'Phone',
  'imports.column.email': 'Email',
  'imports.column.kind': 'Type',
  'imports.column.industry': 'Industry',
  'imports.column.companySize': 'Company size',
  'imports.column.source': 'Source',
  'imports.column.estimatedValue': 'Estimated value',
  'imports.column.currency': 'Currency',
  'imports.column.stage': 'Stage',
  'imports.column.owner': 'Owner',
  'imports.column.intent': 'Intent',
  'imports.column.expectedCloseDate': 'Expected close date',
  'imports.column.nextFollowUpOn': 'Next follow-up',
  'imports.column.notes': 'Notes',
  'imports.column.createdAt': 'Created',
  'imports.column.lastActivityAt': 'Last activity',
  'imports.column.problem': 'Why it was not imported',

  'imports.error.stage': 'Unknown stage.',
  'imports.error.closedStage': 'Won and lost leads are not imported: they need an amount or a reason.',
  'imports.error.currency': 'Unknown currency (use CNY, USD, EUR, GBP, JPY, HKD or SGD).',
  'imports.error.ownerUnknown': 'No member found with this email, Slack name or id.',
  'imports.error.ownerNotAllowed':
    'You may import leads only for yourself (or your reports, if you manage them).',
  'imports.problem': '{field}: {message}',

  'imports.file.type':
    'Send a CSV or an Excel (`.xlsx`) file. Older `.xls` files: save them as `.xlsx` first.',
  'imports.file.tooLarge':
    'The file is larger than {megabytes} MB. Split it into smaller files and import each with `/lead import` (`/product import` for a price list, `/customer import` for customers).',
  'imports.file.unreadable':
    'This file could not be read as a spreadsheet. Open it in Excel or WPS, save it as `.xlsx` or CSV, and send it again.',
  'imports.file.empty':
    'The file has no rows under its header. Put the column names in the first row and one record per row under it, then send it again (`/lead import`, `/product import` for a price list, `/customer import` for customers).',
  'imports.file.tooManyRows':
    'The file has more than {max} rows; split it into files of at most {max} rows and import each with `/lead import` (`/product import` for a price list, `/customer import` for customers).',
  'imports.file.noCompanyColumn':
    'No column holds the company or customer name. Name that column `Company` (or `公司`, `客户名称`) and send the file again.',
  'imports.usage':
    '*/lead import* — import leads from a CSV or Excel file (or send the file to me in a DM)\n*/lead export* [mine | team | stage &lt;stage&gt; | stale | &lt;text&gt;] — the leads you can see, as a CSV',
  'imports.notFound':
    'This import no longer exists, or it is not yours. Start a new one with `/lead import` (`/product import` for a price list, `/customer import` for customers).',
  'imports.alreadyStarted':
    'This import has already started (once is enough): its progress is in your DM with Salesflow. To import another file, start again with `/lead import` (`/product import` for a price list, `/customer import` for customers).',

  'imports.modal.title': 'Import leads',
  'imports.modal.next': 'Preview',
  'imports.modal.import': 'Import',
  'imports.modal.close': 'Cancel',
  'imports.modal.file': 'CSV or Excel (.xlsx) file',
  'imports.modal.fileHint':
    'One lead per row, headers in the first row, in English or Chinese (Company/公司, Contact/联系人, Phone/电话…). Nothing is saved before you confirm.',
  'imports.modal.started': 'Importing *{file}*: the progress is in your DM with Salesflow.',
  'imports.modal.reading': 'Reading *{file}*…',
  'imports.preview.summary':
    '*{file}*: {rows} rows read — {valid} valid, {invalid} invalid, {duplicates} duplicates of existing leads.',
  'imports.preview.alreadyImported': '{count} rows were imported before and will not be created again.',
  'imports.preview.repeated':
    '{count} rows repeat an earlier row of the file (same phone or email) and are skipped.',
  'imports.preview.mapping': '*Columns.* Check which column holds what, then press *Check again*.',
  'imports.preview.notMapped': '— not imported —',
  'imports.preview.column': 'Column {number}: {header}',
  'imports.preview.checkAgain': 'Check again',
  'imports.preview.invalidTitle': '*Rows that will not be imported* ({count}):',
  'imports.preview.duplicatesTitle': '*Rows matching existing leads* ({count}):',
  'imports.preview.more': '…and {count} more.',
  'imports.preview.row': 'Row {line}',
  'imports.preview.duplicateOf': 'Row {line} *{company}* — lead #{id} *{match}* of {owner} ({reasons})',
  'imports.preview.duplicateHidden': 'Row {line} *{company}* — a lead of {owner} ({reasons})',
  'imports.preview.policy': 'Rows matching an existing lead',
  'imports.preview.policySkip': 'Skip them',
  'imports.preview.policyUpdate': 'Update the existing lead with the row’s values',
  'imports.preview.nothingToImport': 'No row can be imported as the columns are mapped now.',
  'imports.reason.phone': 'same phone',
  'imports.reason.email': 'same email',
  'imports.reason.company': 'similar company name',
  'imports.progress.running': 'Importing *{file}*: {processed} of {total} rows.',
  'imports.progress.done':
    '*{file}* imported: {created} created, {updated} updated, {skipped} skipped as duplicates, {alreadyImported} imported before, {rejected} rejected.',
  'imports.progress.rejectedFile':
    'The rejected rows, with the reason in the first column: fix them and import the file again.',
  'imports.progress.failed':
    'The import of *{file}* stopped. Nothing was lost: run `/lead import` with the same file to finish it.',
  'imports.dm.received': 'Got *{file}*. Press the button to check it before anything is imported.',
  'imports.dm.open': 'Preview import',
  'imports.export.none': 'No leads to export with this filter.',
  'imports.export.done': '{count} leads exported.',
  'imports.export.truncated': 'Only the first {count} leads were exported; narrow the filter for the rest.',
  'imports.duplicates.title': '*This may already be a lead:*',
  'imports.duplicates.visible': '#{id} *{company}* ({contact}) — {stage}, owner {owner} — {reasons}',
  'imports.duplicates.hidden': 'A lead of {owner} — {reasons}',
  'imports.duplicates.open': 'Open #{id}',
  'imports.duplicates.createAnyway': 'It is a different customer: create the lead anyway',
  'imports.duplicates.confirm': 'Confirm',
} as const;
