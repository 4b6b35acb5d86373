import type {
  QuoteDocument,
  QuoteDocumentLine,
} from '../../../../src/features/quotes/quote-document.types.js';

/**
 * Quote documents for the PDF tests and `npm run bench` (the quote-pdf part): the same 3-line and 200-line
 * quotes the PDF library was chosen with (BENCHMARKS.md, "Quote PDF: library choice"). Amounts are consistent:
 * each line's net is quantity × unit price − its discount, rounded half up; the totals add up.
 */

interface Product {
  sku: string | null;
  zh: string;
  en: string;
  unit: { zh: string; en: string };
  unitPriceMinor: number;
  taxRateBp: number;
}

const PRODUCTS: Product[] = [
  {
    sku: 'SRV-R740',
    zh: '机架式服务器（双路至强，256GB 内存，含三年原厂保修）',
    en: 'Rack server (dual Xeon, 256 GB memory, three-year warranty)',
    unit: { zh: '台', en: 'unit' },
    unitPriceMinor: 8_650_000,
    taxRateBp: 1300,
  },
  {
    sku: 'SW-CRM-ENT',
    zh: '客户关系管理软件企业版年度订阅，按用户计费，含移动端与数据导出功能',
    en: 'CRM software, enterprise edition, yearly subscription per user, mobile app and data export included',
    unit: { zh: '用户·年', en: 'user-year' },
    unitPriceMinor: 128_000,
    taxRateBp: 600,
  },
  {
    sku: 'SVC-IMPL',
    zh: '实施服务：需求调研、系统配置、历史数据迁移、上线辅导及验收，详见 https://example.com/spec?id=7&x=1',
    en: 'Implementation: requirements workshop, configuration, data migration, go-live coaching and acceptance, see https://example.com/spec?id=7&x=1',
    unit: { zh: '人天', en: 'person-day' },
    unitPriceMinor: 250_000,
    taxRateBp: 600,
  },
  {
    sku: 'NET-SW48',
    zh: '千兆以太网交换机 48 口（含 4 个万兆光口、冗余电源）',
    en: 'Gigabit Ethernet switch, 48 ports (4 × 10G SFP+, redundant power)',
    unit: { zh: '台', en: 'unit' },
    unitPriceMinor: 1_399_900,
    taxRateBp: 1300,
  },
  {
    sku: null,
    zh: '现场培训（管理员与销售团队各一场，含讲义印刷）',
    en: 'On-site training (one session for admins, one for the sales team, printed handouts)',
    unit: { zh: '场', en: 'session' },
    unitPriceMinor: 600_000,
    taxRateBp: 600,
  },
  {
    sku: 'UPS-10K',
    zh: '不间断电源 10kVA 在线式，配蓄电池柜与监控卡',
    en: 'Online UPS 10 kVA with battery cabinet and monitoring card',
    unit: { zh: '套', en: 'set' },
    unitPriceMinor: 3_280_050,
    taxRateBp: 1300,
  },
  {
    sku: 'CBL-CAT6',
    zh: '六类非屏蔽网线（305 米/箱），阻燃护套',
    en: 'Cat 6 UTP cable (305 m box), flame-retardant jacket',
    unit: { zh: '箱', en: 'box' },
    unitPriceMinor: 89_900,
    taxRateBp: 1300,
  },
  {
    sku: 'SVC-MAINT',
    zh: '驻场运维服务（工作日 9:00–18:00，故障响应≤2 小时）',
    en: 'On-site operations (weekdays 9:00–18:00, fault response ≤ 2 hours)',
    unit: { zh: '小时', en: 'hour' },
    unitPriceMinor: 45_000,
    taxRateBp: 600,
  },
  {
    sku: 'LIC-DB-STD',
    zh: '数据库标准版许可证（按处理器核心授权），赠送首年技术支持与补丁升级服务',
    en: 'Database standard edition licence (per processor core), first year of support and patches included',
    unit: { zh: '核', en: 'core' },
    unitPriceMinor: 1_750_000,
    taxRateBp: 1300,
  },
  {
    sku: 'PRN-A3',
    zh: '彩色激光打印机 A3 幅面，双面打印，鼎力推荐',
    en: 'Colour laser printer, A3, duplex',
    unit: { zh: '台', en: 'unit' },
    unitPriceMinor: 1_188_800,
    taxRateBp: 1300,
  },
];

const QUANTITIES = [1000, 2000, 1500, 12_000, 250, 3000, 40_000, 7500];
const DISCOUNTS = [0, 500, 1000, 0, 250, 1500, 0, 800];

/** half-up division of non-negative bigints. */
const divideHalfUp = (numerator: bigint, denominator: bigint) =>
  (numerator * 2n + denominator) / (2n * denominator);

function lineOf(position: number, language: QuoteDocument['language']): QuoteDocumentLine {
  const product = PRODUCTS[(position - 1) % PRODUCTS.length] as Product;
  const quantityMilli = QUANTITIES[(position - 1) % QUANTITIES.length] as number;
  const discountBp = DISCOUNTS[(position - 1) % DISCOUNTS.length] as number;
  const grossTimes10M = BigInt(quantityMilli) * BigInt(product.unitPriceMinor) * BigInt(10_000 - discountBp);
  return {
    position,
    sku: product.sku,
    description: language === 'zh-CN' ? product.zh : product.en,
    unit: language === 'zh-CN' ? product.unit.zh : product.unit.en,
    quantityMilli,
    unitPriceMinor: product.unitPriceMinor,
    discountBp,
    taxRateBp: product.taxRateBp,
    netMinor: Number(divideHalfUp(grossTimes10M, 10_000_000n)),
  };
}

/** A quote of `count` lines in `language`, with a 5 % whole-quote discount and each line's tax on top. */
export function quoteDocument(
  count: number,
  language: QuoteDocument['language'] = 'zh-CN',
  currency = 'CNY',
): QuoteDocument {
  const lines = Array.from({ length: count }, (_, index) => lineOf(index + 1, language));
  const subtotalMinor = lines.reduce((sum, line) => sum + line.netMinor, 0);
  const discountBp = 500;
  const discountMinor = Number(divideHalfUp(BigInt(subtotalMinor) * BigInt(discountBp), 10_000n));
  const taxMinor = lines.reduce(
    (sum, line) =>
      sum +
      Number(
        divideHalfUp(BigInt(line.netMinor) * BigInt(10_000 - discountBp) * BigInt(line.taxRateBp), 10n ** 8n),
      ),
    0,
  );
  const zh = language === 'zh-CN';
  return {
    language,
    team: { name: zh ? '上海云帆信息技术有限公司' : 'Yunfan Information Technology (Shanghai) Co., Ltd.' },
    number: 'SH-2026-0042',
    version: 2,
    issuedOn: '2026-12-07',
    validUntil: '2027-01-06',
    customer: {
      company: zh ? '北京华夏精密机械制造股份有限公司' : 'Huaxia Precision Machinery (Beijing) Co., Ltd.',
      contactName: zh ? '欧阳晓燕' : 'Ouyang Xiaoyan',
    },
    rep: { name: zh ? '李娜' : 'Li Na', email: 'li.na@yunfan.example', phone: '+86 138 0013 8000' },
    currency,
    lines,
    subtotalMinor,
    discountMinor,
    discountBp,
    taxMinor,
    totalMinor: subtotalMinor - discountMinor + taxMinor,
    paymentTerms: zh
      ? '合同签订后预付 30%，到货验收后支付 60%，质保金 10% 于一年后支付。'
      : '30 % on signing, 60 % on acceptance of delivery, 10 % retention after one year.',
    deliveryTime: zh
      ? '收到预付款后 15 个工作日内发货'
      : 'Shipped within 15 working days of the advance payment',
    notes: zh
      ? '本报价含税（增值税专用发票），运费由我方承担。如有疑问请联系销售代表。'
      : 'Prices include VAT (special VAT invoice); we pay the freight. Questions: ask your sales representative.',
  };
}
