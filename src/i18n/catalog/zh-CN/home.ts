import type { homeEn } from '../en/home.js';

export const homeZh: Record<keyof typeof homeEn, string> = {
  'home.rep.chartTitle': '我的在跟商机（按阶段）',
  'home.chart.leads': '线索数',
  'home.chart.value': '金额（{currency}）',
  'home.chart.weighted': '加权（{currency}）',
  'home.chart.target': '目标（{currency}）',
  'home.chart.done': '完成（{currency}）',
  'home.rep.overdueMoney': '*我的合同逾期未收：* {amounts}。请催收，收到后用 `/payment` 登记。',
  'home.rep.noOverdueMoney': '我的合同没有逾期未收的款项。',
  'home.team.header': '我的团队',
  'home.team.headerAll': '全体团队',
  'home.team.chartTitle': '团队商机（按阶段）',
  'home.team.pipelineTotal':
    '*在跟商机：* {count} 条 · {value} · 加权 {weighted}。详情请用 `/pipeline team`。',
  'home.team.targetsTitle': '*本月目标 — 计划与完成*',
  'home.team.targetsChart': '本月目标与完成',
  'home.team.noTargets': '还没有为销售设置月度金额目标。可用 `/target @销售 500000 month won` 设置。',
  'home.team.targetsMore':
    '……还有 {count} 位销售。`/target @销售` 查看单人，`/pipeline leaderboard` 查看全部。',
  'home.team.noAging': '团队合同没有逾期款项。',
  'home.finance.header': '财务',
  'home.finance.pending': '*待确认的回款（{count}）*',
  'home.finance.pendingLine': '• {contract} · {customer} · {amount}，{on} 到账，{user} 登记',
  'home.finance.pendingNone': '没有等待您确认的回款。',
  'home.finance.pendingMore': '……还有 {count} 笔，按时间先后。输入 `/payment pending` 逐笔确认或退回。',
  'home.finance.pendingHint': '输入 `/payment pending` 逐笔确认或退回。',
  'home.finance.invoices': '*已批准、待开具的发票（{count}）*',
  'home.finance.invoiceLine': '• {contract} · {customer} · {amount}，{user} 申请',
  'home.finance.invoicesNone': '没有待开具的已批准发票。',
  'home.finance.invoicesMore': '……还有 {count} 张，按时间先后。先登记这些，后面的会显示在这里。',
  'home.finance.record': '登记 {contract}',
  'home.finance.ledgerHint':
    '`/contract ledger` 列出全部合同；`/contract ledger overdue` 列出有逾期款的合同。',
};
