import type { QuoteDocument } from '../../src/features/quotes/quote-document.types.js';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/slack/ids.js';
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

/**
 * Through the wire, as a rep does it: `/quote #lead`, **Paste lines** with `lines`, **Save**, then **Request
 * approval**. Returns the builder as last drawn; the quote waits on its approver (or, in the auto band, is approved).
 */
export async function quoteSubmitted(app: TestApp, userId: string, leadId: number, lines: string) {
  const opened = await app.viewFrom(() => app.command(userId, COMMANDS.quote, `#${leadId}`));
  const paste = await app.viewFrom(
    () => app.action(userId, { action_id: ACTIONS.quoteOpenPaste, value: '1' }, { view: opened }),
    'views.push',
  );
  const pasted = await app.submit(userId, { ...paste, id: 'V_PASTE' }, { [BLOCKS.quotePasteText]: lines });
  if (pasted.outcome.kind !== 'done') throw new Error(`paste refused: ${JSON.stringify(pasted.outcome)}`);
  const builder = app.slack.callsTo('views.update').at(-1)?.args.view as OpenedView;
  const saved = await app.submit(userId, { ...builder, id: 'V_BUILDER' });
  if (saved.outcome.kind !== 'done') throw new Error(`save refused: ${JSON.stringify(saved.outcome)}`);
  const submitValue = latestButton(app, userId, ACTIONS.quoteSubmit);
  await app.action(userId, { action_id: ACTIONS.quoteSubmit, value: submitValue }, { channelId: userId });
  return builder;
}
