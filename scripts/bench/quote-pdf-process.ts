import { renderQuotePdf } from '../../src/features/quotes/pdf/index.js';
import { quoteDocument } from '../../test/features/quotes/pdf/quote-documents.fixture.js';

/**
 * One fresh process of the quote-pdf benchmark: renders QUOTE_LINES lines in QUOTE_LANGUAGE once cold (pdfkit
 * imported, the font slices read and decompressed) and QUOTE_WARM times more, then prints one JSON line.
 * QUOTE_LOGO=1 puts a 600 × 200 px PNG logo (a gradient and a disc, about the size a team uploads) on it.
 */
const lines = Number(process.env.QUOTE_LINES ?? 200);
const language = process.env.QUOTE_LANGUAGE === 'en' ? 'en' : 'zh-CN';
const warmRuns = Number(process.env.QUOTE_WARM ?? 5);
const document = quoteDocument(lines, language);
const quote =
  process.env.QUOTE_LOGO === '1'
    ? { ...document, team: { ...document.team, logo: await benchLogo() } }
    : document;

async function benchLogo(): Promise<Uint8Array> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const canvas = createCanvas(600, 200);
  const context = canvas.getContext('2d');
  const gradient = context.createLinearGradient(0, 0, 600, 200);
  gradient.addColorStop(0, '#0b3d91');
  gradient.addColorStop(1, '#3fb950');
  context.fillStyle = gradient;
  context.fillRect(0, 0, 600, 200);
  context.fillStyle = '#ffffff';
  context.beginPath();
  context.arc(100, 100, 70, 0, Math.PI * 2);
  context.fill();
  return canvas.encode('png');
}

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
