import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from './fake-slack.js';

/*
 * The fake Slack refuses what Slack refuses, with Slack's exact answers (DESIGN.md, rule 17). Each case here
 * fails if the fake goes kind again: a refusal that stops firing, or one that changes shape.
 */

type Answer = { status: number; body: Record<string, unknown>; retryAfter: string | null };

const text = (value: string) => ({ type: 'plain_text', text: value });
const section = (value: string) => ({ type: 'section', text: { type: 'mrkdwn', text: value } });
const modal = (extra: Record<string, unknown> = {}) => ({
  type: 'modal',
  callback_id: 'c',
  title: text('Title'),
  blocks: [section('hi')],
  ...extra,
});

describe('the fake Slack answers as Slack documents', () => {
  let clock = 1_700_000_000_000;
  let slack: FakeSlack;
  beforeAll(async () => {
    slack = await new FakeSlack({ now: () => clock }).start();
    slack.addChannel({ id: 'C1', is_member: true }); // the bot is in it: these tests are about blocks
  });
  afterAll(async () => {
    await slack?.stop();
  });

  const call = async (method: string, args: Record<string, unknown>): Promise<Answer> => {
    const response = await fetch(`${slack.apiUrl}${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${FakeSlack.botToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    return {
      status: response.status,
      body: (await response.json()) as Record<string, unknown>,
      retryAfter: response.headers.get('retry-after'),
    };
  };
  const invalid = (error: string, message: string) => ({
    ok: false,
    error,
    response_metadata: { messages: [`[ERROR] ${message}`] },
  });

  const messageMethods = ['chat.postMessage', 'chat.postEphemeral', 'chat.scheduleMessage'];

  it.each(messageMethods)('%s refuses invalid blocks with a json-pointer to the culprit', async (method) => {
    const blocks = [section('a'), section('b'), section('c'), section('x'.repeat(3001))];
    const answer = await call(method, { channel: 'C1', user: 'U1', text: 't', blocks, post_at: 1 });
    expect(answer.body).toEqual(
      invalid('invalid_blocks', 'must be less than 3001 characters [json-pointer:/blocks/3/text/text]'),
    );
  });

  it('chat.update refuses invalid blocks too, before looking for the message', async () => {
    const answer = await call('chat.update', {
      channel: 'C1',
      ts: '1.000001',
      text: 't',
      blocks: [{ type: 'header', text: text('h'.repeat(151)) }],
    });
    expect(answer.body).toEqual(
      invalid('invalid_blocks', 'must be less than 151 characters [json-pointer:/blocks/0/text/text]'),
    );
  });

  it('answers msg_too_long past 40,000 characters, no_text with nothing to show, and 50 blocks at most', async () => {
    expect((await call('chat.postMessage', { channel: 'C1', text: 'x'.repeat(40_001) })).body).toEqual({
      ok: false,
      error: 'msg_too_long',
    });
    expect((await call('chat.postMessage', { channel: 'C1', text: 'x'.repeat(40_000) })).body.ok).toBe(true);
    expect((await call('chat.postMessage', { channel: 'C1' })).body).toEqual({ ok: false, error: 'no_text' });
    const blocks = Array.from({ length: 51 }, (_, i) => section(`${i}`));
    expect((await call('chat.postMessage', { channel: 'C1', text: 't', blocks })).body).toEqual(
      invalid('invalid_blocks', 'no more than 50 items allowed [json-pointer:/blocks]'),
    );
    expect(
      (await call('chat.postMessage', { channel: 'C1', text: 't', blocks: blocks.slice(1) })).body.ok,
    ).toBe(true);
  });

  it.each([
    [
      'an unknown block type',
      [{ type: 'sektion' }],
      'unsupported type: sektion [json-pointer:/blocks/0/type]',
    ],
    [
      'a duplicate block_id',
      [
        { ...section('a'), block_id: 'same' },
        { ...section('b'), block_id: 'same' },
      ],
      'duplicate block_id: same [json-pointer:/blocks/1/block_id]',
    ],
    [
      'a block_id over 255',
      [{ ...section('a'), block_id: 'b'.repeat(256) }],
      'must be less than 256 characters [json-pointer:/blocks/0/block_id]',
    ],
    [
      'eleven fields',
      [{ type: 'section', fields: Array.from({ length: 11 }, () => text('f')) }],
      'no more than 10 items allowed [json-pointer:/blocks/0/fields]',
    ],
    [
      'a field over 2,000',
      [{ type: 'section', fields: [text('f'.repeat(2001))] }],
      'must be less than 2001 characters [json-pointer:/blocks/0/fields/0/text]',
    ],
    [
      'empty section text',
      [section('')],
      'must be more than 0 characters [json-pointer:/blocks/0/text/text]',
    ],
    [
      'eleven context elements',
      [{ type: 'context', elements: Array.from({ length: 11 }, () => text('c')) }],
      'no more than 10 items allowed [json-pointer:/blocks/0/elements]',
    ],
    [
      'twenty-six actions',
      [
        {
          type: 'actions',
          elements: Array.from({ length: 26 }, (_, i) => ({
            type: 'button',
            text: text('b'),
            action_id: `a${i}`,
          })),
        },
      ],
      'no more than 25 items allowed [json-pointer:/blocks/0/elements]',
    ],
    [
      'a button text over 75',
      [{ type: 'actions', elements: [{ type: 'button', text: text('b'.repeat(76)), action_id: 'a' }] }],
      'must be less than 76 characters [json-pointer:/blocks/0/elements/0/text/text]',
    ],
    [
      'a button value over 2,000',
      [{ type: 'actions', elements: [{ type: 'button', text: text('b'), value: 'v'.repeat(2001) }] }],
      'must be less than 2001 characters [json-pointer:/blocks/0/elements/0/value]',
    ],
    [
      'a button url over 3,000',
      [{ type: 'actions', elements: [{ type: 'button', text: text('b'), url: 'u'.repeat(3001) }] }],
      'must be less than 3001 characters [json-pointer:/blocks/0/elements/0/url]',
    ],
    [
      'an action_id over 255',
      [{ ...section('a'), accessory: { type: 'button', text: text('b'), action_id: 'a'.repeat(256) } }],
      'must be less than 256 characters [json-pointer:/blocks/0/accessory/action_id]',
    ],
    [
      'a duplicate action_id in one block',
      [
        {
          type: 'actions',
          elements: [
            { type: 'button', text: text('b'), action_id: 'go' },
            { type: 'button', text: text('c'), action_id: 'go' },
          ],
        },
      ],
      'duplicate action_id: go [json-pointer:/blocks/0/elements/1/action_id]',
    ],
    [
      '101 select options',
      [
        {
          ...section('a'),
          accessory: {
            type: 'static_select',
            action_id: 's',
            options: Array.from({ length: 101 }, (_, i) => ({ text: text(`${i}`), value: `${i}` })),
          },
        },
      ],
      'no more than 100 items allowed [json-pointer:/blocks/0/accessory/options]',
    ],
    [
      'an option text over 75',
      [
        {
          ...section('a'),
          accessory: { type: 'static_select', options: [{ text: text('o'.repeat(76)), value: 'v' }] },
        },
      ],
      'must be less than 76 characters [json-pointer:/blocks/0/accessory/options/0/text/text]',
    ],
    [
      'an option value over 150',
      [
        {
          ...section('a'),
          accessory: { type: 'static_select', options: [{ text: text('o'), value: 'v'.repeat(151) }] },
        },
      ],
      'must be less than 151 characters [json-pointer:/blocks/0/accessory/options/0/value]',
    ],
  ])('refuses %s', async (_what, blocks, message) => {
    const answer = await call('chat.postMessage', { channel: 'C1', text: 't', blocks });
    expect(answer.body).toEqual(invalid('invalid_blocks', message));
  });

  it('lets the same action_id appear in two blocks, as Slack documents uniqueness per containing block', async () => {
    const button = { type: 'button', text: text('b'), action_id: 'open' };
    const blocks = [
      { ...section('a'), accessory: button },
      { ...section('b'), accessory: button },
    ];
    expect((await call('chat.postMessage', { channel: 'C1', text: 't', blocks })).body.ok).toBe(true);
  });

  it.each(['views.open', 'views.push', 'views.publish'])(
    '%s refuses a bad view with invalid_arguments',
    async (method) => {
      const view = method === 'views.publish' ? { type: 'home', blocks: [] } : modal();
      const bad = {
        ...view,
        blocks: [section('a'), { type: 'input', label: text('l'.repeat(2001)), element: {} }],
      };
      const answer = await call(method, {
        trigger_id: slack.triggers.issue(),
        user_id: 'U1',
        view: { ...bad, submit: text('Go') },
      });
      expect(answer.body).toEqual(
        invalid(
          'invalid_arguments',
          'must be less than 2001 characters [json-pointer:/view/blocks/1/label/text]',
        ),
      );
    },
  );

  it.each([
    ['title', { title: text('T'.repeat(25)) }, '/view/title/text'],
    ['submit', { submit: text('S'.repeat(25)) }, '/view/submit/text'],
    ['close', { close: text('C'.repeat(25)) }, '/view/close/text'],
  ])('refuses a modal %s over 24 characters', async (_what, extra, pointer) => {
    expect(
      (await call('views.open', { trigger_id: slack.triggers.issue(), view: modal(extra) })).body,
    ).toEqual(invalid('invalid_arguments', `must be less than 25 characters [json-pointer:${pointer}]`));
  });

  it('refuses 101 blocks, private_metadata over 3,000, callback_id over 255 and inputs with no submit', async () => {
    const open = async (view: Record<string, unknown>) =>
      (await call('views.open', { trigger_id: slack.triggers.issue(), view })).body;
    const blocks = Array.from({ length: 101 }, (_, i) => section(`${i}`));
    expect(await open(modal({ blocks }))).toEqual(
      invalid('invalid_arguments', 'no more than 100 items allowed [json-pointer:/view/blocks]'),
    );
    expect((await open(modal({ blocks: blocks.slice(1) }))).ok).toBe(true);
    expect(await open(modal({ private_metadata: 'm'.repeat(3001) }))).toEqual(
      invalid('invalid_arguments', 'must be less than 3001 characters [json-pointer:/view/private_metadata]'),
    );
    expect(await open(modal({ callback_id: 'c'.repeat(256) }))).toEqual(
      invalid('invalid_arguments', 'must be less than 256 characters [json-pointer:/view/callback_id]'),
    );
    const input = { type: 'input', label: text('l'), element: { type: 'plain_text_input', action_id: 'v' } };
    expect(await open(modal({ blocks: [input] }))).toEqual(
      invalid('invalid_arguments', 'must provide submit when an input block is present [json-pointer:/view]'),
    );
  });

  it('refuses an input placeholder over 150 and an initial_value longer than max_length', async () => {
    const field = (element: Record<string, unknown>) =>
      modal({ submit: text('Go'), blocks: [{ type: 'input', label: text('l'), element }] });
    const placeholder = await call('views.open', {
      trigger_id: slack.triggers.issue(),
      view: field({ type: 'plain_text_input', action_id: 'v', placeholder: text('p'.repeat(151)) }),
    });
    expect(placeholder.body).toEqual(
      invalid(
        'invalid_arguments',
        'must be less than 151 characters [json-pointer:/view/blocks/0/element/placeholder/text]',
      ),
    );
    const initial = await call('views.open', {
      trigger_id: slack.triggers.issue(),
      view: field({ type: 'plain_text_input', action_id: 'v', max_length: 5, initial_value: 'abcdef' }),
    });
    expect(initial.body).toEqual(
      invalid(
        'invalid_arguments',
        'must be less than 6 characters [json-pointer:/view/blocks/0/element/initial_value]',
      ),
    );
  });

  it('views.update answers hash_conflict for a stale hash and not_found for a view that is not open', async () => {
    const opened = (await call('views.open', { trigger_id: slack.triggers.issue(), view: modal() })).body
      .view as {
      id: string;
      hash: string;
    };
    const first = await call('views.update', { view_id: opened.id, hash: opened.hash, view: modal() });
    const updated = first.body.view as { hash: string };
    expect(first.body.ok).toBe(true);
    expect(updated.hash).not.toBe(opened.hash);
    expect(
      (await call('views.update', { view_id: opened.id, hash: opened.hash, view: modal() })).body,
    ).toEqual({
      ok: false,
      error: 'hash_conflict',
    });
    expect(
      (await call('views.update', { view_id: opened.id, hash: updated.hash, view: modal() })).body.ok,
    ).toBe(true);
    expect((await call('views.update', { view_id: 'VNEVER', view: modal() })).body).toEqual({
      ok: false,
      error: 'not_found',
    });
    slack.views.close(opened.id);
    expect((await call('views.update', { view_id: opened.id, view: modal() })).body).toEqual({
      ok: false,
      error: 'not_found',
    });
  });

  it('views.publish answers hash_conflict when the Home tab changed since the hash was read', async () => {
    const home = { type: 'home', blocks: [section('home')] };
    const first = (await call('views.publish', { user_id: 'UHOME', view: home })).body.view as {
      hash: string;
    };
    expect((await call('views.publish', { user_id: 'UHOME', view: home })).body.ok).toBe(true);
    expect((await call('views.publish', { user_id: 'UHOME', hash: first.hash, view: home })).body).toEqual({
      ok: false,
      error: 'hash_conflict',
    });
  });

  it('chat.update and chat.delete of a message that never existed answer message_not_found', async () => {
    expect((await call('chat.update', { channel: 'C1', ts: '123.000001', text: 'new' })).body).toEqual({
      ok: false,
      error: 'message_not_found',
    });
    expect((await call('chat.delete', { channel: 'C1', ts: '123.000001' })).body).toEqual({
      ok: false,
      error: 'message_not_found',
    });
    const posted = (await call('chat.postMessage', { channel: 'U7', text: 'dm' })).body as {
      channel: string;
      ts: string;
    };
    expect(
      (await call('chat.update', { channel: posted.channel, ts: posted.ts, text: 'edited' })).body.ok,
    ).toBe(true);
    expect((await call('chat.delete', { channel: posted.channel, ts: posted.ts })).body.ok).toBe(true);
    expect(
      (await call('chat.update', { channel: posted.channel, ts: posted.ts, text: 'again' })).body,
    ).toEqual({
      ok: false,
      error: 'message_not_found',
    });
  });

  describe('response_url', () => {
    const respond = async (url: string, body: Record<string, unknown>) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    };

    it('takes five posts, then answers 404 used_url', async () => {
      const url = slack.responseUrl('five');
      for (let i = 0; i < 5; i++)
        expect(await respond(url, { text: `${i}` })).toEqual({ status: 200, text: 'ok' });
      expect(await respond(url, { text: 'sixth' })).toEqual({ status: 404, text: 'used_url' });
    });

    it('answers 404 expired_url 30 minutes after the interaction', async () => {
      const url = slack.responseUrl('late');
      clock += 30 * 60_000;
      expect(await respond(url, { text: 'just in time' })).toEqual({ status: 200, text: 'ok' });
      clock += 1;
      expect(await respond(url, { text: 'too late' })).toEqual({ status: 404, text: 'expired_url' });
    });

    it('refuses invalid blocks and over-long text like chat.postMessage', async () => {
      expect(await respond(slack.responseUrl('blocks'), { text: 't', blocks: [{ type: 'nope' }] })).toEqual({
        status: 400,
        text: 'invalid_blocks',
      });
      expect(await respond(slack.responseUrl('long'), { text: 'x'.repeat(40_001) })).toEqual({
        status: 400,
        text: 'msg_too_long',
      });
    });
  });
});

describe('the fake Slack rate-limits every method by its tier', () => {
  let clock = 1_700_000_000_000;
  let slack: FakeSlack;
  beforeAll(async () => {
    slack = await new FakeSlack({ now: () => clock }).start();
    slack.addChannel({ id: 'C1', is_member: true });
  });
  afterAll(async () => {
    await slack?.stop();
  });

  const update = () =>
    fetch(`${slack.apiUrl}views.publish`, {
      method: 'POST',
      headers: { authorization: `Bearer ${FakeSlack.botToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user_id: 'U1', view: { type: 'home', blocks: [] } }),
    });

  it('lets a tier-4 method burst to 100 a minute, then answers 429 ratelimited with Retry-After', async () => {
    for (let i = 0; i < 100; i++) expect((await update()).status).toBe(200);
    const refused = await update();
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ ok: false, error: 'ratelimited' });
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(slack.methodLimits?.refused.get('views.publish')).toBe(1);
    clock += 600; // a tier-4 call comes back every 0.6 s
    expect((await update()).status).toBe(200);
  });

  it('counts each method on its own: chat.update (tier 3) stops at 50', async () => {
    const edit = () =>
      fetch(`${slack.apiUrl}chat.update`, {
        method: 'POST',
        headers: { authorization: `Bearer ${FakeSlack.botToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ channel: 'C1', ts: '1.1', text: 'x' }),
      });
    for (let i = 0; i < 50; i++) expect((await edit()).status).toBe(200);
    const refused = await edit();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('2');
  });
});
