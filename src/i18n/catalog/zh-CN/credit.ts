import type { creditEn } from '../en/credit.js';

export const creditZh: Record<keyof typeof creditEn, string> = {
  'credit.card.heading': '*资信*',
  'credit.card.grade': '信用等级 *{grade}* — {reason}',
  'credit.card.unrated': '信用等级 —（未评级）— {reason}',
  'credit.card.limit': '信用额度：{limit}',
  'credit.card.noLimit': '信用额度：未设置',
  'credit.card.setLimit': '设置信用额度',
  'credit.reason.no_history': '尚无到期的分期款',
  'credit.reason.open_overdue': '有款项逾期 {days} 天未付',
  'credit.reason.on_time_share': '按时付款的分期占 {onTime}%',
  'credit.reason.overdue_share': '欠款中 {overdueShare}% 已逾期',
  'credit.reason.past_late': '曾有一笔付款迟了 {days} 天',
  'credit.reason.clean': '按时付款的分期占 {onTime}%，无逾期',
  'credit.modal.title': '信用额度',
  'credit.modal.intro': '客户 #{id} *{name}*。合同申请使欠款超过额度时，将增加财务审批步骤。',
  'credit.modal.amount': '信用额度（{currency}）',
  'credit.modal.hint': '例如 500000、500,000.00 或 50万。留空表示不设额度。',
  'credit.done.set': '客户 #{id} {name} 的信用额度：{limit}。',
  'credit.done.cleared': '客户 #{id} {name} 现在没有信用额度。',
  'credit.error.financeOnly':
    '只有财务或管理员可以设置信用额度。请财务同事打开 `/customer` 并点击“设置信用额度”。',
  'credit.error.changed':
    '客户 #{id} 在此表单打开后已被修改，未保存任何内容。请重新打开 `/customer #{id}`，在最新的卡片上设置额度。',
  'credit.gate.overLimit':
    ':warning: *资信：*未回款 {outstanding} + 本合同 {amount} = {total}，超过信用额度 {limit}。需财务审批。',
  'credit.gate.limitCurrency':
    ':warning: *资信：*信用额度以 {limitCurrency} 计，本合同以 {currency} 计；金额从不换算。需财务审批。',
  'credit.gate.overdue':
    ':warning: *资信：*逾期 {amounts}，最久 {days} 天（政策：超过 {maxDays} 天）。需财务审批。',
  'credit.gate.gradeD': ':red_circle: *信用等级 D* — {reason}。',
};
