import type { serviceEn } from '../en/service.js';

export const serviceZh: Record<keyof typeof serviceEn, string> = {
  'service.usage':
    '*/service* &lt;客户&gt; &lt;情况说明&gt; — 登记售后服务请求。客户可写编号或名称的第一个词：`/service #12 打印机卡纸` 或 `/service 宏达 新员工培训`。',
  'service.search.many': '有多个客户匹配“{text}”（{total} 个）。请用编号指明：`/service #编号 情况说明`。',
  'service.form.title': '售后服务请求',
  'service.form.submit': '提交',
  'service.form.customer': '*客户 #{id} {name}*',
  'service.form.kind': '类型',
  'service.form.priority': '优先级',
  'service.form.description': '情况说明',
  'service.form.pick': '请选择',
  'service.form.error.kind': '请选择类型：安装、培训、故障、投诉或退货。',
  'service.form.error.priority': '请选择优先级：P1 紧急、P2 高、P3 普通或 P4 低。',
  'service.form.error.description': '请说明发生了什么，便于负责人处理。',
  'service.form.error.tooLong': '请控制在 2000 字以内，详细情况可写在讨论串里。',
  'service.kind.installation': '安装',
  'service.kind.training': '培训',
  'service.kind.fault': '故障',
  'service.kind.complaint': '投诉',
  'service.kind.return': '退货',
  'service.priority.urgent': 'P1 · 紧急',
  'service.priority.high': 'P2 · 高',
  'service.priority.normal': 'P3 · 普通',
  'service.status.open': '待处理',
  'service.status.in_progress': '处理中',
  'service.status.resolved': '已解决',
  'service.status.closed': '已关闭',
  'service.opened.done': '已为{customer}登记售后服务请求 #{id}，负责人：{owner}。',
  'service.message.head': '*售后服务请求 #{id}* · {kind} · {priority} · {status}',
  'service.message.customer': '客户 #{customerId} {customer} · 负责人 {owner} · 登记人 {opener}',
  'service.message.resolution': '处理结果：{resolution}',
  'service.message.satisfaction': '客户满意度：{score}/5 · 关闭人 {user}',
  'service.button.start': '开始处理',
  'service.button.resolve': '标记解决',
  'service.button.close': '关闭',
  'service.resolve.title': '标记解决',
  'service.resolve.submit': '解决',
  'service.close.title': '关闭服务请求',
  'service.close.submit': '关闭',
  'service.close.resolution': '处理结果',
  'service.close.satisfaction': '客户满意度',
  'service.close.score': '{score} 分（满分 5）',
  'service.close.error.resolution': '请说明做了什么处理，便于后续跟进。',
  'service.close.error.satisfaction': '请选择客户满意度，1（很不满意）到 5（很满意）。',
  'service.note.started': '售后服务请求 #{id}：{user} 已开始处理。',
  'service.note.resolved': '售后服务请求 #{id} 已由 {user} 解决：{resolution}',
  'service.note.closed': '售后服务请求 #{id} 已由 {user} 关闭（满意度 {score}/5）：{resolution}',
  'service.error.notFound': '没有你的售后服务请求 #{id}。用 `/customer` 打开客户可查看其未结服务请求。',
  'service.error.alreadyClosed':
    '售后服务请求 #{id} 已由 {user} 关闭（{at}），无需再处理；如问题再次出现，请用 `/service` 新建。',
  'service.error.state.open': '售后服务请求 #{id} 仍待处理：请在其消息上点 *开始处理*，或点 *关闭*。',
  'service.error.state.in_progress':
    '售后服务请求 #{id} 已在处理中：完成后请在其消息上点 *标记解决*，或点 *关闭*。',
  'service.error.state.resolved': '售后服务请求 #{id} 已解决：请在其消息上点 *关闭* 并填写客户满意度。',
  'service.error.state.closed': '售后服务请求 #{id} 已关闭；如问题再次出现，请用 `/service` 新建。',
  'service.error.noCustomer':
    '该合同的线索 #{id} 尚未归入客户。请用 `/customer` 打开客户并确认该线索后再试。',
  'service.card.title': '*售后服务*',
  'service.card.open': '• #{id} {kind} · {priority} · {status} · {owner}：{description}',
  'service.card.noOpen': '没有未结的售后服务请求。',
  'service.card.more': '……另有 {count} 个未结请求。',
  'service.card.nextRevisit': '下次回访：{date}（{contract} 交付后第 {days} 天）',
  'service.card.noRevisit': '暂无回访计划。',
  'service.card.button': '售后服务',
  'service.priority.low': 'P4 · 低',
  'service.error.alreadyResolved':
    '售后服务请求 #{id} 已由 {user} 解决（{at}）。无需重复：请在其消息上点 *关闭* 并填写客户满意度。',
  'service.message.respondBy': '响应期限 {at}',
  'service.message.resolveBy': '解决期限 {at}',
  'service.message.overdue': '*已超时*',
  'service.notify.responseReminder':
    '客户 {customer} 的售后服务请求 #{id}（{priority}）应在 {due} 前开始处理。接手时请在其消息上点 *开始处理*。',
  'service.notify.resolutionReminder':
    '客户 {customer} 的售后服务请求 #{id}（{priority}）应在 {due} 前解决。完成后请在其消息上点 *标记解决* 并说明处理结果。',
  'service.notify.responseMissedManager':
    '客户 {customer} 的售后服务请求 #{id}（{priority}），负责人 {owner}，未在 {due} 前开始处理。请与 {owner} 确认；能看到该客户的人都可在其消息上点 *开始处理*。',
  'service.notify.resolutionMissedManager':
    '客户 {customer} 的售后服务请求 #{id}（{priority}），负责人 {owner}，未在 {due} 前解决。请与 {owner} 确认；解决后在其消息上点 *标记解决*。',
  'service.notify.responseMissedOwner':
    '客户 {customer} 的售后服务请求 #{id} 已超过响应期限（{due}），已通知 {manager}。请立即在其消息上点 *开始处理*。',
  'service.notify.resolutionMissedOwner':
    '客户 {customer} 的售后服务请求 #{id} 已超过解决期限（{due}），已通知 {manager}。完成后请在其消息上点 *标记解决*。',
  'service.notify.missedNobody':
    '客户 {customer} 的售后服务请求 #{id}（负责人 {owner}）已超过期限（{due}），但 {owner} 没有上级可通知。请用 `/salesflow reports-to @负责人 @上级` 设置。',
  'service.owner.usage':
    '指定售后负责人：`/salesflow service-owner @成员`；`/salesflow service-owner off` 则恢复为由客户的销售负责。',
  'service.owner.set':
    '今后新的售后服务请求都由 {user} 负责；已有请求的负责人不变。`/salesflow service-owner off` 可恢复为由客户的销售负责。',
  'service.owner.cleared':
    '未设售后负责人：新的售后服务请求由客户的销售负责。可用 `/salesflow service-owner @成员` 指定。',
  'service.owner.overview': '*售后负责人：* {value}',
  'service.owner.none': '客户的销售',
  'service.targets.status':
    '*售后服务时限*（按团队日历的工作时间计算；`h` = 工作小时，`d` = 工作日，每天 9 小时）：',
  'service.targets.line': '• {priority}：{response} 内响应，{resolution} 内解决',
  'service.targets.change':
    '管理员可用 `/salesflow service-targets P2 4h 2d`（优先级、响应、解决）修改，或用 `/salesflow service-targets reset` 恢复默认值。',
  'service.targets.usage':
    '请写出优先级、响应时限和解决时限：`/salesflow service-targets P2 4h 2d`（P1–P4；`h` = 工作小时，`d` = 工作日；1h 至 30d；响应时限不得长于解决时限），或用 `/salesflow service-targets reset` 恢复默认值。',
  'service.targets.set':
    '{priority} 现为：{response} 内响应，{resolution} 内解决（工作时间）。只有新的售后服务请求采用；已有请求的期限不变。`/salesflow service-targets reset` 可恢复默认值。',
  'service.targets.reset':
    '新的售后服务请求重新采用默认时限；已有请求的期限不变。可用 `/salesflow service-targets P2 4h 2d` 修改某一优先级。',
};
