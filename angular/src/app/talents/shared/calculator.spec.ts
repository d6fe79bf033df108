import { BenefitResultDto, ConditionResultDto } from '../../proxy/models';
import {
  barWidths, benefitStatus, EMPTY_FORM, isService, missingHints, sortBenefits, toCalculatorInput,
} from './calculator';

const benefit = (code: string, patch: Partial<BenefitResultDto> = {}): BenefitResultDto => ({
  policyCode: 'TP-2024', policyTitle: '人才引进若干政策', policyDocument: '高管发〔2024〕5号', article: '第五条',
  code, name: code, amountKind: 'Fixed', eligible: false, amount: null, payments: [], excludedBy: null, isAlmost: false,
  reason: null, conditions: [], ...patch,
});

const condition = (depth: number, passed: boolean, hint: string | null = null): ConditionResultDto =>
  ({ depth, passed, hint, kind: hint ? 'Compare' : 'All', field: null, text: `条件${depth}` });

describe('benefit status and order', () => {
  it('tells granted, almost there, higher-benefit-applies and not eligible apart', () => {
    expect(benefitStatus(benefit('a', { eligible: true, amount: 100 }))).toBe('granted');
    expect(benefitStatus(benefit('b', { isAlmost: true }))).toBe('almost');
    expect(benefitStatus(benefit('c', { excludedBy: 'apartment', amount: 30_000 }))).toBe('excluded');
    expect(benefitStatus(benefit('d'))).toBe('ineligible');
  });

  it('puts granted first, then almost there, then the rest, keeping the policy order within each group', () => {
    const sorted = sortBenefits([
      benefit('no1'),
      benefit('almost1', { isAlmost: true }),
      benefit('rent', { excludedBy: 'apartment' }),
      benefit('yes1', { eligible: true }),
      benefit('almost2', { isAlmost: true }),
      benefit('no2'),
      benefit('yes2', { eligible: true, amountKind: 'None' }),
    ]);
    expect(sorted.map(item => item.code)).toEqual(['yes1', 'yes2', 'almost1', 'almost2', 'rent', 'no1', 'no2']);
  });

  it('does not change the list it was given', () => {
    const benefits = [benefit('no'), benefit('yes', { eligible: true })];
    sortBenefits(benefits);
    expect(benefits.map(item => item.code)).toEqual(['no', 'yes']);
  });

  it('knows services, which are never money', () => {
    expect(isService(benefit('school', { amountKind: 'None', eligible: true, amount: 0 }))).toBe(true);
    expect(isService(benefit('settling', { amountKind: 'ByTier' }))).toBe(false);
  });
});

describe('missing hints', () => {
  it('lists what fails on the failing path, once each, not what an alternative already made up for', () => {
    const conditions = [
      condition(0, false),
      condition(1, true, null),
      condition(1, true), // any of: passed thanks to its first option
      condition(2, true),
      condition(2, false), // the other option: all of …
      condition(3, false, '学历需为博士'),
      condition(1, false, '本地社保缴纳月数还差 2'),
      condition(1, false, '本地社保缴纳月数还差 2'),
    ];
    expect(missingHints(conditions)).toEqual(['本地社保缴纳月数还差 2']);
  });

  it('lists every option of a failed "any of"', () => {
    const conditions = [condition(0, false), condition(1, false, '年龄至少需为35'), condition(1, false, '学历需为博士')];
    expect(missingHints(conditions)).toEqual(['年龄至少需为35', '学历需为博士']);
  });
});

describe('form to request', () => {
  it('omits the empty fields and always answers the switches', () => {
    expect(toCalculatorInput(EMPTY_FORM)).toEqual({ employerInZone: false, overseasExperience: false, ownsHomeInZone: false });
  });

  it('maps a filled profile, keeping zero and trimming the field of work', () => {
    expect(toCalculatorInput({
      ...EMPTY_FORM, degree: 'Master', tier: 'C', age: 30, contractYears: 5, socialInsuranceMonths: 0,
      monthsInZone: null, field: '  人工智能 ', employerInZone: true,
    })).toEqual({
      degree: 'Master', tier: 'C', age: 30, contractYears: 5, socialInsuranceMonths: 0, field: '人工智能',
      employerInZone: true, overseasExperience: false, ownsHomeInZone: false,
    });
  });

  it('leaves out a blank field of work and numbers that are not numbers', () => {
    const input = toCalculatorInput({ ...EMPTY_FORM, field: '   ', age: Number.NaN, yearsSinceDegree: 3 });
    expect(input).not.toHaveProperty('field');
    expect(input).not.toHaveProperty('age');
    expect(input.yearsSinceDegree).toBe(3);
  });
});

describe('money', () => {
  it('scales the yearly bars to the largest year', () => {
    expect(barWidths([740_000, 370_000, 0, 1])).toEqual([100, 50, 0, 2]);
    expect(barWidths([0, 0])).toEqual([0, 0]);
  });
});
