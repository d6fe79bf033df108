import { formatDate } from '@angular/common';

/** China Standard Time: the zones are in China, whatever the browser's time zone. */
export const CHINA_OFFSET = '+0800';

/** An ISO instant (with offset) as China time, e.g. "2026-11-20 23:59"; '' when absent. */
export function chinaTime(value: string | null | undefined, format = 'yyyy-MM-dd HH:mm'): string {
  return value ? formatDate(value, format, 'en-US', CHINA_OFFSET) : '';
}

/** An ISO date or instant as the China calendar date, e.g. "2026-11-20". */
export function chinaDate(value: string | null | undefined): string {
  if (!value) {
    return '';
  }
  // A date without a time (the API's DateOnly) has no zone to convert.
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : chinaTime(value, 'yyyy-MM-dd');
}

/** Today's calendar date in China, as the API carries dates ("2026-11-20"). */
export function chinaToday(now: Date = new Date()): string {
  return formatDate(now, 'yyyy-MM-dd', 'en-US', CHINA_OFFSET);
}

/** The localization key and argument of a step's remaining working days: "还剩 N 个工作日" or "超期 N 个工作日". */
export function remainingText(days: number | null | undefined): { key: string; days: number } | null {
  if (days === null || days === undefined) {
    return null;
  }
  if (days < 0) {
    return { key: 'Approvals:OverdueDays', days: -days };
  }
  return days === 0 ? { key: 'Approvals:DueToday', days: 0 } : { key: 'Approvals:RemainingDays', days };
}
