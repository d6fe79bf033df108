import { ORG_UNIT_KINDS } from '../../shared/enums/enums';
import { KIND_COLORS } from './kind-colors';

describe('unit kind colours', () => {
  it('has a distinct colour for every kind of unit', () => {
    expect(new Set(ORG_UNIT_KINDS.map(kind => KIND_COLORS[kind])).size).toBe(ORG_UNIT_KINDS.length);
  });
});
