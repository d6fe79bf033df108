import { PagedTableState, toSorting, withoutEmpty } from './paged';

describe('paging helpers', () => {
  it('drops empty query values', () => {
    expect(withoutEmpty({ filter: '', roleName: undefined, skipCount: 0, maxResultCount: 10, sorting: null }))
      .toEqual({ skipCount: 0, maxResultCount: 10 });
  });

  it('turns the table sort into ABP sorting', () => {
    expect(toSorting('code', 'ascend')).toBe('code asc');
    expect(toSorting('time', 'descend')).toBe('time desc');
    expect(toSorting('time', null)).toBeUndefined();
  });
});

describe('PagedTableState', () => {
  interface Query { skipCount?: number; maxResultCount?: number; sorting?: string; filter?: string; level?: number }
  const sortBy = (key: string, value: string | null) => ({ pageIndex: 3, pageSize: 20, sort: [{ key: 'other', value: null }, { key, value }], filter: [] });

  it('starts on the first page with the default sorting', () => {
    const table = new PagedTableState<Query>(10, 'time desc');
    expect(table.pageIndex()).toBe(1);
    expect(table.pageSize()).toBe(10);
    expect(table.request()).toEqual({ skipCount: 0, maxResultCount: 10, sorting: 'time desc' });
  });

  it('follows the table: page, size and the sorted column, back to the default when unsorted', () => {
    const table = new PagedTableState<Query>(10, 'time desc');
    table.onQueryParams(sortBy('code', 'descend'));
    expect(table.pageIndex()).toBe(3);
    expect(table.pageSize()).toBe(20);
    expect(table.request()).toEqual({ skipCount: 40, maxResultCount: 20, sorting: 'code desc' });
    table.onQueryParams(sortBy('code', null));
    expect(table.request().sorting).toBe('time desc');
    expect(new PagedTableState<Query>(10).request()).toEqual({ skipCount: 0, maxResultCount: 10 });
  });

  it('applies filters on the first page, keeping size and sorting, and never sends empty ones', () => {
    const table = new PagedTableState<Query>(10);
    table.onQueryParams(sortBy('level', 'ascend'));
    table.filterBy({ filter: '科员', level: 8 });
    expect(table.pageIndex()).toBe(1);
    expect(table.request()).toEqual({ skipCount: 0, maxResultCount: 20, sorting: 'level asc', filter: '科员', level: 8 });
    table.filterBy({ filter: '', level: undefined });
    expect(table.request()).toEqual({ skipCount: 0, maxResultCount: 20, sorting: 'level asc' });
  });

  it('keeps the same request when the table reports an unchanged state', () => {
    const table = new PagedTableState<Query>(10);
    table.filterBy({ filter: '王' });
    const first = table.request();
    table.onQueryParams({ pageIndex: 1, pageSize: 10, sort: [], filter: [] });
    expect(table.request()).toBe(first);
  });

  it('loads again when the same search is run again', () => {
    const table = new PagedTableState<Query>(10);
    table.filterBy({ filter: '王' });
    const first = table.request();
    table.filterBy({ filter: '王' });
    expect(table.request()).not.toBe(first);
    expect(table.request()).toEqual(first);
  });
});
