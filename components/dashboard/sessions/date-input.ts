// `<input type="date">` speaks "YYYY-MM-DD" in local time; the session query
// speaks epoch ms. A "to" date includes its whole day.

export function startOfDayMs(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime() : null;
}

export function endOfDayMs(value: string): number | null {
  const start = startOfDayMs(value);
  if (start === null) return null;
  const d = new Date(start);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - 1;
}

export function dateInputValue(t: number | null | undefined): string {
  if (t == null) return '';
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
