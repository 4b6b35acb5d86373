import { describe, expect, it } from 'vitest';
import { CUSTOMER_IMPORT_FIELDS } from '../../../../src/features/customers/customer-import.types.js';
import type { ImportPreview } from '../../../../src/features/imports/import-kinds.js';
import { translator } from '../../../../src/i18n/index.js';
import { decodeUploadMetadata } from '../../../../src/slack/imports/import-metadata.js';
import {
  buildImportPreviewModal,
  buildImportUploadModal,
} from '../../../../src/slack/views/imports/import-modals.js';
import { buildImportProgressMessage } from '../../../../src/slack/views/imports/import-progress.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';

const hostile = '<!channel> <@U123> & <https://evil.example|click>';
const en = translator('en');
const zh = translator('zh-CN');

const preview = (updated: number): ImportPreview<'customers'> => ({
  kind: 'customers',
  importId: 7,
  fileName: `${hostile}.csv`,
  format: 'csv',
  headers: CUSTOMER_IMPORT_FIELDS.map((field) => field),
  mapping: { name: 1 },
  currency: 'CNY',
  counts: {
    rows: 40,
    valid: 30,
    invalid: 10,
    new: 5,
    updated,
    unchanged: 2,
    notYours: 1,
    repeatedInFile: 22 - updated,
  },
  invalidRows: [],
  changedRows: Array.from({ length: Math.min(updated, 10) }, (_, i) => ({
    line: i + 2,
    customerId: 100 + i,
    name: hostile,
    changes: [
      { field: 'creditLimit' as const, before: null, after: 30_000_000 },
      { field: 'notes' as const, before: 'old', after: 'x'.repeat(500) },
      { field: 'contact' as const, before: null, after: hostile },
    ],
  })),
});

describe('customer import views', () => {
  it('the upload modal says it is for customers and in which currency limits are read', () => {
    const modal = buildImportUploadModal({ t: zh, target: { kind: 'customers', currency: 'CNY' } });
    expect(modal.title.text).toBe('导入客户档案');
    expect(JSON.stringify(modal.blocks)).toContain('信用额度以 CNY 计');
    expect(decodeUploadMetadata(modal.private_metadata)).toEqual({ kind: 'customers' });
    expect(slackLimitViolations(modal, 'modal')).toEqual([]);
  });

  it('the preview lists what changes — money formatted, the file’s text escaped and cut short — within Slack’s limits', () => {
    const modal = buildImportPreviewModal({ preview: preview(20), t: en });
    const json = JSON.stringify(modal.blocks);
    expect(modal.title.text).toBe('Import customers');
    expect(json).toContain('5 new customers, 20 updated, 2 unchanged, 1 left alone');
    expect(json).toContain('Credit limit none → ¥300,000.00');
    expect(json).toContain('new contact &lt;!channel&gt;');
    expect(json).toContain('…and 10 more.');
    expect(json).not.toContain('<!channel>');
    expect(modal.submit?.text).toBe('Import');
    expect(slackLimitViolations(modal, 'modal')).toEqual([]);
  });

  it('nothing to import: the only button checks again, and says why', () => {
    const modal = buildImportPreviewModal({
      preview: { ...preview(0), counts: { ...preview(0).counts, new: 0 } },
      t: en,
    });
    expect(modal.submit?.text).toBe('Check again');
    expect(JSON.stringify(modal.blocks)).toContain('every valid row says what the customer file already has');
  });

  it('the outcome is told as the customer file’s, in the reader’s language', () => {
    const done = buildImportProgressMessage({
      fileName: 'a.csv',
      kind: 'customers',
      t: zh,
      state: {
        status: 'done',
        result: { created: 3, updated: 1, unchanged: 2, skipped: 0, alreadyImported: 0, rejected: 1 },
      },
    });
    expect(done.text).toContain('已导入客户档案：新建 3 个客户，更新 1 个，2 个无变化');
    const failed = buildImportProgressMessage({
      fileName: 'a.csv',
      kind: 'customers',
      t: en,
      state: { status: 'failed' },
    });
    expect(failed.text).toContain('/customer import');
  });
});
