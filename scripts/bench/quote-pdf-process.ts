import { renderQuotePdf } from '../../src/features/quotes/pdf/index.js';
import { quoteDocument } from '../../test/features/quotes/pdf/quote-documents.fixture.js';

/**
 * One fresh process of the quote-pdf benchmark: renders QUOTE_LINES lines in QUOTE_LANGUAGE once cold (pdfkit
 * imported, the font slices read and decompressed) and QUOTE_WARM times more, then prints one JSON line.
 */
const lines = Number(process.env.QUOTE_LINES ?? 200);
const language = process.env.QUOTE_LANGUAGE === 'en' ? 'en' : 'zh-CN';
const warmRuns = Number(process.env.QUOTE_WARM ?? 5);
const quote = quoteDocument(lines, language);

async function timed() {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const bytes = await renderQuotePdf(quote);
  const used = process.cpuUsage(cpu);
  return {
    ms: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    bytes: bytes.byteLength,
  };
}

const rssBefore = process.memoryUsage().rss;
const cold = await timed();
const rssAfterCold = process.memoryUsage().rss;
const warm = [];
for (let run = 0; run < warmRuns; run++) warm.push(await timed());
const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(
  JSON.stringify({
    coldMs: cold.ms,
    coldCpuMs: cold.cpuMs,
    warmMs: middle(warm.map((run) => run.ms)),
    warmCpuMs: middle(warm.map((run) => run.cpuMs)),
    bytes: cold.bytes,
    firstRenderRssMb: (rssAfterCold - rssBefore) / 2 ** 20,
  }),
);
