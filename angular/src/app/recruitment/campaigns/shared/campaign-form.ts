import {
  CampaignPositionDto, CampaignPositionInput, CheckOrder, EducationDegree, OpeningRatioShortfall, RecruitmentCampaignDto,
  RecruitmentMethod, RecruitmentPlanLineDto, ReplacementPolicy, ScoreRounding, StaffingType, UpdateRecruitmentCampaignDto,
} from '../../../proxy/models';

/** One position as the editor holds it: the plan line it comes from, its 资格条件 and its scoring settings. */
export interface PositionForm {
  planLineId: string;
  orgUnitId: string;
  postId: string;
  staffingType: StaffingType;
  /** Shown only: the unit and post of the plan line. */
  unitName: string;
  code: string;
  name: string;
  places: number;
  minimumDegree: EducationDegree | null;
  /** 专业, comma or 、 separated; empty = 不限. */
  majors: string;
  maxAge: number | null;
  professionalTitle: string;
  minYearsOfExperience: number | null;
  /** 户籍; empty = 不限. */
  householdRegistration: string;
  method: RecruitmentMethod;
  writtenWeightPercent: number | null;
  decimals: number;
  rounding: ScoreRounding;
  writtenPassLine: number | null;
  interviewPassLine: number;
  interviewRatio: number | null;
  openingRatio: number | null;
  shortfall: OpeningRatioShortfall | null;
  replacement: ReplacementPolicy;
  checkOrder: CheckOrder;
  probationMonths: number;
  minimumServiceYears: number | null;
}

export interface CampaignForm {
  year: number;
  code: string;
  titleZh: string;
  titleEn: string;
  noticeWorkingDays: number;
  minRegistrationDays: number;
  ageReferenceDate: string | null;
  registrationStart: string | null;
  registrationEnd: string | null;
  writtenExamOn: string | null;
  interviewOn: string | null;
  medicalOn: string | null;
  assessmentOn: string | null;
  positions: PositionForm[];
}

/** The pilot zone's defaults (each configurable): 50/50, two decimals half up, pass lines 60, 1:3 ratios, 递补 once. */
export function examinationDefaults(): Pick<PositionForm,
  'writtenWeightPercent' | 'writtenPassLine' | 'interviewRatio' | 'openingRatio' | 'shortfall'> {
  return { writtenWeightPercent: 50, writtenPassLine: 60, interviewRatio: 3, openingRatio: 3, shortfall: 'ReducePlaces' };
}

export function newCampaignForm(year: number): CampaignForm {
  return {
    year, code: '', titleZh: '', titleEn: '', noticeWorkingDays: 7, minRegistrationDays: 3, ageReferenceDate: null,
    registrationStart: null, registrationEnd: null, writtenExamOn: null, interviewOn: null, medicalOn: null, assessmentOn: null,
    positions: [],
  };
}

/** A position from an approved plan line (a line naming a post; a line on a post template cannot be recruited to yet). */
export function positionFromLine(line: RecruitmentPlanLineDto, index: number): PositionForm {
  return {
    planLineId: line.id, orgUnitId: line.orgUnitId, postId: line.postId ?? '', staffingType: line.staffingType,
    unitName: `${line.unitName} · ${line.postTitle ?? ''}`,
    code: String(index + 1).padStart(2, '0'), name: line.postTitle ?? '', places: line.places,
    minimumDegree: 'Bachelor', majors: '', maxAge: 35, professionalTitle: '', minYearsOfExperience: null, householdRegistration: '',
    method: 'Examination', ...examinationDefaults(), decimals: 2, rounding: 'HalfUp', interviewPassLine: 60,
    replacement: 'Once', checkOrder: 'MedicalFirst', probationMonths: 3, minimumServiceYears: null,
  };
}

export function positionFromDto(position: CampaignPositionDto, unitName: string): PositionForm {
  const r = position.requirements;
  const s = position.scoring;
  return {
    planLineId: position.planLineId, orgUnitId: position.orgUnitId, postId: position.postId, staffingType: position.staffingType,
    unitName, code: position.code, name: position.name, places: position.places,
    minimumDegree: r.minimumDegree ?? null, majors: (r.majors ?? []).join('、'), maxAge: r.maxAge ?? null,
    professionalTitle: r.professionalTitle ?? '', minYearsOfExperience: r.minYearsOfExperience ?? null,
    householdRegistration: r.householdRegistration ?? '',
    method: s.method ?? 'Examination', writtenWeightPercent: s.writtenWeightPercent ?? null, decimals: s.decimals ?? 2,
    rounding: s.rounding ?? 'HalfUp', writtenPassLine: s.writtenPassLine ?? null, interviewPassLine: s.interviewPassLine ?? 60,
    interviewRatio: s.interviewRatio ?? null, openingRatio: s.openingRatio ?? null, shortfall: s.shortfall ?? null,
    replacement: s.replacement ?? 'Once', checkOrder: s.checkOrder ?? 'MedicalFirst', probationMonths: s.probationMonths ?? 3,
    minimumServiceYears: s.minimumServiceYears ?? null,
  };
}

export function campaignFormFromDto(campaign: RecruitmentCampaignDto, unitNames: ReadonlyMap<string, string>): CampaignForm {
  return {
    year: campaign.year, code: campaign.code, titleZh: campaign.titleZh, titleEn: campaign.titleEn ?? '',
    noticeWorkingDays: campaign.noticeWorkingDays, minRegistrationDays: campaign.minRegistrationDays,
    ageReferenceDate: campaign.ageReferenceDate, registrationStart: campaign.registrationStart, registrationEnd: campaign.registrationEnd,
    writtenExamOn: campaign.writtenExamOn, interviewOn: campaign.interviewOn, medicalOn: campaign.medicalOn, assessmentOn: campaign.assessmentOn,
    positions: campaign.positions.map(p => positionFromDto(p, unitNames.get(p.planLineId) ?? p.name)),
  };
}

/** 专业 typed as "计算机、软件工程, 电子" → ["计算机", "软件工程", "电子"]; nothing typed → null (不限). */
export function splitMajors(text: string): string[] | null {
  const majors = text.split(/[,，、;；]/).map(m => m.trim()).filter(m => m.length > 0);
  return majors.length > 0 ? majors : null;
}

const blankToNull = (text: string | null | undefined): string | null => (text && text.trim() ? text.trim() : null);
const numberOrNull = (value: number | null | undefined | ''): number | null => (value === '' || value === null || value === undefined ? null : Number(value));

/** The API's position: 直接考察 carries no written weight, written pass line, interview ratio or opening ratio. */
export function toPositionInput(p: PositionForm): CampaignPositionInput {
  const exam = p.method === 'Examination';
  return {
    planLineId: p.planLineId, orgUnitId: p.orgUnitId, postId: p.postId, staffingType: p.staffingType,
    code: p.code.trim(), name: p.name.trim(), places: Number(p.places),
    requirements: {
      minimumDegree: p.minimumDegree || null, majors: splitMajors(p.majors), maxAge: numberOrNull(p.maxAge),
      professionalTitle: blankToNull(p.professionalTitle), minYearsOfExperience: numberOrNull(p.minYearsOfExperience),
      householdRegistration: blankToNull(p.householdRegistration),
    },
    scoring: {
      method: p.method,
      writtenWeightPercent: exam ? numberOrNull(p.writtenWeightPercent) : null,
      decimals: Number(p.decimals), rounding: p.rounding,
      writtenPassLine: exam ? numberOrNull(p.writtenPassLine) : null,
      interviewPassLine: Number(p.interviewPassLine),
      interviewRatio: exam ? numberOrNull(p.interviewRatio) : null,
      openingRatio: exam ? numberOrNull(p.openingRatio) : null,
      shortfall: exam ? p.shortfall : null,
      replacement: p.replacement, checkOrder: p.checkOrder, probationMonths: Number(p.probationMonths),
      minimumServiceYears: numberOrNull(p.minimumServiceYears),
    },
  };
}

export function toCampaignInput(form: CampaignForm, concurrencyStamp: string | null): UpdateRecruitmentCampaignDto {
  return {
    year: Number(form.year), code: form.code.trim(), titleZh: form.titleZh.trim(), titleEn: blankToNull(form.titleEn),
    noticeWorkingDays: Number(form.noticeWorkingDays), minRegistrationDays: Number(form.minRegistrationDays),
    ageReferenceDate: form.ageReferenceDate || null, registrationStart: form.registrationStart || null, registrationEnd: form.registrationEnd || null,
    writtenExamOn: form.writtenExamOn || null, interviewOn: form.interviewOn || null, medicalOn: form.medicalOn || null,
    assessmentOn: form.assessmentOn || null, positions: form.positions.map(toPositionInput), concurrencyStamp,
  };
}
