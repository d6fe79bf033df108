import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { EntityChangeType } from '../../proxy/models';
import { enumKey } from '../../shared/enums/enums';

const TAG_COLORS: Record<EntityChangeType, string> = { Created: 'green', Updated: 'blue', Deleted: 'red' };

@Component({
  selector: 'tr-change-type-tag',
  imports: [NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nz-tag [nzColor]="color()">{{ enumKey('EntityChangeType', changeType()) | t }}</nz-tag>`,
})
export class ChangeTypeTagComponent {
  readonly changeType = input.required<EntityChangeType>();
  protected readonly enumKey = enumKey;
  protected readonly color = computed(() => TAG_COLORS[this.changeType()] ?? 'default');
}
