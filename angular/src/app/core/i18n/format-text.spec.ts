import { formatText } from './format-text';

describe('formatText', () => {
  it('fills numbered placeholders in any order', () => {
    expect(formatText('未找到该{0}（{1}）。', ['园区', 'dalian'])).toBe('未找到该园区（dalian）。');
    expect(formatText('{1} before {0}', ['a', 'b'])).toBe('b before a');
  });

  it('keeps placeholders without an argument and returns plain texts unchanged', () => {
    expect(formatText('Hello {0} and {1}', ['world'])).toBe('Hello world and {1}');
    expect(formatText('No placeholders', [])).toBe('No placeholders');
  });
});
