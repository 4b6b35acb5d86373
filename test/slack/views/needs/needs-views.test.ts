import { describe, expect, it } from 'vitest';
import type { NeedsAnalysis } from '../../../../src/ai/needs.types.js';
import type { Lead } from '../../../../src/features/leads/leads.types.js';
import type { NeedsAnswer } from '../../../../src/features/needs/needs.types.js';
import { buildNeedsState } from '../../../../src/features/needs/needs.usecases.js';
import { questionBank } from '../../../../src/features/needs/question-bank.js';
import { translator } from '../../../../src/i18n/index.js';
import { BLOCKS, VIEWS } from '../../../../src/slack/ids.js';
import {
  decodeNeedsMetadata,
  encodeNeedsMetadata,
  proposalMark,
  proposalMarks,
  sourceOf,
} from '../../../../src/slack/needs/needs-metadata.js';
import type { ViewStateValues } from '../../../../src/slack/views/blocks.js';
import { needsCardSections, needsThreadSummary } from '../../../../src/slack/views/needs/needs-format.js';
import { buildNeedsModal, readNeedsForm } from '../../../../src/slack/views/needs/needs-modal.js';
import { bareLead } from '../../../fixtures/leads.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';

/** Every mrkdwn text in the blocks: the only place Slack turns `<!channel>` into a ping. */
function mrkdwnTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(mrkdwnTexts);
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = record.type === 'mrkdwn' ? [String(record.text)] : [];
  return [...own, ...Object.values(record).flatMap(mrkdwnTexts)];
}

function sampleLead(overrides: Partial<Lead>): Lead {
  const march = new Date('2026-03-01T00:00:00Z');
  return bareLead({ lastActivityAt: march, stageChangedAt: march, createdAt: march, ...overrides });
}

const hostile = '<!channel> <@U123> & <https://evil.example|click>';
const en = translator('en');
const zh = translator('zh-CN');

function answer(questionKey: string, text: string): NeedsAnswer {
  return {
    id: 1,
    leadId: 7,
    questionKey,
    answer: text,
    source: 'rep',
    answeredBy: 'U_REP',
    answeredAt: new Date('2026-03-01T00:00:00Z'),
    supersededAt: null,
  };
}

const manyCustom = Array.from({ length: 40 }, (_, i) => ({
  id: i + 1,
  textEn: `${hostile} ${'long question '.repeat(20)}`,
  textZh: null,
  position: i,
}));

function state(
  options: { answers?: NeedsAnswer[]; custom?: typeof manyCustom; stage?: 'new' | 'proposal' } = {},
) {
  return buildNeedsState({
    lead: sampleLead({ stage: options.stage ?? 'new', companyName: hostile, intent: 'low' }),
    questions: questionBank(options.custom ?? []),
    answers: options.answers ?? [],
    locale: 'en',
    today: '2026-03-10',
  });
}

const blocks = (view: { blocks: unknown[] }) =>
  view.blocks as {
    type: string;
    block_id?: string;
    element?: Record<string, unknown>;
    hint?: { text: string };
  }[];
const find = (view: { blocks: unknown[] }, id: string) => blocks(view).find((b) => b.block_id === id);
const limits = (view: unknown) =>
  slackLimitViolations(view as Parameters<typeof slackLimitViolations>[0], 'modal');

const analysis: NeedsAnalysis = {
  source: 'ai',
  answers: [
    { questionKey: 'budget', answer: '$60k', quote: 'Budget is around $60k' },
    { questionKey: 'decision_maker', answer: 'CFO', quote: 'CFO signs' },
  ],
  nextQuestions: [hostile, 'Who else?', 'When?'],
  summary: `${hostile} wants a CRM. ${'Very long. '.repeat(400)}`,
};

describe('needs modal', () => {
  it('stays within Slack limits with 40 team questions, long AI text and hostile names, in both languages', () => {
    for (const t of [en, zh]) {
      const view = buildNeedsModal({
        state: state({ custom: manyCustom }),
        t,
        locale: t === en ? 'en' : 'zh-CN',
        metadata: encodeNeedsMetadata({ leadId: 7, rev: 3, proposed: {} }),
        revision: 3,
        status: { kind: 'analysis', analysis },
      });
      expect(view.callback_id).toBe(VIEWS.needsAnalysis);
      expect(limits(view)).toEqual([]);
      expect(mrkdwnTexts(view.blocks).join('\n')).not.toContain('<!channel>');
    }
  });

  it('shows every question with its answer so far, keyed by question, and how many are still open', () => {
    const view = buildNeedsModal({
      state: state({ answers: [answer('budget', '¥300,000')] }),
      t: en,
      locale: 'en',
      metadata: '{}',
      revision: 0,
    });
    expect(find(view, 'needs_q_budget')?.element?.initial_value).toBe('¥300,000');
    expect(find(view, 'needs_q_timeline')?.element?.initial_value).toBeUndefined();
    expect(JSON.stringify(view.blocks)).toContain('12 of 13 questions open');
  });

  it('fills a proposal into an empty answer, but only suggests it where the rep already wrote something', () => {
    const view = buildNeedsModal({
      state: state({ answers: [answer('decision_maker', 'The owner')] }),
      t: en,
      locale: 'en',
      metadata: '{}',
      revision: 1,
      status: { kind: 'analysis', analysis },
      typed: { budget: '', decision_maker: 'The owner' },
    });
    expect(find(view, 'needs_q_budget')?.element?.initial_value).toBe('$60k');
    expect(find(view, 'needs_q_budget')?.hint?.text).toContain('Budget is around $60k');
    expect(find(view, 'needs_q_decision_maker')?.element?.initial_value).toBe('The owner');
    expect(find(view, 'needs_q_decision_maker')?.hint?.text).toContain('The notes suggest: CFO');
    // A new revision renames the inputs, so Slack shows the proposals instead of the old typed state.
    expect(find(view, 'needs_q_budget')?.element?.action_id).toBe('needs_q_budget_r1');
  });

  it('an answer the extractor added to an AI analysis is marked as the extractor’s, the others as the AI’s', () => {
    const marks = proposalMarks({
      source: 'ai',
      answers: [
        { questionKey: 'budget', answer: '$60k', quote: '' },
        { questionKey: 'timeline', answer: 'by 2026-06-30', quote: '', source: 'fallback' },
      ],
      nextQuestions: [],
      summary: '',
    });
    const metadata = { leadId: 1, rev: 1, proposed: marks };
    expect(sourceOf(metadata, 'budget', '$60k')).toBe('ai');
    expect(sourceOf(metadata, 'timeline', 'by 2026-06-30')).toBe('fallback');
    expect(sourceOf(metadata, 'timeline', 'end of June')).toBe('rep');
  });

  it('marks an answer the built-in extractor added to an AI analysis, and says so in the status line', () => {
    const mixed: NeedsAnalysis = {
      ...analysis,
      answers: [
        { questionKey: 'budget', answer: '$60k', quote: 'Budget is around $60k' },
        {
          questionKey: 'timeline',
          answer: 'by 2026-06-30 (end of June)',
          quote: 'sign by end of June',
          source: 'fallback',
        },
      ],
    };
    for (const [t, marker] of [
      [en, 'built-in extractor, not the AI'],
      [zh, '内置规则提取（非 AI）'],
    ] as const) {
      const view = buildNeedsModal({
        state: state({}),
        t,
        locale: t === en ? 'en' : 'zh-CN',
        metadata: '{}',
        revision: 1,
        status: { kind: 'analysis', analysis: mixed },
      });
      expect(find(view, 'needs_q_timeline')?.hint?.text).toContain(marker);
      expect(find(view, 'needs_q_budget')?.hint?.text).not.toContain(marker);
      expect(JSON.stringify(view.blocks)).toContain(t === en ? '1 answer(s) the AI left empty' : '其中 1 条');
      expect(limits(view)).toEqual([]);
    }
  });

  it('has no Analyze button while analyzing, so a second click cannot start a second analysis', () => {
    const view = buildNeedsModal({
      state: state(),
      t: en,
      locale: 'en',
      metadata: '{}',
      revision: 0,
      status: { kind: 'analyzing' },
    });
    expect(JSON.stringify(view.blocks)).not.toContain('needs_analyze"');
    expect(JSON.stringify(view.blocks)).toContain('Analyzing the notes');
  });

  it('starts the intent at the lead’s own intent and offers to keep the stage only for new or contacted leads', () => {
    const early = buildNeedsModal({ state: state(), t: en, locale: 'en', metadata: '{}', revision: 0 });
    const select = find(early, BLOCKS.needsIntent)?.element as { initial_option?: { value: string } };
    expect(select.initial_option?.value).toBe('low');
    expect(find(early, BLOCKS.needsKeepStage)).toBeDefined();
    const later = buildNeedsModal({
      state: state({ stage: 'proposal' }),
      t: en,
      locale: 'en',
      metadata: '{}',
      revision: 0,
    });
    expect(find(later, BLOCKS.needsKeepStage)).toBeUndefined();
  });

  it('reads the answers by question whatever revision their inputs have', () => {
    const values: ViewStateValues = {
      needs_q_budget: { needs_q_budget_r4: { type: 'plain_text_input', value: '$60k' } },
      needs_q_custom_3: { needs_q_custom_3_r4: { type: 'plain_text_input', value: null } },
      [BLOCKS.needsNotes]: { [BLOCKS.needsNotes]: { type: 'plain_text_input', value: 'notes' } },
      [BLOCKS.needsIntent]: {
        [BLOCKS.needsIntent]: { type: 'static_select', selected_option: { value: 'high' } },
      },
      [BLOCKS.needsKeepStage]: {
        [BLOCKS.needsKeepStage]: { type: 'checkboxes', selected_options: [{ value: 'keep' }] },
      },
    };
    expect(readNeedsForm(values)).toEqual({
      answers: { budget: '$60k', custom_3: '' },
      notes: 'notes',
      intent: 'high',
      keepStage: true,
    });
  });
});

describe('needs on the card and in the thread', () => {
  it('the card shows the suggested intent with its reasons and the next three questions', () => {
    const [section] = needsCardSections(state({ answers: [answer('budget', '$60k')] }), en);
    expect(section).toContain('*Suggested intent:* Low (budget known, no purchase date yet)');
    expect(section).toContain('• What problem made them look');
    expect(section?.split('\n• ')).toHaveLength(4);
  });

  it('the thread summary escapes what the rep typed', () => {
    const summary = needsThreadSummary({
      state: state({ answers: [answer('budget', hostile)] }),
      changed: ['budget'],
      userId: 'U_REP',
      t: zh,
      locale: 'zh-CN',
    });
    expect(summary.text).toContain('完成度 13%');
    expect(summary.text).not.toContain('<!channel>');
  });
});

describe('needs modal metadata', () => {
  it('tells an accepted proposal from an answer the rep edited', () => {
    const metadata = decodeNeedsMetadata(
      encodeNeedsMetadata({ leadId: 7, rev: 1, proposed: { budget: proposalMark('fallback', '¥300,000') } }),
    );
    expect(metadata && sourceOf(metadata, 'budget', '¥300,000')).toBe('fallback');
    expect(metadata && sourceOf(metadata, 'budget', '¥350,000')).toBe('rep');
    expect(metadata && sourceOf(metadata, 'timeline', 'Q3')).toBe('rep');
  });

  it('stays under 3000 characters by dropping the reply target and then the proposals', () => {
    const proposed = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`custom_${i}`, 'a0123456789']),
    );
    const encoded = encodeNeedsMetadata({ leadId: 7, rev: 1, proposed, responseUrl: 'https://x'.repeat(50) });
    expect(encoded.length).toBeLessThanOrEqual(3000);
    expect(decodeNeedsMetadata(encoded)).toMatchObject({ leadId: 7, rev: 1, proposed: {} });
  });
});
