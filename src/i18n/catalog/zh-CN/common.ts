import type { commonEn } from '../en/common.js';

export const commonZh: Record<keyof typeof commonEn, string> = {
  'common.save': '保存',
  'common.cancel': '取消',
  'common.close': '关闭',
  'common.none': '—',
  'common.tryAgain': '系统出了点问题，请稍后再试。',
  'common.busy': 'Salesflow 当前排队的请求太多，这次请求没有开始处理。请一分钟后再发一次。',
  'common.notAllowed': '你没有权限执行此操作。',
  'common.notFound': '没有找到。',
  'common.saving': '正在保存…',
  'common.saved': '已保存。',
  'common.table.shown': '仅显示前 {shown} 行，共 {total} 行。',
  'common.table.total': '合计 {currency}',
  'common.modalNotOpened': '表单未能及时打开（Slack 只允许 3 秒）。请重新运行命令或再次点击按钮。',
};
