import { describe, expect, it } from 'vitest';
import {
  parseCommissionCommand,
  parseContractCommand,
  parseDeliverCommand,
  parseInvoiceCommand,
  parsePaymentCommand,
} from '../../../src/slack/ledger/ledger-command-parser.js';

describe('ledger commands', () => {
  it('/contract keeps asking for approval, and gains the ledger, a contract by number, the policy and reconciliation', () => {
    expect(parseContractCommand('Acme Trading')).toEqual({ kind: 'request', leadText: 'Acme Trading' });
    expect(parseContractCommand('#42')).toEqual({ kind: 'request', leadText: '#42' });
    expect(parseContractCommand('ledger')).toEqual({
      kind: 'ledger',
      filter: { kind: 'team' },
      filterText: 'team',
    });
    expect(parseContractCommand('台帐 逾期')).toMatchObject({ filter: { kind: 'overdue' } });
    expect(parseContractCommand('ledger #42')).toMatchObject({
      filter: { kind: 'ref', ref: { kind: 'lead', leadId: 42 } },
    });
    expect(parseContractCommand('ledger 北京 科技')).toMatchObject({
      filter: { kind: 'ref', ref: { kind: 'text', text: '北京 科技' } },
    });
    expect(parseContractCommand('ht-2026-0001')).toEqual({
      kind: 'show',
      ref: { kind: 'number', number: 'HT-2026-0001' },
    });
    expect(parseContractCommand('policy')).toEqual({ kind: 'policy' });
    expect(parseContractCommand('reconcile 2026-02')).toEqual({ kind: 'reconcile', month: '2026-02' });
  });

  it('/payment finds the amount wherever the contract’s name ends, then an optional date and a note', () => {
    expect(parsePaymentCommand('Acme Trading 30万 昨天 首付款 已到账', '2026-03-02')).toEqual({
      kind: 'record',
      ref: { kind: 'text', text: 'Acme Trading' },
      amount: '30万',
      receivedOn: '2026-03-01',
      note: '首付款 已到账',
    });
    expect(parsePaymentCommand('HT-2026-0001 ¥300,000', '2026-03-02')).toEqual({
      kind: 'record',
      ref: { kind: 'number', number: 'HT-2026-0001' },
      amount: '¥300,000',
      receivedOn: null,
      note: null,
    });
    expect(parsePaymentCommand('#7 300k 2026-02-28 wire', '2026-03-02')).toMatchObject({
      receivedOn: '2026-02-28',
      note: 'wire',
    });
    expect(parsePaymentCommand('Acme', '2026-03-02')).toEqual({ kind: 'help' });
    expect(parsePaymentCommand('pending', '2026-03-02')).toEqual({ kind: 'pending' });
  });

  it('/payment keeps a currency written apart with its amount, before or after it, never in the note', () => {
    expect(parsePaymentCommand('HT-2026-0002 500 USD', '2026-03-02')).toMatchObject({
      amount: '500 USD',
      note: null,
    });
    expect(parsePaymentCommand('HT-2026-0002 USD 500 昨天 电汇', '2026-03-02')).toMatchObject({
      ref: { kind: 'number', number: 'HT-2026-0002' },
      amount: 'USD 500',
      receivedOn: '2026-03-01',
      note: '电汇',
    });
    expect(parsePaymentCommand('Acme Trading 500 美元 wire', '2026-03-02')).toMatchObject({
      ref: { kind: 'text', text: 'Acme Trading' },
      amount: '500 美元',
      note: 'wire',
    });
  });

  it.each([
    '-5000',
    '0',
    '1e9',
    'NaN',
    'Infinity',
    '1,234.567',
    '9'.repeat(2000),
    '<!here>',
    '<https://x.example|pay>',
  ])(
    '/payment and /invoice on a contract number hand %s to the money reader instead of answering the usage',
    (amount) => {
      expect(parsePaymentCommand(`HT-2026-0001 ${amount} wire`, '2026-03-02')).toMatchObject({
        kind: 'record',
        ref: { kind: 'number', number: 'HT-2026-0001' },
        amount,
        note: 'wire',
      });
      expect(parseInvoiceCommand(`HT-2026-0001 ${amount}`)).toMatchObject({
        ref: { kind: 'number', number: 'HT-2026-0001' },
        amount,
      });
    },
  );

  it('/invoice takes an optional amount at the end; /deliver and /commission read their words', () => {
    expect(parseInvoiceCommand('#42 6万')).toEqual({
      kind: 'request',
      ref: { kind: 'lead', leadId: 42 },
      amount: '6万',
    });
    expect(parseInvoiceCommand('HT-2026-0001 6,000 EUR')).toMatchObject({ amount: '6,000 EUR' });
    expect(parseInvoiceCommand('Studio 54 Trading')).toMatchObject({
      ref: { kind: 'text', text: 'Studio 54 Trading' },
      amount: null,
    });
    expect(parseInvoiceCommand('HT-2026-0001')).toEqual({
      kind: 'request',
      ref: { kind: 'number', number: 'HT-2026-0001' },
      amount: null,
    });
    expect(parseDeliverCommand('')).toEqual({ kind: 'help' });
    expect(parseCommissionCommand('')).toEqual({ kind: 'statement', month: null, repUserId: null });
    expect(parseCommissionCommand('11月 <@U123|li>')).toEqual({
      kind: 'statement',
      month: '11月',
      repUserId: 'U123',
    });
    expect(parseCommissionCommand('plan')).toEqual({ kind: 'plan' });
  });

  it('/contract aging [rep|customer] (账龄 销售|客户): the grouping, or the default for anything else', () => {
    expect(parseContractCommand('aging')).toEqual({ kind: 'aging', grouping: null });
    expect(parseContractCommand('aging rep')).toEqual({ kind: 'aging', grouping: 'rep' });
    expect(parseContractCommand('AGING Customers')).toEqual({ kind: 'aging', grouping: 'customer' });
    expect(parseContractCommand('账龄 客户')).toEqual({ kind: 'aging', grouping: 'customer' });
    expect(parseContractCommand('账龄 销售')).toEqual({ kind: 'aging', grouping: 'rep' });
    expect(parseContractCommand('aging <!channel>')).toEqual({ kind: 'aging', grouping: null });
  });
});
