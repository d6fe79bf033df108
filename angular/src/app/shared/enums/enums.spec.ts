import { DEGREES, enumKey, enumOptions, TIER_LEVELS } from './enums';

describe('enum helpers', () => {
  it("names the backend's enum texts", () => {
    expect(enumKey('StaffingType', 'Headcount')).toBe('Enum:StaffingType.Headcount');
    expect(enumKey('EducationDegree', null)).toBe('');
  });

  it("labels select options with the backend's enum texts", () => {
    expect(enumOptions('EducationDegree', DEGREES).map(option => option.label)).toEqual([
      'Enum:EducationDegree.Secondary', 'Enum:EducationDegree.JuniorCollege', 'Enum:EducationDegree.Bachelor',
      'Enum:EducationDegree.Master', 'Enum:EducationDegree.Doctorate',
    ]);
    expect(enumOptions('TalentTierLevel', TIER_LEVELS).map(option => option.value)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
});
