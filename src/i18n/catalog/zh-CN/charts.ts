import type { chartsEn } from '../en/charts.js';

export const chartsZh: Record<keyof typeof chartsEn, string> = {
  'charts.usage':
    '用法：`/salesflow charts images on`（管理员）日报和排行榜的图表同时以 PNG 文件上传，供不能显示图表的 Slack 客户端使用；`/salesflow charts images off` 只在消息内显示图表（默认）。',
  'charts.statusOn': '图表图片已*开启*：日报和排行榜的图表同时以 PNG 文件上传。',
  'charts.statusOff': '图表图片已*关闭*（默认）：图表由 Slack 在消息内绘制，不上传文件。',
  'charts.turnedOn':
    '图表图片已*开启*：从下一次日报和排行榜起，图表同时以 PNG 文件上传。输入 `/salesflow charts images off` 可撤销。',
  'charts.turnedOff':
    '图表图片已*关闭*：图表只在消息内显示，不上传文件。输入 `/salesflow charts images on` 可恢复 PNG。',
  'charts.alreadyOn': '图表图片已经是开启状态。输入 `/salesflow charts images off` 可关闭。',
  'charts.alreadyOff': '图表图片已经是关闭状态。输入 `/salesflow charts images on` 可开启。',
};
