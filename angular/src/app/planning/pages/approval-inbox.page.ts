import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { APPROVAL_INBOX_PATH } from '../../approvals/document-link';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ApprovalInboxItemDto } from '../../proxy/models';
import { ApprovalService } from '../../proxy/services';
import { chinaDate, chinaTime, remainingText } from '../../shared/time/china-time';

/** 待办: the steps of every kind of document waiting on the signed-in leader, with the promised time limit (承诺时限) and what is left of it. */
@Component({
  selector: 'tr-approval-inbox-page',
  imports: [RouterLink, NzCardModule, NzTableModule, NzTagModule, NzButtonModule, NzIconModule, NzProgressModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="'Approvals:InboxTitle' | t" [nzExtra]="reloadTpl">
      <ng-template #reloadTpl>
        <button nz-button (click)="inbox.reload()" [attr.aria-label]="'Approvals:Reload' | t"><span nz-icon nzType="reload"></span></button>
      </ng-template>
      <div class="table-scroll">
        <nz-table #table nzSize="small" data-testid="inbox-table" [nzData]="inbox.value() ?? []" [nzLoading]="inbox.isLoading()"
                  [nzShowPagination]="false" [nzPageSize]="1000" [nzNoResult]="'Approvals:InboxEmpty' | t">
          <thead>
            <tr>
              <th>{{ 'Approvals:DocumentKind' | t }}</th>
              <th>{{ 'Approvals:DocumentNumber' | t }}</th>
              <th>{{ 'Approvals:DocumentTitle' | t }}</th>
              <th>{{ 'Approvals:Step' | t }}</th>
              <th>{{ 'Approvals:CounterSign' | t }}</th>
              <th>{{ 'Approvals:StartedAt' | t }}</th>
              <th>{{ 'Approvals:DueAt' | t }}</th>
              <th>{{ 'Approvals:Remaining' | t }}</th>
              <th>{{ 'Plans:EffectiveDate' | t }}</th>
              <th>{{ 'Plans:Creator' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (item of table.data; track item.stepId) {
              <tr data-testid="inbox-row" [attr.data-document-kind]="item.documentKind" [attr.data-plan-number]="item.documentNumber"
                  [class.overdue-row]="item.isOverdue">
                <td class="nowrap" data-testid="inbox-kind">{{ 'ApprovalDocumentKind:' + item.documentKind | t }}</td>
                <td class="nowrap">{{ item.documentNumber }}</td>
                <td><a [routerLink]="item.link ?? inboxPath" data-testid="inbox-open">{{ item.documentTitle }}</a></td>
                <td>{{ 'Approvals:StepOf' | t: item.sequence : item.stepCount }} {{ stepName(item) }}</td>
                <td class="nowrap">
                  @if (item.counterSign) {
                    <span data-testid="inbox-countersign">{{ 'Approvals:CounterSignProgress' | t: item.approvedCount : item.approverCount }}</span>
                    <nz-progress [nzPercent]="percent(item)" nzSize="small" [nzShowInfo]="false" />
                  }
                </td>
                <td class="nowrap">{{ time(item.startedAt) }}</td>
                <td class="nowrap">{{ time(item.dueAt) }}</td>
                <td class="nowrap" data-testid="inbox-remaining" [class.overdue]="item.isOverdue">
                  @if (remaining(item); as rest) { {{ rest.key | t: rest.days }} }
                </td>
                <td class="nowrap">{{ date(item.effectiveDate) }}</td>
                <td>{{ item.creatorName }}</td>
              </tr>
            }
          </tbody>
        </nz-table>
      </div>
    </nz-card>
  `,
  styles: `
    .nowrap { white-space: nowrap; }
    .overdue { color: #cf1322; font-weight: 600; }
    .overdue-row td:first-child { box-shadow: inset 3px 0 0 #ff4d4f; }
  `,
})
export class ApprovalInboxPage {
  private readonly api = inject(ApprovalService);
  private readonly localization = inject(LocalizationService);

  protected readonly time = chinaTime;
  protected readonly date = chinaDate;
  // A kind the server declares no page for stays in the inbox.
  protected readonly inboxPath = APPROVAL_INBOX_PATH;
  protected readonly inbox = rxResource({ stream: () => this.api.approvalGetInbox() });

  protected remaining(item: ApprovalInboxItemDto) {
    return remainingText(item.remainingWorkingDays);
  }

  protected percent(item: ApprovalInboxItemDto): number {
    return item.approverCount > 0 ? Math.round((item.approvedCount / item.approverCount) * 100) : 0;
  }

  protected stepName(item: ApprovalInboxItemDto): string {
    return this.localization.isChinese() ? item.stepNameZh : item.stepNameEn || item.stepNameZh;
  }
}
