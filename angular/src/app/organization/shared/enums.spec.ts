import { enumKey, KIND_COLORS, levelRange, levelsOf, ORG_UNIT_KINDS } from './enums';

describe('enum helpers', () => {
  it("names the backend's enum texts", () => {
    expect(enumKey('StaffingType', 'Headcount')).toBe('Enum:StaffingType.Headcount');
    expect(enumKey('EducationDegree', null)).toBe('');
  });

  it('knows the level range of each post category', () => {
    expect(levelRange('Management')).toEqual([1, 10]);
    expect(levelRange('Professional')).toEqual([1, 13]);
    expect(levelRange('Skilled')).toEqual([1, 5]);
    expect(levelRange('Ordinary')).toBeNull();
    expect(levelsOf('Skilled')).toEqual([1, 2, 3, 4, 5]);
    expect(levelsOf(null)).toEqual([]);
  });

  it('has a distinct colour for every kind of unit', () => {
    expect(new Set(ORG_UNIT_KINDS.map(kind => KIND_COLORS[kind])).size).toBe(ORG_UNIT_KINDS.length);
  });
});
