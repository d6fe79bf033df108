import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../../../core/http/http-context-tokens';
import { problemMessage } from '../../../core/http/problem-details';
import { RecruitmentCampaignStatus } from '../../../proxy/models';

export const CAMPAIGN_STATUS_COLORS: Record<RecruitmentCampaignStatus, string> = {
  // Dark custom colours: white text on them keeps the 4.5:1 contrast the preset tag colours miss.
  Draft: '#595959',
  Published: '#0050b3',
  Closed: '#237804',
  Cancelled: '#a8071a',
};

/** The notice's title in the UI language (the English title is optional). */
export function campaignTitle(campaign: { titleZh: string; titleEn?: string | null }, chinese: boolean): string {
  return chinese ? campaign.titleZh : campaign.titleEn || campaign.titleZh;
}

/** A request whose refusal the page shows inline (beside the action) instead of as a toast. */
export const INLINE_ERRORS = (): HttpContext => new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true);

/** The server's localized refusal, or the fallback text when it gave none. */
export function refusal(error: unknown, fallback: string): string {
  return (error instanceof HttpErrorResponse ? problemMessage(error) : null) ?? fallback;
}

/** Styles the campaign pages share: visually hidden captions, compact forms that wrap at 390 px. */
export const CAMPAIGN_STYLES = `
  .sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); border: 0; }
  .nowrap { white-space: nowrap; }
  .card-heading { font-size: 16px; margin: 0; font-weight: 600; }
  .section-heading { font-size: 15px; margin: 16px 0 8px; font-weight: 600; }
  .field-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 8px 16px; margin-bottom: 12px; }
  .field { display: flex; flex-direction: column; gap: 4px; font-size: 13px; color: #262626; }
  .field.wide { grid-column: 1 / -1; }
  .check { display: flex; gap: 6px; align-items: center; }
  .native-select { height: 32px; border: 1px solid #8c8c8c; border-radius: 6px; padding: 0 6px; background: #fff; color: #262626; max-width: 100%; }
  .inline-field { display: inline-flex; gap: 6px; align-items: center; }
  .actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
  .hint { color: #595959; font-size: 12px; }
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
  .inline-error { margin: 8px 0; }
`;

/** The dates a 变更公告 may change, labelled as the editor labels them; another field shows under its server name. */
const AMENDABLE_FIELDS: Record<string, string> = {
  RegistrationStart: 'CampaignUi:RegistrationStart',
  AgeReferenceDate: 'CampaignUi:AgeReferenceDate',
  RegistrationEnd: 'CampaignUi:RegistrationEnd',
  WrittenExamOn: 'CampaignUi:WrittenExamOn',
  InterviewOn: 'CampaignUi:InterviewOn',
  MedicalOn: 'CampaignUi:MedicalOn',
  AssessmentOn: 'CampaignUi:AssessmentOn',
};

export function amendedFieldKey(field: string): string {
  return AMENDABLE_FIELDS[field] ?? field;
}
