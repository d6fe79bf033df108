import { describe, expect, it } from 'vitest';
import { toDateOnly } from '../../core/http/date-only';
import { calendarYears, sortedDays, toInput } from './work-calendar';

describe('work calendar helpers', () => {
  it('offers last year to two years ahead', () => {
    expect(calendarYears(2026)).toEqual([2025, 2026, 2027, 2028]);
  });

  it('sorts the special days by date', () => {
    const days = sortedDays([
      { date: '2026-10-01', kind: 'Holiday', name: '国庆节' },
      { date: '2026-01-01', kind: 'Holiday', name: '元旦' },
      { date: '2026-02-14', kind: 'MakeUpWorkday', name: '春节调休' },
    ]);
    expect(days.map(d => d.date)).toEqual(['2026-01-01', '2026-02-14', '2026-10-01']);
  });

  it('maps a row to the API input, keeping an unset date for the server to refuse', () => {
    expect(toInput({ date: new Date(2026, 9, 1), kind: 'Holiday', name: ' 国庆节 ' }, toDateOnly)).toEqual({ date: '2026-10-01', kind: 'Holiday', name: '国庆节' });
    expect(toInput({ date: null, kind: 'MakeUpWorkday', name: '' }, toDateOnly)).toEqual({ date: null, kind: 'MakeUpWorkday', name: '' });
  });
});
