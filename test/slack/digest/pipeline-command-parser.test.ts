import { describe, expect, it } from 'vitest';
import { parsePipelineCommand } from '../../../src/slack/digest/pipeline-command-parser.js';

describe('/pipeline parsing', () => {
  it('reads me, team, a mention and digest [force], in English or Chinese', () => {
    expect(parsePipelineCommand('')).toEqual({ kind: 'show', target: 'default' });
    expect(parsePipelineCommand(' me ')).toEqual({ kind: 'show', target: { kind: 'me' } });
    expect(parsePipelineCommand('团队')).toEqual({ kind: 'show', target: { kind: 'team' } });
    expect(parsePipelineCommand('<@U123ABC|li.lei>')).toEqual({
      kind: 'show',
      target: { kind: 'user', userId: 'U123ABC' },
    });
    expect(parsePipelineCommand('<@W42>')).toEqual({ kind: 'show', target: { kind: 'user', userId: 'W42' } });
    expect(parsePipelineCommand('digest')).toEqual({ kind: 'digest', force: false });
    expect(parsePipelineCommand('DIGEST Force')).toEqual({ kind: 'digest', force: true });
    expect(parsePipelineCommand('日报 强制')).toEqual({ kind: 'digest', force: true });
  });

  it('anything else gets the usage, never a guess', () => {
    for (const text of ['help', '@lilei', 'digest now', 'me team', '<!channel>', '<@U1> extra'])
      expect(parsePipelineCommand(text)).toEqual({ kind: 'help' });
  });
});
