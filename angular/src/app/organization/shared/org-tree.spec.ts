import { OrgUnitKind, OrgUnitTreeNodeDto, StaffingQuotaDto } from '../../proxy/models';
import { KIND_COLORS } from './kind-colors';
import { chartLabel, countLabel, countsByUnit, flattenTree, subtreeIds, toChartData, toTreeNodes, treeDepth } from './org-tree';

function unit(id: string, kind: OrgUnitKind, sortOrder: number, children: OrgUnitTreeNodeDto[] = [], shortName: string | null = null): OrgUnitTreeNodeDto {
  return {
    id, kind, sortOrder, children, shortName, code: id, nameZh: `${id}-zh`, nameEn: `${id}-en`,
    parentId: null, effectiveFrom: '2020-01-01', effectiveTo: null,
  };
}

function quota(orgUnitId: string, approved: number, occupied: number): StaffingQuotaDto {
  return { id: `${orgUnitId}-${approved}`, orgUnitId, approved, occupied, vacant: approved - occupied, staffingType: 'Administrative', concurrencyStamp: 's' };
}

// 管委会 over two 局 (the second listed first but sorted second), one with a 科室.
const tree = [
  unit('mc', 'ManagementCommittee', 0, [
    unit('d2', 'Department', 2),
    unit('d1', 'Department', 1, [unit('s1', 'Section', 0)], '经发局'),
  ]),
];

describe('org tree helpers', () => {
  it('flattens parents before children and measures the depth', () => {
    expect(flattenTree(tree).map(node => node.id)).toEqual(['mc', 'd2', 'd1', 's1']);
    expect(treeDepth(tree)).toBe(3);
    expect(treeDepth([])).toBe(0);
  });

  it("finds a unit's subtree (where it cannot be moved)", () => {
    expect([...subtreeIds(tree, 'd1')].sort()).toEqual(['d1', 's1']);
    expect(subtreeIds(tree, 'missing').size).toBe(0);
  });

  it('sums quotas per unit over staffing types', () => {
    const counts = countsByUnit([quota('d1', 5, 3), { ...quota('d1', 2, 2), staffingType: 'Headcount' }, quota('d2', 4, 0)]);
    expect(counts.get('d1')).toEqual({ approved: 7, occupied: 5 });
    expect(countLabel(counts.get('d1'))).toBe('5/7');
    expect(countLabel(counts.get('d2'))).toBe('0/4');
    expect(countLabel(undefined)).toBe('');
  });

  it('builds nz-tree nodes in sort order, disabling the given ids', () => {
    const nodes = toTreeNodes(tree, 'zh-Hans', new Set(['d1', 's1']));
    expect(nodes[0].title).toBe('mc-zh');
    expect(nodes[0].children!.map(node => node.key)).toEqual(['d1', 'd2']);
    expect(nodes[0].children![0].disabled).toBe(true);
    expect(nodes[0].children![1].disabled).toBe(false);
    expect(nodes[0].children![1].isLeaf).toBe(true);
    expect(toTreeNodes(tree, 'en')[0].title).toBe('mc-en');
  });

  it('maps the tree to ECharts data: coloured by kind, labelled with filled/approved', () => {
    const chart = toChartData(tree, countsByUnit([quota('d1', 6, 4)]), 'zh-Hans', '大连高新区')!;
    expect(chart.id).toBe('mc');
    expect(chart.itemStyle.color).toBe(KIND_COLORS.ManagementCommittee);
    const [first, second] = chart.children;
    expect(first.name).toBe('经发局');
    expect(first.value).toBe('4/6');
    expect(first.itemStyle.color).toBe(KIND_COLORS.Department);
    expect(first.children[0].itemStyle.color).toBe(KIND_COLORS.Section);
    expect(second.value).toBe('');
    // English uses the full English name, not the Chinese short name.
    expect(toChartData(tree, new Map(), 'en', 'Dalian')!.children[0].name).toBe('d1-en');
  });

  it('puts several top-level units under a virtual zone root, and has no chart without units', () => {
    const chart = toChartData([unit('a', 'PlatformCompany', 1), unit('b', 'PublicInstitution', 0)], new Map(), 'zh-Hans', '大连高新区')!;
    expect(chart.name).toBe('大连高新区');
    expect(chart.id).toBe('');
    expect(chart.children.map(node => node.id)).toEqual(['b', 'a']);
    expect(toChartData([], new Map(), 'zh-Hans', 'x')).toBeNull();
  });

  it('labels a chart node with its count below, the name written one character a line when vertical', () => {
    expect(chartLabel('审批科', '3/3', true)).toBe('审\n批\n科\n{count|3/3}');
    expect(chartLabel('经济发展局', '13/15', false)).toBe('经济发展局\n{count|13/15}');
    expect(chartLabel('Zone', '', true)).toBe('Z\no\nn\ne');
  });
});
