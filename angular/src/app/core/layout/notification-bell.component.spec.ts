import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { vi } from 'vitest';
import { NotificationService } from '../../proxy/services';
import { APP_ICONS } from '../icons';
import { NOTIFICATION_POLL_MS, NotificationBellComponent } from './notification-bell.component';

describe('NotificationBellComponent', () => {
  let backend: HttpTestingController;
  const countUrl = NotificationService.NotificationGetCountPath;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    TestBed.configureTestingModule({
      imports: [NotificationBellComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN), provideNzIcons(APP_ICONS)],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => vi.useRealTimers());

  it('shows the unread count, polls it every minute and marks everything read', () => {
    const fixture = TestBed.createComponent(NotificationBellComponent);
    backend.expectOne(r => r.url.endsWith(countUrl)).flush({ unread: 3 });
    fixture.detectChanges();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('.ant-badge')?.textContent).toContain('3');

    vi.advanceTimersByTime(NOTIFICATION_POLL_MS);
    backend.expectOne(r => r.url.endsWith(countUrl)).flush({ unread: 5 });
    fixture.detectChanges();
    expect(element.querySelector('.ant-badge')?.textContent).toContain('5');

    const component = fixture.componentInstance as unknown as { markAllRead(): void; unread(): number };
    component.markAllRead();
    backend.expectOne(r => r.url.endsWith(NotificationService.NotificationMarkAllReadPath)).flush(null);
    expect(component.unread()).toBe(0);
    backend.verify();
  });

  it('opens the plan of a notice and marks it read', async () => {
    const fixture = TestBed.createComponent(NotificationBellComponent);
    backend.expectOne(r => r.url.endsWith(countUrl)).flush({ unread: 1 });
    const router = TestBed.inject(Router);
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    const component = fixture.componentInstance as unknown as { open(item: object): void };
    component.open({ id: 'n1', planId: 'p1', readAt: null, message: 'm', kind: 'StepAssigned', creationTime: '2026-01-01T00:00:00+08:00' });
    backend.expectOne(r => r.url.endsWith('/api/app/notifications/n1/read')).flush(null);
    backend.expectOne(r => r.url.endsWith(countUrl)).flush({ unread: 0 });
    expect(navigate).toHaveBeenCalledWith(['/plans', 'p1']);
  });
});
