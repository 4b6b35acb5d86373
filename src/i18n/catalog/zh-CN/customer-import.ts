import type { customerImportEn } from '../en/customer-import.js';

export const customerImportZh: Record<keyof typeof customerImportEn, string> = {
  'customers.import.column.id': '客户编号',
  'customers.import.column.name': '客户名称',
  'customers.import.column.kind': '类型',
  'customers.import.column.industry': '行业',
  'customers.import.column.owner': '负责人',
  'customers.import.column.contactName': '联系人',
  'customers.import.column.contactTitle': '职务',
  'customers.import.column.phone': '电话',
  'customers.import.column.email': '邮箱',
  'customers.import.column.notes': '备注',
  'customers.import.column.creditLimit': '信用额度',
  'customers.import.column.currency': '币种',
  'customers.import.usage':
    '`/customer import` 从 CSV 或 Excel 文件导入客户（`/customer export` 导出的文件原样导回不会改变任何内容）。',
  'customers.import.title': '导入客户档案',
  'customers.import.fileHint':
    '每行一个客户，第一行为表头，中英文均可（客户名称/Customer name、类型/Type、负责人/Owner、联系人/Contact、电话/Phone、邮箱/Email、信用额度/Credit limit…）。信用额度以 {currency} 计。确认之前不会保存任何内容。',
  'customers.import.summary':
    '*{file}*：读取 {rows} 行，其中有效 {valid} 行、无效 {invalid} 行。信用额度以 {currency} 计。',
  'customers.import.outcomes':
    '导入后：新建 {new} 个客户，更新 {updated} 个，{unchanged} 个无变化，{notYours} 个保持不变（属于其他同事的客户）。',
  'customers.import.repeated': '{count} 行与前面某行是同一客户（编号、电话、邮箱或公司名称相同），将被跳过。',
  'customers.import.changedTitle': '*会修改客户的行*（{count}）：',
  'customers.import.changedRow': '第 {line} 行 — 客户 #{id} *{name}*：{changes}',
  'customers.import.change': '{field} {before} → {after}',
  'customers.import.newContact': '新联系人 {name}',
  'customers.import.none': '无',
  'customers.import.nothingToImport': '没有需要导入的内容：每个有效行都与客户档案现有内容一致。',
  'customers.import.done':
    '*{file}* 已导入客户档案：新建 {created} 个客户，更新 {updated} 个，{unchanged} 个无变化，跳过 {skipped} 个，拒绝 {rejected} 行。',
  'customers.import.failed':
    '*{file}* 的导入已中断。已写入的内容不会丢失：用同一文件再次执行 `/customer import` 即可完成。',
  'customers.import.error.id': '不是客户编号：请按导出文件的写法填写（`12` 或 `#12`），或留空。',
  'customers.import.error.kind': '未知类型：请填写 企业 或 个人（Company 或 Individual）。',
  'customers.import.error.currency':
    '信用额度以团队币种 {currency} 计：请以 {currency} 填写（不会换算），或留空。',
  'customers.import.error.creditFinanceOnly':
    '只有财务或管理员可以设置信用额度：请清空此单元格（或整列）后重新导入，或请财务导入该文件。',
  'customers.import.error.ownerNotAllowed':
    '你只能为自己（如果你是经理，还包括你的下属）导入客户：请在此单元格填写你的名字，或请其经理导入该行。',
} as const;
