import { FORM_METADATA } from '../../core/testing/form-metadata';
import { FormMetadataDto } from '../../proxy/models';
import { formRules, setFormRules } from '../form-rules/form-rules';
import { levelRange, levelsOf } from './post-levels';

describe('post levels', () => {
  afterEach(() => setFormRules(FORM_METADATA));

  it('knows the level range of each post category', () => {
    expect(levelRange('Management')).toEqual([1, 10]);
    expect(levelRange('Professional')).toEqual([1, 13]);
    expect(levelRange('Skilled')).toEqual([1, 5]);
    expect(levelRange('Ordinary')).toBeNull();
    expect(levelsOf('Skilled')).toEqual([1, 2, 3, 4, 5]);
    expect(levelsOf(null)).toEqual([]);
  });

  it("reads the ranges from the server's rules, not from a copy", () => {
    const changed: FormMetadataDto = {
      ...formRules()!,
      postLevels: [{ category: 'Skilled', minLevel: 1, maxLevel: 6 }, { category: 'Ordinary', minLevel: null, maxLevel: null }],
    };
    setFormRules(changed);
    expect(levelsOf('Skilled')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(levelRange('Management')).toBeNull();

    setFormRules(null);
    expect(levelsOf('Skilled')).toEqual([]);
  });
});
