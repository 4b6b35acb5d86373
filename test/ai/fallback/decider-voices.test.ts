import { describe, expect, it } from 'vitest';
import { findDecisionMaker } from '../../../src/ai/fallback/decider.js';
import { inCustomerVoice, speakerAt } from '../../../src/ai/fallback/speaker.js';

// Pasted chats, transcripts and emails (LABELLING.md, "Quoted text" and "Voice messages"), written for these
// rules, not taken from any labelled note.

describe('who is speaking in pasted text', () => {
  const chat = '10:01 陈工: 方案收到\n10:02 陈工: 这个我定了\n10:03 我: 好的';

  it('reads the speaker of a stamped chat line, and not of the rep', () => {
    expect(speakerAt(chat, chat.indexOf('这个'))?.label).toBe('陈工');
    expect(speakerAt(chat, chat.indexOf('好的'))?.label).toBe('我');
  });

  it('reads a speaker written on a header line over the message', () => {
    const wechat = '刘经理 2026/10/09 14:22\n我们这边老板定\n我 2026/10/09 14:30\n收到';
    expect(speakerAt(wechat, wechat.indexOf('老板'))?.label).toBe('刘经理');
  });

  it('does not take a CRM field for a speaker', () => {
    const crm = '预算: 30万\n决策: 总经理\n时间: Q3';
    expect(speakerAt(crm, crm.indexOf('总经理'))).toBeNull();
  });

  it('hears the customer in an email body and in quoted lines, the rep elsewhere', () => {
    const email = 'FYI below\nFrom: Ana Silva <ana@x.com>\nSubject: Re: quote\n\nApproval sits with our CFO.';
    expect(inCustomerVoice(email, email.indexOf('our CFO'))).toBe(true);
    expect(inCustomerVoice(email, email.indexOf('FYI'))).toBe(false);
    const quoted = '> the decision sits with our board\nRep: our CEO wants to meet them';
    expect(inCustomerVoice(quoted, quoted.indexOf('our board'))).toBe(true);
    expect(inCustomerVoice('Our CEO wants to meet them', 4)).toBe(false);
  });
});

describe('who decides, in pasted chats, transcripts and emails', () => {
  const cases: Array<[string, string | null]> = [
    ['10:01 陈工: 方案收到\n10:02 陈工: 这个我定了，下周签\n10:03 我: 好的', '陈工'],
    ['[4:02 PM] Dana Ruiz: ok\n[4:03 PM] Dana Ruiz: it is my call, and I am in', 'Dana Ruiz'],
    ['10:01 王总: 看了\n10:02 我: 时间我定了，周五见', null],
    ['客户李局长电话录音转写：‘这个项目嗯最后拍板的是我’', '李局长'],
    ['12:00 Sam: not my call, ask finance\n12:01 Sam: seriously', null],
    [
      'From: Ana Silva <ana@x.com>\nSubject: Re: quote\n\nHi, final approval sits with our CFO, Rui Costa.',
      'CFO',
    ],
    ['Final approval sits with our CFO for the discount.', null],
    ['> the final approval sits with our board\nRep: will follow up', 'board'],
  ];
  it.each(cases)('%s → %s', (text, who) => {
    const answer = findDecisionMaker(text)?.answer ?? null;
    if (who === null) expect(answer).toBeNull();
    else expect(answer?.toLowerCase()).toContain(who.toLowerCase());
  });
});
