import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTreeSelectModule } from 'ng-zorro-antd/tree-select';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { OrgUnitDto, OrgUnitTreeNodeDto } from '../../proxy/models';
import { OrgUnitService } from '../../proxy/services';
import { subtreeIds, toTreeNodes } from '../shared/org-tree';

/** Moves a unit under another parent; its own subtree is not offered (the server refuses it too). */
@Component({
  selector: 'tr-unit-move-modal',
  imports: [FormsModule, NzModalModule, NzTreeSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="open()" [nzTitle]="'Org:MoveUnit' | t" [nzOkText]="'Common:Save' | t"
              [nzCancelText]="'Common:Cancel' | t" [nzOkLoading]="saving()" (nzOnOk)="submit()" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <p>{{ 'Org:MoveUnitHint' | t }}</p>
        <nz-tree-select class="full-width" data-testid="move-parent" [nzNodes]="nodes()" [ngModel]="parentId()"
                        (ngModelChange)="parentId.set($event)" nzAllowClear nzShowSearch nzDefaultExpandAll
                        [nzPlaceHolder]="'Org:TopLevel' | t" />
      </ng-container>
    </nz-modal>`,
  styles: `.full-width { width: 100%; }`,
})
export class UnitMoveModalComponent {
  private readonly api = inject(OrgUnitService);
  private readonly localization = inject(LocalizationService);

  readonly open = input.required<boolean>();
  readonly unit = input<OrgUnitDto | null>(null);
  readonly tree = input<OrgUnitTreeNodeDto[]>([]);
  readonly closed = output<void>();
  readonly saved = output<OrgUnitDto>();

  protected readonly saving = signal(false);
  protected readonly parentId = signal<string | null>(null);
  protected readonly nodes = computed(() => {
    const unit = this.unit();
    return toTreeNodes(this.tree(), this.localization.culture(), unit ? subtreeIds(this.tree(), unit.id) : new Set());
  });

  constructor() {
    effect(() => {
      if (this.open()) {
        this.parentId.set(this.unit()?.parentId ?? null);
      }
    });
  }

  protected submit(): void {
    const unit = this.unit();
    if (!unit) {
      return;
    }
    this.saving.set(true);
    this.api.orgUnitMove({ id: unit.id, body: { parentId: this.parentId(), concurrencyStamp: unit.concurrencyStamp } }).subscribe({
      next: saved => {
        this.saving.set(false);
        this.saved.emit(saved);
      },
      error: () => this.saving.set(false),
    });
  }
}
