import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AnalyzeNotesInput, analyzeNotes } from '../../src/ai/analyze-notes.js';
import { createOpenAIClient } from '../../src/ai/openai-client.js';
import { forgetServerModes } from '../../src/ai/response-modes.js';
import { createLogger } from '../../src/logger.js';
import { FAKE_OPENAI_KEY, FakeOpenAI, type FakeServerKind } from '../helpers/fake-openai.js';

const logger = createLogger('silent');
const input: AnalyzeNotesInput = {
  notes: 'Budget is $80k. The COO signs off. They want to decide by end of June.',
  today: '2026-03-10',
  locale: 'en',
  competitors: [],
  questions: [
    { key: 'budget', text: 'What budget?' },
    { key: 'decision_maker', text: 'Who decides?' },
    { key: 'timeline', text: 'When?' },
  ],
  answered: {},
};
const modelAnswer = {
  answers: [
    { questionKey: 'budget', answer: '$80,000', quote: 'Budget is $80k' },
    { questionKey: 'decision_maker', answer: 'COO', quote: 'The COO signs off' },
    { questionKey: 'timeline', answer: 'by 2026-06-30', quote: 'decide by end of June' },
  ],
  nextQuestions: ['Who else is involved?'],
  summary: 'A buyer with a budget.',
};

describe('AI with the OpenAI-compatible servers teams use', () => {
  const fake = new FakeOpenAI();
  const ai = (timeoutMs = 3000) => ({
    client: createOpenAIClient({ apiKey: FAKE_OPENAI_KEY, baseUrl: fake.baseUrl, model: 'm', timeoutMs }),
    model: 'm',
    timeoutMs,
    logger,
  });
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());
  beforeEach(() => {
    fake.reset();
    forgetServerModes();
    fake.answer = () => modelAnswer;
  });

  it.each([
    ['openai', ['json_schema']],
    ['deepseek', ['json_schema', 'json_object']],
    ['vllm-old', ['json_schema', 'json_object']],
    // The SDK retries a 500 once before the refusal is seen.
    ['llamacpp-old', ['json_schema', 'json_schema', 'json_object']],
    ['text-only', ['json_schema', 'json_object', 'none']],
    ['lmstudio', ['json_schema']],
    ['ollama-ignores', ['json_schema']],
  ] as Array<[FakeServerKind, string[]]>)(
    'a %s server: the AI answers after asking in %j',
    async (kind, formats) => {
      fake.plays = kind;
      const result = await analyzeNotes(input, ai());
      expect(result.source).toBe('ai');
      expect(result.answers.map((a) => a.answer)).toEqual(['$80,000', 'COO', 'by 2026-06-30']);
      expect(fake.formats).toEqual(formats);
    },
  );

  it('remembers what a server refused, so the next analysis asks straight for what works', async () => {
    fake.plays = 'text-only';
    await analyzeNotes(input, ai());
    fake.requests.length = 0;
    const second = await analyzeNotes(input, ai());
    expect(second.source).toBe('ai');
    expect(fake.formats).toEqual(['none']);
  });

  it('remembers per server and model: another model on the same server starts from the schema again', async () => {
    fake.plays = 'deepseek';
    await analyzeNotes(input, ai());
    fake.requests.length = 0;
    const other = { ...ai(), model: 'other-model' };
    await analyzeNotes(input, other);
    expect(fake.formats).toEqual(['json_schema', 'json_object']);
  });

  it('every mode asks in JSON and shows the shape, so JSON mode (which needs the word) and plain text work', async () => {
    fake.plays = 'text-only';
    await analyzeNotes(input, ai());
    // All three modes were asked (schema, JSON mode, plain text), so the loop below checks each of them.
    expect(fake.formats).toEqual(['json_schema', 'json_object', 'none']);
    for (const request of fake.requests) {
      const system = request.body.messages[0]?.content ?? '';
      expect(system).toMatch(/JSON/);
      expect(system).toContain('"questionKey"');
    }
  });

  it('nonsense from the model is refused by the schema and the built-in extractor answers instead', async () => {
    fake.plays = 'text-only';
    fake.rawContent = 'Sure! The budget looks healthy and the COO seems keen.';
    const result = await analyzeNotes(input, ai());
    expect(result.source).toBe('fallback');
    expect(result.fallbackReason).toBe('unparseable');
    expect(result.answers.map((a) => a.questionKey)).toEqual(['budget', 'decision_maker', 'timeline']);
  });

  it('JSON of the wrong shape does not make the server look unable: nothing is remembered', async () => {
    fake.rawContent = '{"answers": "none"}';
    expect((await analyzeNotes(input, ai())).fallbackReason).toBe('unparseable');
    fake.rawContent = null;
    fake.requests.length = 0;
    await analyzeNotes(input, ai());
    expect(fake.formats).toEqual(['json_schema']);
  });

  it('a rejected key is an error, not a format refusal: no simpler format is tried', async () => {
    const wrong = {
      ...ai(),
      client: createOpenAIClient({ apiKey: 'sk-wrong', baseUrl: fake.baseUrl, model: 'm', timeoutMs: 3000 }),
    };
    const result = await analyzeNotes(input, wrong);
    expect(result.fallbackReason).toBe('error');
    expect(fake.formats).toEqual(['json_schema']);
  });

  it('the time limit covers the refusals and the retries together', async () => {
    fake.plays = 'text-only';
    fake.mode = 'slow';
    fake.slowMs = 5000;
    const started = Date.now();
    const result = await analyzeNotes(input, ai(1000));
    expect(Date.now() - started).toBeLessThan(1500);
    expect(result.fallbackReason).toBe('timeout');
  });
});
