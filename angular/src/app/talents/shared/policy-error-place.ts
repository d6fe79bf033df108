import { RuleDraft } from './rule-draft';
import { conditionNumber, LocatedError } from './rule-errors';

type Translate = (key: string, ...args: unknown[]) => string;

/** Policy fields the server may name in a 400, with their labels. */
const POLICY_FIELD_LABELS: Readonly<Record<string, string>> = {
  code: 'Policies:Code',
  titleZh: 'Policies:TitleZh',
  titleEn: 'Policies:TitleEn',
  document: 'Policies:Document',
  effectiveFrom: 'Policies:EffectiveFrom',
  effectiveTo: 'Policies:EffectiveTo',
};

/** Rule parts named in a 400, with their labels (conditions are numbered instead). */
const RULE_TARGET_LABELS: Readonly<Record<string, string>> = {
  code: 'RuleEditor:Code',
  nameZh: 'RuleEditor:NameZh',
  nameEn: 'RuleEditor:NameEn',
  article: 'RuleEditor:Article',
  exclusivityGroup: 'RuleEditor:ExclusivityGroup',
  commitmentYears: 'RuleEditor:CommitmentYears',
  amount: 'RuleEditor:Amount',
  schedule: 'RuleEditor:Schedule',
};

/** A rule's name in the reader's language (the Chinese name when the English one is missing). */
export function ruleName(rule: RuleDraft, chinese: boolean): string {
  return (chinese ? rule.nameZh : rule.nameEn || rule.nameZh) || '';
}

/** A fault's place in words: "规则 2「生活补贴」 · 条件 1.3", the policy field, or '' when it names nothing known. */
export function errorPlace(error: LocatedError, rules: readonly RuleDraft[], t: Translate, chinese: boolean): string {
  if (error.rule === null) {
    const label = POLICY_FIELD_LABELS[error.target];
    return label ? t(label) : '';
  }
  const rule = rules[error.rule];
  const ruleText = t('RuleEditor:RuleNumber', error.rule + 1, rule ? ruleName(rule, chinese) || rule.code : '');
  if (error.target.startsWith('condition')) {
    const number = conditionNumber(error.target);
    return `${ruleText} · ${number ? t('RuleEditor:ConditionNumber', number) : t('RuleEditor:Conditions')}`;
  }
  const label = RULE_TARGET_LABELS[error.target];
  return label ? `${ruleText} · ${t(label)}` : ruleText;
}
