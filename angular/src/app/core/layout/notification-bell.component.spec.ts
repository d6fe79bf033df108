import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { vi } from 'vitest';
import { NotificationService } from '../../proxy/services';
import { AppConfigService } from '../config/app-config.service';
import { APP_ICONS } from '../icons';
import { NOTIFICATION_POLL_MS, NotificationBellComponent } from './notification-bell.component';

// The kinds the server registered with the approval engine, as the application configuration lists them.
const KINDS = [
  { kind: 'PoolLoan', name: '编制周转池借用', linkTemplate: '/pool-loans/{id}' },
  { kind: 'StaffingPlan', name: '方案', linkTemplate: '/plans/{id}' },
];

describe('NotificationBellComponent', () => {
  let backend: HttpTestingController;
  const countUrl = NotificationService.NotificationGetCountPath;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    TestBed.configureTestingModule({
      imports: [NotificationBellComponent],
      providers: [
        provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN), provideNzIcons(APP_ICONS),
        { provide: AppConfigService, useValue: { configuration: signal({ approvalDocumentKinds: KINDS }) } },
      ],
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

  function openNotice(notice: { id: string; documentKind: string | null; documentId: string | null }) {
    const fixture = TestBed.createComponent(NotificationBellComponent);
    backend.expectOne(r => r.url.endsWith(countUrl)).flush({ unread: 1 });
    const router = TestBed.inject(Router);
    const navigate = vi.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    const component = fixture.componentInstance as unknown as { open(item: object): void };
    component.open({ ...notice, readAt: null, message: 'm', kind: 'StepAssigned', creationTime: '2026-01-01T00:00:00+08:00' });
    backend.expectOne(r => r.url.endsWith(`/api/app/notifications/${notice.id}/read`)).flush(null);
    backend.expectOne(r => r.url.endsWith(countUrl)).flush({ unread: 0 });
    return navigate;
  }

  it('opens the plan of a notice and marks it read', () => {
    expect(openNotice({ id: 'n1', documentKind: 'StaffingPlan', documentId: 'p1' })).toHaveBeenCalledWith('/plans/p1');
  });

  it('opens a document of another kind where its kind declares, not as a plan', () => {
    expect(openNotice({ id: 'n2', documentKind: 'PoolLoan', documentId: 'l1' })).toHaveBeenCalledWith('/pool-loans/l1');
  });

  it('opens the inbox for a kind the server declared no page for', () => {
    expect(openNotice({ id: 'n3', documentKind: 'RecruitmentPlan', documentId: 'r1' })).toHaveBeenCalledWith('/approvals');
  });

  it('stays put for a notice about no document', () => {
    expect(openNotice({ id: 'n4', documentKind: null, documentId: null })).not.toHaveBeenCalled();
  });
});
