import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { filter, interval, merge, startWith, switchMap } from 'rxjs';
import { approvalDocumentLink } from '../../approvals/document-link';
import { AppConfigService } from '../config/app-config.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { NotificationDto } from '../../proxy/models';
import { NotificationService } from '../../proxy/services';
import { chinaTime } from '../../shared/time/china-time';

/** How often the unread count is refreshed (also on every navigation). */
export const NOTIFICATION_POLL_MS = 60_000;
const LATEST = 8;

/** The header's bell: unread count, the latest notices, mark one or all read; a notice opens its document where its kind is shown (the inbox for a kind this client does not know). */
@Component({
  selector: 'tr-notification-bell',
  imports: [NzBadgeModule, NzButtonModule, NzDropDownModule, NzIconModule, NzEmptyModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-badge [nzCount]="unread()" [nzOverflowCount]="99" nzSize="small">
      <button nz-button nzType="text" nz-dropdown nzTrigger="click" [nzDropdownMenu]="menu" nzPlacement="bottomRight"
              (nzVisibleChange)="$event && loadLatest()" data-testid="notification-bell"
              [attr.aria-label]="'Bell:Title' | t: unread()">
        <span nz-icon nzType="bell"></span>
      </button>
    </nz-badge>
    <nz-dropdown-menu #menu="nzDropdownMenu">
      <div class="panel" data-testid="notification-panel">
        <div class="panel-head">
          <strong>{{ 'Bell:Notices' | t }}</strong>
          <button nz-button nzType="link" nzSize="small" [disabled]="unread() === 0" (click)="markAllRead()" data-testid="notification-read-all">
            {{ 'Bell:MarkAllRead' | t }}
          </button>
        </div>
        @for (item of latest(); track item.id) {
          <div class="item" [class.unread]="!item.readAt" data-testid="notification-item" tabindex="0" role="link"
               (click)="open(item)" (keyup.enter)="open(item)">
            <div>{{ item.message }}</div>
            <div class="time">
              {{ time(item.creationTime) }}
              @if (!item.readAt) {
                <button nz-button nzType="link" nzSize="small" (click)="markRead(item, $event)" data-testid="notification-read">{{ 'Bell:MarkRead' | t }}</button>
              }
            </div>
          </div>
        } @empty {
          <nz-empty nzNotFoundImage="simple" [nzNotFoundContent]="'Bell:Empty' | t" />
        }
      </div>
    </nz-dropdown-menu>
  `,
  styles: `
    .panel { background: #fff; width: 360px; max-height: 420px; overflow: auto; border-radius: 8px; padding: 8px 0;
      box-shadow: 0 6px 16px rgba(0, 0, 0, 0.12); }
    .panel-head { display: flex; justify-content: space-between; align-items: center; padding: 0 12px 6px; border-bottom: 1px solid #f0f0f0; }
    .item { padding: 8px 12px; cursor: pointer; border-bottom: 1px solid #f5f5f5; line-height: 1.5; }
    .item:hover, .item:focus { background: #f5f5f5; outline: none; }
    .item.unread { border-left: 3px solid #1677ff; font-weight: 500; }
    .time { color: #595959; font-size: 12px; display: flex; justify-content: space-between; align-items: center; }
  `,
})
export class NotificationBellComponent {
  private readonly api = inject(NotificationService);
  private readonly router = inject(Router);
  private readonly config = inject(AppConfigService);

  protected readonly unread = signal(0);
  protected readonly latest = signal<NotificationDto[]>([]);
  protected readonly time = chinaTime;

  constructor() {
    const navigations = this.router.events.pipe(filter(event => event instanceof NavigationEnd));
    merge(interval(NOTIFICATION_POLL_MS), navigations).pipe(
      startWith(0),
      switchMap(() => this.api.notificationGetCount()),
      takeUntilDestroyed(inject(DestroyRef)),
    ).subscribe(count => this.unread.set(count.unread));
  }

  loadLatest(): void {
    this.api.notificationGetList({ maxResultCount: LATEST }).subscribe(page => this.latest.set(page.items));
  }

  protected refreshCount(): void {
    this.api.notificationGetCount().subscribe(count => this.unread.set(count.unread));
  }

  protected markRead(item: NotificationDto, event?: Event): void {
    event?.stopPropagation();
    this.api.notificationMarkRead({ id: item.id }).subscribe(() => {
      this.latest.update(items => items.map(other => (other.id === item.id ? { ...other, readAt: new Date().toISOString() } : other)));
      this.refreshCount();
    });
  }

  protected markAllRead(): void {
    this.api.notificationMarkAllRead().subscribe(() => {
      const now = new Date().toISOString();
      this.latest.update(items => items.map(item => ({ ...item, readAt: item.readAt ?? now })));
      this.unread.set(0);
    });
  }

  protected open(item: NotificationDto): void {
    if (!item.readAt) {
      this.markRead(item);
    }
    const link = approvalDocumentLink(item.documentKind, item.documentId, this.config.configuration()?.approvalDocumentKinds ?? []);
    if (link) {
      void this.router.navigateByUrl(link);
    }
  }
}
