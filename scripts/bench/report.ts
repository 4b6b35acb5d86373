import { writeFileSync } from 'node:fs';
import type { OpenLoopRow, SaturationRow } from './ack-latency.js';
import type { QueryResult } from './digest-search.js';
import type { FanoutResult } from './fanout.js';
import type { ImportBenchResult } from './import.js';
import type { MemoryResult } from './memory.js';
import type { QuotePdfResult } from './quote-pdf.js';

export interface Report {
  machine: string;
  seconds: number;
  runs: number;
  queryRuns: number;
  /** Load average (1 / 5 / 15 min) when each part started: numbers taken on a busy machine say so. */
  loads: string[];
  rate: number;
  requestLeads: number;
  latency: OpenLoopRow[];
  saturation: SaturationRow[];
  loadedMemory: { target: string; idleMb: number; loadedMb: number }[];
  queries: QueryResult[];
  fanout: FanoutResult[];
  memory: MemoryResult[];
  imports: ImportBenchResult[];
  quotePdf: QuotePdfResult[];
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (header: string[], align: string[], rows: (string | number)[][]) =>
  rows.length ? [row(header), row(align), ...rows.map(row), ''] : [];

/** Writes the measured numbers to bench-results.md; BENCHMARKS.md quotes and explains them. */
export function writeReport(report: Report): void {
  const lines = [
    `Measured ${new Date().toISOString()} on ${report.machine}.`,
    '',
    `Load average when each part started: ${report.loads.join('; ')}.`,
    '',
    ...table(
      [
        'target',
        'request',
        'rate /s',
        'p50 ms',
        'p99 ms',
        'max ms',
        'sent',
        'late (> 3 s)',
        'replies',
        'try again',
      ],
      ['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
      report.latency.map((r) => [
        r.target,
        r.scenario,
        r.rate,
        r.p50,
        r.p99,
        r.max,
        r.sent,
        r.late,
        r.replies,
        r.tryAgain,
      ]),
    ),
    ...(report.latency.length
      ? [
          `Open loop: ${report.runs} runs of ${report.seconds} s at ${report.rate} requests/s after a 3 s warm-up, ` +
            `medians (max: the largest); ${report.requestLeads} leads.`,
          '',
        ]
      : []),
    ...table(
      [
        'target',
        'request',
        'offered /s',
        'ack p50 ms',
        'ack p99 ms',
        'ack max ms',
        'late (> 3 s)',
        'replies/s',
        'try again',
        'lost',
      ],
      ['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
      report.saturation.map((r) => [
        r.target,
        r.scenario,
        r.rate,
        r.ackP50,
        r.ackP99,
        r.ackMax,
        r.late,
        r.repliesPerSecond,
        r.refused,
        r.lost,
      ]),
    ),
    ...(report.saturation.length
      ? [
          `Saturation: one open-loop run of ${report.seconds} s per offered rate; replies/s counts lists delivered during the run.`,
          '',
        ]
      : []),
    ...table(
      ['process', 'idle RSS MB', 'peak RSS under load MB'],
      ['---', '---:', '---:'],
      report.loadedMemory.map((m) => [m.target, m.idleMb, m.loadedMb]),
    ),
    ...table(
      ['store', 'query (100,000 leads, 1,000,000 activities)', 'median ms', 'min ms', 'max ms', 'matched'],
      ['---', '---', '---:', '---:', '---:', '---:'],
      report.queries.map((q) => [q.store, q.query, q.median, q.min, q.max, q.matched]),
    ),
    ...(report.queries.length ? [`Queries: median of ${report.queryRuns} runs after one warm-up.`, ''] : []),
    ...table(
      ['store', 'DMs', 'people', 'rate /s', 'floor s', 'drain s', 'over floor', '429s', 'lost', 'doubled'],
      ['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
      report.fanout.map((f) => [
        f.store,
        f.messages,
        f.recipients,
        f.perSecond,
        f.floorSeconds,
        f.drainSeconds,
        `${f.overFloorPercent} %`,
        f.rateLimited,
        f.lost,
        f.doubled,
      ]),
    ),
    ...table(
      [
        'store',
        'started as',
        'Node',
        'flags',
        'idle RSS MB',
        'anonymous MB',
        'file-backed MB',
        'peak under load MB',
        'after load MB',
      ],
      ['---', '---', '---', '---', '---:', '---:', '---:', '---:', '---:'],
      report.memory.map((m) => [
        m.store,
        m.runtime,
        m.node,
        m.flags || '—',
        m.idleMb,
        m.anonMb,
        m.fileMb,
        m.peakMb,
        m.afterLoadMb,
      ]),
    ),
    ...table(
      [
        'store',
        'rows',
        'preview s',
        'import s',
        'created',
        'same file again s',
        'created again',
        'peak RSS MB',
      ],
      ['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
      report.imports.map((i) => [
        i.store,
        i.rows,
        i.previewSeconds,
        i.importSeconds,
        i.created,
        i.reimportSeconds,
        i.recreated,
        i.peakRssMb,
      ]),
    ),
    ...table(
      [
        'quote',
        'language',
        'cold ms',
        'cold CPU ms',
        'warm ms',
        'warm CPU ms',
        'KB',
        'first render +RSS MB',
        'load',
      ],
      ['---:', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
      report.quotePdf.map((q) => [
        `${q.lines} lines`,
        q.language,
        q.coldMs,
        q.coldCpuMs,
        q.warmMs,
        q.warmCpuMs,
        q.kb,
        q.firstRenderRssMb,
        q.load,
      ]),
    ),
  ];
  writeFileSync('bench-results.md', lines.join('\n'));
}
