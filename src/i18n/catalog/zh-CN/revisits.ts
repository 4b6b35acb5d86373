import type { revisitsEn } from '../en/revisits.js';

/** 定期回访：策略、早间私信中的回访、登记回访表单、拒绝提示。 */
export const revisitsZh: Record<keyof typeof revisitsEn, string> = {
  'revisits.outcome.satisfied': '满意',
  'revisits.outcome.issue_found': '发现问题',
  'revisits.outcome.new_need': '新需求',
  'revisits.outcome.not_reached': '未联系上',
  'revisits.card.last': '上次回访：{date}，{user} — {outcome}',
  'revisits.morning.title': '*今日待回访*',
  'revisits.morning.line': '*{customer}* · {contract} · 交付后第 {days} 天 · {date} 到期',
  'revisits.morning.button': '登记回访',
  'revisits.modal.title': '登记回访',
  'revisits.modal.submit': '保存',
  'revisits.modal.intro': '*{customer}* · {contract} · 交付后第 {days} 天（{date} 到期）',
  'revisits.modal.outcome': '回访结果',
  'revisits.modal.note': '备注',
  'revisits.modal.startDeal': '为这个新需求开始新商机',
  'revisits.modal.startDealHint': '选择“新需求”时：会给你一张已填好客户信息的新商机表单。',
  'revisits.modal.noteTooLong': '备注请少于 2000 个字符。',
  'revisits.modal.pickOutcome': '请选择回访结果。',
  'revisits.logged': '已登记 {customer}（{contract}）的回访：{outcome}。',
  'revisits.startDeal.text': '为 {customer} 的新需求开始商机：表单已填好客户信息。',
  'revisits.startDeal.button': '开始新商机',
  'revisits.error.notFound':
    '找不到回访 #{id}，或不由你登记。由客户的负责销售、其经理或管理员登记：用 `/customer` 打开客户查看负责人。',
  'revisits.error.alreadyLogged.satisfied':
    '{user} 已于 {at} 登记回访 #{id}：客户满意。本次未保存；`/customer` 的客户卡片上可以看到。',
  'revisits.error.alreadyLogged.issue_found':
    '{user} 已于 {at} 登记回访 #{id}：发现问题。本次未保存；`/customer` 的客户卡片上可以看到，`/service` 可为该问题开服务单。',
  'revisits.error.alreadyLogged.new_need':
    '{user} 已于 {at} 登记回访 #{id}：有新需求。本次未保存；`/customer` 的客户卡片上可以看到，点 *新建商机* 跟进需求。',
  'revisits.error.alreadyLogged.not_reached':
    '{user} 已于 {at} 登记回访 #{id}：未联系上客户。本次未保存；`/customer` 的客户卡片上可以看到。',
  'revisits.error.changed':
    '回访 #{id} 在表单打开后已有变动，本次未保存。请在早间消息中再点一次 *登记回访*，按最新情况填写。',
  'revisits.error.policyInput':
    '请给出交付后的天数，例如 `/salesflow revisits 7,30,90`（最多 6 个 1 到 3650 的数字），或 `/salesflow revisits off`。',
  'revisits.policy.status': '每次交付后第 *{days}* 天安排回访。',
  'revisits.policy.statusOff': '回访已*关闭*：交付后不安排回访。',
  'revisits.policy.usage':
    '管理员用 `/salesflow revisits 7,30,90`（交付后天数）或 `/salesflow revisits off` 设置。',
  'revisits.policy.set': '今后每次交付后第 *{days}* 天安排回访。之前交付的合同保留已有的回访。',
  'revisits.policy.setOff':
    '回访已*关闭*：新的交付不再安排回访。已安排的回访保留；`/salesflow revisits 7,30,90` 可重新开启。',
  'revisits.overview': '交付后回访：{value}',
  'revisits.overview.days': '第 {days} 天',
  'revisits.overview.off': '关闭',
};
