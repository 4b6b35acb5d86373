export const teamEn = {
  'team.role.rep': 'Rep',
  'team.role.manager': 'Manager',
  'team.role.director': 'Director',
  'team.role.finance': 'Finance',
  'team.role.admin': 'Admin',

  'team.language.en': 'English',
  'team.language.zh-CN': 'Simplified Chinese (简体中文)',
  'team.language.auto': "Each person's Slack language",

  'team.usage':
    '*Salesflow team settings*\n' +
    '• `/salesflow team` — show the sales channel, time zone, language, roles and reporting lines\n' +
    '• `/salesflow settings` — open the settings form (admins)\n' +
    '• `/salesflow role @user rep|manager|director|finance|admin` — set someone’s role (admins)\n' +
    '• `/salesflow reports-to @rep @manager` — set who a rep reports to; `none` instead of a manager removes it (admins)\n' +
    '• `/salesflow channel #channel` — the sales channel where new leads are posted (admins)\n' +
    '• `/salesflow timezone Asia/Shanghai` — the team’s time zone, an IANA name (admins)\n' +
    '• `/salesflow language en|zh|auto` — the language for everyone; `auto` uses each person’s Slack language (admins)\n' +
    '• `/salesflow me language en|zh|auto` — your own language\n' +
    '• `/salesflow me reminder 08:30` — when your follow-up reminders come, in your time zone\n' +
    '• `/salesflow handover @from @to` — move everything of someone who leaves, after a preview (admins, their manager or director)\n' +
    '• `/salesflow inbound` — leads from your web form: the secret and who receives them (admins)\n' +
    '• `/salesflow service-owner @user|off` — who owns every new after-sales service request; `off`: the customer’s rep (admins)\n' +
    '• `/salesflow service-targets [P2 4h 2d|reset]` — response and resolution targets per service priority, in working hours/days (changing them: admins)\n' +
    '• `/salesflow charts [images on|off]` — whether the digest and leaderboard also upload their charts as PNG files (changing it: admins)\n' +
    '• `/salesflow revisits 7,30,90|off` — revisits after delivery, in days (changing them: admins)\n' +
    '• `/salesflow logo` — the logo on quote PDFs (PNG or JPEG); `/salesflow logo remove` removes it (admins)',
  'team.didNotUnderstand': 'I did not understand `{input}`.',

  'team.notAdmin':
    'Only Salesflow admins can change team settings. Ask an admin, or see them with `/salesflow team`.',
  'team.invalidTimeZone':
    '`{zone}` is not a time zone I know. Use an IANA name such as `Asia/Shanghai` or `Europe/London`.',
  'team.invalidTimeZoneShort': 'Choose a time zone from the list.',
  'team.timezoneRequired': 'Choose a time zone.',
  'team.selfReport':
    'Nobody can report to themselves. Name their manager instead: `/salesflow reports-to @rep @manager` (or `none`).',
  'team.reportingCycle':
    'That would create a loop: {manager} already reports to {user}, directly or through others. Change {manager}’s line first (`/salesflow reports-to @manager @their-manager`), or choose another manager; `/salesflow team` shows the lines.',
  'team.invalidChannel': 'Choose a channel (not a direct message), e.g. `/salesflow channel #sales`.',

  'team.roleSet': '{user} is now *{role}*.',
  'team.reportsToSet': '{user} now reports to {manager}.',
  'team.reportsToCleared': '{user} no longer reports to anyone.',
  'team.channelSet': 'New leads will be posted in {channel}.',
  'team.channelInviteNeeded':
    'New leads will be posted in {channel}, but I could not join it (private channels need an invitation). Please type `/invite @Salesflow` in {channel}.',
  'team.timezoneSet': 'The team’s time zone is now *{zone}*.',
  'team.languageSet': 'Salesflow now speaks *{language}* to everyone who has not chosen their own language.',
  'team.languageAuto': 'Salesflow now speaks to everyone in their own Slack language.',
  'team.myLanguageSet': 'Salesflow will speak *{language}* to you.',
  'team.myLanguageAuto': 'Salesflow will follow the team’s language, or your Slack language.',
  'team.settingsSaved': 'Team settings saved.',

  'team.overview.title': 'Team settings',
  'team.overview.channel': '*Sales channel:* {value}',
  'team.overview.timezone': '*Time zone:* {value}',
  'team.overview.language': '*Language:* {value}',
  'team.overview.notSet': 'not set',
  'team.overview.roles': '*Roles* (everyone else is a rep)',
  'team.overview.noRoles': 'Everyone is a rep.',
  'team.overview.reportingLines': '*Reporting lines*',
  'team.overview.noReportingLines': 'No reporting lines yet.',
  'team.overview.reportsTo': '{user} → {manager}',
  'team.overview.more': '…and {count} more.',
  'team.overview.readOnly': 'Only admins can change these settings.',
  'team.overview.adminHint': 'Change them with `/salesflow settings` or `/salesflow help`.',

  'team.settings.title': 'Team settings',
  'team.settings.channel': 'Sales channel',
  'team.settings.channelHint': 'New leads are posted here. For a private channel, invite @Salesflow to it.',
  'team.settings.timezone': 'Time zone',
  'team.settings.language': 'Language',
  'team.settings.select': 'Choose…',
  'team.channelUnreachable.invite':
    'I cannot post in {channel}: I am not a member (a private channel needs an invitation). Until then, lead cards and digests meant for it are not posted, and approval requests go to the approvers by DM. Please type `/invite @Salesflow` in {channel}, or choose another channel with `/salesflow channel #channel`.',
  'team.channelUnreachable.archived':
    'I cannot post in {channel}: it is archived. Until then, lead cards and digests meant for it are not posted, and approval requests go to the approvers by DM. Please choose another channel with `/salesflow channel #channel`.',
} as const;
