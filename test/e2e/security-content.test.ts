import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lead } from '../../src/features/leads/leads.types.js';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { SLACK_LIMITS } from '../../src/slack/limits.js';
import { type OpenedView, startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

type Json = Record<string, unknown>;

/** Every mrkdwn string Slack would render from a message: `text` and each `{ type: 'mrkdwn', text }`. */
function mrkdwnTexts(message: Json): string[] {
  const found: string[] = typeof message.text === 'string' ? [message.text] : [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const object = node as Json;
      if (object.type === 'mrkdwn' && typeof object.text === 'string') found.push(object.text);
      for (const value of Object.values(object)) walk(value);
    }
  };
  walk(message.blocks);
  return found;
}

/** Slack turns `<!channel>`, `<!here>`, `<@U…>`, `<#C…>` and links into pings and links; dates are harmless. */
function specialTokens(message: Json): string[] {
  return mrkdwnTexts(message).flatMap((text) =>
    [...text.matchAll(/<[^>]*>/g)].map((m) => m[0]).filter((token) => !token.startsWith('<!date^')),
  );
}

/** Written out here (not imported) so a broken escapeMrkdwn cannot also break the expectation. */
const escapedForSlack = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const maxSectionText = (message: Json) => Math.max(0, ...mrkdwnTexts(message).map((text) => text.length));

describe.each(DRIVERS)('user text is inert and faithful (%s)', (driver) => {
  let app: TestApp;
  let form: OpenedView;

  beforeAll(async () => {
    app = await startTestApp({ driver });
    for (const id of ['U_REP', 'U_OTHER', 'U_PAGER']) app.addUser({ id, locale: 'en-US' });
    form = await app.viewFrom(() => app.command('U_REP', COMMANDS.lead));
  });
  afterAll(() => app?.stop());

  async function reply(user: string, text: string): Promise<Json> {
    const { responseId } = await app.command(user, COMMANDS.lead, text);
    return (await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === responseId))).body;
  }

  /** Saves a lead through the modal as `user`; returns the stored row and the confirmation the rep got. */
  async function saveLead(
    user: string,
    values: Record<string, string>,
  ): Promise<{ lead: Lead; saved: Json }> {
    let opened = { responseId: '' };
    const view = await app.viewFrom(async () => {
      opened = await app.command(user, COMMANDS.lead);
    });
    const submitted = await app.submit(user, view, { [BLOCKS.contactName]: 'Contact', ...values });
    expect(submitted.outcome.kind).toBe('done');
    // The confirmation goes to the response_url of the /lead that opened the modal.
    const confirmation = await app.slack.waitFor(() =>
      app.slack.responses.find((r) => r.id === opened.responseId),
    );
    const id = Number(/#(\d+)/.exec(String(confirmation.body.text))?.[1]);
    const lead = await app.deps.leads.findById(app.teamId, id);
    if (!lead) throw new Error(`lead #${id} was not saved`);
    return { lead, saved: confirmation.body };
  }

  it('a lead named <!channel> <@U123> is shown escaped on its card, in lists and in search, and pings no one', async () => {
    const name = '<!channel> <@U123> Pingers';
    const { lead, saved } = await saveLead('U_REP', {
      [BLOCKS.company]: name,
      [BLOCKS.contactName]: '<!here> & <@U999|boss>',
      [BLOCKS.notes]: 'call <!everyone> <#C123|sales> <https://evil.example|click>',
    });
    expect(lead.companyName).toBe(name);
    const card = await reply('U_REP', `#${lead.id}`);
    const list = await reply('U_REP', 'list');
    const search = await reply('U_REP', 'pingers');
    for (const [where, message] of Object.entries({ saved, card, list, search })) {
      expect(mrkdwnTexts(message).join('\n'), where).toContain(escapedForSlack(name));
      // The only live token allowed is the owner's own mention in lists.
      expect(
        specialTokens(message).filter((t) => t !== '<@U_REP>'),
        where,
      ).toEqual([]);
    }
    expect(mrkdwnTexts(card).join('\n')).toContain('&lt;!everyone&gt;');
  });

  it('SQL and HTML typed in every free-text field are stored and shown literally', async () => {
    const values = {
      [BLOCKS.company]: "'); drop table leads;-- <script>alert(1)</script>",
      [BLOCKS.contactName]: 'Robert"); DROP TABLE activities; --',
      [BLOCKS.contactTitle]: '<b>CEO</b> & <img src=x onerror=alert(1)>',
      [BLOCKS.email]: "o'hara');drop--@evil.example",
      [BLOCKS.notes]: "1' OR '1'='1; <iframe src=\"javascript:alert(1)\"></iframe> %_\\",
    };
    const { lead } = await saveLead('U_REP', values);
    expect(lead).toMatchObject({
      companyName: values[BLOCKS.company],
      contactName: values[BLOCKS.contactName],
      contactTitle: values[BLOCKS.contactTitle],
      email: values[BLOCKS.email],
      notes: values[BLOCKS.notes],
    });
    const card = mrkdwnTexts(await reply('U_REP', `#${lead.id}`)).join('\n');
    expect(card).toContain(escapedForSlack(values[BLOCKS.company] as string));
    expect(card).toContain(escapedForSlack(values[BLOCKS.contactTitle] as string));
    expect(card).not.toMatch(/<(script|img|iframe|b)\b/);
    // The tables the payloads try to drop are still there and still answer.
    expect((await app.deps.leads.query(app.teamId, { owners: 'all', limit: 1 })).total).toBeGreaterThan(0);
    expect(await app.deps.leads.recentActivities(app.teamId, lead.id, 5)).not.toEqual([]);
  });

  it('a phone number or amount with SQL or HTML in it is refused with an inline error, not saved', async () => {
    const before = (await app.deps.leads.query(app.teamId, { owners: 'all', limit: 1 })).total;
    const submitted = await app.submit('U_REP', form, {
      [BLOCKS.company]: 'Phone Injection Co',
      [BLOCKS.contactName]: 'Eve',
      [BLOCKS.phone]: "123'); drop table leads;--",
      [BLOCKS.estimatedValue]: '<script>1</script>',
    });
    expect(submitted.json).toMatchObject({
      response_action: 'errors',
      errors: { [BLOCKS.phone]: expect.any(String), [BLOCKS.estimatedValue]: expect.any(String) },
    });
    expect((await app.deps.leads.query(app.teamId, { owners: 'all', limit: 1 })).total).toBe(before);
  });

  it('3,000-character notes and emoji survive the round trip', async () => {
    const unit = 'Call went well 👍🏽 客户很满意 — next: demo 🚗. ';
    let notes = unit.repeat(Math.ceil(3000 / unit.length)).slice(0, 3000);
    if (/[\ud800-\udbff]$/.test(notes)) notes = `${notes.slice(0, 2999)}.`;
    expect(notes.length).toBe(3000);
    const company = '🚀 Rocket 株式会社';
    const { lead } = await saveLead('U_REP', { [BLOCKS.company]: company, [BLOCKS.notes]: notes });
    expect(lead.notes).toBe(notes);
    expect(lead.companyName).toBe(company);
    const card = await reply('U_REP', `#${lead.id}`);
    expect(mrkdwnTexts(card).join('\n')).toContain(company);
    expect(maxSectionText(card)).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
  });

  it('search is case-insensitive, partial and works in Chinese', async () => {
    const { lead: beijing } = await saveLead('U_REP', { [BLOCKS.company]: '北京某某科技有限公司' });
    const { lead: acme } = await saveLead('U_REP', {
      [BLOCKS.company]: 'ACME Trading GmbH',
      [BLOCKS.email]: 'Sales.Desk@Acme.example',
    });
    const found = async (text: string) => JSON.stringify(await reply('U_REP', text));
    expect(await found('科技')).toContain(`#${beijing.id} 北京某某科技有限公司`);
    expect(await found('acme trad')).toContain(`#${acme.id} ACME Trading GmbH`);
    expect(await found('sales.desk@acme')).toContain(`#${acme.id} ACME Trading GmbH`);
    expect(await found('科技')).not.toContain('ACME Trading');
    // `%` and `_` are letters to search for, not wildcards that match every lead.
    expect(await found('%')).not.toContain('ACME Trading');
  });

  it("a rep asking for another rep's lead by id gets exactly the answer for a lead that does not exist", async () => {
    const { lead } = await saveLead('U_OTHER', { [BLOCKS.company]: 'Hidden Deals Ltd' });
    const missingId = lead.id + 100_000;
    const theirs = await reply('U_REP', `#${lead.id}`);
    const missing = await reply('U_REP', `#${missingId}`);
    expect(JSON.stringify(theirs).replaceAll(String(lead.id), 'N')).toBe(
      JSON.stringify(missing).replaceAll(String(missingId), 'N'),
    );
    expect(JSON.stringify(await reply('U_REP', 'hidden deals'))).not.toContain('Hidden Deals');
    expect(JSON.stringify(await reply('U_OTHER', `#${lead.id}`))).toContain('Hidden Deals Ltd');
  });

  it('a list of 45 leads is paginated under 50 blocks a reply, and the page buttons walk through all of them', async () => {
    const view = await app.viewFrom(() => app.command('U_PAGER', COMMANDS.lead));
    for (let i = 1; i <= 45; i++) {
      const saved = await app.submit('U_PAGER', view, {
        [BLOCKS.company]: `Paged Co ${String(i).padStart(2, '0')}`,
        [BLOCKS.contactName]: 'Pat',
      });
      expect(saved.outcome.kind).toBe('done');
    }
    const { responseId } = await app.command('U_PAGER', COMMANDS.lead, 'list');
    let page = (await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === responseId))).body;
    const seen = new Set<string>();
    for (let pages = 1; ; pages++) {
      const blocks = page.blocks as Json[];
      expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.messageBlocks);
      for (const match of JSON.stringify(blocks).matchAll(/Paged Co (\d\d)/g)) seen.add(match[1] as string);
      const next = blocks
        .flatMap((block) => (block.type === 'actions' ? (block.elements as Json[]) : []))
        .find(
          (button) =>
            String(button.action_id).startsWith(ACTIONS.leadListPage) &&
            /"p":\d+/.test(String(button.value)) &&
            JSON.parse(String(button.value)).p === pages,
        );
      if (!next) {
        expect(pages).toBe(3);
        break;
      }
      const clicked = await app.action('U_PAGER', { action_id: next.action_id, value: next.value });
      expect(clicked.status).toBe(200);
      const answer = await app.slack.waitFor(() =>
        app.slack.responses.find((r) => r.id === clicked.responseId),
      );
      expect(answer.body.replace_original).toBe(true);
      page = answer.body;
    }
    expect(seen.size).toBe(45);
  });
});
