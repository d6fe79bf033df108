import { PlanPostDiffDto, PlanUnitDiffDto, PostDto } from '../../proxy/models';

/** A post a change can name: "code title", and whether it is vacant (only those can receive a person). */
export interface PostOption {
  id: string;
  label: string;
  vacant: boolean;
}

/** Units the server knows (not yet only planned): their posts and clauses can be fetched. */
export function isLiveUnit(planUnits: readonly Pick<PlanUnitDiffDto, 'id' | 'diff'>[] | undefined, id: string): boolean {
  const unit = planUnits?.find(item => item.id === id);
  return !unit || unit.diff !== 'Added';
}

/** The posts of a unit to pick from: its live posts, then the posts the plan creates there (vacant by nature). */
export function postOptions(
  live: readonly Pick<PostDto, 'id' | 'code' | 'titleZh' | 'titleEn' | 'status'>[], planned: readonly PlanPostDiffDto[], unitId: string | null,
  chinese: boolean,
): PostOption[] {
  const title = (post: { titleZh: string; titleEn: string }) => (chinese ? post.titleZh : post.titleEn || post.titleZh);
  const existing = live.map(post => ({ id: post.id, label: `${post.code} ${title(post)}`, vacant: post.status === 'Vacant' }));
  const created = planned
    .filter(post => post.diff === 'Added' && post.unitIdAfter === unitId && !existing.some(item => item.id === post.id))
    .map(post => ({ id: post.id, label: `${post.code} ${title(post)}`, vacant: true }));
  return [...existing, ...created];
}
