/**
 * What Slack refuses in a message or a view, for the fake Slack (`fake-slack.ts`). The numbers are Slack's own,
 * written here on purpose: the app's `src/slack/limits.ts` must never be the yardstick it is measured with.
 *
 * Where each limit comes from (docs.slack.dev):
 * - reference/block-kit/blocks: up to 50 blocks in a message, 100 in a modal or Home tab; `block_id` ≤ 255 and
 *   unique for each message (and each view); unknown `type`s are refused.
 * - reference/block-kit/blocks/section-block: `text` 1–3,000; `fields` ≤ 10 items of ≤ 2,000; text or fields.
 * - …/header-block: plain_text ≤ 150. …/context-block: ≤ 10 elements. …/actions-block: ≤ 25 elements.
 * - …/input-block: `label` and `hint` ≤ 2,000. …/image-block: `image_url` ≤ 3,000, `alt_text` ≤ 2,000.
 * - …/table-block: ≤ 100 rows of ≤ 20 cells; …/data-table-block: 2–201 rows of 1–20 cells, all the same length,
 *   `page_size` 1–100.
 * - reference/block-kit/block-elements: `action_id` ≤ 255 and unique among the action_ids of its containing block;
 *   `placeholder` ≤ 150. Button: text ≤ 75, value ≤ 2,000, url ≤ 3,000. Select menus: `options` ≤ 100 (overflow
 *   5, radio buttons and checkboxes 10), `option_groups` ≤ 100. plain_text_input: `max_length`/`min_length`
 *   ≤ 3,000 (so `initial_value` can never be longer), `initial_value` within `max_length`.
 * - reference/block-kit/composition-objects: option `text` ≤ 75, `value` ≤ 150, `description` ≤ 75.
 * - reference/views (view object): modal `title`, `submit`, `close` plain_text ≤ 24; `submit` required when the
 *   modal holds an input block; `private_metadata` ≤ 3,000; `callback_id` and `external_id` ≤ 255.
 * - reference/methods/chat.postMessage: `msg_too_long` past 40,000 characters of `text`, `no_text` with neither
 *   text nor blocks, `invalid_blocks` (with `response_metadata.messages` naming a json-pointer) for bad blocks.
 * - reference/methods/views.open|update|push|publish: bad views answer `invalid_arguments` (there is no
 *   `invalid_blocks` among their documented errors), same message format; `view_too_large` past 250 kB
 *   (counted here in characters of the JSON view).
 */

type Node = Record<string, unknown>;

export interface Refusal {
  error: string;
  messages?: string[];
}

const MESSAGE_TEXT = 40_000;
const MESSAGE_BLOCKS = 50;
const VIEW_BLOCKS = 100;
const VIEW_SIZE = 250_000;
const VIEW_BUTTON = 24;
const PRIVATE_METADATA = 3_000;
const ID = 255;
const SECTION_TEXT = 3_000;
const FIELDS = 10;
const FIELD_TEXT = 2_000;
const HEADER = 150;
const CONTEXT_ELEMENTS = 10;
const ACTIONS_ELEMENTS = 25;
const BUTTON_TEXT = 75;
const BUTTON_VALUE = 2_000;
const URL = 3_000;
const LABEL = 2_000;
const PLACEHOLDER = 150;
const TEXT_INPUT = 3_000;
const OPTION_TEXT = 75;
const OPTION_VALUE = 150;
const OPTIONS: Record<string, number> = { overflow: 5, radio_buttons: 10, checkboxes: 10 };
const SELECT_OPTIONS = 100;

const BLOCK_TYPES = new Set([
  'section',
  'divider',
  'image',
  'actions',
  'context',
  'input',
  'file',
  'header',
  'video',
  'rich_text',
  'markdown',
  'table',
  'data_table',
  'data_visualization', // its limits: fake-slack-data-blocks.ts
  'context_actions',
]);

/** Checks one surface: every problem found is one `[ERROR] … [json-pointer:…]` line, as Slack writes them. */
class SurfaceCheck {
  readonly messages: string[] = [];
  private readonly blockIds = new Set<string>();

  fail(what: string, pointer: string): void {
    this.messages.push(`[ERROR] ${what} [json-pointer:${pointer}]`);
  }

  maxLength(value: unknown, max: number, pointer: string): void {
    // Slack's limits are in characters: counted here as code points, so an emoji is one, not two UTF-16 units.
    if (typeof value === 'string' && [...value].length > max)
      this.fail(`must be less than ${max + 1} characters`, pointer);
  }

  maxItems(value: unknown, max: number, pointer: string): void {
    if (Array.isArray(value) && value.length > max) this.fail(`no more than ${max} items allowed`, pointer);
  }

  /** A text object: a string of at least one character and at most `max`. */
  text(node: unknown, max: number, pointer: string, plainOnly = false): void {
    if (node === undefined) return;
    const text = node as Node;
    if (typeof text !== 'object' || text === null || typeof text.text !== 'string') {
      this.fail('must be a text object', pointer);
      return;
    }
    if (plainOnly && text.type !== 'plain_text') this.fail('must be plain_text', `${pointer}/type`);
    if (text.text.length === 0) this.fail('must be more than 0 characters', `${pointer}/text`);
    this.maxLength(text.text, max, `${pointer}/text`);
  }

  blocks(blocks: unknown, max: number, pointer: string): void {
    if (!Array.isArray(blocks)) {
      this.fail('must be an array', pointer);
      return;
    }
    this.maxItems(blocks, max, pointer);
    for (const [index, block] of blocks.entries()) this.block(block as Node, `${pointer}/${index}`);
  }

  private block(block: Node, at: string): void {
    if (typeof block?.type !== 'string' || !BLOCK_TYPES.has(block.type)) {
      this.fail(`unsupported type: ${String(block?.type)}`, `${at}/type`);
      return;
    }
    if (block.block_id !== undefined) {
      const id = String(block.block_id);
      this.maxLength(id, ID, `${at}/block_id`);
      if (this.blockIds.has(id)) this.fail(`duplicate block_id: ${id}`, `${at}/block_id`);
      this.blockIds.add(id);
    }
    switch (block.type) {
      case 'section':
        if (block.text === undefined && block.fields === undefined)
          this.fail('must provide either text or fields', at);
        this.text(block.text, SECTION_TEXT, `${at}/text`);
        this.maxItems(block.fields, FIELDS, `${at}/fields`);
        for (const [index, field] of ((block.fields ?? []) as unknown[]).entries())
          this.text(field, FIELD_TEXT, `${at}/fields/${index}`);
        if (block.accessory) this.elements([block.accessory as Node], `${at}/accessory`, true);
        break;
      case 'header':
        this.text(block.text, HEADER, `${at}/text`, true);
        break;
      case 'context':
        this.maxItems(block.elements, CONTEXT_ELEMENTS, `${at}/elements`);
        break;
      case 'actions':
        this.maxItems(block.elements, ACTIONS_ELEMENTS, `${at}/elements`);
        this.elements((block.elements ?? []) as Node[], `${at}/elements`);
        break;
      case 'input':
        this.text(block.label, LABEL, `${at}/label`, true);
        this.text(block.hint, LABEL, `${at}/hint`, true);
        if (!block.element) this.fail('must provide an element', at);
        else this.elements([block.element as Node], `${at}/element`, true);
        break;
      case 'image':
        this.maxLength(block.image_url, URL, `${at}/image_url`);
        this.maxLength(block.alt_text, LABEL, `${at}/alt_text`);
        break;
      case 'table':
        this.maxItems(block.rows, 100, `${at}/rows`);
        for (const [index, row] of ((block.rows ?? []) as unknown[][]).entries())
          this.maxItems(row, 20, `${at}/rows/${index}`);
        break;
      case 'data_table':
        this.dataTable(block, at);
        break;
    }
  }

  private dataTable(block: Node, at: string): void {
    const rows = (block.rows ?? []) as unknown[][];
    if (rows.length < 2) this.fail('must have at least 2 items', `${at}/rows`);
    this.maxItems(rows, 201, `${at}/rows`);
    const width = rows[0]?.length ?? 0;
    for (const [index, row] of rows.entries()) {
      if (row.length < 1 || row.length > 20) this.fail('must have 1 to 20 cells', `${at}/rows/${index}`);
      if (row.length !== width)
        this.fail('every row must have as many cells as the first', `${at}/rows/${index}`);
    }
    const pageSize = block.page_size;
    if (pageSize !== undefined && !(Number(pageSize) >= 1 && Number(pageSize) <= 100))
      this.fail('must be between 1 and 100', `${at}/page_size`);
  }

  /** Elements of one block: each checked, and their action_ids unique within that block. */
  private elements(elements: Node[], pointer: string, single = false): void {
    const actionIds = new Set<string>();
    elements.forEach((element, index) => {
      const at = single ? pointer : `${pointer}/${index}`;
      if (element.action_id !== undefined) {
        const id = String(element.action_id);
        this.maxLength(id, ID, `${at}/action_id`);
        if (actionIds.has(id)) this.fail(`duplicate action_id: ${id}`, `${at}/action_id`);
        actionIds.add(id);
      }
      this.element(element, at);
    });
  }

  private element(element: Node, at: string): void {
    this.text(element.placeholder, PLACEHOLDER, `${at}/placeholder`, true);
    const type = String(element.type);
    if (type === 'button') {
      this.text(element.text, BUTTON_TEXT, `${at}/text`, true);
      this.maxLength(element.value, BUTTON_VALUE, `${at}/value`);
      this.maxLength(element.url, URL, `${at}/url`);
    }
    if (element.options !== undefined) {
      this.maxItems(element.options, OPTIONS[type] ?? SELECT_OPTIONS, `${at}/options`);
      this.options(element.options as Node[], `${at}/options`);
    }
    if (element.option_groups !== undefined) {
      this.maxItems(element.option_groups, SELECT_OPTIONS, `${at}/option_groups`);
      for (const [index, group] of (element.option_groups as Node[]).entries())
        this.options((group.options ?? []) as Node[], `${at}/option_groups/${index}/options`);
    }
    if (type === 'plain_text_input') {
      for (const key of ['max_length', 'min_length'] as const) {
        const value = element[key];
        if (value !== undefined && !(Number(value) >= 0 && Number(value) <= TEXT_INPUT))
          this.fail(`must be at most ${TEXT_INPUT}`, `${at}/${key}`);
      }
      const max = Math.min(Number(element.max_length ?? TEXT_INPUT), TEXT_INPUT);
      this.maxLength(element.initial_value, max, `${at}/initial_value`);
    }
  }

  private options(options: Node[], pointer: string): void {
    options.forEach((option, index) => {
      this.text(option.text, OPTION_TEXT, `${pointer}/${index}/text`);
      this.text(option.description, OPTION_TEXT, `${pointer}/${index}/description`);
      this.maxLength(option.value, OPTION_VALUE, `${pointer}/${index}/value`);
    });
  }
}

/** A message for chat.postMessage / postEphemeral / update / scheduleMessage or a response_url post. */
export function messageRefusal(args: Node): Refusal | undefined {
  const text = typeof args.text === 'string' ? args.text : '';
  if (text.length > MESSAGE_TEXT) return { error: 'msg_too_long' };
  const blocks = args.blocks;
  const hasBlocks = Array.isArray(blocks) && blocks.length > 0;
  if (!text && !hasBlocks && !args.attachments) return { error: 'no_text' };
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks)) return { error: 'invalid_blocks_format' };
  const check = new SurfaceCheck();
  check.blocks(blocks, MESSAGE_BLOCKS, '/blocks');
  return check.messages.length ? { error: 'invalid_blocks', messages: check.messages } : undefined;
}

/** A view for views.open / update / push / publish. */
export function viewRefusal(view: unknown): Refusal | undefined {
  if (typeof view !== 'object' || view === null) return { error: 'invalid_arguments', messages: [] };
  // "Greater than 250kb": read as characters of the JSON view, since the docs do not say bytes.
  if (JSON.stringify(view).length > VIEW_SIZE) return { error: 'view_too_large' };
  const surface = view as Node;
  const check = new SurfaceCheck();
  if (surface.type !== 'modal' && surface.type !== 'home')
    check.fail(`unsupported type: ${String(surface.type)}`, '/view/type');
  if (surface.type === 'modal') {
    if (!surface.title) check.fail('must provide a title', '/view/title');
    check.text(surface.title, VIEW_BUTTON, '/view/title', true);
    check.text(surface.submit, VIEW_BUTTON, '/view/submit', true);
    check.text(surface.close, VIEW_BUTTON, '/view/close', true);
    const hasInput = ((surface.blocks ?? []) as Node[]).some((block) => block?.type === 'input');
    if (hasInput && !surface.submit)
      check.fail('must provide submit when an input block is present', '/view');
  }
  check.maxLength(surface.private_metadata, PRIVATE_METADATA, '/view/private_metadata');
  check.maxLength(surface.callback_id, ID, '/view/callback_id');
  check.maxLength(surface.external_id, ID, '/view/external_id');
  check.blocks(surface.blocks ?? [], VIEW_BLOCKS, '/view/blocks');
  return check.messages.length ? { error: 'invalid_arguments', messages: check.messages } : undefined;
}
