import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzStatisticModule } from 'ng-zorro-antd/statistic';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Subscription, switchMap, takeWhile, timer } from 'rxjs';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../../core/http/http-context-tokens';
import { problemMessage } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { chinaTime } from '../../shared/time/china-time';
import { MatchingRunDto } from '../../proxy/models';
import { MatchingRunService } from '../../proxy/services';
import { runPercent, runSeconds } from '../shared/talent-enums';

/** How often a running run is asked for its progress. */
export const POLL_INTERVAL_MS = 500;

/**
 * 免申即享 matching: every active talent profile of the zone against the policies in force, proposing what
 * each is due without any application. Started here (or nightly), it runs in the background: its progress is
 * polled until it completes, then its summary is shown; earlier runs are listed below.
 */
@Component({
  selector: 'tr-matching-page',
  imports: [
    RouterLink, NzCardModule, NzButtonModule, NzIconModule, NzProgressModule, NzStatisticModule, NzAlertModule, NzTableModule, NzTagModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="'Matching:Title' | t" [nzExtra]="runTpl">
      <ng-template #runTpl>
        <button nz-button nzType="primary" [nzLoading]="starting() || isRunning()" (click)="start()" data-testid="matching-start">
          <span nz-icon nzType="thunderbolt"></span>{{ (isRunning() ? 'Matching:Running' : 'Matching:RunNow') | t }}
        </button>
      </ng-template>
      <p class="hint">{{ 'Matching:Hint' | t }}</p>

      @if (startError(); as message) {
        <nz-alert class="block" nzType="warning" nzShowIcon [nzMessage]="message" data-testid="matching-conflict" />
      }

      @if (current(); as run) {
        <div class="current" data-testid="matching-current" [attr.data-running]="run.isRunning">
          <nz-progress [nzPercent]="percent()" [nzStatus]="run.failure ? 'exception' : run.isRunning ? 'active' : 'success'"
                       data-testid="matching-progress" [attr.data-percent]="percent()" />
          <div class="muted" data-testid="matching-processed">{{ 'Matching:Processed' | t: run.processed : run.total }}</div>
          @if (!run.isRunning) {
            @if (run.failure) {
              <nz-alert class="block" nzType="error" nzShowIcon [nzMessage]="'Matching:Failed' | t" [nzDescription]="run.failure"
                        data-testid="matching-failure" />
            }
            <div class="summary" data-testid="matching-summary">
              <nz-statistic [nzTitle]="'Matching:Created' | t" [nzValue]="run.created" data-testid="matching-created" />
              <nz-statistic [nzTitle]="'Matching:Changed' | t" [nzValue]="run.changed" data-testid="matching-changed" />
              <nz-statistic [nzTitle]="'Matching:Revoked' | t" [nzValue]="run.revoked" data-testid="matching-revoked" />
              <nz-statistic [nzTitle]="'Matching:Duration' | t" [nzValue]="seconds(run) ?? '-'" [nzSuffix]="'Matching:Seconds' | t" />
            </div>
            <a routerLink="/benefits/entitlements" class="ledger-link">{{ 'Matching:ToLedger' | t }}</a>
          }
        </div>
      }
    </nz-card>

    <nz-card [nzTitle]="'Matching:History' | t" class="history">
      <nz-table #table nzSize="small" [nzData]="runs.value() ?? []" [nzLoading]="runs.isLoading()" [nzPageSize]="20" nzHideOnSinglePage
                data-testid="matching-history">
        <thead>
          <tr>
            <th>{{ 'Matching:StartedAt' | t }}</th>
            <th>{{ 'Matching:StartedBy' | t }}</th>
            <th>{{ 'Matching:Status' | t }}</th>
            <th>{{ 'Matching:Profiles' | t }}</th>
            <th>{{ 'Matching:Created' | t }}</th>
            <th>{{ 'Matching:Changed' | t }}</th>
            <th>{{ 'Matching:Revoked' | t }}</th>
            <th>{{ 'Matching:Duration' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (run of table.data; track run.id) {
            <tr data-testid="matching-history-row">
              <td class="nowrap">{{ time(run.startedAt, 'yyyy-MM-dd HH:mm:ss') }}</td>
              <td>
                @if (run.startedByName) { {{ run.startedByName }} } @else { <nz-tag>{{ 'Matching:Nightly' | t }}</nz-tag> }
              </td>
              <td>
                @if (run.isRunning) {
                  <nz-tag nzColor="processing">{{ 'Matching:Running' | t }}</nz-tag>
                } @else if (run.failure) {
                  <nz-tag nzColor="error" [title]="run.failure">{{ 'Matching:Failed' | t }}</nz-tag>
                } @else {
                  <nz-tag nzColor="success">{{ 'Matching:Completed' | t }}</nz-tag>
                }
              </td>
              <td>{{ run.processed }} / {{ run.total }}</td>
              <td>{{ run.created }}</td>
              <td>{{ run.changed }}</td>
              <td>{{ run.revoked }}</td>
              <td>{{ seconds(run) ?? '-' }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
    </nz-card>
  `,
  styles: `
    .hint, .muted { color: #595959; }
    .hint { margin-top: 0; }
    .block { display: block; margin: 12px 0; }
    .current { max-width: 720px; }
    .summary { display: flex; flex-wrap: wrap; gap: 48px; margin-top: 16px; }
    .ledger-link { display: inline-block; margin-top: 12px; }
    .history { margin-top: 16px; }
    .nowrap { white-space: nowrap; }
  `,
})
export class MatchingPage implements OnInit {
  private readonly api = inject(MatchingRunService);
  private readonly localization = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly time = chinaTime;
  protected readonly seconds = runSeconds;
  protected readonly runs = rxResource({ stream: () => this.api.matchingRunGetList() });
  protected readonly current = signal<MatchingRunDto | null>(null);
  protected readonly starting = signal(false);
  protected readonly startError = signal<string | null>(null);
  protected readonly isRunning = computed(() => !!this.current()?.isRunning);
  protected readonly percent = computed(() => runPercent(this.current()));
  private polling: Subscription | null = null;

  constructor() {
    this.destroyRef.onDestroy(() => this.polling?.unsubscribe());
  }

  ngOnInit(): void {
    // A run already going (started by someone else, or before a reload): follow it.
    this.api.matchingRunGetList().subscribe({
      next: runs => {
        const running = runs.find(run => run.isRunning);
        if (running && !this.current()) {
          this.follow(running);
        }
      },
      error: () => undefined,
    });
  }

  protected start(): void {
    this.starting.set(true);
    this.startError.set(null);
    this.api.matchingRunStart(undefined, new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true)).subscribe({
      next: run => {
        this.starting.set(false);
        this.follow(run);
      },
      error: (error: HttpErrorResponse) => {
        this.starting.set(false);
        this.startError.set(problemMessage(error) ?? this.localization.t(error.status === 0 ? 'Error:Network' : 'Error:Unexpected'));
        // 409: one is running already; show its progress instead.
        if (error.status === 409) {
          this.api.matchingRunGetList().subscribe(runs => {
            const running = runs.find(run => run.isRunning);
            if (running) {
              this.follow(running);
            }
          });
        }
      },
    });
  }

  /** Polls the run until it completes, then refreshes the history. */
  private follow(run: MatchingRunDto): void {
    this.polling?.unsubscribe();
    this.current.set(run);
    this.runs.reload();
    if (!run.isRunning) {
      return;
    }
    this.polling = timer(POLL_INTERVAL_MS, POLL_INTERVAL_MS).pipe(
      switchMap(() => this.api.matchingRunGet({ id: run.id })),
      takeWhile(latest => latest.isRunning, true),
    ).subscribe({
      next: latest => {
        this.current.set(latest);
        if (!latest.isRunning) {
          this.runs.reload();
        }
      },
      error: () => this.runs.reload(),
    });
  }
}
