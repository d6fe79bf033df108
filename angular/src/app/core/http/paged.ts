/** The query without empty values (so that `?filter=` is never sent). */
export function withoutEmpty<T extends object>(query: T): T {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  ) as T;
}

/** nz-table sort state → ABP `sorting`, e.g. ("code", "descend") → "code desc". */
export function toSorting(key: string, order: string | null): string | undefined {
  if (!order) {
    return undefined;
  }
  return order === 'descend' ? `${key} desc` : `${key} asc`;
}
