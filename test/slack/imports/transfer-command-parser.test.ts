import { describe, expect, it } from 'vitest';
import { parseTransferCommand } from '../../../src/slack/imports/transfer-command-parser.js';

describe('/lead import and /lead export', () => {
  it('reads import and every export filter, in English and Chinese', () => {
    expect(parseTransferCommand('import')).toEqual({ kind: 'import' });
    expect(parseTransferCommand('导入')).toEqual({ kind: 'import' });
    expect(parseTransferCommand('export')).toEqual({ kind: 'export', filter: { kind: 'team' } });
    expect(parseTransferCommand('export mine')).toEqual({ kind: 'export', filter: { kind: 'mine' } });
    expect(parseTransferCommand('导出 stale')).toEqual({ kind: 'export', filter: { kind: 'stale' } });
    expect(parseTransferCommand('export stage 报价')).toEqual({
      kind: 'export',
      filter: { kind: 'stage', stage: 'proposal' },
    });
    expect(parseTransferCommand('export stage nope')).toEqual({ kind: 'unknownStage', stage: 'nope' });
    expect(parseTransferCommand('export acme trading')).toEqual({
      kind: 'export',
      filter: { kind: 'search', text: 'acme trading' },
    });
  });

  it('anything else is left to the other /lead commands', () => {
    expect(parseTransferCommand('import tariffs ltd')).toBeUndefined();
    expect(parseTransferCommand('acme')).toBeUndefined();
    expect(parseTransferCommand('')).toBeUndefined();
  });
});
