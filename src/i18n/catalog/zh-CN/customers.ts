import type { customersEn } from '../en/customers.js';

export const customersZh: Record<keyof typeof customersEn, string> = {
  'customers.usage':
    '*/customer* &lt;名称或 #编号&gt; — 查看客户档案：联系人、商机、合同和款项。例如 `/customer 宏达` 或 `/customer #12`。',
  'customers.card.title': '客户 #{id} {name}',
  'customers.card.kind.company': '企业',
  'customers.card.kind.individual': '个人',
  'customers.card.owner': '负责人：{owner}',
  'customers.card.industry': '行业：{industry}',
  'customers.card.contacts': '*联系人*',
  'customers.card.noContacts': '尚无联系人记录。',
  'customers.card.money': '*款项*（以台帐确认为准）',
  'customers.card.moneyLine': '{currency}：合同 {contracted} · 已回款 {collected} · 未回款 {outstanding}',
  'customers.card.noMoney': '尚无合同。',
  'customers.card.openDeals': '*进行中的商机*',
  'customers.card.wonDeals': '*已成交*',
  'customers.card.contracts': '*合同*',
  'customers.card.contractLine': '{number} · {status} · {amount}，已回款 {collected}',
  'customers.card.none': '无。',
  'customers.card.lookAlikes':
    '*可能也是该客户* — 尚未关联（仅名称相似或从未成交）。请确认属于该客户的线索：',
  'customers.card.confirmLead': '确认属于该客户',
  'customers.card.newDeal': '新建商机',
  'customers.search.many': '与“{text}”匹配的客户（{total} 个）；用 `/customer #编号` 打开其中一个：',
  'customers.search.more': '……还有 {count} 个：请输入更完整的名称。',
  'customers.linked': '线索 #{leadId} 已归入客户 #{id} {name}。',
  'customers.error.notFound':
    '没有与“{ref}”匹配的你的客户。请输入名称的一部分（`/customer 宏达`）或编号（`/customer #12`）；线索成交后才会成为客户。',
  'customers.error.alreadyLinked': '线索 #{id} 已归入某个客户。请再次用 `/customer` 打开客户查看。',
} as const;
