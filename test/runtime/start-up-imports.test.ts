import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../helpers/fake-slack.js';
import { appEnv, freePort, scratchFolder, startMain, stopAll } from './main-process.js';

const TRACE_HOOK = pathToFileURL(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'trace-packages.mjs'),
).href;
const BOOT_TIMEOUT = 240_000;
const READY = /"msg":"Salesflow is ready"/;

/*
 * Issue 24: a start loads only what a request needs. Each library below costs resident memory at idle
 * (BENCHMARKS.md, section 4) and is loaded on its first use instead: the OpenAI SDK on the first AI analysis,
 * the chart renderer on the first chart, the spreadsheet and CSV readers on the first import, `date-holidays`
 * on the first non-Chinese calendar, the PDF renderer on the first quote PDF.
 */
const LOADED_ON_FIRST_USE = [
  'openai',
  '@napi-rs/canvas',
  'read-excel-file',
  'csv-parse',
  'iconv-lite',
  'date-holidays',
  'pdfkit',
  'fontkit',
  'noto-sans-sc',
  // The Postgres driver: this process runs on the embedded store.
  'pg',
];

afterAll(stopAll);

describe('what a start of Salesflow loads', () => {
  const slack = new FakeSlack();
  beforeAll(() => slack.start());
  afterAll(() => slack.stop());

  it(
    'loads Bolt, the store and the logger, and none of the libraries a request loads on first use, even with an AI key',
    async () => {
      const scratch = scratchFolder();
      const trace = path.join(scratch, 'packages.txt');
      const app = startMain({
        ...appEnv(slack, path.join(scratch, 'data'), await freePort()),
        OPENAI_API_KEY: 'sk-configured-but-unused',
        NODE_OPTIONS: `--import=${TRACE_HOOK}`,
        SALESFLOW_TRACE_PACKAGES: trace,
      });
      await app.waitForOutput(READY, BOOT_TIMEOUT);
      const loaded = new Set(readFileSync(trace, 'utf8').split('\n').filter(Boolean));
      await app.stop();

      // The trace itself works: what every request needs is in it.
      expect([...loaded]).toEqual(
        expect.arrayContaining(['@slack/bolt', '@electric-sql/pglite', 'pino', 'zod']),
      );
      expect(LOADED_ON_FIRST_USE.filter((name) => loaded.has(name))).toEqual([]);
    },
    BOOT_TIMEOUT + 30_000,
  );
});
