import type { ledgerRefusalsEn } from '../en/ledger-refusals.js';

export const ledgerRefusalsZh: Record<keyof typeof ledgerRefusalsEn, string> = {
  'ledger.error.status.approved':
    '合同 {number} 已审批但尚未签订。请先标记签订：`/contract {number}` → *标记已签订*，并附上已签合同的链接。',
  'ledger.error.status.signed':
    '合同 {number} 已签订，尚未发货。下一步：首笔回款确认后，用 `/deliver {number}` 安排发货。',
  'ledger.error.status.delivering':
    '合同 {number} 正在发货。下一步：客户验收后，`/contract {number}` → *标记已交付*，并附上验收说明。',
  'ledger.error.status.delivered':
    '合同 {number} 已交付。剩下的是：用 `/payment {number}` 加金额收回余款，用 `/invoice {number}` 开票。',
  'ledger.error.status.closed':
    '合同 {number} 已关闭：已交付且全额回款，不能再变更。如与该客户有新业务，请用 `/contract` 加线索名称申请新合同。',
  'ledger.error.status.cancelled':
    '合同 {number} 已作废，不能再登记任何内容。如需继续与该客户合作，请用 `/contract` 加线索名称申请新合同。',
  'ledger.error.delivery.unsigned':
    '合同 {number} 尚未签订，签订后才能发货。请先标记签订：`/contract {number}` → *标记已签订*，并附上已签合同的链接。',
  'ledger.error.delivery.unsignedUnpaid':
    '合同 {number} 尚未签订，发货要等签订和首笔回款。请先标记签订：`/contract {number}` → *标记已签订*，并附上已签合同的链接。目前还没有回款：首笔应付 {needed}（`/payment {number} {needed}`；销售上报的回款由财务确认）。',
  'ledger.error.delivery.first_payment':
    '合同 {number} 要等首笔回款到账后才能发货，目前还没有已确认的回款。首笔应付 {needed}：请用 `/payment {number} {needed}` 登记（销售上报的回款由财务确认），然后再次 `/deliver {number}`。',
  'ledger.error.delivery.upfront':
    '合同 {number} 要等预付款全部到账后才能发货，还差 {needed} 待确认。请用 `/payment {number} {needed}` 登记（销售上报的回款由财务确认），然后再次 `/deliver {number}`。',
  'ledger.shortfall.head': '{user} 冲销了 {contract} 的回款 {amount}。该合同现在的回款低于财务规则的要求：',
  'ledger.shortfall.invoice':
    '• 发票 {invoices} 是在回款达到 {threshold}% 后批准的；现在仅回款 {collected}（{percent}%），还差 {short}。',
  'ledger.shortfall.delivery.first_payment': '• 发货是在首笔回款后安排的；现在没有任何已确认的回款。',
  'ledger.shortfall.delivery.upfront': '• 发货是在预付款全部到账后安排的；其中 {short} 现已不再计入回款。',
  'ledger.shortfall.next':
    '下一步：重新收回 {needed}，并用 `/payment {number} {needed}` 登记。在此之前，{number} 在台帐中会被标记。',
  'ledger.shortfall.nextAny':
    '下一步：重新收回客户的回款，并用 `/payment {number}` 加金额登记。在此之前，{number} 在台帐中会被标记。',
  'ledger.shortfall.flag': '⚠️ 因冲销，回款低于规则要求：需重新收回 {needed}。',
  'ledger.shortfall.flagAny': '⚠️ 因冲销，已发货但没有已确认的回款：需重新收回一笔回款。',
};
