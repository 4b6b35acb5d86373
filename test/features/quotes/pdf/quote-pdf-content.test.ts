import { beforeAll, describe, expect, it } from 'vitest';
import { renderQuotePdf } from '../../../../src/features/quotes/pdf/index.js';
import { quoteDocument } from './quote-documents.fixture.js';
import { compact, type ReadPdf, readPdf } from './read-pdf.js';

const allText = (pdf: ReadPdf) => compact(pdf.pages.map((page) => page.text).join(''));

describe('the quote PDF in Chinese (报价单)', () => {
  const quote = quoteDocument(3, 'zh-CN');
  let text = '';
  let pdf: ReadPdf;
  beforeAll(async () => {
    pdf = await readPdf(await renderQuotePdf(quote));
    text = allText(pdf);
  });

  it('carries the title, the team, the customer and contact, the rep and the quote’s number, version and dates', () => {
    for (const expected of [
      '报价单',
      '上海云帆信息技术有限公司',
      '客户北京华夏精密机械制造股份有限公司',
      '联系人欧阳晓燕',
      '销售代表李娜',
      'li.na@yunfan.example',
      '+8613800138000',
      '报价单号SH-2026-0042',
      '版本第2版',
      '报价日期2026年12月7日',
      '有效期至2027年1月6日',
    ])
      expect(text).toContain(compact(expected));
    expect(pdf.title).toBe('报价单 SH-2026-0042（第 2 版）');
  });

  it('lists every line with its SKU, description, unit, quantity, unit price, discount, tax rate and net amount', () => {
    expect(text).toContain(compact('序号编码品名及描述单位数量单价折扣税率金额'));
    expect(text).toContain(
      compact('1SRV-R740机架式服务器（双路至强，256GB 内存，含三年原厂保修）台1¥86,500.000%13%¥86,500.00'),
    );
    expect(text).toContain(
      compact(
        '2SW-CRM-ENT客户关系管理软件企业版年度订阅，按用户计费，含移动端与数据导出功能用户·年2¥1,280.005%6%¥2,432.00',
      ),
    );
    expect(text).toContain(compact(`3SVC-IMPL${quote.lines[2]?.description}人天1.5¥2,500.0010%6%¥3,375.00`));
  });

  it('adds up to the subtotal, the 5 % discount, the tax and the total, with the total in Chinese uppercase', () => {
    expect(text).toContain(
      compact('小计¥92,307.00整单折扣（5%）-¥4,615.35税额¥11,013.75合计（CNY）¥98,705.40'),
    );
    expect(text).toContain('人民币（大写）：玖万捌仟柒佰零伍元肆角');
    expect(quote.totalMinor).toBe(9_870_540);
  });

  it('ends with the payment terms, the delivery time and the notes, and numbers its page', () => {
    expect(text).toContain(
      compact(`付款方式${quote.paymentTerms}交货期${quote.deliveryTime}备注${quote.notes}`),
    );
    expect(text).toContain(compact('SH-2026-0042（第 2 版）第 1 页 共 1 页'));
  });
});

describe('the quote PDF in English', () => {
  it('labels everything in English and still gives a CNY total in Chinese uppercase', async () => {
    const quote = quoteDocument(3, 'en');
    const text = allText(await readPdf(await renderQuotePdf(quote)));
    for (const expected of [
      'Quotation',
      'Yunfan Information Technology (Shanghai) Co., Ltd.',
      'Customer Huaxia Precision Machinery (Beijing) Co., Ltd.',
      'Contact Ouyang Xiaoyan',
      'Sales representative Li Na',
      'Quote no. SH-2026-0042',
      'Date 7 December 2026',
      'Valid until 6 January 2027',
      '# SKU Description Unit Qty Unit price Disc. Tax Net',
      'Subtotal ¥92,307.00 Discount (5%) -¥4,615.35 Tax ¥11,013.75 Total (CNY) ¥98,705.40',
      'Total in words (RMB, in Chinese): 玖万捌仟柒佰零伍元肆角',
      `Payment terms ${quote.paymentTerms}`,
      'Page 1 of 1',
    ])
      expect(text).toContain(compact(expected));
    for (const line of quote.lines)
      expect(text).toContain(compact(`${line.position}${line.sku ?? ''}${line.description}${line.unit}`));
  });

  it('writes other currencies with their own decimals and no Chinese uppercase', async () => {
    const dollars = allText(await readPdf(await renderQuotePdf(quoteDocument(3, 'en', 'USD'))));
    expect(dollars).toContain(compact('Total (USD) $98,705.40'));
    expect(dollars).not.toContain('Total in words');
    expect(dollars).not.toMatch(/[壹贰叁肆伍陆柒捌玖]/);

    const yen = { ...quoteDocument(1, 'en', 'JPY'), subtotalMinor: 86_500, discountMinor: 0, discountBp: 0 };
    const text = allText(
      await readPdf(await renderQuotePdf({ ...yen, taxMinor: 11_245, totalMinor: 97_745 })),
    );
    expect(text).toContain(compact('Subtotal JP¥86,500 Tax JP¥11,245 Total (JPY) JP¥97,745'));
    expect(text).not.toContain('Discount');
  });
});
