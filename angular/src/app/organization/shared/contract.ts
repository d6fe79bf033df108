import { HttpClient, HttpContext } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../../core/http/http-context-tokens';
import { ApiConfiguration } from '../../proxy/api-configuration';
import { StaffingType } from '../../proxy/models';

/*
 * Endpoints of issue 3 whose shapes are agreed (the contract shared with the backend) but which the
 * generated client may not have yet. Once angular/src/app/proxy has them, switch callers over.
 */

export interface QuotaUsageDto {
  staffingType: StaffingType;
  approved: number;
  occupied: number;
  vacant: number;
  usage: number;
}

export interface PostWithoutDutyDto {
  postId: string;
  code: string;
  titleZh: string;
  titleEn: string;
  orgUnitId: string;
  orgUnitName: string;
}

export interface DutyWithoutPostDto {
  orgUnitId: string;
  orgUnitName: string;
  functionId: string;
  number: number;
  text: string;
}

export interface OrgMetricsDto {
  scopeUnitId: string | null;
  asOf: string;
  layers: number;
  unitCount: number;
  averageSpan: number;
  maxSpan: number;
  staffCount: number;
  unitsPer100Staff: number;
  postCount: number;
  leadershipPostCount: number;
  leadershipShare: number;
  quotaUsage: QuotaUsageDto[];
  postsWithoutDuty: PostWithoutDutyDto[];
  dutiesWithoutPost: DutyWithoutPostDto[];
  mixViolationCount: number;
}

export interface StaffingMixRuleResultDto {
  ruleId: string;
  kind: 'MinCategoryShare' | 'LevelBandRatio' | 'MaxSkilledLowLevelShare';
  description: string;
  expected: string;
  actual: string;
  isViolated: boolean;
}

export interface StaffingMixResultDto {
  orgUnitId: string;
  orgUnitName: string;
  rules: StaffingMixRuleResultDto[];
  violationCount: number;
}

export interface SeatDto {
  index: number;
  isFilled: boolean;
  appointmentId: string | null;
  personId: string | null;
  personName: string | null;
  postId: string | null;
  postCode: string | null;
  postTitleZh: string | null;
  postTitleEn: string | null;
}

export interface SeatGroupDto {
  staffingType: StaffingType;
  approved: number;
  occupied: number;
  vacant: number;
  seats: SeatDto[];
}

export interface SeatBoardDto {
  orgUnitId: string;
  orgUnitName: string;
  groups: SeatGroupDto[];
}

export interface ImportRowErrorDto {
  row: number;
  column: string;
  message: string;
}

export interface ImportResultDto {
  dryRun: boolean;
  totalRows: number;
  importedRows: number;
  errors: ImportRowErrorDto[];
}

export type ImportResource = 'org-units' | 'posts' | 'persons';

@Injectable({ providedIn: 'root' })
export class OrgContractService {
  private readonly http = inject(HttpClient);
  private readonly config = inject(ApiConfiguration);

  private url(path: string): string {
    return `${this.config.rootUrl}/api/app/${path}`;
  }

  orgMetrics(unitId?: string | null): Observable<OrgMetricsDto> {
    return this.http.get<OrgMetricsDto>(this.url('org-metrics'), { params: unitId ? { unitId } : {} });
  }

  staffingMixAll(): Observable<{ items: StaffingMixResultDto[] }> {
    return this.http.get<{ items: StaffingMixResultDto[] }>(this.url('staffing-mix'));
  }

  staffingMix(unitId: string): Observable<StaffingMixResultDto> {
    return this.http.get<StaffingMixResultDto>(this.url(`staffing-mix/${unitId}`));
  }

  /** Errors are left to the caller (it falls back to building the board itself while the endpoint is missing). */
  seatBoard(orgUnitId: string): Observable<SeatBoardDto> {
    return this.http.get<SeatBoardDto>(this.url('staffing-quotas/seat-board'), {
      params: { orgUnitId },
      context: new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true),
    });
  }

  /** Where the browser downloads an export or an empty template (a plain link, the session cookie authorizes it). */
  fileUrl(resource: ImportResource, kind: 'export' | 'import-template'): string {
    return this.url(`${resource}/${kind}`);
  }

  import(resource: ImportResource, file: File, dryRun: boolean): Observable<ImportResultDto> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ImportResultDto>(this.url(`${resource}/import`), body, { params: { dryRun } });
  }
}
