import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AnalyzeNotesInput, analyzeNotes } from '../../src/ai/analyze-notes.js';
import { createOpenAIClient } from '../../src/ai/openai-client.js';
import { forgetServerModes } from '../../src/ai/response-modes.js';
import { createLogger } from '../../src/logger.js';
import { FAKE_OPENAI_KEY, FakeOpenAI } from '../helpers/fake-openai.js';

const logger = createLogger('silent');
const input: AnalyzeNotesInput = {
  notes: 'Budget is around $60k a year. The CEO decides.',
  today: '2026-03-10',
  locale: 'en',
  competitors: [],
  questions: [
    { key: 'problem', text: 'What problem?' },
    { key: 'budget', text: 'What budget?' },
    { key: 'decision_maker', text: 'Who decides?' },
    { key: 'timeline', text: 'When?' },
  ],
  answered: { problem: 'stock-outs' },
};

describe('analyzing call notes', () => {
  const fake = new FakeOpenAI();
  const ai = (apiKey = FAKE_OPENAI_KEY, timeoutMs = 1000) => ({
    client: createOpenAIClient({ apiKey, baseUrl: fake.baseUrl, model: 'local-model', timeoutMs }),
    model: 'local-model',
    timeoutMs,
    logger,
  });
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());
  beforeEach(() => {
    fake.reset();
    forgetServerModes();
  });

  it('returns the model’s answers, at most three next questions and its summary, plus the extractor’s answer to a high-confidence field the model left empty, marked as such', async () => {
    fake.answer = () => ({
      answers: [{ questionKey: 'budget', answer: '$60k', quote: 'Budget is around $60k a year' }],
      nextQuestions: ['a', 'b', 'c', 'd'],
      summary: ' Two sentences. ',
    });
    const result = await analyzeNotes(input, ai());
    expect(result).toEqual({
      source: 'ai',
      answers: [
        { questionKey: 'budget', answer: '$60k', quote: 'Budget is around $60k a year' },
        { questionKey: 'decision_maker', answer: 'CEO', quote: 'The CEO decides', source: 'fallback' },
      ],
      nextQuestions: ['a', 'b', 'c'],
      summary: 'Two sentences.',
    });
    expect(fake.requests[0]?.body.model).toBe('local-model');
  });

  it('without a key, never calls the API and proposes what the extractor finds', async () => {
    const result = await analyzeNotes(input, ai('', 1000));
    expect(fake.requests).toHaveLength(0);
    expect(result.source).toBe('fallback');
    expect(result.fallbackReason).toBe('no_key');
    expect(result.answers.map((a) => a.questionKey)).toEqual(['budget', 'decision_maker']);
    expect(result.nextQuestions).toEqual(['When?']); // problem is answered, budget and CEO were found
  });

  it('JSON that does not match the schema is unparseable', async () => {
    fake.answer = () => ({ answers: 'none', summary: 3 });
    expect((await analyzeNotes(input, ai())).fallbackReason).toBe('unparseable');
  });

  it.each([
    ['declines (message.refusal)', 'refusal', 'declined'],
    ['is cut at the token limit (finish_reason "length")', 'length', 'cut_short'],
    ['is withheld by the content filter (finish_reason "content_filter")', 'content_filter', 'filtered'],
  ] as const)(
    'when the model %s, the extractor answers and says exactly that, without asking again',
    async (_case, mode, reason) => {
      fake.mode = mode;
      fake.answer = () => ({
        answers: [{ questionKey: 'budget', answer: '$60k', quote: 'Budget is around $60k a year' }],
        nextQuestions: [],
        summary: 'A buyer.',
      });
      // A generous limit: this is about the answer, not the clock (a loaded machine must not turn it into a timeout).
      const result = await analyzeNotes(input, ai(FAKE_OPENAI_KEY, 10_000));
      expect(result).toMatchObject({ source: 'fallback', fallbackReason: reason, summary: '' });
      // The extractor's own reading of the notes, not the model's '$60k' (which never arrived whole).
      expect(result.answers.map((a) => [a.questionKey, a.answer])).toEqual([
        ['budget', '$60,000 per year'],
        ['decision_maker', 'CEO'],
      ]);
      expect(fake.requests).toHaveLength(1);
    },
  );

  it('a rejected key is an error, not retried', async () => {
    const result = await analyzeNotes(input, ai('sk-wrong'));
    expect(result.fallbackReason).toBe('error');
    expect(fake.requests).toHaveLength(1);
  });

  it('the timeout bounds the whole analysis, even when the server asks to retry much later', async () => {
    fake.mode = '429';
    fake.retryAfterSeconds = 30;
    const started = Date.now();
    const result = await analyzeNotes(input, ai(FAKE_OPENAI_KEY, 1000));
    expect(Date.now() - started).toBeLessThan(1500);
    expect(result.fallbackReason).toBe('timeout');
    expect(result.answers.length).toBeGreaterThan(0);
  });
});
