import { describe, expect, it } from 'vitest';
import { findDecisionMaker } from '../../../src/ai/fallback/decider.js';

// Sentences written from the decision-maker rules (LABELLING.md and issue 14), not taken from any labelled note.
const cases: Array<[string, string | null]> = [
  ['The decision rests with the CFO.', 'CFO'],
  ["It's up to the CEO in the end.", 'CEO'],
  ['They need sign-off from the COO before ordering.', 'COO'],
  ['Sarah (procurement) runs the RFP; the Managing Director signs off.', 'Managing Director'],
  ['The owner makes the call.', 'owner'],
  ['Final say: VP Engineering.', 'VP Engineering'],
  ['Tom is not the decision maker, his boss is.', null],
  ['Need to find out who signs.', null],
  ['Management will decide.', null],
  ['Their CIO has the final word.', 'CIO'],
  ['Anything over 50k needs board approval.', 'board'],
  ['The board of directors approves all capex.', 'board'],
  ['Procurement runs the process, the CFO approves.', 'CFO'],
  ['The partners decide together.', 'partners'],
  ['Founder Priya makes the decisions.', 'Priya'],
  ['Dr. Lee, the practice owner, decides.', 'Dr. Lee'],
  ['总经理拍板。', '总经理'],
  ['最终由董事长决定。', '董事长'],
  ['需要CFO签字。', 'CFO'],
  ['王总说了算。', '王总'],
  ['李经理做不了主，要报总经理审批。', '总经理'],
  ['采购部只负责流程，财务总监签字。', '财务总监'],
  ['经理同意后报副总，副总批了就行。', '副总'],
  ['领导说了算。', null],
  ['不知道谁拍板。', null],
  ['校长拍板，预算50万。', '校长'],
  ['局长点头就行', '局长'],
  ['这个事情老板娘定', '老板娘'],
  ['张院长亲自拍板', '张院长'],
  ['需要集团董事会审批', '董事会'],
  ['他们CTO觉得不错，但CEO决定', 'CEO'],
  ['主任说这个要院长办公会定', '院长办公会'],
  ['客户自己说了算', null],
  ['陈先生自己拍板', '陈先生'],
  ['DM: the CFO', 'CFO'],
  ['DM is Sarah Lopez (COO).', 'Sarah Lopez'],
  ["It's the CEO's call.", 'CEO'],
  ['The owner is the one who signs.', 'owner'],
  ['Purchase is subject to board approval.', 'board'],
  ['The GM gives the final approval.', 'GM'],
  ['KP是王总，技术部只看参数', '王总'],
  ['幼儿园园长说了算', '园长'],
  ['一把手拍板', '一把手'],
  ['最后要经过党委会', '党委会'],
  ['副总同意就行', '副总'],
  // Issue 20: CRM fields, bodies, deputies, asides — written from LABELLING.md's rules, not from any note.
  ['决策：集团董事会', '董事会'],
  ['拍板：创始人 Kevin', '创始人'],
  ['KDM: 财务部李总', '李总'],
  ['EB: CFO Maria Gomez', 'CFO Maria Gomez'],
  ['Economic buyer: Head of Operations, P. Novak', 'Head of Operations'],
  ['Decider: SVP Global Supply, R. Okafor', 'SVP Global Supply'],
  ['决策人：待确认', null],
  ['The contract award will be made by the Town Council.', 'Town Council'],
  ['Orders above 20k go to their Managing Director for signature.', 'Managing Director'],
  ['采购结果需校务会审议通过', '校务会'],
  ['Her manager – the VP Finance – signs the PO.', 'VP Finance'],
  ['Jin (her husband) has the final say.', 'Jin'],
  ['Their COO, Ana, is the sponsor and decides.', 'Ana'],
  ['由院党委会研究决定', '党委会'],
  ['最终由校务会讨论决定', '校务会'],
  ['这事他们周董（集团董事长）拍板', '周董'],
  ['decision 在 EMEA MD 手上', 'EMEA MD'],
  ['main approver 是分管的副局长', '副局长'],
  ['还是要我们党工委书记最后定', '党工委书记'],
  ['總經理拍板', '總經理'],
  ['Call with Mr. Lin from the Taipei office about pricing.', null],
  ["Mr. Lin's boss has not been told yet.", null],
  ['Who signs? unclear.', null],
];

describe('who decides, read from one sentence', () => {
  it.each(cases)('%s → %s', (text, who) => {
    const answer = findDecisionMaker(text)?.answer ?? null;
    if (who === null) expect(answer).toBeNull();
    else expect(answer?.toLowerCase()).toContain(who.toLowerCase());
  });

  it('quotes the words that say who decides', () => {
    expect(findDecisionMaker('Met Sam. The CFO signs off on anything over 50k.')?.quote).toBe(
      'The CFO signs off on anything over 50k',
    );
  });
});
