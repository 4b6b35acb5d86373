import type { customerAdminEn } from '../en/customer-admin.js';

export const customerAdminZh: Record<keyof typeof customerAdminEn, string> = {
  'customers.error.merged': '客户 #{id} 已合并到客户 #{into}。请用 `/customer #{into}` 打开。',
  'customers.merge.usage':
    '`/customer merge #12 #34` 将客户 #34 合并到 #12（仅管理员）：合并前会先列出将要转移的内容。',
  'customers.merge.title': '将客户 #{merged} {mergedName} 合并到 #{kept} {keptName}？',
  'customers.merge.keeps': '保留 #{kept} 的名称 *{name}* 和负责人 {owner}。',
  'customers.merge.moves':
    '从 #{merged} 转移：{leads} 条线索（含 {contracts} 份合同）、{contacts} 位联系人。其中 {collapsed} 位联系人与 #{kept} 的联系人电话或邮箱相同，将并入已有联系人。',
  'customers.merge.money': '*转移的款项*（其合同）：',
  'customers.merge.confirm': '合并',
  'customers.merge.warning': '合并后查询客户 #{merged} 将提示“已合并到 #{kept}”。此操作无法在 Slack 中撤销。',
  'customers.merge.done':
    '客户 #{merged} {mergedName} 已合并到 #{kept} {keptName}：转移 {leads} 条线索、{contacts} 位联系人，并入 {collapsed} 位重复联系人。请用 `/customer #{kept}` 打开。',
  'customers.merge.error.adminOnly':
    '只有 Salesflow 管理员可以合并客户。请联系管理员（用 `/salesflow team` 查看）执行 `/customer merge`。',
  'customers.merge.error.same': '客户 #{id} 不能合并到自身。请指定两个客户：`/customer merge #12 #34`。',
  'customers.merge.error.alreadyMerged':
    '客户 #{id} 已合并到 #{into}，本次未合并任何内容。请打开 `/customer #{into}`，如仍需合并请再次执行 `/customer merge`。',
  'customers.merge.error.stale':
    '预览之后客户已有变化：#{merged} 现有 {leads} 条线索、{contacts} 位联系人（预览时为 {leadsSeen} 条、{contactsSeen} 位），或 #{kept} 已被修改。本次未合并：请再次执行 `/customer merge #{kept} #{merged}` 查看最新内容。',
  'customers.export.column.id': '客户编号',
  'customers.export.column.name': '客户名称',
  'customers.export.column.kind': '类型',
  'customers.export.column.industry': '行业',
  'customers.export.column.owner': '负责人',
  'customers.export.column.contactName': '联系人',
  'customers.export.column.contactTitle': '职务',
  'customers.export.column.phone': '电话',
  'customers.export.column.email': '邮箱',
  'customers.export.column.otherContacts': '其他联系人',
  'customers.export.column.contracted': '合同金额',
  'customers.export.column.collected': '已回款',
  'customers.export.column.outstanding': '未回款',
  'customers.export.column.notes': '备注',
  'customers.export.column.createdAt': '创建日期',
  'customers.export.none': '暂无可导出的客户：线索成交后才会成为客户（用 `/lead` 查看进行中的商机）。',
  'customers.export.done': '已导出 {count} 个客户：文件已发送到你与 Salesflow 的私信中。',
  'customers.export.truncated': '仅导出了前 {count} 个客户；其余请联系管理员导出。',
  'customers.export.usage': '`/customer export` 将你可见的客户（含联系人和各币种款项）导出为 CSV 发送给你。',
} as const;
