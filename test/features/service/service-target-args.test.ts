import { describe, expect, it } from 'vitest';
import {
  formatTargetHours,
  parseServiceTargetChange,
  parseTargetHours,
  SERVICE_TARGET_MAX_HOURS,
} from '../../../src/features/service/service-target-policy.js';

describe('reading /salesflow service-targets arguments', () => {
  it('a priority with its response and resolution, in working hours (h) or 9-hour working days (d)', () => {
    expect(parseServiceTargetChange('P2 4h 2d')).toEqual({
      kind: 'set',
      priority: 'high',
      responseHours: 4,
      resolutionHours: 18,
    });
    expect(parseServiceTargetChange('  p1   1H 1h ')).toEqual({
      kind: 'set',
      priority: 'urgent',
      responseHours: 1,
      resolutionHours: 1,
    });
    expect(parseServiceTargetChange('low 2d 30d')).toMatchObject({ priority: 'low', resolutionHours: 270 });
  });

  it('reset (or 重置) restores the defaults', () => {
    expect(parseServiceTargetChange('reset')).toEqual({ kind: 'reset' });
    expect(parseServiceTargetChange('RESET')).toEqual({ kind: 'reset' });
    expect(parseServiceTargetChange('重置')).toEqual({ kind: 'reset' });
  });

  it.each([
    ['', 'nothing'],
    ['P2 4h', 'no resolution'],
    ['P2 4h 2d 3d', 'one too many'],
    ['P5 4h 2d', 'no such priority'],
    ['P2 4 2d', 'no unit'],
    ['P2 4m 2d', 'minutes are not a unit'],
    ['P2 0h 2d', 'under an hour'],
    ['P2 1h 31d', 'over 30 working days'],
    ['P2 2d 4h', 'response longer than resolution'],
    ['P2 1.5h 2d', 'a fraction'],
    ['reset P2', 'reset with more'],
  ])('refuses %j (%s)', (text) => {
    expect(parseServiceTargetChange(text)).toBeUndefined();
  });

  it('1h and 30d are the bounds', () => {
    expect(parseTargetHours('1h')).toBe(1);
    expect(parseTargetHours('30d')).toBe(SERVICE_TARGET_MAX_HOURS);
    expect(parseTargetHours(`${SERVICE_TARGET_MAX_HOURS + 1}h`)).toBeUndefined();
  });

  it('targets are shown as the command writes them: whole working days in d, the rest in h', () => {
    expect(formatTargetHours(9)).toBe('1d');
    expect(formatTargetHours(90)).toBe('10d');
    expect(formatTargetHours(13)).toBe('13h');
  });
});
