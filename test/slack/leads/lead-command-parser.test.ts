import { describe, expect, it } from 'vitest';
import { findStage, parseLeadCommand } from '../../../src/slack/leads/lead-command-parser.js';

describe('/lead arguments', () => {
  it('no text opens the form; help shows usage', () => {
    expect(parseLeadCommand('  ')).toEqual({ kind: 'new' });
    expect(parseLeadCommand('help')).toEqual({ kind: 'help' });
  });

  it('#42 shows one lead; a bare number is a search (it may be part of a phone)', () => {
    expect(parseLeadCommand('#42')).toEqual({ kind: 'show', leadId: 42 });
    expect(parseLeadCommand('42')).toEqual({ kind: 'list', filter: { kind: 'search', text: '42' } });
  });

  it('list takes mine, team, stale and a stage in either language', () => {
    expect(parseLeadCommand('list')).toEqual({ kind: 'list', filter: { kind: 'mine' } });
    expect(parseLeadCommand('list team')).toEqual({ kind: 'list', filter: { kind: 'team' } });
    expect(parseLeadCommand('list stale')).toEqual({ kind: 'list', filter: { kind: 'stale' } });
    expect(parseLeadCommand('list stage needs analysis')).toEqual({
      kind: 'list',
      filter: { kind: 'stage', stage: 'needs_analysis' },
    });
    expect(parseLeadCommand('list stage 报价')).toEqual({
      kind: 'list',
      filter: { kind: 'stage', stage: 'proposal' },
    });
    expect(parseLeadCommand('list stage nowhere')).toEqual({ kind: 'unknownStage', stage: 'nowhere' });
  });

  it('anything else is a search, kept as typed', () => {
    expect(parseLeadCommand('北京 科技')).toEqual({
      kind: 'list',
      filter: { kind: 'search', text: '北京 科技' },
    });
  });

  it('stages are found by key, English or Chinese label', () => {
    expect(findStage('Presentation / demo')).toBe('presentation');
    expect(findStage('战败')).toBe('lost');
    expect(findStage('nope')).toBeUndefined();
  });
});
