import { toSorting, withoutEmpty } from './paged';

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
