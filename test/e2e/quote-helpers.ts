import type { QuoteDocument } from '../../src/features/quotes/quote-document.types.js';
import type { OpenedView, TestApp } from '../helpers/e2e.js';

type Json = Record<string, unknown>;

/**
 * The builder as the rep has filled it: Slack sends what is typed in `view.state`; the test harness builds that
 * state from the elements' initial values, so typing is setting them. Selects take `{ value, text }`.
 */
export function typed(
  view: OpenedView,
  values: Record<string, string | { value: string; text: string }>,
): OpenedView {
  return {
    ...view,
    blocks: (view.blocks ?? []).map((block) => {
      const given = block.block_id ? values[block.block_id] : undefined;
      if (given === undefined || !block.element) return block;
      const element =
        typeof given === 'string'
          ? { ...block.element, initial_value: given }
          : {
              ...block.element,
              initial_option: { value: given.value, text: { type: 'plain_text', text: given.text } },
            };
      return { ...block, element } as typeof block;
    }),
  };
}

/** The PDF renderer for end-to-end runs: records each document and answers bytes that name it. */
export function recordingRenderer(app: TestApp): QuoteDocument[] {
  const rendered: QuoteDocument[] = [];
  app.deps.renderQuotePdf = async (document) => {
    rendered.push(document);
    return new TextEncoder().encode(
      `%PDF-1.7 ${document.number} v${document.version} ${document.totalMinor}`,
    );
  };
  return rendered;
}

/** Every `{ action_id, value }` element in some blocks, however deep. */
function buttonsIn(node: unknown, found: { action_id: string; value?: string }[] = []) {
  if (Array.isArray(node)) for (const item of node) buttonsIn(item, found);
  else if (node && typeof node === 'object') {
    const element = node as { action_id?: unknown; value?: unknown };
    if (typeof element.action_id === 'string')
      found.push({
        action_id: element.action_id,
        ...(typeof element.value === 'string' ? { value: element.value } : {}),
      });
    for (const value of Object.values(node)) buttonsIn(value, found);
  }
  return found;
}

/** The value of the button `actionId` in the newest message posted (or updated) in `channel` that has one. */
export function latestButton(app: TestApp, channel: string, actionId: string): string | undefined {
  const calls = [...app.slack.callsTo('chat.postMessage'), ...app.slack.callsTo('chat.update')]
    .filter((call) => call.args.channel === channel)
    .sort((a, b) => a.at - b.at);
  for (const call of calls.reverse()) {
    const button = buttonsIn(call.args.blocks).find((element) => element.action_id === actionId);
    if (button?.value) return button.value;
  }
  return undefined;
}

export type { Json };
