import type { commissionEn } from '../en/commission.js';

export const commissionZh: Record<keyof typeof commissionEn, string> = {
  'commission.policy.holdDays': '合同款项逾期超过此天数时，暂扣销售提成（天）',
  'commission.policy.holdDaysHint':
    '留空则不暂扣提成（默认）。逾期款收回后，暂扣的提成在下一期提成单中发放。',
  'commission.form.error.holdDays': '请填写 1–3650 的整天数，例如 30；留空则不暂扣提成。',
  'commission.statement.summary':
    '回款 {collected} · 应得 {earned} · 暂扣 {held} · 释放 {released} · 应发 *{payable}*',
  'commission.statement.holdRule':
    '抵扣提成：截至 {cutoff}，合同款项逾期超过 {days} 天的，其提成暂扣；逾期款收回后的第一期提成单中释放。',
  'commission.statement.showing': '显示 {total} 行中的 {shown} 行 —— 点 *导出 CSV* 查看全部。',
  'commission.statement.showingNoCsv': '显示 {total} 行中的 {shown} 行 —— 发给财务的 CSV 包含全部。',
  'commission.table.captionLines': '{month} 提成（按合同）',
  'commission.table.captionReps': '{month} 提成（按销售）',
  'commission.table.contract': '合同',
  'commission.table.customer': '客户',
  'commission.table.rep': '销售',
  'commission.table.currency': '币种',
  'commission.table.collected': '回款',
  'commission.table.rate': '提成率',
  'commission.table.commission': '提成',
  'commission.table.held': '暂扣',
  'commission.table.released': '释放',
  'commission.table.payable': '应发',
  'commission.table.reason': '原因',
  'commission.table.total': '合计 {currency}',
  'commission.reason.held': '{number}：逾期 {amount}，已 {days} 天',
  'commission.reason.released': '已释放：自 {month} 起暂扣，逾期款已收回',
  'commission.csv.rate': '提成率 %',
  'commission.csv.held': '暂扣',
  'commission.csv.released': '释放',
  'commission.csv.payable': '应发',
  'commission.csv.reason': '原因',
};
