import { PostCategory } from '../../proxy/models';
import { formRules } from '../form-rules/form-rules';

/** The valid levels of a post category, as the server's PostLevels says (管理 1–10, 专业技术 1–13, 工勤技能 1–5); none for ordinary workers. */
export function levelRange(category: PostCategory | null | undefined): readonly [number, number] | null {
  const range = formRules()?.postLevels.find(entry => entry.category === category);
  return range && range.minLevel !== null && range.maxLevel !== null ? [range.minLevel, range.maxLevel] : null;
}

/** The levels a user may pick for a category, e.g. Skilled → [1, 2, 3, 4, 5]. */
export function levelsOf(category: PostCategory | null | undefined): number[] {
  const range = levelRange(category);
  return range ? Array.from({ length: range[1] - range[0] + 1 }, (_, index) => range[0] + index) : [];
}
