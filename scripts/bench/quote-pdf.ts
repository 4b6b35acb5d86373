import { loadavg } from 'node:os';
import { median, spawnNode, stop } from './processes.js';

export interface QuotePdfResult {
  lines: number;
  language: 'zh-CN' | 'en';
  /** First render in a fresh process: pdfkit imported, font slices read and decompressed (median of runs). */
  coldMs: number;
  coldCpuMs: number;
  /** Later renders in the same process (median). */
  warmMs: number;
  warmCpuMs: number;
  kb: number;
  /** Resident memory the first render added to the process: pdfkit, the decoder and the fonts it loaded. */
  firstRenderRssMb: number;
  load: number;
}

type Sample = Omit<QuotePdfResult, 'lines' | 'language' | 'kb' | 'load'> & { bytes: number };

/**
 * The quote PDF (issue 21): the 3- and 200-line quotes of test/features/quotes/pdf/quote-documents.fixture.ts,
 * each rendered in `runs` fresh processes (BENCH_QUOTE_RUNS). The target: 200 lines in under 2 s and 1 MB.
 */
export async function measureQuotePdf(runs: number): Promise<QuotePdfResult[]> {
  const results: QuotePdfResult[] = [];
  for (const language of ['zh-CN', 'en'] as const)
    for (const lines of [3, 200]) {
      const samples: Sample[] = [];
      const load = loadavg()[0] ?? 0;
      for (let run = 0; run < runs; run++) {
        const env = { QUOTE_LINES: String(lines), QUOTE_LANGUAGE: language };
        const { child, line } = await spawnNode('scripts/bench/quote-pdf-process.ts', env, (text) =>
          text.startsWith('{'),
        );
        samples.push(JSON.parse(line) as Sample);
        await stop(child);
      }
      const of = (pick: (sample: Sample) => number) => Math.round(median(samples.map(pick)));
      results.push({
        lines,
        language,
        coldMs: of((s) => s.coldMs),
        coldCpuMs: of((s) => s.coldCpuMs),
        warmMs: of((s) => s.warmMs),
        warmCpuMs: of((s) => s.warmCpuMs),
        kb: of((s) => s.bytes / 1024),
        firstRenderRssMb: of((s) => s.firstRenderRssMb),
        load: Math.round(load * 10) / 10,
      });
    }
  return results;
}
