import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { PostCategory } from '../../proxy/models';
import { levelRange } from './post-levels';

/**
 * On a post form group with `category` and `level`: a category with levels (管理 1–10, 专业技术 1–13,
 * 工勤技能 1–5) needs a level within its range; ordinary workers (普通工) have none.
 * Sets `levelRequired`, `levelOutOfRange` or `levelNotAllowed` (the server checks the same rule).
 */
export const postLevelValidator: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const category = group.get('category')?.value as PostCategory | null;
  const level = group.get('level')?.value as number | null;
  const range = levelRange(category);
  if (!category) {
    return null;
  }
  if (!range) {
    return level === null || level === undefined ? null : { levelNotAllowed: true };
  }
  if (level === null || level === undefined) {
    return { levelRequired: true };
  }
  return level >= range[0] && level <= range[1] ? null : { levelOutOfRange: { min: range[0], max: range[1] } };
};
