import { ChangeDetectionStrategy, Component, computed, inject, input, model, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { map, switchMap, timer } from 'rxjs';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TalentProfileDto } from '../../proxy/models';
import { TalentProfileService } from '../../proxy/services';

/** A talent profile, searched on the server by name (GET talent-profiles?filter=). */
@Component({
  selector: 'tr-profile-picker',
  imports: [FormsModule, NzSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-select class="picker" nzShowSearch nzServerSearch nzAllowClear [nzPlaceHolder]="placeholder()" [nzLoading]="profiles.isLoading()"
               [nzId]="pickerId()" [ngModel]="value()" (ngModelChange)="pick($event)" (nzOnSearch)="filter.set($event.trim())" (nzOpenChange)="$event && opened.set(true)"
               [nzStatus]="status()">
      @for (profile of options(); track profile.id) {
        <nz-option nzCustomContent [nzValue]="profile.id" [nzLabel]="profile.name">
          <span data-testid="profile-option">{{ label(profile) }}</span>
        </nz-option>
      }
    </nz-select>
  `,
  styles: `.picker { width: 100%; min-width: 220px; }`,
})
export class ProfilePickerComponent {
  private readonly api = inject(TalentProfileService);
  private readonly localization = inject(LocalizationService);

  readonly value = model<string | null>(null);
  readonly placeholder = input('');
  readonly pickerId = input<string | null>(null);
  readonly status = input<'' | 'error'>('');

  protected readonly filter = signal('');
  /** Nothing is fetched before the list is first opened (a closed drawer or modal holds a picker too). */
  protected readonly opened = signal(false);
  /** The chosen profile stays listed while another search runs. */
  private readonly chosen = signal<TalentProfileDto | null>(null);

  protected readonly profiles = rxResource({
    params: () => (this.opened() || this.filter() ? { filter: this.filter() } : undefined),
    // Typing restarts the stream: the timer is the debounce.
    stream: ({ params }) => timer(params.filter ? 250 : 0).pipe(
      switchMap(() => this.api.talentProfileGetList({ ...(params.filter ? { filter: params.filter } : {}), maxResultCount: 20 })),
      map(result => result.items),
    ),
  });

  protected readonly options = computed(() => {
    const items = this.profiles.value() ?? [];
    const chosen = this.chosen();
    return chosen && !items.some(item => item.id === chosen.id) ? [chosen, ...items] : items;
  });

  protected pick(id: string | null): void {
    this.chosen.set(this.options().find(profile => profile.id === id) ?? null);
    this.value.set(id);
  }

  protected label(profile: TalentProfileDto): string {
    const parts = [profile.name, profile.employer, profile.tier ? this.localization.t(`Enum:TalentTierLevel.${profile.tier}`) : null];
    return parts.filter(Boolean).join(' · ');
  }
}
