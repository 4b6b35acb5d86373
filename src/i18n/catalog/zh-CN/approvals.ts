import type { approvalsEn } from '../en/approvals.js';

export const approvalsZh: Record<keyof typeof approvalsEn, string> = {
  'approvals.kind.discount': '折扣',
  'approvals.kind.contract': '合同',
  'approvals.kind.invoice': '开票',
  'approvals.kind.commission_sheet': '提成表',
  'approvals.kind.quote': '报价单',
  'approvals.role.manager': '经理',
  'approvals.role.director': '总监',
  'approvals.role.finance': '财务',
  'approvals.status.pending': '待审批',
  'approvals.status.approved': '已批准',
  'approvals.status.rejected': '已驳回',
  'approvals.status.changes_requested': '待修改',
  'approvals.status.cancelled': '已撤销',

  'approvals.card.title': '审批',
  'approvals.card.waitingOn': '等待 {user} 审批',
  'approvals.card.requestDiscount': '申请折扣',
  'approvals.card.requestContract': '合同审批',

  'approvals.modal.discountTitle': '折扣申请',
  'approvals.modal.contractTitle': '合同审批',
  'approvals.modal.submit': '提交',
  'approvals.modal.lead': '*线索：* {lead}',
  'approvals.field.percent': '折扣（%）',
  'approvals.field.percentHint': '相对标价的优惠百分比，例如 12 或 12.5；也可以在下方填写目标价。',
  'approvals.field.targetPrice': '目标价',
  'approvals.field.listPrice': '标价',
  'approvals.field.justification': '申请理由',
  'approvals.field.expiry': '报价有效期至',
  'approvals.field.amount': '合同金额',
  'approvals.field.currency': '币种',
  'approvals.field.upfront': '预付比例（%）',
  'approvals.field.upfrontHint': '预付款占比，例如“预付 30%，余款货到付清”填 30。',
  'approvals.field.paymentTerms': '付款条件',
  'approvals.field.deliveryDate': '交付日期',
  'approvals.field.specialTerms': '特殊条款',
  'approvals.field.draftLink': '合同草稿链接',
  'approvals.field.reason': '原因',
  'approvals.field.counterPercent': '批准的折扣（%）',

  'approvals.route.auto': '不超过 {percent}%：自动批准，无需审批人。',
  'approvals.route.steps': '需要审批：{steps}',
  'approvals.route.missing': ':warning: 无法流转：{missing}。已通知管理员处理。',
  'approvals.route.missingPreview': ':warning: 暂时无法流转：{missing}。',
  'approvals.route.enterValue': '填写折扣后即可看到审批人。',
  'approvals.missing.no_manager': '你还没有设置上级经理',
  'approvals.missing.no_director': '没有总监（经理的上级或总监角色的成员）',
  'approvals.missing.no_finance': '没有财务角色的成员',
  'approvals.missing.adminNotice':
    '{user} 为 {lead} 提交了{kind}审批，但无法流转：{missing}。请用 `/salesflow` 设置汇报关系和角色。',

  'approvals.message.title': '*{kind}申请 #{id}*（第 {revision} 版），线索 {lead}，申请人 {requester}',
  'approvals.message.titleSystem': '*{kind} #{id}*，由 Salesflow 生成',
  'approvals.message.discount': '*折扣：* {percent}%{prices}',
  'approvals.message.prices': '（目标价 {target}，标价 {list}）',
  'approvals.message.justification': '*理由：* {text}',
  'approvals.message.expiry': '*报价有效期至：* {date}',
  'approvals.message.contract': '*金额：* {amount} · *预付：* {upfront}%',
  'approvals.message.paymentTerms': '*付款条件：* {text}',
  'approvals.message.deliveryDate': '*交付：* {date}',
  'approvals.message.specialTerms': '*特殊条款：* {text}',
  'approvals.message.draftLink': '*草稿：* {link}',
  'approvals.message.invoice': '*合同 {number} 开票：* {amount}',
  'approvals.message.commissionSheet':
    '*{month} 提成表：* {reps} 名销售 · 回款 {collected} · 提成 {commission}',
  'approvals.message.awaiting': '第 {step}/{count} 步：等待 {approver}（{role}）审批',
  'approvals.message.delegate': '，或其代理人 {delegate}',
  'approvals.message.escalated': '，已升级至 {user}',
  'approvals.message.decided': '{icon} {user}（{role}）{decision}，{when}',
  'approvals.message.override': '（管理员代为决定）',
  'approvals.message.viaDelegate': '（代理审批）',
  'approvals.message.comment': '> {comment}',
  'approvals.message.counter': '按 {percent}% 批准',
  'approvals.message.cancelled': ':no_entry_sign: {user} 已撤销，{when}',
  'approvals.message.cancelledAuto': ':no_entry_sign: 线索已关闭，申请自动撤销。',
  'approvals.message.superseded':
    ':leftwards_arrow_with_hook: 已被申请 #{id} 取代：本轮审批已关闭，请查看下方的新申请。',
  'approvals.message.cancelledWon':
    ':no_entry_sign: 线索已成交，此报价无需再审批，已自动关闭。请继续办理合同（在线索上使用 `/contract`）。',
  'approvals.message.skipped': '无需审批',
  'approvals.decision.approved': '已批准',
  'approvals.decision.rejected': '已驳回',
  'approvals.decision.changes_requested': '要求修改',

  'approvals.button.approve': '批准',
  'approvals.button.approveAt': '按其他折扣批准…',
  'approvals.button.reject': '驳回',
  'approvals.button.requestChanges': '要求修改',
  'approvals.button.cancel': '撤销申请',
  'approvals.button.revise': '修改并重新提交',
  'approvals.button.pick': '选择',

  'approvals.reason.rejectTitle': '驳回申请',
  'approvals.reason.changesTitle': '要求修改',
  'approvals.reason.counterTitle': '按其他折扣批准',
  'approvals.reason.counterHint': '需低于申请的 {percent}%。',

  'approvals.notify.approverDm': '{requester} 需要你（{role}）审批 {lead} 的{kind}申请：{link}',
  'approvals.notify.delegateDm':
    '你正在代理 {approver}：{requester} 需要审批（{role}）{lead} 的{kind}申请：{link}',
  'approvals.notify.channelFallback':
    'Salesflow 不在 {channel} 中，因此你对 {lead} 的{kind}申请 #{id} 已改为私信发给 {approver}。已请管理员在 {channel} 输入 `/invite @Salesflow`；你无需再做任何操作。',
  'approvals.notify.submitted': '你在 {lead} 的{kind}申请 #{id} 已提交。{route}',
  'approvals.notify.autoApproved': '你在 {lead} 的{kind}申请 #{id} 已自动批准（{value}）。',
  'approvals.notify.missing': '你在 {lead} 的{kind}申请无法提交：{missing}。已通知管理员。',
  'approvals.notify.stepApproved':
    '{user} 批准了你在 {lead} 的{kind}申请 #{id} 的第 {step} 步，现转交 {next}。',
  'approvals.notify.approved': '你在 {lead} 的{kind}申请 #{id} 已批准（{value}）。',
  'approvals.notify.rejected': '{user} 驳回了你在 {lead} 的{kind}申请 #{id}：{comment}',
  'approvals.notify.changes': '{user} 要求修改你在 {lead} 的{kind}申请 #{id}：{comment}',
  'approvals.notify.cancelled': '{lead} 的申请 #{id} 已撤销。',
  'approvals.notify.reminder': '提醒：{requester} 在 {lead} 的{kind}申请仍在等待你审批：{link}',
  'approvals.notify.escalatedToManager':
    '{approver} 未及时审批 {requester} 在 {lead} 的{kind}申请，已升级给你，你可以直接审批：{link}',
  'approvals.notify.escalatedToApprover': '{requester} 在 {lead} 的{kind}申请已升级给 {manager}：{link}',
  'approvals.notify.escalationNobody':
    '{approver} 未及时审批 {requester} 在 {lead} 的{kind}申请，且没有可升级的上级。请用 `/salesflow` 设置其上级：{link}',
  'approvals.notify.revised': '第 {revision} 版已提交：{route}',

  'approvals.command.usageDiscount':
    '用法：`/discount &lt;线索&gt; &lt;折扣百分比&gt;`，例如 `/discount 华辰 12`。',
  'approvals.command.usageContract': '用法：`/contract &lt;线索&gt;`，例如 `/contract 华辰`。',
  'approvals.command.noMatch': '没有与“{text}”匹配的线索。可以用 `/lead {text}` 搜索。',
  'approvals.command.badPercent':
    '“{text}”不是有效的折扣：请填写 0 到 100 之间、最多两位小数的百分比，例如 `/discount {lead} 12.5`。',
  'approvals.command.pick': '有多条线索与“{text}”匹配，请选择：',
  'approvals.submittedModal': '申请已提交。审批完成后你会收到消息。',
  'approvals.decidedModal': '审批结果已记录。',

  'approvals.error.notFound':
    '审批申请 #{id} 已不存在（其线索可能已被删除），无需处理。如仍需要，请申请人在线索上重新用 `/discount` 或 `/contract` 申请。',
  'approvals.error.notApprover':
    '只有 {approver}（或其代理人）可以审批此申请，未做任何更改。请联系 {approver} 审批；其不在时可用 `/salesflow delegate` 把审批交给代理人，管理员也可以代为审批。',
  'approvals.error.selfApproval':
    '你不能审批自己的申请，未做任何更改。申请正在等待审批人处理；如要撤回，请在线索讨论串中点 *撤销申请*。',
  'approvals.error.alreadyDecided':
    '这一步已由 {user} 于 {when} 处理，你的操作未生效。结果见线索讨论串；如需另行申请，请新建申请（`/discount`、`/contract` 或 `/invoice`）。',
  'approvals.error.closed.pending':
    '该申请仍在等待审批，暂时无需修改。请等待结果，或在线索讨论串中点 *撤销申请* 撤回。',
  'approvals.error.closed.approved':
    '该申请已批准，无需再处理或修改。如需新的申请，请新建（`/discount`、`/contract` 或 `/invoice`）。',
  'approvals.error.closed.rejected':
    '该申请已被驳回，已结束。如要再试，请新建申请（`/discount`、`/contract` 或 `/invoice`），并说明有何变化。',
  'approvals.error.closed.changes_requested':
    '审批人要求修改：申请正在等待申请人，请申请人在线索讨论串中点 *修改并重新提交*。',
  'approvals.error.closed.cancelled':
    '该申请已撤销，无需再处理。如仍需要，请新建申请（`/discount`、`/contract` 或 `/invoice`）。',
  'approvals.error.notRequester':
    '只有申请人 {requester} 可以修改或撤回此申请（管理员也可撤回）。请联系 {requester} 在线索讨论串中点 *修改并重新提交* 或 *撤销申请*。',
  'approvals.error.missingApprover':
    '缺少审批人，无法流转此申请：审批规则需要的角色无人担任。请管理员设置角色（`/salesflow role @用户 manager`、`/salesflow reports-to @销售 @经理`）或修改审批规则（`/salesflow policy`）。',
  'approvals.error.counterOffer': '请输入低于申请值的折扣。',
  'approvals.error.changesNotAvailable':
    '此类申请只能批准或驳回：请点 *批准* 或 *驳回*（驳回理由中可说明需要修改的地方）。',
  'approvals.error.policyAdminOnly':
    '只有管理员可以修改审批规则。所有人都可用 `/salesflow policy` 查看；如需修改请联系管理员（`/salesflow team` 可查看管理员）。',
  'approvals.error.required': '此项必填。',
  'approvals.error.percent': '请输入 0 到 100 之间的百分比，例如 12.5。',
  'approvals.error.amount': '请输入正数金额，例如 120000 或 120,000.50。',
  'approvals.error.date': '请输入有效日期。',
  'approvals.error.pastDate': '该日期已过去。',
  'approvals.error.link': '请输入以 https:// 开头的链接。',
  'approvals.error.priceOrPercent': '请填写折扣百分比，或同时填写目标价和标价。',
  'approvals.error.targetAboveList': '目标价高于标价。',
  'approvals.error.tooLong': '内容过长。',

  'approvals.policy.title': '审批规则',
  'approvals.policy.autoDiscount': '自动批准的折扣上限（%）',
  'approvals.policy.managerDiscount': '经理可单独批准的折扣上限（%）',
  'approvals.policy.managerContract': '经理可单独批准的合同金额上限',
  'approvals.policy.financeUpfront': '预付比例低于（%）时需财务会签',
  'approvals.policy.financeAmount': '合同金额高于此值时需财务会签',
  'approvals.policy.reminderHours': '多少个工作小时后提醒审批人',
  'approvals.policy.escalationHours': '多少个工作小时后升级给其上级',
  'approvals.policy.currency': '金额币种',
  'approvals.policy.summary':
    '*审批规则*\n• 折扣不超过 {auto}%：自动批准\n• 不超过 {manager}%：销售的经理审批\n• 超过 {manager}%：经理审批后再由总监审批\n• 合同金额不超过 {contract}：经理审批；超过：经理后再由总监审批\n• 预付低于 {upfront}% 或金额超过 {finance} 时财务会签\n• {reminder} 个工作小时后提醒；{escalation} 个工作小时后升级',
  'approvals.policy.readOnly': '只有管理员可以修改。',
  'approvals.policy.saved': '审批规则已保存。',

  'approvals.delegate.usage':
    '用法：`/salesflow delegate @同事 until 2026-12-31`，或 `/salesflow delegate off`。',
  'approvals.delegate.set': '{date} 前，你的审批也会交给 {user}。',
  'approvals.delegate.off': '已关闭代理：审批只发给你本人。',
  'approvals.delegate.error.self':
    '不能委托给自己。请指定其他人：`/salesflow delegate @用户 until YYYY-MM-DD`。',
  'approvals.delegate.error.date':
    '请用 YYYY-MM-DD 格式填写结束日期：`/salesflow delegate @用户 until YYYY-MM-DD`。',
  'approvals.delegate.error.past':
    '该日期已过去。请填写今天或之后的日期：`/salesflow delegate @用户 until YYYY-MM-DD`；`/salesflow delegate off` 可结束委托。',

  'approvals.audit.usage': '用法：`/salesflow audit` 或 `/salesflow audit #42`。',
  'approvals.audit.empty': '暂无审批记录。',
  'approvals.audit.uploaded': '审批记录（{count} 条）。',
};
