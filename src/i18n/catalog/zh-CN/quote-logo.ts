import type { quoteLogoEn } from '../en/quote-logo.js';

export const quoteLogoZh: Record<keyof typeof quoteLogoEn, string> = {
  'quotes.logo.title': '报价单标志',
  'quotes.logo.submit': '保存标志',
  'quotes.logo.intro':
    '此后发出的每份报价单 PDF 左上角都会显示该标志（已发出的版本保持不变）。PNG 或 JPEG，不超过 {maxKilobytes} KB，每边 {minSide}–{maxSide} 像素。',
  'quotes.logo.current':
    '当前：{type}，{width}×{height} 像素（{kilobytes} KB）。上传新图片即可替换，或用 `/salesflow logo remove` 移除。',
  'quotes.logo.none': '尚未设置标志：报价单 PDF 只显示团队名称。',
  'quotes.logo.fileLabel': '标志图片（PNG 或 JPEG）',
  'quotes.logo.missing': '请选择标志图片文件（PNG 或 JPEG），然后保存。',
  'quotes.logo.saved':
    '标志（{width}×{height} 像素）将出现在此后发出的每份报价单 PDF 上。可用 `/salesflow logo remove` 移除。',
  'quotes.logo.removed': '标志已移除：报价单 PDF 只显示团队名称。可用 `/salesflow logo` 重新设置。',
  'quotes.logo.nothingToRemove': '当前没有标志可移除。可用 `/salesflow logo` 设置。',
  'quotes.logo.usage':
    '`/salesflow logo` 上传报价单 PDF 的标志；`/salesflow logo remove` 移除标志（仅管理员）。',
  'quotes.logo.error.tooLarge':
    '该文件为 {kilobytes} KB，标志最大 {maxKilobytes} KB。请导出更小的图片（600×200 像素已足够）后在此重新选择，再点 *保存标志*。',
  'quotes.logo.error.notImage':
    '该文件不是 PNG 或 JPEG 图片（与文件名无关）。请将标志另存为 PNG 或 JPEG 后在此重新选择，再点 *保存标志*。',
  'quotes.logo.error.badSize':
    '该图片为 {width}×{height} 像素，标志每边需在 {minSide}–{maxSide} 像素之间。请调整尺寸后在此重新选择，再点 *保存标志*。',
  'quotes.logo.error.unreadable':
    '无法读取该图片（可能已损坏）。请用图片编辑器打开，重新保存为 PNG 或 JPEG 后在此重新选择，再点 *保存标志*。',
};
