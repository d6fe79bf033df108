import { ApprovalStepDto, StaffingPlanDto } from '../../proxy/models';
import { myPendingStep } from './steps';

const step = { id: 's1', status: 'Pending', approvers: [{ id: 'drafter', name: '人事专员' }, { id: 'leader', name: '领导' }] } as ApprovalStepDto;
const plan = { status: 'Submitted', creatorId: 'drafter', steps: [step], decisions: [] } as unknown as StaffingPlanDto;

describe('the step offered for a decision', () => {
  it('is the pending step of an approver', () => {
    expect(myPendingStep(plan, 'leader')).toBe(step);
  });

  it('is never offered to the plan\'s drafter, even listed as an approver (separation of duties)', () => {
    expect(myPendingStep(plan, 'drafter')).toBeNull();
  });
});
