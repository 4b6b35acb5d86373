import type { followupsEn } from '../en/followups.js';

export const followupsZh: Record<keyof typeof followupsEn, string> = {
  'followups.reminder.text': '你今天有 {count} 个待跟进的线索',
  'followups.reminder.header': '{date} 的跟进',
  'followups.reminder.overdue': '*已逾期*（{count}）',
  'followups.reminder.today': '*今天*（{count}）',
  'followups.reminder.more':
    '……还有 {count} 个（按到期先后）：把这些标为完成或推迟后，输入 `/followup` 查看接下来的。',
  'followups.reminder.leadLine': '*{company}* · {contact} · {stage} · 应于 {date} 跟进',
  'followups.reminder.leadLineAt': '*{company}* · {contact} · {stage} · 应于 {date} {time} 跟进',
  'followups.timed.text': '该跟进 {company} 了（{time}）',
  'followups.timed.header': '*该跟进了*：{company}',
  'followups.button.done': '已跟进',
  'followups.button.open': '打开',
  'followups.snooze.placeholder': '推迟',
  'followups.snooze.1d': '1 天',
  'followups.snooze.3d': '3 天',
  'followups.snooze.next_week': '下周',
  'followups.nothingDue': '今天没有需要跟进的线索。🎉',
  'followups.dueNow': '你现在需要跟进的线索',
  'followups.snoozed': '*{company}* 的跟进已改到 {date}。',
  'followups.set': '*{company}* 的下次跟进已设为 {date}。',
  'followups.pick': '有多个线索匹配“{query}”，是哪一个？',
  'followups.pickButton': '#{id} {company}',
  'followups.noMatch':
    '没有与“{query}”匹配的线索。可以用 `/lead {query}` 搜索，或使用线索编号：`/followup #42 明天`。',
  'followups.usage':
    '*跟进*\n' +
    '• `/followup` — 查看现在需要跟进的线索\n' +
    '• `/followup &lt;线索&gt; &lt;时间&gt; [备注]` — 设置下次跟进，例如 `/followup 华为 明天 电话沟通报价`、`/followup #42 下周一 下午3点`、`/followup 华为 3天后`、`/followup 华为 2026-12-01`\n' +
    '• `/followup vacation until &lt;日期&gt;` — 在此日期前不发提醒（例如 `/followup vacation until 2026-12-24`）；`/followup vacation off` — 恢复提醒\n' +
    '支持的日期：今天、明天、后天、下周一、3天后、下周、月底、2026-12-01、12月1日、tomorrow、next monday、in 3 days。',
  'followups.unclearWhen': '无法从“{text}”中识别日期。',
  'followups.vacationSet': '{date}（含）之前不再发送跟进提醒。输入 `/followup vacation off` 可恢复。',
  'followups.vacationOff': '跟进提醒已恢复。',
  'followups.staleReminder': '输入 `/followup` 查看最新列表。',
  'followups.vacationInPast':
    '{date} 已经过去，请选择今天或之后的日期：`/followup vacation until` 加日期；要结束休假请用 `/followup vacation off`。',
  'followups.vacationTooFar': '{date} 已超过十年之后，请选择更近的日期：`/followup vacation until` 加日期。',
};
