import type { importsEn } from '../en/imports.js';

export const importsZh: Record<keyof typeof importsEn, string> = {
  'imports.column.id': '编号',
  'imports.column.companyName': '客户名称',
  'imports.column.contactName': '联系人',
  'imports.column.contactTitle': '职位',
  'imports.column.phone': '电话',
  'imports.column.email': '邮箱',
  'imports.column.kind': '客户类型',
  'imports.column.industry': '行业',
  'imports.column.companySize': '规模',
  'imports.column.source': '来源',
  'imports.column.estimatedValue': '预计金额',
  'imports.column.currency': '币种',
  'imports.column.stage': '阶段',
  'imports.column.owner': '负责人',
  'imports.column.intent': '意向',
  'imports.column.expectedCloseDate': '预计成交日期',
  'imports.column.nextFollowUpOn': '下次跟进',
  'imports.column.notes': '备注',
  'imports.column.createdAt': '创建时间',
  'imports.column.lastActivityAt': '最近活动',
  'imports.column.problem': '未导入原因',

  'imports.error.stage': '未知的阶段。',
  'imports.error.closedStage': '不导入已成交或战败的客户：它们需要成交金额或战败原因。',
  'imports.error.currency': '未知币种（请用 CNY、USD、EUR、GBP、JPY、HKD 或 SGD）。',
  'imports.error.ownerUnknown': '找不到此邮箱、Slack 名称或 ID 对应的成员。',
  'imports.error.ownerNotAllowed': '你只能为自己（如果你是经理，也可以为下属）导入客户。',
  'imports.problem': '{field}：{message}',

  'imports.file.type': '请发送 CSV 或 Excel（`.xlsx`）文件。旧版 `.xls` 文件请先另存为 `.xlsx`。',
  'imports.file.tooLarge':
    '文件超过 {megabytes} MB。请拆成几个较小的文件，分别用 `/lead import`（价目表用 `/product import`，客户档案用 `/customer import`）导入。',
  'imports.file.unreadable':
    '无法把这个文件读成表格。请用 Excel 或 WPS 打开，另存为 `.xlsx` 或 CSV 后重新发送。',
  'imports.file.empty':
    '文件的表头下面没有数据行。请在第一行写列名、下面每行一条记录，然后重新发送（`/lead import`，价目表用 `/product import`，客户档案用 `/customer import`）。',
  'imports.file.tooManyRows':
    '文件超过 {max} 行，请拆成每个不超过 {max} 行的文件，分别用 `/lead import`（价目表用 `/product import`，客户档案用 `/customer import`）导入。',
  'imports.file.noCompanyColumn':
    '没有找到客户名称（公司）这一列。请把该列命名为 `公司`（或 `客户名称`、`Company`）后重新发送文件。',
  'imports.usage':
    '*/lead import* — 从 CSV 或 Excel 文件导入客户（也可以在私信里把文件发给我）\n*/lead export* [mine | team | stage &lt;阶段&gt; | stale | &lt;文字&gt;] — 把你能看到的客户导出为 CSV',
  'imports.notFound':
    '这个导入已不存在，或者不是你的。请用 `/lead import`（价目表用 `/product import`，客户档案用 `/customer import`）重新开始。',
  'imports.alreadyStarted':
    '这个导入已经开始了（只需一次）：进度见你与 Salesflow 的私信。如要导入其他文件，请重新用 `/lead import`（价目表用 `/product import`，客户档案用 `/customer import`）。',

  'imports.modal.title': '导入客户',
  'imports.modal.next': '预览',
  'imports.modal.import': '导入',
  'imports.modal.close': '取消',
  'imports.modal.file': 'CSV 或 Excel（.xlsx）文件',
  'imports.modal.fileHint':
    '每行一个客户，第一行为表头，中英文均可（公司/Company、联系人/Contact、电话/Phone……）。确认之前不会保存任何数据。',
  'imports.modal.started': '正在导入 *{file}*：进度见你与 Salesflow 的私信。',
  'imports.modal.reading': '正在读取 *{file}*……',
  'imports.preview.summary':
    '*{file}*：读取 {rows} 行，其中有效 {valid} 行、无效 {invalid} 行、与已有客户重复 {duplicates} 行。',
  'imports.preview.alreadyImported': '{count} 行以前已导入过，不会再次创建。',
  'imports.preview.repeated': '{count} 行与文件中前面的行重复（电话或邮箱相同），将跳过。',
  'imports.preview.mapping': '*列对应。* 请核对每一列对应的字段，然后点击 *重新检查*。',
  'imports.preview.notMapped': '— 不导入 —',
  'imports.preview.column': '第 {number} 列：{header}',
  'imports.preview.checkAgain': '重新检查',
  'imports.preview.invalidTitle': '*不会导入的行*（{count}）：',
  'imports.preview.duplicatesTitle': '*与已有客户重复的行*（{count}）：',
  'imports.preview.more': '……另有 {count} 行。',
  'imports.preview.row': '第 {line} 行',
  'imports.preview.duplicateOf': '第 {line} 行 *{company}* — {owner} 的客户 #{id} *{match}*（{reasons}）',
  'imports.preview.duplicateHidden': '第 {line} 行 *{company}* — {owner} 的一个客户（{reasons}）',
  'imports.preview.policy': '与已有客户重复的行',
  'imports.preview.policySkip': '跳过',
  'imports.preview.policyUpdate': '用文件中的数据更新已有客户',
  'imports.preview.nothingToImport': '按当前的列对应，没有可以导入的行。',
  'imports.reason.phone': '电话相同',
  'imports.reason.email': '邮箱相同',
  'imports.reason.company': '公司名称相近',
  'imports.progress.running': '正在导入 *{file}*：已处理 {processed} / {total} 行。',
  'imports.progress.done':
    '*{file}* 导入完成：新建 {created}，更新 {updated}，重复跳过 {skipped}，以前已导入 {alreadyImported}，未导入 {rejected}。',
  'imports.progress.rejectedFile': '未导入的行见下面的文件，第一列为原因：改正后可再次导入该文件。',
  'imports.progress.failed':
    '*{file}* 的导入中断了。数据没有丢失：用同一个文件再次运行 `/lead import` 即可完成。',
  'imports.dm.received': '收到 *{file}*。点击按钮先预览，确认后才会导入。',
  'imports.dm.open': '预览导入',
  'imports.export.none': '按这个条件没有可导出的客户。',
  'imports.export.done': '已导出 {count} 个客户。',
  'imports.export.truncated': '只导出了前 {count} 个客户；请缩小条件导出其余的。',
  'imports.duplicates.title': '*这可能已经是一个客户：*',
  'imports.duplicates.visible': '#{id} *{company}*（{contact}）— {stage}，负责人 {owner} — {reasons}',
  'imports.duplicates.hidden': '{owner} 的一个客户 — {reasons}',
  'imports.duplicates.open': '打开 #{id}',
  'imports.duplicates.createAnyway': '这是另一个客户：仍然创建',
  'imports.duplicates.confirm': '确认',
};
