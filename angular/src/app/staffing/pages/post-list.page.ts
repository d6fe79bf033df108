import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTreeSelectModule } from 'ng-zorro-antd/tree-select';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { PagedTableState } from '../../core/http/paged';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enumKey, POST_CATEGORIES, POST_STATUSES, STAFFING_TYPES } from '../../shared/enums/enums';
import { toTreeNodes } from '../../organization/shared/org-tree';
import { PostGetList$Params } from '../../proxy/fn/post/post-get-list';
import { PostCategory, PostDto, PostStatus, StaffingType } from '../../proxy/models';
import { OrgUnitService, PostService } from '../../proxy/services';
import { AppointmentFormModalComponent } from '../components/appointment-form-modal.component';
import { PostFormModalComponent } from '../components/post-form-modal.component';
import { setPostFrozen } from '../shared/post-freeze';
import { unitNames } from '../shared/unit-options';

const PAGE_SIZE = 20;

const STATUS_COLORS: Record<PostStatus, string> = { Vacant: 'orange', Filled: 'green', Frozen: 'default' };

/** 岗位 of the zone: filters by unit, category, status, level and type; frozen toggled in the row. */
@Component({
  selector: 'tr-post-list-page',
  imports: [
    FormsModule, RouterLink, NzCardModule, NzTableModule, NzButtonModule, NzIconModule, NzInputModule, NzInputNumberModule,
    NzSelectModule, NzTreeSelectModule, NzSwitchModule, NzTagModule, NzPopconfirmModule, TranslatePipe,
    PostFormModalComponent, AppointmentFormModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './post-list.page.html',
  styles: `
    .page-toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 16px; }
    .filter { width: 140px; }
    .filter-unit { width: 200px; }
    .filter-level { width: 100px; }
    th, .nowrap { white-space: nowrap; }
  `,
})
export class PostListPage {
  private readonly api = inject(PostService);
  private readonly units = inject(OrgUnitService);
  private readonly auth = inject(AuthService);
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  protected readonly enumKey = enumKey;
  protected readonly categories = POST_CATEGORIES;
  protected readonly statuses = POST_STATUSES;
  protected readonly staffingTypes = STAFFING_TYPES;
  protected readonly statusColors = STATUS_COLORS;
  protected readonly canCreate = computed(() => this.auth.isGranted(Permissions.Posts.Create));
  protected readonly canUpdate = computed(() => this.auth.isGranted(Permissions.Posts.Update));
  protected readonly canDelete = computed(() => this.auth.isGranted(Permissions.Posts.Delete));
  protected readonly canAppoint = computed(() => this.auth.isGranted(Permissions.Appointments.Create));

  protected readonly tree = rxResource({ stream: () => this.units.orgUnitGetTree() });
  protected readonly treeItems = computed(() => this.tree.value()?.items ?? []);
  protected readonly unitNodes = computed(() => toTreeNodes(this.treeItems(), this.localization.culture()));
  protected readonly unitNames = computed(() => unitNames(this.treeItems(), this.localization.culture()));

  protected readonly filterText = signal('');
  protected readonly unitId = signal<string | null>(null);
  protected readonly category = signal<PostCategory | null>(null);
  protected readonly status = signal<PostStatus | null>(null);
  protected readonly staffingType = signal<StaffingType | null>(null);
  protected readonly level = signal<number | null>(null);
  protected readonly paging = new PagedTableState<PostGetList$Params>(PAGE_SIZE);
  protected readonly posts = rxResource({ params: () => this.paging.request(), stream: ({ params }) => this.api.postGetList(params) });

  protected readonly formOpen = signal(false);
  protected readonly editing = signal<PostDto | null>(null);
  protected readonly appointOpen = signal(false);
  protected readonly appointing = signal<PostDto | null>(null);
  protected readonly toggling = signal<string | null>(null);

  protected search(): void {
    this.paging.filterBy({
      filter: this.filterText().trim(),
      orgUnitId: this.unitId() ?? undefined,
      category: this.category() ?? undefined,
      status: this.status() ?? undefined,
      staffingType: this.staffingType() ?? undefined,
      level: this.level() ?? undefined,
    });
  }

  protected reset(): void {
    this.filterText.set('');
    this.unitId.set(null);
    this.category.set(null);
    this.status.set(null);
    this.staffingType.set(null);
    this.level.set(null);
    this.search();
  }

  /** The title in the UI's language (English falls back to Chinese). */
  protected postTitle(post: PostDto): string {
    return this.localization.isChinese() ? post.titleZh : post.titleEn || post.titleZh;
  }

  protected openCreate(): void {
    this.editing.set(null);
    this.formOpen.set(true);
  }

  protected openEdit(post: PostDto): void {
    this.editing.set(post);
    this.formOpen.set(true);
  }

  protected openAppoint(post: PostDto): void {
    this.appointing.set(post);
    this.appointOpen.set(true);
  }

  protected onSaved(): void {
    this.formOpen.set(false);
    this.appointOpen.set(false);
    this.messages.success(this.localization.t('Common:SavedSuccessfully'));
    this.posts.reload();
  }

  /** Freezes or unfreezes a post in place, by its own action: the rest of the post is not sent. */
  protected setFrozen(post: PostDto, isFrozen: boolean): void {
    this.toggling.set(post.id);
    setPostFrozen(this.api, post, isFrozen).subscribe({
      next: () => {
        this.toggling.set(null);
        this.posts.reload();
      },
      error: () => {
        this.toggling.set(null);
        this.posts.reload();
      },
    });
  }

  protected delete(post: PostDto): void {
    this.api.postDelete({ id: post.id }).subscribe(() => {
      this.messages.success(this.localization.t('Common:DeletedSuccessfully'));
      this.posts.reload();
    });
  }
}
