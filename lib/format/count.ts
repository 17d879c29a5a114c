// "1 page", "7 pages": the small grammar every count label needs, in one place.

export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** The noun alone, for a count that is written or styled apart from it ("<strong>1</strong> session"). */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return count === 1 ? singular : plural;
}
