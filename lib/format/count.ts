// "1 page", "7 pages": the small grammar every count label needs, in one place.

export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
