export const customersEn = {
  'customers.usage':
    '*/customer* &lt;name or #number&gt; — a customer’s file: contacts, deals, contracts and money. Try `/customer acme` or `/customer #12`.',
  'customers.card.title': 'Customer #{id} {name}',
  'customers.card.kind.company': 'Company',
  'customers.card.kind.individual': 'Individual',
  'customers.card.owner': 'Owner: {owner}',
  'customers.card.industry': 'Industry: {industry}',
  'customers.card.contacts': '*Contacts*',
  'customers.card.noContacts': 'No contacts recorded yet.',
  'customers.card.money': '*Money* (confirmed in the ledger)',
  'customers.card.moneyLine':
    '{currency}: contracted {contracted} · collected {collected} · outstanding {outstanding}',
  'customers.card.noMoney': 'No contract yet.',
  'customers.card.openDeals': '*Open deals*',
  'customers.card.wonDeals': '*Won deals*',
  'customers.card.contracts': '*Contracts*',
  'customers.card.contractLine': '{number} · {status} · {amount}, collected {collected}',
  'customers.card.none': 'None.',
  'customers.card.lookAlikes':
    '*Maybe this customer too* — not linked, because only the name is alike or it was never won. Confirm the ones that are:',
  'customers.card.confirmLead': 'This is the customer',
  'customers.card.newDeal': 'New deal',
  'customers.search.many': 'Customers matching “{text}” ({total}); open one with `/customer #number`:',
  'customers.search.more': '…and {count} more: type more of the name.',
  'customers.linked': 'Lead #{leadId} is now filed under customer #{id} {name}.',
  'customers.error.notFound':
    'No customer of yours matches “{ref}”. Try part of the name (`/customer acme`) or its number (`/customer #12`); a lead becomes a customer when it is won.',
  'customers.error.alreadyLinked':
    'Lead #{id} is already filed under a customer. Open the customer again with `/customer` to see where it is.',
} as const;
