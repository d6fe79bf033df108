import { ApplicationDto, CampaignPositionDto, RecruitmentCampaignDto, RecruitmentStage } from '../../../proxy/models';

/** The campaign's title in the UI language (the English one is optional). */
export function campaignTitle(campaign: Pick<RecruitmentCampaignDto, 'titleZh' | 'titleEn'>, chinese: boolean): string {
  return chinese ? campaign.titleZh : campaign.titleEn || campaign.titleZh;
}

/** The last check before 公示: 考察 when 体检 comes first (the default), else 体检. */
export function lastCheckBeforePublicity(position: Pick<CampaignPositionDto, 'scoring'> | undefined): RecruitmentStage {
  return position?.scoring.checkOrder === 'AssessmentFirst' ? 'Medical' : 'Assessment';
}

/**
 * The applications that can be listed on a 公示: active and past both 体检 and 考察 (the server checks again). Only
 * the active applications of one campaign are passed in, with that campaign's positions.
 */
export function readyForPublicity(applications: readonly ApplicationDto[], positions: readonly CampaignPositionDto[]): ApplicationDto[] {
  return applications.filter(a =>
    a.status === 'Active' && a.stage === lastCheckBeforePublicity(positions.find(p => p.id === a.positionId)));
}
