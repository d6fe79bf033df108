import { Routes } from '@angular/router';
import { permissionGuard } from '../../core/auth/permission.guard';
import { Permissions } from '../../core/auth/permissions';
import { CampaignEditorPage } from './pages/campaign-editor.page';
import { CampaignListPage } from './pages/campaign-list.page';
import { PositionBoardPage } from './pages/position-board.page';

const read = permissionGuard(Permissions.RecruitmentCampaigns.Default);

/** 招聘公告: the list, the editor (draft) / notice (published), and one position's pipeline, scores and ranking. */
export const RECRUITMENT_CAMPAIGN_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: CampaignListPage, canActivate: [read] },
  { path: 'new', component: CampaignEditorPage, canActivate: [permissionGuard(Permissions.RecruitmentCampaigns.ManageCampaigns)] },
  { path: ':id', component: CampaignEditorPage, canActivate: [read] },
  { path: ':id/positions/:positionId', component: PositionBoardPage, canActivate: [read] },
];
