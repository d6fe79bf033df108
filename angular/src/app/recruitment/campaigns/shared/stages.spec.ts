import { describe, expect, it } from 'vitest';
import { boardColumns, columnOf, groupByColumn, isMovable, nextStage, stagesFor } from './stages';

describe('recruitment stages', () => {
  it('orders an examination position with 体检 before 考察 by default', () => {
    expect(stagesFor('Examination', 'MedicalFirst')).toEqual([
      'Registered', 'QualificationPassed', 'WrittenExam', 'QualificationRechecked', 'Interview', 'Ranked',
      'Medical', 'Assessment', 'Publicity', 'Hired',
    ]);
  });

  it('has no written exam for 直接考察 and swaps 体检/考察 when 考察 comes first', () => {
    const stages = stagesFor('DirectAssessment', 'AssessmentFirst');
    expect(stages).not.toContain('WrittenExam');
    expect(stages.indexOf('Assessment')).toBeLessThan(stages.indexOf('Medical'));
    expect(nextStage('QualificationPassed', 'DirectAssessment', 'AssessmentFirst')).toBe('QualificationRechecked');
    expect(nextStage('Ranked', 'DirectAssessment', 'AssessmentFirst')).toBe('Assessment');
    expect(nextStage('Assessment', 'DirectAssessment', 'AssessmentFirst')).toBe('Medical');
  });

  it('has no stage after 聘用', () => {
    expect(nextStage('Hired', 'Examination', 'MedicalFirst')).toBeNull();
    expect(nextStage('WrittenExam', 'DirectAssessment', 'MedicalFirst')).toBeNull();
  });

  it('puts the 开考比例 column after 资格初审 only where there is an exam', () => {
    const exam = boardColumns('Examination', 'MedicalFirst');
    expect(exam.slice(0, 4)).toEqual(['Registered', 'QualificationPassed', 'OpeningRatio', 'WrittenExam']);
    expect(exam.slice(-2)).toEqual(['Failed', 'Withdrawn']);
    expect(boardColumns('DirectAssessment', 'MedicalFirst')).not.toContain('OpeningRatio');
  });
});

describe('board grouping', () => {
  const card = (candidateName: string, stage: string, status: string, rank: number | null = null) =>
    ({ candidateName, stage, status, rank }) as never;

  it('sends failed and withdrawn cards to their columns whatever their stage', () => {
    expect(columnOf(card('甲', 'WrittenExam', 'Failed'))).toBe('Failed');
    expect(columnOf(card('乙', 'Interview', 'Withdrawn'))).toBe('Withdrawn');
    expect(columnOf(card('丙', 'Hired', 'Hired'))).toBe('Hired');
    expect(columnOf(card('丁', 'Interview', 'Active'))).toBe('Interview');
  });

  it('keeps every column, sorts by rank then name', () => {
    const columns = boardColumns('Examination', 'MedicalFirst');
    const groups = groupByColumn(
      [card('王五', 'Ranked', 'Active', 2), card('张三', 'Ranked', 'Active', 1), card('李四', 'Registered', 'Active'), card('赵六', 'Registered', 'Failed')],
      columns,
    );
    expect([...groups.keys()]).toEqual(columns);
    expect(groups.get('Ranked')!.map(c => (c as { candidateName: string }).candidateName)).toEqual(['张三', '王五']);
    expect(groups.get('Registered')!.length).toBe(1);
    expect(groups.get('Failed')!.length).toBe(1);
    expect(groups.get('OpeningRatio')).toEqual([]);
  });

  it('lets only active, not yet hired cards move', () => {
    expect(isMovable(card('甲', 'Interview', 'Active'))).toBe(true);
    expect(isMovable(card('乙', 'Interview', 'Failed'))).toBe(false);
    expect(isMovable(card('丙', 'Hired', 'Hired'))).toBe(false);
  });
});
