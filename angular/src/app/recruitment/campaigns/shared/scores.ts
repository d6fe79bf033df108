import { ApplicationDto, RankingDto } from '../../../proxy/models';

export interface ScoreDraft {
  written: number | null;
  interview: number | null;
}

export function scoreDraft(application: Pick<ApplicationDto, 'writtenScore' | 'interviewScore'>): ScoreDraft {
  return { written: application.writtenScore, interview: application.interviewScore };
}

/** A score is entered while the candidate is at its stage (笔试 at WrittenExam, 面试 at Interview), and only while active. */
export function scoreEditable(application: Pick<ApplicationDto, 'stage' | 'status'>, stage: 'WrittenExam' | 'Interview'): boolean {
  return application.status === 'Active' && application.stage === stage;
}

/**
 * The candidates admitted to the interview above the quota because they tie at the cut-off written score: the shortlist
 * admits everyone tied at the last place, so these are admitted with exactly the cut-off score.
 */
export function tiedAtCutOff(
  admitted: readonly string[],
  cutOffScore: number | null,
  applications: readonly Pick<ApplicationDto, 'id' | 'writtenScore'>[],
): Set<string> {
  if (cutOffScore === null) {
    return new Set();
  }
  const ids = new Set(admitted);
  const atCutOff = applications.filter(a => ids.has(a.id) && a.writtenScore === cutOffScore).map(a => a.id);
  return new Set(atCutOff.length > 1 ? atCutOff : []);
}

export interface RankingRow {
  id: string;
  candidateName: string;
  rank: number;
  written: number | null;
  interview: number | null;
  total: number | null;
  extraTest: number | null;
  /** Tied on total and written score: a 加试 decides. */
  tied: boolean;
  /** Within the places (拟聘用). */
  proposed: boolean;
  stage: ApplicationDto['stage'];
  status: ApplicationDto['status'];
}

/**
 * The ranking table: every ranked application in rank order, its totals as the server computed them (with the
 * position's rounding); the latest ranking run adds the 加试 scores, the tie flags and the proposed hires.
 */
export function rankingRows(applications: readonly ApplicationDto[], latest: RankingDto | null): RankingRow[] {
  const run = new Map((latest?.ranked ?? []).map(r => [r.applicationId, r]));
  const proposed = new Set(latest?.proposedHires ?? []);
  return applications
    .filter(a => a.rank !== null)
    .map(a => {
      const ranked = run.get(a.id);
      return {
        id: a.id, candidateName: a.candidateName, rank: ranked?.rank ?? a.rank!, written: a.writtenScore, interview: a.interviewScore,
        total: ranked?.total ?? a.totalScore, extraTest: ranked?.extraTest ?? null, tied: ranked ? ranked.tied : a.needsExtraTest,
        proposed: proposed.has(a.id), stage: a.stage, status: a.status,
      };
    })
    .sort((x, y) => x.rank - y.rank || x.candidateName.localeCompare(y.candidateName));
}

/** 递补 starts from a place left by a ranked candidate who failed or withdrew. */
export function replaceable(applications: readonly ApplicationDto[]): ApplicationDto[] {
  return applications.filter(a => a.rank !== null && (a.status === 'Failed' || a.status === 'Withdrawn'));
}
