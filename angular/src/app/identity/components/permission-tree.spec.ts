import { PermissionGrantInfoDto as PermissionGrantInfo } from '../../proxy/models';
import { depthOf, toggleGrant } from './permission-tree';

const permission = (name: string, parentName: string | null = null): PermissionGrantInfo =>
  ({ name, displayName: name, parentName, isGranted: false });

const TREE = [
  permission('TalentReform.Users'),
  permission('TalentReform.Users.Create', 'TalentReform.Users'),
  permission('TalentReform.Users.Update', 'TalentReform.Users'),
  permission('TalentReform.AuditLogs'),
];

describe('permission tree grants', () => {
  it('granting a child also grants its parent', () => {
    const granted = toggleGrant(TREE, new Set(), 'TalentReform.Users.Create', true);
    expect([...granted].sort()).toEqual(['TalentReform.Users', 'TalentReform.Users.Create']);
  });

  it('revoking a parent also revokes its children, leaving others alone', () => {
    const all = new Set(TREE.map(item => item.name));
    const granted = toggleGrant(TREE, all, 'TalentReform.Users', false);
    expect([...granted]).toEqual(['TalentReform.AuditLogs']);
  });

  it('knows how deep a permission is nested', () => {
    expect(depthOf(TREE, TREE[0])).toBe(0);
    expect(depthOf(TREE, TREE[1])).toBe(1);
  });
});
