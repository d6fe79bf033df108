import { ApplicationDto, CheckOrder, RecruitmentMethod, RecruitmentStage } from '../../../proxy/models';

/** A column of the pipeline board: a stage, the position-level 开考比例 check, or where failed / withdrawn cards end. */
export type BoardColumn = RecruitmentStage | 'OpeningRatio' | 'Failed' | 'Withdrawn';

/**
 * The stages of a position in the server's order (ApplicationStages.For): 直接考察 has no 笔试, and 体检/考察 follow the
 * position's check order. The client only uses it to label the "advance" button and lay out the board; the server
 * guards every move.
 */
export function stagesFor(method: RecruitmentMethod | null | undefined, checkOrder: CheckOrder | null | undefined): RecruitmentStage[] {
  const stages: RecruitmentStage[] = ['Registered', 'QualificationPassed'];
  if (method !== 'DirectAssessment') {
    stages.push('WrittenExam');
  }
  stages.push('QualificationRechecked', 'Interview', 'Ranked');
  stages.push(...(checkOrder === 'AssessmentFirst' ? (['Assessment', 'Medical'] as const) : (['Medical', 'Assessment'] as const)));
  stages.push('Publicity', 'Hired');
  return stages;
}

/** The stage after `current` for the position, or null after 聘用 (or for a stage the position does not have). */
export function nextStage(
  current: RecruitmentStage,
  method: RecruitmentMethod | null | undefined,
  checkOrder: CheckOrder | null | undefined,
): RecruitmentStage | null {
  const stages = stagesFor(method, checkOrder);
  const index = stages.indexOf(current);
  return index >= 0 && index + 1 < stages.length ? stages[index + 1] : null;
}

/** The board's columns: the stages, 开考比例 after 资格初审 where the position takes an exam, then failed and withdrawn. */
export function boardColumns(method: RecruitmentMethod | null | undefined, checkOrder: CheckOrder | null | undefined): BoardColumn[] {
  const columns: BoardColumn[] = [];
  for (const stage of stagesFor(method, checkOrder)) {
    columns.push(stage);
    if (stage === 'QualificationPassed' && method !== 'DirectAssessment') {
      columns.push('OpeningRatio');
    }
  }
  return [...columns, 'Failed', 'Withdrawn'];
}

/** The column a card sits in: failed and withdrawn cards leave the stage columns; a hire sits under 聘用. */
export function columnOf(application: Pick<ApplicationDto, 'stage' | 'status'>): BoardColumn {
  if (application.status === 'Failed') {
    return 'Failed';
  }
  if (application.status === 'Withdrawn') {
    return 'Withdrawn';
  }
  return application.status === 'Hired' ? 'Hired' : application.stage;
}

/** Cards per column, every column present (empty ones too), each column by rank then name. */
export function groupByColumn<T extends Pick<ApplicationDto, 'stage' | 'status' | 'rank' | 'candidateName'>>(
  applications: readonly T[],
  columns: readonly BoardColumn[],
): Map<BoardColumn, T[]> {
  const groups = new Map<BoardColumn, T[]>(columns.map(column => [column, [] as T[]]));
  for (const application of applications) {
    groups.get(columnOf(application))?.push(application);
  }
  for (const cards of groups.values()) {
    cards.sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.candidateName.localeCompare(b.candidateName));
  }
  return groups;
}

/** Whether HR may still move the card: active and not yet hired. */
export function isMovable(application: Pick<ApplicationDto, 'stage' | 'status'>): boolean {
  return application.status === 'Active' && application.stage !== 'Hired';
}

/** The localization key of a column's title. */
export function columnTitleKey(column: BoardColumn): string {
  switch (column) {
    case 'OpeningRatio':
      return 'CampaignUi:ColumnOpeningRatio';
    case 'Failed':
      return 'CampaignUi:ColumnFailed';
    case 'Withdrawn':
      return 'CampaignUi:ColumnWithdrawn';
    default:
      return `Enum:RecruitmentStage.${column}`;
  }
}
