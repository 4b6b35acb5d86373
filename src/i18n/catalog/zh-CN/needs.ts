import type { needsEn } from '../en/needs.js';

export const needsZh: Record<keyof typeof needsEn, string> = {
  'needs.modal.title': '需求分析',
  'needs.modal.intro': '*{lead}* · 完成度 {completeness}% · {total} 个问题中还有 {open} 个未答',
  'needs.modal.notesLabel': '通话记录',
  'needs.modal.notesHint':
    '粘贴原始记录（中文或英文）后点“分析”，下方会填入建议答案。点“保存”之前不会保存任何答案；记录本身会保存在线索历史中。',
  'needs.modal.analyze': '分析',
  'needs.modal.analyzing': ':hourglass_flowing_sand: 正在分析记录…',
  'needs.modal.notesEmpty': '请先粘贴通话记录，再点“分析”。',
  'needs.modal.pathAi': ':sparkles: 以下答案由 AI 提出，保存前请逐条核对。',
  'needs.modal.pathFallback': ':mag: 以下答案由内置规则提取（原因：{reason}），保存前请逐条核对。',
  'needs.modal.summary': '*摘要：*{summary}',
  'needs.modal.askNext': '*接下来可以问：*\n{questions}',
  'needs.modal.pathAiWithExtractor':
    ':sparkles: 以下答案由 AI 提出；其中 {count} 条 AI 未回答的由内置规则提取（已在下方标注）。保存前请逐条核对。',
  'needs.modal.proposedHint': '来自记录：“{quote}”',
  'needs.modal.extractorHint': '由内置规则提取（非 AI）：“{quote}”',
  'needs.modal.proposalDiffers': '记录中提到：{answer}（“{quote}”）',
  'needs.modal.phase.past': '*为什么买*（过去）',
  'needs.modal.phase.present': '*需要什么*（现在）',
  'needs.modal.phase.future': '*怎么选*（将来）',
  'needs.modal.intentLabel': '意向（只有选择后才会更改）',
  'needs.modal.intentHint': '建议：{intent}（{why}）',
  'needs.modal.keepStage': '保持“{stage}”阶段（不转入需求分析）',
  'needs.modal.stageLabel': '阶段',
  'needs.modal.tooManyQuestions': '还有 {count} 个问题未显示，保存后再回答。',

  'needs.reason.no_key': '未配置 OpenAI 密钥',
  'needs.reason.timeout': 'AI 未能及时响应',
  'needs.reason.error': 'AI 服务返回错误',
  'needs.reason.unparseable': '无法解析 AI 的回答',
  'needs.reason.declined': 'AI 拒绝回答',
  'needs.reason.cut_short': 'AI 的回答被截断',
  'needs.reason.filtered': 'AI 服务的内容过滤拦截了回答',

  'needs.group.need': '需求',
  'needs.group.budget': '预算',
  'needs.group.authority': '决策',
  'needs.group.timeline': '时间',
  'needs.group.competition': '竞品',
  'needs.group.criteria': '标准',
  'needs.group.custom': '团队',

  'needs.why.budget': '预算已知',
  'needs.why.decisionMaker': '已确认决策人',
  'needs.why.need': '需求明确',
  'needs.why.within': '{days} 天内购买',
  'needs.why.noDate': '购买时间未定',
  'needs.why.nothing': '了解的信息还很少',

  'needs.card.suggestion': '*建议意向：*{intent}（{why}）',
  'needs.card.next': '*接下来要问：*\n{questions}',
  'needs.card.allAnswered': '*需求分析：*所有问题都已回答。',

  'needs.saved': '线索 #{id} *{company}* 的需求分析已保存：完成度 {completeness}%。',
  'needs.thread.summary': '{user} 更新了需求分析：完成度 {completeness}%，建议意向：{intent}。',
  'needs.thread.answer': '• *{question}* {answer}',

  'needs.usage':
    '*/needs* &lt;公司、联系人或 #编号&gt; — 打开线索的需求分析\n*/needs questions* — 团队自定义问题\n*/needs question add* &lt;问题&gt; [| &lt;English&gt;] — 添加问题（管理员）\n*/needs question remove* &lt;custom_编号&gt; — 删除问题（管理员）\n*/needs competitors* [add | remove &lt;名称&gt;] — 竞品列表（管理员可修改）',
  'needs.noMatch': '没有匹配“{text}”的线索。请输入公司、联系人、电话或邮箱的一部分，或 `#42`。',
  'needs.pick': '有多条线索匹配“{text}”，请选择：',
  'needs.pickButton': '需求分析',
  'needs.question.added': '已添加问题 `{key}`：{text}',
  'needs.question.removed': '已删除问题 `{key}`，历史答案仍会保留。',
  'needs.question.list': '*团队问题*（在内置问题之后提问）：\n{list}',
  'needs.question.none': '还没有团队问题。管理员可用 `/needs question add &lt;问题&gt;` 添加。',
  'needs.competitor.added': '已将 *{name}* 加入竞品列表。',
  'needs.competitor.exists': '*{name}* 已在竞品列表中。',
  'needs.competitor.removed': '已从竞品列表中删除 *{name}*。',
  'needs.competitor.notFound': '竞品列表中没有 *{name}*。',
  'needs.competitor.list': '*竞品：*{list}',
  'needs.competitor.none': '还没有竞品。管理员可用 `/needs competitors add &lt;名称&gt;` 添加。',

  'needs.error.adminOnly':
    '只有 Salesflow 管理员可以修改团队问题和竞品列表。可用 `/needs questions` 或 `/needs competitors` 查看；如需修改请联系管理员（`/salesflow team` 可查看管理员）。',
  'needs.error.questionInvalid':
    '问题（或名称）最多 300 个字符，例如 `/needs question add Who signs the contract? | 谁签合同？`；每个团队最多 40 个问题（可用 `/needs question remove` 加 `/needs questions` 中的编号删除一个）。',
  'needs.error.questionNotFound': '没有团队问题 `{key}`。输入 `/needs questions` 查看。',
  'needs.error.conflict':
    '有人同时保存了这条线索的需求分析，你的内容未保存。请用 `/needs #{id}` 重新打开后再核对。',
};
