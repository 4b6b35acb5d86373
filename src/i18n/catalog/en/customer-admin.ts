/** The customer file's admin side: merging two customers, exporting and importing them. */
export const customerAdminEn = {
  'customers.error.merged':
    'Customer #{id} was merged into customer #{into}. Open it with `/customer #{into}`.',
  'customers.merge.usage':
    '`/customer merge #12 #34` merges customer #34 into #12 (admins only): you see what moves before anything does.',
  'customers.merge.title': 'Merge customer #{merged} {mergedName} into #{kept} {keptName}?',
  'customers.merge.keeps': 'Kept: the name *{name}* and the owner {owner} of #{kept}.',
  'customers.merge.moves':
    'Moves from #{merged}: {leads} leads with {contracts} contracts, {contacts} contacts. {collapsed} of its contacts have the phone or email of one of #{kept}’s and are folded into it.',
  'customers.merge.money': '*Money that moves* (its contracts):',
  'customers.merge.confirm': 'Merge',
  'customers.merge.warning':
    'Customer #{merged} will answer “merged into #{kept}” from then on. This cannot be undone from Slack.',
  'customers.merge.done':
    'Customer #{merged} {mergedName} is merged into #{kept} {keptName}: {leads} leads and {contacts} contacts moved, {collapsed} duplicate contacts folded in. Open it with `/customer #{kept}`.',
  'customers.merge.error.adminOnly':
    'Only Salesflow admins can merge customers. Ask an admin (see them with `/salesflow team`) to run `/customer merge`.',
  'customers.merge.error.same':
    'Customer #{id} cannot be merged into itself. Name two customers: `/customer merge #12 #34`.',
  'customers.merge.error.alreadyMerged':
    'Customer #{id} is already merged into #{into}, so nothing was merged. Open `/customer #{into}` and run `/customer merge` again if there is more to merge.',
  'customers.merge.error.stale':
    'The customers changed since this preview: #{merged} now has {leads} leads and {contacts} contacts (the preview showed {leadsSeen} and {contactsSeen}), or #{kept} was edited. Nothing was merged: run `/customer merge #{kept} #{merged}` again to see what would move now.',
  'customers.export.column.id': 'Customer number',
  'customers.export.column.name': 'Customer name',
  'customers.export.column.kind': 'Type',
  'customers.export.column.industry': 'Industry',
  'customers.export.column.owner': 'Owner',
  'customers.export.column.contactName': 'Contact',
  'customers.export.column.contactTitle': 'Title',
  'customers.export.column.phone': 'Phone',
  'customers.export.column.email': 'Email',
  'customers.export.column.otherContacts': 'Other contacts',
  'customers.export.column.contracted': 'Contracted',
  'customers.export.column.collected': 'Collected',
  'customers.export.column.outstanding': 'Outstanding',
  'customers.export.column.notes': 'Notes',
  'customers.export.column.createdAt': 'Created',
  'customers.export.none':
    'No customers of yours to export yet: a lead becomes a customer when it is won (`/lead` to find your open deals).',
  'customers.export.done': '{count} customers exported: the file is in your direct messages with Salesflow.',
  'customers.export.truncated': 'Only the first {count} customers were exported; ask an admin for the rest.',
  'customers.export.usage':
    '`/customer export` sends you a CSV of the customers you can see, with their contacts and money per currency.',
} as const;
