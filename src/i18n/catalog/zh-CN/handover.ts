import type { handoverEn } from '../en/handover.js';

export const handoverZh: Record<keyof typeof handoverEn, string> = {
  'handover.notAllowed':
    '只有管理员，或 {owner} 的上级经理或总监（直接或间接）可以转交其线索；经理和总监只能转给自己或自己的下属。请他们来转交：单条线索用 `/lead #42 owner @用户`（换成线索编号），全部转交用 `/salesflow handover @原负责人 @新负责人`。',
  'handover.sameOwner':
    '{user} 已经是负责人，无需转交。如要转给他人，请改为指定其他人（`/lead #42 owner @用户`，换成线索编号）。',
  'handover.conflict':
    '线索 #{id} 刚刚被转交或关闭。没有做任何改动，请用 `/lead #{id}` 重新查看，如仍需要再转交。',

  'handover.done': '线索 *#{id} {company}* 现在由 {to} 负责。',
  'handover.doneRequests': '它的 {count} 个待审批申请也一并转交。',
  'handover.toNewOwner': '{actor} 把线索 *#{id} {company}* 转交给你（原负责人 {from}）。',
  'handover.toOldOwner': '{actor} 把你的线索 *#{id} {company}* 转交给了 {to}。',
  'handover.threadLine': '{actor} 把这条线索从 {from} 转交给 {to}。',

  'handover.previewTitle': '把 {from} 的工作转交给 {to}？',
  'handover.preview':
    '• {leads} 条进行中的线索，其中 {followUps} 条有跟进计划（跟进随线索一起转交）\n• {requests} 个待审批申请',
  'handover.previewBlocked': '• {count} 个申请仍留给 {from}：{to} 是它们的审批人，不能审批自己的申请。',
  'handover.previewWaiting':
    '• {count} 个审批在等 {from} 审批，不会转交：请用 `/salesflow delegate` 设置代理人，或调整汇报关系。',
  'handover.previewNote': '确认时以当时 {from} 名下的线索为准。',
  'handover.nothing': '{from} 没有进行中的线索，也没有待审批的申请。',
  'handover.confirm': '确认转交',
  'handover.cancel': '取消',
  'handover.cancelled': '没有转交任何内容。',
  'handover.result': '完成：{leads} 条线索和 {requests} 个审批申请已从 {from} 转交给 {to}。',
  'handover.summaryToNew': '{actor} 把 {from} 的 {leads} 条线索和 {requests} 个审批申请转交给你。',
  'handover.summaryToOld': '{actor} 把你的 {leads} 条进行中线索和 {requests} 个审批申请转交给了 {to}。',
  'handover.usage':
    '• `/lead #42 owner @同事` — 把一条线索转给别人（负责人的经理、总监或管理员）\n• `/salesflow handover @离职人 @接手人` — 预览并确认后，转交离职同事所有进行中的线索、跟进和待审批申请',
};
