import { describe, expect, it } from 'vitest';
import { refuseInvalidDataBlocks } from './fake-slack-data-blocks.js';

const header = [{ type: 'raw_text', text: 'Name' }];
const row = [{ type: 'raw_text', text: 'Acme' }];
const table = (rows: unknown[], extra: object = {}) => ({ type: 'data_table', caption: 'c', rows, ...extra });
const chart = (chartBody: object, title = 'Pipeline') => ({
  type: 'data_visualization',
  title,
  chart: chartBody,
});
const bar = (series: unknown[], categories = ['new', 'won']) => ({
  type: 'bar',
  series,
  axis_config: { categories },
});
const messagesFor = (blocks: unknown[], method = 'chat.postMessage') =>
  (
    refuseInvalidDataBlocks(method, method.startsWith('views.') ? { view: { blocks } } : { blocks }) as {
      response_metadata?: { messages: string[] };
    } | null
  )?.response_metadata?.messages ?? [];

describe('the fake Slack refuses the data blocks Slack refuses, with the json-pointer', () => {
  it('accepts a table and two charts in one message', () => {
    const good = [
      table([header, row], { page_size: 100 }),
      chart(bar([{ name: 'Open', data: [{ label: 'new', value: 3 }] }])),
      chart({ type: 'pie', segments: [{ label: 'won', value: 1 }] }),
    ];
    expect(refuseInvalidDataBlocks('chat.postMessage', { blocks: good })).toBeNull();
  });

  it('refuses 101 rows under the header, a rich_text header, a short row, page_size 0 and 10,001 characters', () => {
    expect(messagesFor([table([header, ...Array(101).fill(row)])])).toEqual([
      '[ERROR] must be less than 102 items [json-pointer:/blocks/0/rows]',
    ]);
    expect(messagesFor([table([[{ type: 'rich_text', elements: [{}] }], row])])).toEqual([
      '[ERROR] header cells cannot be rich_text [json-pointer:/blocks/0/rows/0/0]',
    ]);
    expect(messagesFor([table([[...header, ...header], row])])).toEqual([
      '[ERROR] must have 2 cells like the header [json-pointer:/blocks/0/rows/1]',
    ]);
    expect(messagesFor([table([header, row], { page_size: 0 })])).toEqual([
      '[ERROR] must be between 1 and 100 [json-pointer:/blocks/0/page_size]',
    ]);
    expect(messagesFor([table([header, [{ type: 'raw_text', text: 'x'.repeat(9997) }]])])).toEqual([
      '[ERROR] cells must hold at most 10000 characters in all [json-pointer:/blocks/0/rows]',
    ]);
    expect(messagesFor([table([header, [{ type: 'raw_number', value: Number.NaN, text: '' }]])])).toEqual([
      '[ERROR] must be a number [json-pointer:/blocks/0/rows/1/0/value]',
      '[ERROR] must be at least 1 character [json-pointer:/blocks/0/rows/1/0/text]',
    ]);
  });

  it('refuses a second table or a third chart in one message, but not in a Home tab', () => {
    expect(messagesFor([table([header, row]), table([header, row])])).toEqual([
      '[ERROR] only one data_table is allowed per message [json-pointer:/blocks/1]',
    ]);
    const pie = chart({ type: 'pie', segments: [{ label: 'won', value: 1 }] });
    expect(messagesFor([pie, pie, pie])).toEqual([
      '[ERROR] at most 2 data_visualization blocks per message [json-pointer:/blocks/2]',
    ]);
    expect(messagesFor([pie, pie, pie], 'views.publish')).toEqual([]);
    expect(messagesFor([{ ...pie, title: '' }], 'views.publish')).toEqual([
      '[ERROR] must be 1 to 50 characters [json-pointer:/view/blocks/0/title]',
    ]);
  });

  it('refuses seven series, a label that is not a category, a long series name and a pie slice of zero', () => {
    const series = (name: string) => ({ name, data: [{ label: 'new', value: 1 }] });
    expect(messagesFor([chart(bar(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(series)))])).toEqual([
      '[ERROR] must have 1 to 6 items [json-pointer:/blocks/0/chart/series]',
    ]);
    expect(messagesFor([chart(bar([{ name: 'a', data: [{ label: 'lost', value: 1 }] }]))])).toEqual([
      '[ERROR] label must be one of axis_config.categories [json-pointer:/blocks/0/chart/series/0/data/0/label]',
    ]);
    expect(messagesFor([chart(bar([series('销'.repeat(21))]))])).toEqual([
      '[ERROR] must be 1 to 20 characters [json-pointer:/blocks/0/chart/series/0/name]',
    ]);
    expect(messagesFor([chart({ type: 'pie', segments: [{ label: 'won', value: 0 }] })])).toEqual([
      '[ERROR] must be greater than 0 [json-pointer:/blocks/0/chart/segments/0/value]',
    ]);
  });
});
