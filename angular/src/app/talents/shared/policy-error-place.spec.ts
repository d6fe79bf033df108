import { errorPlace, ruleName } from './policy-error-place';
import { newRule, RuleDraft } from './rule-draft';

const t = (key: string, ...args: unknown[]) => `${key}(${args.join(',')})`;
const rule = (patch: Partial<RuleDraft>): RuleDraft => ({ ...newRule(), ...patch });

describe('policy error place', () => {
  const rules = [rule({ code: 'living', nameZh: '生活补贴', nameEn: 'Living allowance' }), rule({ code: 'rent', nameZh: '', nameEn: '' })];

  it('names a policy field by its label, and nothing for a field it does not know', () => {
    expect(errorPlace({ rule: null, target: 'titleZh', path: 'TitleZh', messages: [] }, rules, t, true)).toBe('Policies:TitleZh()');
    expect(errorPlace({ rule: null, target: '', path: '', messages: [] }, rules, t, true)).toBe('');
  });

  it('names the rule by number and name, then the condition by its number or the conditions as a whole', () => {
    const at = (target: string) => errorPlace({ rule: 0, target, path: '', messages: [] }, rules, t, true);
    expect(at('condition.0.2')).toBe('RuleEditor:RuleNumber(1,生活补贴) · RuleEditor:ConditionNumber(1.3)');
    expect(at('condition')).toBe('RuleEditor:RuleNumber(1,生活补贴) · RuleEditor:Conditions()');
    expect(at('schedule')).toBe('RuleEditor:RuleNumber(1,生活补贴) · RuleEditor:Schedule()');
    expect(at('')).toBe('RuleEditor:RuleNumber(1,生活补贴)');
  });

  it('falls back to the rule code for an unnamed rule and to nothing for a rule no longer there', () => {
    expect(errorPlace({ rule: 1, target: '', path: '', messages: [] }, rules, t, false)).toBe('RuleEditor:RuleNumber(2,rent)');
    expect(errorPlace({ rule: 5, target: '', path: '', messages: [] }, rules, t, false)).toBe('RuleEditor:RuleNumber(6,)');
  });

  it('reads the English name in English, the Chinese one when the English is missing', () => {
    expect(ruleName(rules[0], false)).toBe('Living allowance');
    expect(ruleName(rule({ nameZh: '租房补贴', nameEn: '' }), false)).toBe('租房补贴');
    expect(ruleName(rules[0], true)).toBe('生活补贴');
  });
});
