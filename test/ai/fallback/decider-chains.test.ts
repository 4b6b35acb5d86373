import { describe, expect, it } from 'vitest';
import { findDecisionMaker } from '../../../src/ai/fallback/decider.js';

// Approval chains, bodies, shorter forms and pronouns (LABELLING.md "Decision maker" and the third batch's
// styles), written from the rules, not taken from any labelled note.

const decider = (notes: string) => findDecisionMaker(notes)?.answer ?? null;

describe('who decides when the notes say where the decision goes', () => {
  const cases: Array<[string, string | null]> = [
    // "the decision goes to X": no approval word needs to follow.
    ['Spoke to the analyst; the decision goes to their CTO, Priya Nair, after the pilot.', 'CTO, Priya Nair'],
    ['The final call will go to the CFO once the pilot ends.', 'CFO'],
    // "it's up to X": a name after "up to" is a person, not a place.
    ["The office manager likes it, but it's really up to Tom.", 'Tom'],
    ['Everything up to Friday is busy for them.', null],
    // "the one approving", "picks the vendor".
    ['Met the CFO Lena Ortiz - she is the one approving.', 'CFO Lena Ortiz'],
    ['Two partners: Raj handles clients and Omar picks the tools.', 'Omar'],
    // Approver fields in a Chinese CRM note, and a decider whose verb is on another line.
    ['项目：门禁改造\n最终审批：总经理办公会\n预算：20万', '总经理办公会'],
    ['项目：门禁改造\n联系人：行政部 周经理\n决策：待定', null],
    ['签字人：财务总监', '财务总监'],
    // "最后定的是X", "是X定的", a group before the body.
    ['张部长负责选型，最后定的是集团的采购委员会。', '采购委员会'],
    ['这个项目最后是总经理办公会定的，我们出方案就行。', '总经理办公会'],
    ['决策：分局党委会', '分局党委会'],
  ];
  it.each(cases)('%s → %s', (notes, expected) => {
    expect(decider(notes)).toBe(expected);
  });
});

describe('whom a pronoun names when it decides', () => {
  const cases: Array<[string, string | null]> = [
    // A body or a family is not "he": the chain goes back to the person.
    ['Met the GM, Tom Berg. The owner family sets strategy, but for this one he decides.', 'GM, Tom Berg'],
    // An object pronoun is not the subject of its own clause.
    ['CTO Maya Lee approves it, the COO defers to her on tooling.', 'CTO Maya Lee'],
    // A pronoun of the same gender carries the chain: 授权给他 names the person, not who granted it.
    ['采购部 李经理说老板已经授权给他了，他签就行。', '李经理'],
    // A name with a particle stays whole.
    ['The COO, Jan van Dijk, said he decides.', 'COO, Jan van Dijk'],
  ];
  it.each(cases)('%s → %s', (notes, expected) => {
    expect(decider(notes)).toBe(expected);
  });
});
