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
} as const;
