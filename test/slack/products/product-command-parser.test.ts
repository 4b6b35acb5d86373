import { describe, expect, it } from 'vitest';
import {
  opensProductModal,
  parseProductCommand,
} from '../../../src/slack/products/product-command-parser.js';

describe('/product arguments', () => {
  it.each([
    ['', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['帮助', { kind: 'help' }],
    ['add', { kind: 'add' }],
    ['新增', { kind: 'add' }],
    ['lists', { kind: 'lists' }],
    ['list', { kind: 'lists' }],
    [
      'list add 华东 经销商价 distributor',
      { kind: 'listAdd', name: '华东 经销商价', listKind: 'distributor' },
    ],
    [
      'list add Acme contract prices customer',
      { kind: 'listAdd', name: 'Acme contract prices', listKind: 'customer' },
    ],
    ['list add 2027', { kind: 'listAdd', name: '2027', listKind: 'standard' }],
    ['list archive Old prices', { kind: 'listArchive', name: 'Old prices' }],
    ['price PUMP-01 1,200', { kind: 'price', sku: 'PUMP-01', amount: '1,200' }],
    [
      'price PUMP-01 1.2 万 Distributor',
      { kind: 'price', sku: 'PUMP-01', amount: '1.2 万', listName: 'Distributor' },
    ],
    ['price PUMP-01 500 USD', { kind: 'price', sku: 'PUMP-01', amount: '500 USD' }],
    [
      'price PUMP-01 ¥ 3,000 华东 经销商价',
      { kind: 'price', sku: 'PUMP-01', amount: '¥ 3,000', listName: '华东 经销商价' },
    ],
    [
      'price PUMP-01 30万 2027 prices',
      { kind: 'price', sku: 'PUMP-01', amount: '30万', listName: '2027 prices' },
    ],
    [
      'price PUMP-01 abc Distributor',
      { kind: 'price', sku: 'PUMP-01', amount: 'abc', listName: 'Distributor' },
    ],
    ['price PUMP-01 remove Distributor', { kind: 'priceRemove', sku: 'PUMP-01', listName: 'Distributor' }],
    ['price PUMP-01', { kind: 'help' }],
    ['import', { kind: 'import' }],
    ['导入 Distributor', { kind: 'import', listName: 'Distributor' }],
    ['water pump', { kind: 'find', text: 'water pump' }],
    ['水泵', { kind: 'find', text: '水泵' }],
    ['<!channel>', { kind: 'find', text: '<!channel>' }],
  ])('%j', (text, command) => {
    expect(parseProductCommand(text)).toEqual(command);
  });

  it('only the add form and the import open a modal (their trigger_id goes first)', () => {
    expect(['add', 'import Distributor', 'lists', 'pump'].map(opensProductModal)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
