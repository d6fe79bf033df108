import { APPROVAL_INBOX_PATH, approvalDocumentLink } from './document-link';

describe('approvalDocumentLink', () => {
  const kinds = [
    { kind: 'StaffingPlan', linkTemplate: '/plans/{id}' },
    { kind: 'PoolLoan', linkTemplate: '/pool-loans/{id}/review' },
  ];

  it('opens a plan on its page', () => {
    expect(approvalDocumentLink('StaffingPlan', 'p1', kinds)).toBe('/plans/p1');
  });

  it('opens another kind where the kind declares', () => {
    expect(approvalDocumentLink('PoolLoan', 'l1', kinds)).toBe('/pool-loans/l1/review');
  });

  it('sends a kind the server did not declare to the inbox, never to a plan page', () => {
    expect(approvalDocumentLink('RecruitmentPlan', 'r1', kinds)).toBe(APPROVAL_INBOX_PATH);
    expect(approvalDocumentLink(null, 'x1', kinds)).toBe(APPROVAL_INBOX_PATH);
    expect(approvalDocumentLink('StaffingPlan', 'p1', [])).toBe(APPROVAL_INBOX_PATH);
  });

  it('links nowhere when no document is named', () => {
    expect(approvalDocumentLink('StaffingPlan', null, kinds)).toBeNull();
    expect(approvalDocumentLink(null, undefined, kinds)).toBeNull();
  });

  it('keeps an id from changing the path', () => {
    expect(approvalDocumentLink('StaffingPlan', 'a/b', kinds)).toBe('/plans/a%2Fb');
  });
});
