import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { CATALOG, seedPriceList } from '../features/quotes/quote-fixtures.js';
import { type OpenedView, startTestApp, type TestApp } from '../helpers/e2e.js';
import { GIF_BYTES, hugeJpeg, logoImage, pngHeaderOnGarbage } from '../helpers/logo-images.js';
import { DRIVERS } from '../helpers/test-db.js';
import { createLead, eventually, setUpOrg } from './approvals-helpers.js';
import { latestButton, quoteSubmitted } from './quote-helpers.js';

const IMAGE_XOBJECT = '/Subtype /Image';

/** The team's logo on its quote PDFs, set through Slack's wire format and drawn by the real PDF renderer. */
describe.each(DRIVERS)('the team logo on quote PDFs (%s)', (driver) => {
  let app: TestApp;
  const clock = fixedClock(new Date('2026-12-07T02:00:00Z'));
  let files = 0;

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    await setUpOrg(app);
    await seedPriceList(app.database, app.teamId, CATALOG);
  }, 60_000);
  afterAll(() => app?.stop());

  /** `/salesflow logo` as `userId` in `locale`: the form it opens. */
  async function logoForm(userId: string, locale = 'en-US'): Promise<OpenedView> {
    app.addUser({ id: userId, locale, tz: 'Asia/Shanghai' });
    await app.deps.teams.updateMember(app.teamId, userId, { role: 'admin', language: locale });
    const form = await app.viewFrom(() => app.command(userId, COMMANDS.salesflow, 'logo'));
    expect(form.callback_id).toBe(VIEWS.quoteLogo);
    return form;
  }

  /** What Slack's `file_input` sends on submit: the shared file's id and details, served by the fake. */
  const slackFile = (name: string, bytes: Buffer) => {
    files += 1;
    return JSON.stringify([app.slack.addFile({ id: `F_LOGO_${files}`, name, bytes })]);
  };

  /** An auto-approved quote sent by U_REP: the PDF bytes uploaded to the rep's DM. */
  async function sentPdf(): Promise<Buffer> {
    const lead = await createLead(app, 'U_REP');
    await quoteSubmitted(app, 'U_REP', lead.id, 'VALVE-20 4\nSVC-INST 1');
    const sendValue = await eventually(async () => latestButton(app, 'U_REP', ACTIONS.quoteSend));
    const before = app.slack.uploads.length;
    await app.action('U_REP', { action_id: ACTIONS.quoteSend, value: sendValue }, { channelId: 'U_REP' });
    const upload = await app.slack.waitFor(() => app.slack.uploads[before]);
    // The upload's body is a multipart form: the PDF is the part from its header to its end marker.
    const start = upload.bytes.indexOf('%PDF-');
    const end = upload.bytes.lastIndexOf('%%EOF');
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    return upload.bytes.subarray(start, end + 5);
  }

  it('an admin uploads a PNG logo in the form; the next quote PDF carries it as an image, under 1 MB, and after "logo remove" the PDF has none', async () => {
    const form = await logoForm('U_ADMIN');
    expect(JSON.stringify(form.blocks)).toContain('"file_input"');
    const png = await logoImage('png', 600, 200);
    const saved = await app.submit('U_ADMIN', form, { [BLOCKS.quoteLogoFile]: slackFile('logo.png', png) });
    expect(saved.outcome).toMatchObject({ kind: 'done' });
    expect(JSON.stringify(saved.outcome)).toContain('600×200 px');
    expect(app.slack.downloads.at(-1)).toEqual({ fileId: `F_LOGO_${files}`, authorized: true });
    const stored = await app.deps.quoteLogos.find(app.teamId);
    expect(stored).toMatchObject({ mimeType: 'image/png', width: 600, height: 200 });
    expect(Buffer.from(stored?.bytes ?? []).equals(png)).toBe(true);

    const withLogo = await sentPdf();
    expect(withLogo.subarray(0, 5).toString()).toBe('%PDF-');
    expect(withLogo.toString('latin1')).toContain(IMAGE_XOBJECT);
    expect(withLogo.length).toBeLessThan(1024 * 1024);

    // The form now says what the team has; `remove` takes it off the next PDFs.
    expect(JSON.stringify((await logoForm('U_ADMIN')).blocks)).toContain('600×200');
    const removed = await app.command('U_ADMIN', COMMANDS.salesflow, 'logo remove');
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === removed.responseId));
    expect(String(reply.body.text)).toContain('The logo is removed');
    expect(await app.deps.quoteLogos.find(app.teamId)).toBeUndefined();
    expect((await sentPdf()).toString('latin1')).not.toContain(IMAGE_XOBJECT);
  }, 120_000);

  it('a JPEG logo is taken too', async () => {
    const form = await logoForm('U_ADMIN');
    const jpeg = await logoImage('jpeg', 320, 120);
    const saved = await app.submit('U_ADMIN', form, { [BLOCKS.quoteLogoFile]: slackFile('logo.jpg', jpeg) });
    expect(saved.outcome).toMatchObject({ kind: 'done' });
    expect(await app.deps.quoteLogos.find(app.teamId)).toMatchObject({
      mimeType: 'image/jpeg',
      width: 320,
      height: 120,
    });
  }, 60_000);

  it.each([
    { locale: 'en-US', name: 'logo.png', kind: 'a GIF named .png', says: 'is not a PNG or JPEG image' },
    { locale: 'zh-CN', name: 'logo.png', kind: 'a GIF named .png', says: '不是 PNG 或 JPEG 图片' },
    { locale: 'en-US', name: 'logo.png', kind: 'a PNG header on garbage', says: 'could not be read' },
    { locale: 'zh-CN', name: 'logo.png', kind: 'a PNG header on garbage', says: '无法读取该图片' },
    { locale: 'en-US', name: 'logo.jpg', kind: 'a 2 MB JPEG', says: 'a logo may be at most 256 KB' },
    { locale: 'zh-CN', name: 'logo.jpg', kind: 'a 2 MB JPEG', says: '标志最大 256 KB' },
  ])(
    'in $locale: $kind is refused in the form, saying what to upload, and the team’s logo is unchanged',
    async ({ locale, name, kind, says }) => {
      const before = await app.deps.quoteLogos.find(app.teamId);
      const bytes =
        kind === 'a GIF named .png'
          ? GIF_BYTES
          : kind === 'a 2 MB JPEG'
            ? await hugeJpeg()
            : pngHeaderOnGarbage();
      const form = await logoForm('U_ZH_ADMIN', locale);
      const sent = await app.submit('U_ZH_ADMIN', form, { [BLOCKS.quoteLogoFile]: slackFile(name, bytes) });
      expect(sent.outcome.kind).toBe('refused');
      if (sent.outcome.kind !== 'refused') return;
      expect(sent.outcome.notice).toContain(says);
      expect(sent.outcome.view.callback_id).toBe(VIEWS.quoteLogo);
      expect(await app.deps.quoteLogos.find(app.teamId)).toEqual(before);
    },
    60_000,
  );
});
