import { computed, inject, Signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { NzTreeNodeOptions } from 'ng-zorro-antd/tree';
import { map, of } from 'rxjs';
import { LocalizationService } from '../../core/i18n/localization.service';
import { toTreeNodes } from '../../organization/shared/org-tree';
import { PlanImpactDto } from '../../proxy/models';
import { OrgUnitService, PersonService, PostService } from '../../proxy/services';
import { isLiveUnit, postOptions } from '../shared/change-pickers';
import { unitPickerNodes } from '../shared/pickers';

/** What the pickers of a change form list, and what they follow. */
export interface ChangePickerInputs {
  /** The plan's result so far, when known. */
  impact: Signal<PlanImpactDto | null>;
  /** The change's unit: its 三定 clauses are the duties to pick (and the functions to start from). */
  unit: Signal<string | null>;
  /** The unit whose posts the post pickers list. */
  postUnit: Signal<string | null>;
  /** Whether the change names a person (the list of people is fetched only then). */
  needsPersons: Signal<boolean>;
}

/**
 * The options of a change form's pickers: the live structure plus what the plan itself creates. Create it in an
 * injection context (a component's field): it fetches through the API services.
 */
export class ChangePickerSources {
  private readonly units = inject(OrgUnitService);
  private readonly postsApi = inject(PostService);
  private readonly personsApi = inject(PersonService);
  private readonly localization = inject(LocalizationService);

  constructor(private readonly inputs: ChangePickerInputs) {}

  private readonly tree = rxResource({ stream: () => this.units.orgUnitGetTree() });
  /** Units to pick: the result of the plan so far (its impact) when known, else the live tree. */
  readonly unitNodes = computed<NzTreeNodeOptions[]>(() => {
    const culture = this.localization.culture();
    const impact = this.inputs.impact();
    return impact && impact.units.length > 0
      ? unitPickerNodes(impact.units, culture, this.localization.t('Enum:PlanDiffKind.Removed'))
      : toTreeNodes(this.tree.value()?.items ?? [], culture);
  });

  /** The chosen unit with its 三定 clauses (duty clauses of a post, or the functions to edit). */
  readonly unitDetail = rxResource({
    params: () => this.inputs.unit() ?? undefined,
    stream: ({ params: id }) => (id && this.isLive(id) ? this.units.orgUnitGet({ id }) : of(null)),
  });
  readonly clauseOptions = computed(() => [...(this.unitDetail.value()?.functions ?? [])].sort((a, b) => a.number - b.number));

  /** Posts of the unit chosen for the post pickers, plus the posts the plan creates there. */
  private readonly livePosts = rxResource({
    params: () => this.inputs.postUnit() ?? undefined,
    stream: ({ params: orgUnitId }) => orgUnitId && this.isLive(orgUnitId)
      ? this.postsApi.postGetList({ orgUnitId, maxResultCount: 1000, sorting: 'code' }).pipe(map(result => result.items))
      : of([]),
  });
  readonly postOptions = computed(() =>
    postOptions(this.livePosts.value() ?? [], this.inputs.impact()?.posts ?? [], this.inputs.postUnit(), this.localization.isChinese()));
  readonly vacantPostOptions = computed(() => this.postOptions().filter(post => post.vacant));

  private readonly persons = rxResource({
    params: () => (this.inputs.needsPersons() ? true : undefined),
    stream: ({ params }) => params
      ? this.personsApi.personGetList({ maxResultCount: 1000, sorting: 'name' }).pipe(map(result => result.items))
      : of([]),
  });
  readonly personOptions = computed(() => this.persons.value() ?? []);

  private isLive(id: string): boolean {
    return isLiveUnit(this.inputs.impact()?.units, id);
  }
}
