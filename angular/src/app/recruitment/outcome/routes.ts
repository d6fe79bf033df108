import { Routes } from '@angular/router';
import { provideCharts } from '../../shared/charts/provide-charts';
import { permissionGuard } from '../../core/auth/permission.guard';
import { Permissions } from '../../core/auth/permissions';
import { FunnelPage } from './pages/funnel.page';
import { NoticeListPage } from './pages/notice-list.page';

/** 公示 list (with objections and the hire dialog): leaders read, HR works. */
export const RECRUITMENT_NOTICE_ROUTES: Routes = [
  { path: '', component: NoticeListPage, canActivate: [permissionGuard(Permissions.RecruitmentCampaigns.Default)] },
];

/** The funnel; ECharts is loaded with this chunk only, never in the initial bundle. */
export const RECRUITMENT_STATS_ROUTES: Routes = [
  {
    path: '',
    component: FunnelPage,
    providers: [provideCharts()],
    canActivate: [permissionGuard(Permissions.RecruitmentCampaigns.Stats)],
  },
];
