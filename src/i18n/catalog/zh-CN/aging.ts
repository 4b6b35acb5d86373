import type { agingEn } from '../en/aging.js';

export const agingZh: Record<keyof typeof agingEn, string> = {
  'aging.title': '应收账龄',
  'aging.heading.rep': '按销售的应收账龄 · {currency} · 截至 {today}',
  'aging.heading.customer': '按客户的应收账龄 · {currency} · 截至 {today}',
  'aging.caption': '按逾期天数分段的逾期金额（按{grouping}）',
  'aging.grouping.rep': '销售',
  'aging.grouping.customer': '客户',
  'aging.column.d30': '0–30 天',
  'aging.column.d60': '31–60 天',
  'aging.column.d90': '61–90 天',
  'aging.column.over90': '90 天以上',
  'aging.column.total': '逾期合计',
  'aging.column.interest': '利息',
  'aging.column.contracts': '合同数',
  'aging.flagCell': '⚠️ {count}',
  'aging.flagged':
    '⚠️ {count} 份合同在冲销后所收款项低于规则要求：{numbers}。请重新回款：`/payment <合同> <金额>`。',
  'aging.interestRule':
    '利息：年利率 {rate}%，按 365 天逐日计息，每期四舍五入到分。仅作显示，不计入合同金额。',
  'aging.more': '显示 {shown} / {count} 行（逾期金额大者在前）；导出 CSV 可得全部。',
  'aging.otherCurrencies': '其他币种（{currencies}）请见导出的 CSV。',
  'aging.empty': '没有逾期款项，也没有冲销后短缺的合同。查看全部合同：`/contract ledger`。',
  'aging.usage': '按销售：`/contract aging rep` · 按客户：`/contract aging customer`',
  'aging.pointer': '按销售、按客户分段列表：`/contract aging`',
  'aging.exportTitle': '截至 {today} 的应收账龄（{count} 行）',
  'aging.policy.interest': '逾期计息，年利率 %（留空 = 不计息）',
  'aging.policy.interestHint':
    '仅在 /contract aging 中显示：逾期金额 × 年利率 ÷ 365 × 逾期天数，每期四舍五入到分。不计入合同金额。',
  'aging.recon.short': '冲销后短缺（当前）：',
  'aging.recon.line': '{contract} · {rep} · 需重新回款 {needed}',
  'aging.recon.lineAny': '{contract} · {rep} · 任一笔确认回款即可解除',
  'aging.recon.more': '……另有 {count} 份，见导出的 CSV',
};
