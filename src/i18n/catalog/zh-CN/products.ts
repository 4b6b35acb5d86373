import type { productsEn } from '../en/products.js';

export const productsZh: Record<keyof typeof productsEn, string> = {
  'products.usage': [
    '*/product* &lt;文字&gt; — 按编码或名称查找产品（任意部分，不分大小写，支持中文），并显示默认价目表上的价格',
    '*/product* &lt;编码&gt; — 查看一个产品及其在各价目表上的价格；管理员和财务可编辑、停售、恢复在售',
    '*/product add* — 新增产品（管理员、财务）',
    '*/product lists* — 价目表列表；*list add* &lt;名称&gt; [standard | distributor | customer] 新建，*list archive* &lt;名称&gt; 归档（管理员、财务）',
    '*/product price* &lt;编码&gt; &lt;金额&gt; [价目表] — 设置产品在某个价目表上的价格（不写价目表即默认价目表）；*price* &lt;编码&gt; *remove* [价目表] 从价目表移除（管理员、财务）',
    '*/product import* [价目表] — 从 CSV 或 Excel 文件导入价目表，也可以私信发文件给我（管理员、财务）',
  ].join('\n'),

  'products.column.sku': '编码',
  'products.column.name': '名称',
  'products.column.nameEn': '英文名称',
  'products.column.nameZh': '中文名称',
  'products.column.unit': '单位',
  'products.column.price': '单价',
  'products.column.currency': '币种',
  'products.column.taxRate': '税率',
  'products.column.floorPrice': '底价',
  'products.column.status': '状态',

  'products.error.required': '此项必填。',
  'products.error.skuSpaces': '编码必须是一个词，不能有空格（报价行按“编码 数量”读取）。',
  'products.error.skuTaken':
    '编码 {sku} 已被另一个产品使用。请换一个编码，或去修改那个产品（/product {sku}）。',
  'products.error.tooLong': '最多 {max} 个字符，请缩短。',
  'products.error.nameRequired': '请填写英文名称或中文名称（至少一个）。',
  'products.error.price.negative': '价格不能为负数。折扣请在报价单上给。',
  'products.error.price.zero': '标价必须大于零。赠送的产品请在报价单上按标价给 100% 折扣。',
  'products.error.price.invalid': '不是金额：请写成 1,200、1.2万 或 ¥3,000 这样。',
  'products.error.price.precision': '{currency} 的小数位太多：请把价格舍入到最小货币单位。',
  'products.error.price.too_large': '价格过大：请检查数字后重新填写。',
  'products.error.price.currency':
    '该价目表的币种是 {currency}：请用 {currency} 填写价格。价格不做币种换算。',
  'products.error.floor.negative': '底价不能为负数。没有底价请留空（或填 0）。',
  'products.error.floor.invalid': '不是金额：请写成 800 或 ¥800，没有底价请留空。',
  'products.error.floor.precision': '{currency} 的小数位太多：请把底价舍入到最小货币单位。',
  'products.error.floor.too_large': '底价过大：请检查数字后重新填写。',
  'products.error.floor.currency': '该价目表的币种是 {currency}：请用 {currency} 填写底价。',
  'products.error.floorAbovePrice':
    '底价高于标价（{price}）：按标价成交也都要最高一级审批。请调低底价或调高标价。',
  'products.error.taxRate.invalid': '不是税率：请写 13%、13 或 0.13（百分数最多两位小数）。',
  'products.error.taxRate.above100': '税率不能超过 100%。',
  'products.error.status': '无法识别的状态：请写“在售”（active）或“停售”（retired）。',

  'products.error.managersOnly':
    '只有管理员和财务可以修改价目表。请找他们处理，或请管理员把你设为财务（`/salesflow role @你 finance`）。',
  'products.error.notFound':
    '价目表中没有产品 *{ref}*。请用 `/product` 加编码或名称的一部分查找；管理员和财务可以用 `/product add` 新增。',
  'products.error.listNotFound':
    '没有名为 *{name}* 的价目表。`/product lists` 可查看所有价目表；管理员和财务可以用 `/product list add {name}` 新建。',
  'products.error.listArchived':
    '价目表 *{name}* 已归档，不能再用于新价格或新报价。请选择在用的价目表（`/product lists`）或新建一个（`/product list add`）。',
  'products.error.listNameTaken': '已有名为 *{name}* 的价目表。请换一个名称；`/product lists` 可查看全部。',
  'products.error.defaultArchive':
    '*{name}* 是默认价目表，报价都从它开始，不能归档。可以用 `/product price` &lt;编码&gt; `remove` 移除单个产品，或将其停售。',
  'products.error.stale': '在你看到之后，有人修改了 *{sku}*，所以没有保存。',

  'products.list.defaultName': '标准价目表',
  'products.kind.standard': '标准',
  'products.kind.distributor': '经销商',
  'products.kind.customer': '客户合同价',
  'products.status.active': '在售',
  'products.status.retired': '已停售',

  'products.search.none':
    '没有与 *{text}* 匹配的产品。请试试编码或名称的一部分；管理员和财务可以用 `/product add` 新增。',
  'products.search.title': '有 *{total}* 个产品与 *{text}* 匹配（价格取自 *{list}*，不含税）：',
  'products.search.more': '只显示前 {shown} 个：多输入一些编码或名称可缩小范围。',
  'products.search.notOnList': '不在此价目表',
  'products.table.caption': '产品',

  'products.card.unit': '单位',
  'products.card.taxRate': '税率',
  'products.card.floor': '底价',
  'products.card.noFloor': '无',
  'products.card.status': '状态',
  'products.card.prices': '价格（不含税）',
  'products.card.default': '默认',
  'products.card.noPrices':
    '它不在任何在用的价目表上。请用 `/product price {sku}` &lt;金额&gt; [价目表] 设置价格。',
  'products.card.retired': '已停售：已有报价单保持原样；新的报价行不能再使用它。',
  'products.card.edit': '编辑',
  'products.card.retire': '停售',
  'products.card.reactivate': '恢复在售',
  'products.card.retireConfirmTitle': '停售此产品？',
  'products.card.retireConfirm': '新的报价行将不能使用 {sku}，已有报价单保持原样。之后可以恢复在售。',
  'products.card.retireConfirmYes': '停售',
  'products.card.retireConfirmNo': '取消',
  'products.retired': '已停售 *{sku}*：新的报价行不能再使用它，已有报价单保持原样。',
  'products.reactivated': '*{sku}* 已恢复在售。',

  'products.modal.addTitle': '新增产品',
  'products.modal.editTitle': '编辑产品',
  'products.modal.save': '保存',
  'products.modal.cancel': '取消',
  'products.field.sku': '编码（SKU）',
  'products.field.skuHint': '一个词，团队内唯一（不分大小写）。',
  'products.field.nameEn': '英文名称',
  'products.field.nameZh': '中文名称',
  'products.field.nameHint': '两个名称至少填一个。',
  'products.field.unit': '单位',
  'products.field.unitHint': '台、套、年、小时……：按填写内容显示在报价单上。',
  'products.field.price': '{list} 标价（{currency}，不含税）',
  'products.field.priceHint': '例如 1,200、1.2万 或 ¥3,000。',
  'products.field.taxRate': '税率',
  'products.field.taxRateHint': '13%、13 和 0.13 都表示 13%。无税填 0。',
  'products.field.floorPrice': '底价（{currency}，选填）',
  'products.field.floorPriceHint':
    '报价行低于底价需要最高一级审批。销售代表看不到底价。留空或填 0 表示没有底价。',
  'products.saved.added': '已新增 *{sku}*。`/product {sku}` 可查看。',
  'products.saved.edited': '已保存 *{sku}*。',
  'products.stale.by': '修改人：{user}。',
  'products.stale.changes': '*修改内容：*',
  'products.stale.change': '{field}：{before} → {after}',
  'products.stale.formRefreshed': '表单已更新为产品的当前内容，并保留了你的修改：请检查后再保存。',
  'products.stale.cardRefreshed': '以下是它的当前内容。',

  'products.lists.title': '*价目表*（价格不含税）',
  'products.lists.name': '价目表',
  'products.lists.kind': '类型',
  'products.lists.currency': '币种',
  'products.lists.products': '产品数',
  'products.lists.status': '状态',
  'products.lists.default': '默认',
  'products.lists.active': '在用',
  'products.lists.archived': '已归档',
  'products.lists.line': '{name} — {kind}，{currency}，{count} 个产品，{status}',
  'products.lists.hint':
    '设置价格：`/product price` &lt;编码&gt; &lt;金额&gt; &lt;价目表&gt;。新建价目表：`/product list add` &lt;名称&gt; [standard | distributor | customer]。',
  'products.list.added':
    '已新建价目表 *{name}*（{kind}，{currency}）。用 `/product price` &lt;编码&gt; &lt;金额&gt; {name} 设置价格，或用 `/product import {name}` 导入文件。',
  'products.list.archivedDone': '价目表 *{name}* 已归档：已有报价单保持原价；不能再用于新价格或新报价。',
  'products.list.alreadyArchived': '价目表 *{name}* 之前已归档，没有变化。',

  'products.price.changed': '*{sku}* 在 *{list}* 上的价格：{price}（原为 {previous}）。',
  'products.price.added': '*{sku}* 已加入 *{list}*，价格 {price}。',
  'products.price.unchanged': '*{sku}* 在 *{list}* 上的价格本来就是 {price}。',
  'products.price.belowFloor': ':warning: 这低于它的底价（{floor}）：按此价格报价需要最高一级审批。',
  'products.price.removed': '*{sku}* 已从 *{list}* 移除（原价 {previous}）。已有报价单保持原价。',
  'products.price.notOnList': '*{sku}* 本来就不在 *{list}* 上，无需移除。',

  'products.import.title': '导入价目表',
  'products.import.fileHint':
    '每行一个产品，第一行为表头，中英文均可（编码/SKU、名称/Name、单位/Unit、单价/Price、税率/Tax rate……）。价格不含税，币种为 {currency}，导入到价目表 {list}。确认之前不会保存任何内容。',
  'products.import.summary':
    '*{file}* 导入价目表 *{list}*（{currency}）：读取 {rows} 行，其中有效 {valid} 行、无效 {invalid} 行。',
  'products.import.outcomes': '导入后：新增产品 {new} 个，更新 {updated} 个，无变化 {unchanged} 个。',
  'products.import.repeated': '有 {count} 行与前面某行编码重复，将跳过。',
  'products.import.changedTitle': '*会修改产品的行*（{count}）：',
  'products.import.changedRow': '第 {line} 行 *{sku}* — {changes}',
  'products.import.change': '{field} {before} → {after}',
  'products.import.none': '无',
  'products.import.nothingToImport': '没有可导入的内容：所有有效行与价目表现有内容一致。',
  'products.import.done':
    '*{file}* 已导入价目表：新建产品 {created}，更新 {updated}，无变化 {unchanged}，跳过 {skipped}，未导入 {rejected}。',
  'products.import.failed':
    '*{file}* 的导入中断了。没有丢失任何内容：用同一个文件再次运行 `/product import` 即可完成。',
  'products.dm.importPriceList': '作为价目表导入',
};
