import type { inboundEn } from '../en/inbound.js';

export const inboundZh: Record<keyof typeof inboundEn, string> = {
  'inbound.cardText': '来自网页表单的新线索，负责人 {user}',
  'inbound.toRep': '网页表单来了一条新线索，分配给你：*#{id} {company}*。请今天回电。',
  'inbound.possibleDuplicates': '它可能与 {leads} 重复。',

  'inbound.notSetUp': '还没有开启外部线索。请先用 `/salesflow inbound new` 创建密钥。',
  'inbound.poolTooLarge':
    '分配池最多 {max} 人（本次 {count} 人）。请减少人数：`/salesflow inbound pool @销售1 @销售2`。',
  'inbound.statusOff': '外部线索未开启：还没有密钥。',
  'inbound.statusOn': '外部线索已开启（密钥由 {user} 创建，最近更换于 {at}）。',
  'inbound.pool': '新线索轮流分配给：{users}。',
  'inbound.poolEmpty': '没有设置分配池：新线索交给 {user}。',
  'inbound.secretCreated':
    '你的外部线索密钥（只显示这一次，只有你能看到；Salesflow 只保存它的哈希）：\n`{token}`\n调用本 Salesflow 服务器的 `POST /inbound/leads` 时，以 `Authorization: Bearer …` 发送。详见 README 的 “Leads from outside”。',
  'inbound.secretRotated': '旧密钥已失效。你的新密钥（只显示这一次，只有你能看到）：\n`{token}`',
  'inbound.poolSet': '新的外部线索将轮流分配给：{users}。',
  'inbound.poolCleared': '分配池已清空：新的外部线索交给创建密钥的管理员。',
  'inbound.disabled': '外部线索已关闭，密钥已删除。',
  'inbound.alreadyOff': '外部线索本来就是关闭的。',
  'inbound.usage':
    '• `/salesflow inbound` — 查看外部线索是否开启、分配给谁（管理员）\n• `/salesflow inbound new` — 创建或更换 `POST /inbound/leads` 的密钥（管理员）\n• `/salesflow inbound pool @销售1 @销售2 …` — 轮流接收外部线索的人；`pool none` 清空（管理员）\n• `/salesflow inbound off` — 删除密钥（管理员）',
};
