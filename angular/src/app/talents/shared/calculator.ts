import {
  BenefitResultDto, ConditionResultDto, EducationDegree, PolicyCalculatorInput, TalentTierLevel,
} from '../../proxy/models';
import { DEGREES, enumOptions, TIER_LEVELS } from '../../shared/enums/enums';
import { formRules } from '../../shared/form-rules/form-rules';

/** How a benefit stands for the profile entered: granted, almost there, beaten by a higher one, or not met. */
export type BenefitStatus = 'granted' | 'almost' | 'excluded' | 'ineligible';

export const BENEFIT_STATUS_ORDER: readonly BenefitStatus[] = ['granted', 'almost', 'excluded', 'ineligible'];

export const BENEFIT_STATUS_TAGS: Readonly<Record<BenefitStatus, { key: string; color: string }>> = {
  granted: { key: 'Calculator:Status.Granted', color: 'success' },
  almost: { key: 'Calculator:Status.Almost', color: 'warning' },
  excluded: { key: 'Calculator:Status.Excluded', color: 'default' },
  ineligible: { key: 'Calculator:Status.Ineligible', color: 'error' },
};

export function benefitStatus(benefit: BenefitResultDto): BenefitStatus {
  if (benefit.excludedBy) {
    return 'excluded';
  }
  if (benefit.eligible) {
    return 'granted';
  }
  return benefit.isAlmost ? 'almost' : 'ineligible';
}

/** Granted first, then almost there, then the rest; the server's (policy article) order within each group. */
export function sortBenefits(benefits: readonly BenefitResultDto[]): BenefitResultDto[] {
  const rank = (benefit: BenefitResultDto) => BENEFIT_STATUS_ORDER.indexOf(benefitStatus(benefit));
  return benefits
    .map((benefit, index) => ({ benefit, index }))
    .sort((a, b) => rank(a.benefit) - rank(b.benefit) || a.index - b.index)
    .map(entry => entry.benefit);
}

/** A service (school place, medical fast lane, ...) is granted as such and never shown as "0 yuan". */
export function isService(benefit: BenefitResultDto): boolean {
  return benefit.amountKind === 'None';
}

/**
 * What is still missing: the distinct hints of failed conditions on the failing path, in rule order.
 * A failure inside a branch that passed anyway (one option of an "any of" that another option met)
 * is not missing, so it is left out.
 */
export function missingHints(conditions: readonly ConditionResultDto[]): string[] {
  const passedAtDepth: boolean[] = [];
  const hints: string[] = [];
  for (const condition of conditions) {
    passedAtDepth.length = condition.depth;
    const onFailingPath = passedAtDepth.every(passed => !passed);
    passedAtDepth.push(condition.passed);
    if (!condition.passed && condition.hint && onFailingPath && !hints.includes(condition.hint)) {
      hints.push(condition.hint);
    }
  }
  return hints;
}

/** The select options, labelled with the server's enum texts. */
export const DEGREE_OPTIONS = enumOptions('EducationDegree', DEGREES);
export const TIER_OPTIONS = enumOptions('TalentTierLevel', TIER_LEVELS);

export type NumberField = 'age' | 'yearsSinceDegree' | 'monthsInZone' | 'contractYears' | 'socialInsuranceMonths';
export type SwitchField = 'employerInZone' | 'overseasExperience' | 'ownsHomeInZone';

export interface NumberFieldSpec {
  name: NumberField;
  label: string;
  unit: string;
  min: number;
  max: number;
}

/** The number inputs, in form order; labels are the server's profile-field names. */
const NUMBER_INPUTS: readonly Omit<NumberFieldSpec, 'min' | 'max'>[] = [
  { name: 'age', label: 'Enum:ProfileField.Age', unit: 'Calculator:UnitAge' },
  { name: 'yearsSinceDegree', label: 'Enum:ProfileField.YearsSinceDegree', unit: 'Calculator:UnitYears' },
  { name: 'contractYears', label: 'Enum:ProfileField.ContractYears', unit: 'Calculator:UnitYears' },
  { name: 'socialInsuranceMonths', label: 'Enum:ProfileField.SocialInsuranceMonths', unit: 'Calculator:UnitMonths' },
  { name: 'monthsInZone', label: 'Enum:ProfileField.MonthsInZone', unit: 'Calculator:UnitMonths' },
];

/** The number inputs with the server's ranges of their profile fields (ProfileFields.RangeOf). */
export function numberFields(): NumberFieldSpec[] {
  return NUMBER_INPUTS.map(input => {
    const field = input.name.charAt(0).toUpperCase() + input.name.slice(1);
    const range = formRules()?.profileFields.find(entry => entry.field === field);
    return { ...input, min: range?.min ?? 0, max: range?.max ?? Number.MAX_SAFE_INTEGER };
  });
}

export const SWITCH_FIELDS: readonly { name: SwitchField; label: string }[] = [
  { name: 'employerInZone', label: 'Enum:ProfileField.EmployerInZone' },
  { name: 'ownsHomeInZone', label: 'Enum:ProfileField.OwnsHomeInZone' },
  { name: 'overseasExperience', label: 'Enum:ProfileField.OverseasExperience' },
];

/** The longest field of work the server accepts (BenefitRuleConsts.MaxValueLength). */
export function fieldMaxLength(): number {
  return formRules()?.benefitRuleLimits.maxValueLength ?? 0;
}

export interface CalculatorFormValue extends Record<NumberField, number | null>, Record<SwitchField, boolean> {
  degree: EducationDegree | null;
  tier: TalentTierLevel | null;
  field: string;
}

export const EMPTY_FORM: CalculatorFormValue = {
  degree: null, tier: null, field: '',
  age: null, yearsSinceDegree: null, monthsInZone: null, contractYears: null, socialInsuranceMonths: null,
  employerInZone: false, overseasExperience: false, ownsHomeInZone: false,
};

/**
 * The request body: what was left empty is omitted (the server then explains "missing …"), the
 * switches always say yes or no, the field of work is trimmed.
 */
export function toCalculatorInput(value: Partial<CalculatorFormValue>): PolicyCalculatorInput {
  const input: PolicyCalculatorInput = {};
  if (value.degree) {
    input.degree = value.degree;
  }
  if (value.tier) {
    input.tier = value.tier;
  }
  const field = value.field?.trim();
  if (field) {
    input.field = field;
  }
  for (const { name } of NUMBER_INPUTS) {
    const number = value[name];
    if (typeof number === 'number' && Number.isFinite(number)) {
      input[name] = number;
    }
  }
  for (const { name } of SWITCH_FIELDS) {
    input[name] = value[name] === true;
  }
  return input;
}

/** Width (in %) of each year's bar, relative to the largest year; at least a sliver for non-zero years. */
export function barWidths(amounts: readonly number[]): number[] {
  const max = Math.max(0, ...amounts);
  return amounts.map(amount => (max <= 0 || amount <= 0 ? 0 : Math.max(2, Math.round((amount / max) * 100))));
}
