import { computed, Signal, signal, WritableSignal } from '@angular/core';
import { NzTableQueryParams } from 'ng-zorro-antd/table';

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

/** The paging part of every ABP list query. */
export interface PagedQuery {
  skipCount?: number;
  maxResultCount?: number;
  sorting?: string;
}

/**
 * The paging, sorting and filter state of one server-paged nz-table: bind `pageIndex()` and
 * `pageSize()` to the table, `(nzQueryParams)` to `onQueryParams`, and load with `request()` (the
 * query without empty values). `filterBy` applies new filters and goes back to the first page.
 */
export class PagedTableState<Q extends PagedQuery> {
  readonly pageIndex = signal(1);
  readonly pageSize: WritableSignal<number>;
  /** What to send: the current query without empty values. */
  readonly request: Signal<Q>;
  private readonly query: WritableSignal<Q>;
  private readonly defaultSorting: string | undefined;
  /** Counts searches that left the query as it was: searching again still reloads. */
  private readonly searches = signal(0);

  /** `defaultSorting` applies while no column is sorted. */
  constructor(pageSize: number, defaultSorting?: string) {
    this.defaultSorting = defaultSorting;
    this.pageSize = signal(pageSize);
    // The table reports its state again after a filter moved it to page 1: an unchanged query is not reloaded.
    this.query = signal({ skipCount: 0, maxResultCount: pageSize, sorting: defaultSorting } as Q, { equal: sameValues });
    this.request = computed(() => {
      this.searches();
      return withoutEmpty(this.query());
    });
  }

  onQueryParams(params: NzTableQueryParams): void {
    const sort = params.sort.find(item => item.value);
    this.pageIndex.set(params.pageIndex);
    this.pageSize.set(params.pageSize);
    this.query.update(query => ({
      ...query,
      skipCount: (params.pageIndex - 1) * params.pageSize,
      maxResultCount: params.pageSize,
      sorting: (sort ? toSorting(sort.key, sort.value) : undefined) ?? this.defaultSorting,
    }));
  }

  /** Replaces the filters (every key of `filters`; paging and sorting stay) and shows the first page. */
  filterBy(filters: Omit<Q, keyof PagedQuery>): void {
    const before = this.query();
    this.pageIndex.set(1);
    this.query.update(query => ({ ...query, ...filters, skipCount: 0 }));
    if (this.query() === before) {
      this.searches.update(count => count + 1);
    }
  }
}

/** Shallow equality of two queries (keys with empty values count as absent). */
function sameValues(a: object, b: object): boolean {
  const left = Object.entries(withoutEmpty(a));
  const right = withoutEmpty(b) as Record<string, unknown>;
  return left.length === Object.keys(right).length && left.every(([key, value]) => right[key] === value);
}
