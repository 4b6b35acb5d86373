/** `/salesflow charts`: the team's chart images policy. */
export const chartsEn = {
  'charts.usage':
    'Usage: `/salesflow charts images on` (admins) also uploads the digest’s and leaderboard’s charts as PNG files, for Slack clients that do not draw charts; `/salesflow charts images off` sends the chart in the message only (the default).',
  'charts.statusOn':
    'Chart images are *on*: the digest and the leaderboard also upload their charts as PNG files.',
  'charts.statusOff':
    'Chart images are *off* (the default): charts are drawn by Slack inside the messages, no file is uploaded.',
  'charts.turnedOn':
    'Chart images are now *on*: from the next digest and leaderboard, their charts are also uploaded as PNG files. `/salesflow charts images off` undoes it.',
  'charts.turnedOff':
    'Chart images are now *off*: charts stay inside the messages, no file is uploaded. `/salesflow charts images on` brings the PNG back.',
  'charts.alreadyOn': 'Chart images are already on. `/salesflow charts images off` turns them off.',
  'charts.alreadyOff': 'Chart images are already off. `/salesflow charts images on` turns them on.',
} as const;
