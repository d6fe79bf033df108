import { WorkCalendarDayDto, WorkCalendarDayInput, WorkCalendarDayKind } from '../../proxy/models';

/** A special day as the editor holds it (a Date for the picker). */
export interface CalendarRow {
  date: Date | null;
  kind: WorkCalendarDayKind | null;
  name: string;
}

/** Last year, this year and the next two: the years anyone plans approvals in. */
export function calendarYears(current: number): number[] {
  return [current - 1, current, current + 1, current + 2];
}

export function sortedDays(days: readonly WorkCalendarDayDto[]): WorkCalendarDayDto[] {
  return [...days].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}

/** The row as the API takes it; an unset date or kind stays null so the server names the fault. */
export function toInput(row: CalendarRow, toDateOnly: (date: Date) => string): WorkCalendarDayInput {
  return { date: row.date ? toDateOnly(row.date) : null, kind: row.kind, name: row.name.trim() };
}
