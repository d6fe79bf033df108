import { fileNameFromDisposition } from './download';

describe('file name of a download', () => {
  it('prefers the UTF-8 name, then the plain one, then the fallback', () => {
    expect(fileNameFromDisposition(`attachment; filename=posts.xlsx; filename*=UTF-8''%E5%B2%97%E4%BD%8D.xlsx`, 'x.xlsx')).toBe('岗位.xlsx');
    expect(fileNameFromDisposition('attachment; filename="org units.xlsx"', 'x.xlsx')).toBe('org units.xlsx');
    expect(fileNameFromDisposition('attachment; filename=persons.xlsx', 'x.xlsx')).toBe('persons.xlsx');
    expect(fileNameFromDisposition('attachment', 'x.xlsx')).toBe('x.xlsx');
    expect(fileNameFromDisposition(null, 'x.xlsx')).toBe('x.xlsx');
  });
});
