import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../src/features/imports/imports.usecases.js';
import { translator } from '../../../../src/i18n/index.js';
import { decodeImportMetadata, mappingFromState } from '../../../../src/slack/imports/import-metadata.js';
import {
  buildImportPreviewModal,
  buildImportUploadModal,
} from '../../../../src/slack/views/imports/import-modals.js';
import { buildImportProgressMessage } from '../../../../src/slack/views/imports/import-progress.js';
import { duplicateWarningBlocks } from '../../../../src/slack/views/leads/duplicate-warning.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';

const hostile = '<!channel> <@U123> & <https://evil.example|click>';
const en = translator('en');
const zh = translator('zh-CN');

const preview = (overrides: Partial<ImportPreview<'leads'>> = {}): ImportPreview<'leads'> => ({
  kind: 'leads',
  importId: 42,
  fileName: 'leads.csv',
  format: 'csv',
  headers: ['Company', 'Contact', 'Phone'],
  mapping: { companyName: 0, contactName: 1, phone: 2 },
  counts: { rows: 30, valid: 12, invalid: 18, duplicates: 1, alreadyImported: 0, repeatedInFile: 0 },
  invalidRows: Array.from({ length: 10 }, (_, i) => ({
    line: i + 2,
    cells: [],
    problems: [{ field: 'companyName' as const, key: 'leads.error.required' as const }],
  })),
  duplicateRows: [
    {
      line: 20,
      companyName: hostile,
      duplicate: { visible: false, ownerUserId: 'U_OTHER', reasons: ['phone'] },
    },
  ],
  ...overrides,
});

describe('import views', () => {
  it('the upload modal takes one CSV or Excel file', () => {
    const modal = buildImportUploadModal({ t: en });
    expect(JSON.stringify(modal.blocks)).toContain('"filetypes":["csv","xlsx"]');
    expect(slackLimitViolations(modal, 'modal')).toEqual([]);
  });

  it('the preview shows counts, reasons in the user’s language, the mapping, and duplicates without leaking', () => {
    const modal = buildImportPreviewModal({ preview: preview(), t: zh });
    const json = JSON.stringify(modal.blocks);
    expect(json).toContain('读取 30 行，其中有效 12 行、无效 18 行、与已有客户重复 1 行');
    expect(json).toContain('第 2 行 — 客户名称：此项必填。');
    expect(json).toContain('……另有 8 行。');
    expect(json).toContain('<@U_OTHER> 的一个客户（电话相同）');
    expect(json).not.toContain('<!channel>');
    expect(json).toContain('&lt;!channel&gt;');
    expect(decodeImportMetadata(modal.private_metadata)).toEqual({ importId: 42 });
    expect(modal.submit?.text).toBe('导入');
    expect(json).toContain('"block_id":"import_duplicate_policy"');
    expect(slackLimitViolations(modal, 'modal')).toEqual([]);
  });

  it('a file with a hundred long headers still fits Slack’s limits', () => {
    const headers = Array.from({ length: 150 }, (_, i) => `${'很长的表头'.repeat(20)} ${i}`);
    const modal = buildImportPreviewModal({
      preview: preview({ headers, mapping: { companyName: 120 } }),
      t: en,
    });
    expect(slackLimitViolations(modal, 'modal')).toEqual([]);
  });

  it('with nothing to import there is no Import button: submitting checks the columns again', () => {
    const counts = { rows: 3, valid: 0, invalid: 3, duplicates: 0, alreadyImported: 0, repeatedInFile: 0 };
    const modal = buildImportPreviewModal({ preview: preview({ counts, duplicateRows: [] }), t: en });
    // Slack refuses a modal with input blocks (the column selects) and no submit button.
    expect(modal.submit).toMatchObject({ text: en('imports.preview.checkAgain') });
    expect(decodeImportMetadata(modal.private_metadata)).toEqual({ importId: 42, recheck: true });
    expect(slackLimitViolations(modal, 'modal')).toEqual([]);
    expect(JSON.stringify(modal.blocks)).not.toContain('import_duplicate_policy');
  });

  it('the mapping the user picks is read back from the selects', () => {
    const select = (value: string) => ({ type: 'static_select', selected_option: { value } });
    expect(
      mappingFromState({
        import_map_companyName: { import_map_companyName: select('2') },
        import_map_phone: { import_map_phone: select('none') },
        import_map_email: { import_map_email: { type: 'static_select', selected_option: null } },
      }),
    ).toEqual({ companyName: 2 });
  });

  it('the progress message counts rows and ends with the outcome', () => {
    const running = buildImportProgressMessage({
      fileName: hostile,
      state: { status: 'running', processed: 2500, total: 10000 },
      t: en,
    });
    expect(running.text).toContain('2500 of 10000 rows');
    expect(JSON.stringify(running.blocks)).toContain('25%');
    expect(running.text).not.toContain('<!channel>');
    const done = buildImportProgressMessage({
      fileName: 'a.csv',
      state: {
        status: 'done',
        result: { created: 9880, updated: 0, skipped: 20, alreadyImported: 0, rejected: 100 },
      },
      t: zh,
    });
    expect(done.text).toContain('新建 9880');
    expect(slackLimitViolations(done, 'message')).toEqual([]);
  });

  it('the duplicate warning shows a visible lead with a button, and only the owner of one the user may not see', () => {
    const blocks = duplicateWarningBlocks(
      [
        {
          visible: true,
          match: {
            leadId: 7,
            ownerUserId: 'U_A',
            companyName: hostile,
            contactName: 'Ann',
            stage: 'proposal',
            version: 1,
            reasons: ['email', 'company'],
            similarity: 0.8,
          },
        },
        { visible: false, ownerUserId: 'U_B', reasons: ['phone'] },
      ],
      en,
    );
    const json = JSON.stringify(blocks);
    expect(json).toContain('#7 *&lt;!channel&gt;');
    expect(json).toContain('owner <@U_A> — same email, similar company name');
    expect(json).toContain('A lead of <@U_B> — same phone');
    expect(json).toContain('"action_id":"lead_duplicate_open_7"');
    expect(json.match(/lead_duplicate_open/g)).toHaveLength(1);
    expect(slackLimitViolations({ blocks }, 'modal')).toEqual([]);
  });
});
