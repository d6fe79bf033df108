import { levelRange, levelsOf } from './post-levels';

describe('post levels', () => {
  it('knows the level range of each post category', () => {
    expect(levelRange('Management')).toEqual([1, 10]);
    expect(levelRange('Professional')).toEqual([1, 13]);
    expect(levelRange('Skilled')).toEqual([1, 5]);
    expect(levelRange('Ordinary')).toBeNull();
    expect(levelsOf('Skilled')).toEqual([1, 2, 3, 4, 5]);
    expect(levelsOf(null)).toEqual([]);
  });
});
