import type { teamEn } from '../en/team.js';

export const teamZh: Record<keyof typeof teamEn, string> = {
  'team.role.rep': '销售',
  'team.role.manager': '经理',
  'team.role.director': '总监',
  'team.role.finance': '财务',
  'team.role.admin': '管理员',

  'team.language.en': '英文 (English)',
  'team.language.zh-CN': '简体中文',
  'team.language.auto': '使用每个人的 Slack 语言',

  'team.usage':
    '*Salesflow 团队设置*\n' +
    '• `/salesflow team` — 查看销售频道、时区、语言、角色和汇报关系\n' +
    '• `/salesflow settings` — 打开设置表单（管理员）\n' +
    '• `/salesflow role @用户 rep|manager|director|finance|admin` — 设置角色：销售、经理、总监、财务、管理员（管理员）\n' +
    '• `/salesflow reports-to @销售 @经理` — 设置汇报对象；用 `none` 代替经理即可取消（管理员）\n' +
    '• `/salesflow channel #频道` — 新线索发布到的销售频道（管理员）\n' +
    '• `/salesflow timezone Asia/Shanghai` — 团队时区，IANA 名称（管理员）\n' +
    '• `/salesflow language en|zh|auto` — 全员语言；`auto` 表示使用每个人的 Slack 语言（管理员）\n' +
    '• `/salesflow me language en|zh|auto` — 你自己的语言\n' +
    '• `/salesflow me reminder 08:30` — 你的跟进提醒时间（你的时区）\n' +
    '• `/salesflow handover @离职人 @接手人` — 预览并确认后转交离职同事的全部工作（管理员、其经理或总监）\n' +
    '• `/salesflow inbound` — 网页表单线索：密钥和接收人（管理员）\n' +
    '• `/salesflow service-owner @成员|off` — 新售后服务请求的负责人；`off`：由客户的销售负责（管理员）\n' +
    '• `/salesflow service-targets [P2 4h 2d|reset]` — 各售后优先级的响应与解决时限，按工作小时/工作日（修改：管理员）\n' +
    '• `/salesflow charts [images on|off]` — 日报和排行榜是否同时上传 PNG 图表文件（修改：管理员）\n' +
    '• `/salesflow revisits 7,30,90|off` — 交付后回访的天数（修改：管理员）\n' +
    '• `/salesflow logo` — 报价单 PDF 上的标志（PNG 或 JPEG）；`/salesflow logo remove` 移除（管理员）',
  'team.didNotUnderstand': '无法识别 `{input}`。',

  'team.notAdmin':
    '只有 Salesflow 管理员可以修改团队设置。请联系管理员，或用 `/salesflow team` 查看当前设置。',
  'team.invalidTimeZone':
    '无法识别时区 `{zone}`。请使用 IANA 名称，例如 `Asia/Shanghai` 或 `Europe/London`。',
  'team.invalidTimeZoneShort': '请从列表中选择时区。',
  'team.timezoneRequired': '请选择时区。',
  'team.selfReport': '不能设置向自己汇报。请指定其经理：`/salesflow reports-to @销售 @经理`（或 `none`）。',
  'team.reportingCycle':
    '这样会形成循环：{manager} 已经直接或间接向 {user} 汇报。请先修改 {manager} 的汇报关系（`/salesflow reports-to @经理 @其上级`），或选择其他经理；`/salesflow team` 可查看汇报关系。',
  'team.invalidChannel': '请选择一个频道（不能是私信），例如 `/salesflow channel #销售`。',

  'team.roleSet': '{user} 的角色已设为 *{role}*。',
  'team.reportsToSet': '{user} 现在向 {manager} 汇报。',
  'team.reportsToCleared': '{user} 已不再向任何人汇报。',
  'team.channelSet': '新线索将发布到 {channel}。',
  'team.channelInviteNeeded':
    '新线索将发布到 {channel}，但我无法加入该频道（私有频道需要邀请）。请在 {channel} 中输入 `/invite @Salesflow`。',
  'team.timezoneSet': '团队时区已设为 *{zone}*。',
  'team.languageSet': '对未自行选择语言的成员，Salesflow 现在使用 *{language}*。',
  'team.languageAuto': 'Salesflow 现在使用每个人自己的 Slack 语言。',
  'team.myLanguageSet': 'Salesflow 将使用 *{language}* 与你交流。',
  'team.myLanguageAuto': 'Salesflow 将使用团队语言或你的 Slack 语言。',
  'team.settingsSaved': '团队设置已保存。',

  'team.overview.title': '团队设置',
  'team.overview.channel': '*销售频道：*{value}',
  'team.overview.timezone': '*时区：*{value}',
  'team.overview.language': '*语言：*{value}',
  'team.overview.notSet': '未设置',
  'team.overview.roles': '*角色*（其他人均为销售）',
  'team.overview.noRoles': '所有人都是销售。',
  'team.overview.reportingLines': '*汇报关系*',
  'team.overview.noReportingLines': '尚未设置汇报关系。',
  'team.overview.reportsTo': '{user} → {manager}',
  'team.overview.more': '……另有 {count} 条。',
  'team.overview.readOnly': '只有管理员可以修改这些设置。',
  'team.overview.adminHint': '使用 `/salesflow settings` 或 `/salesflow help` 进行修改。',

  'team.settings.title': '团队设置',
  'team.settings.channel': '销售频道',
  'team.settings.channelHint': '新线索会发布到这里。如为私有频道，请先邀请 @Salesflow 加入。',
  'team.settings.timezone': '时区',
  'team.settings.language': '语言',
  'team.settings.select': '请选择…',
  'team.channelUnreachable.invite':
    '我无法在 {channel} 发消息：我不是该频道成员（私有频道需要邀请）。在此之前，发往该频道的线索卡片和简报不会发出，审批请求会以私信发给审批人。请在 {channel} 输入 `/invite @Salesflow`，或用 `/salesflow channel #频道` 选择其他频道。',
  'team.channelUnreachable.archived':
    '我无法在 {channel} 发消息：该频道已归档。在此之前，发往该频道的线索卡片和简报不会发出，审批请求会以私信发给审批人。请用 `/salesflow channel #频道` 选择其他频道。',
};
