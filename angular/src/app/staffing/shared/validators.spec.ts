import { FormControl, FormGroup } from '@angular/forms';
import { idNumberValidator, isMaskedIdNumber } from './id-number';
import { postLevelValidator } from '../../shared/post-grade/post-level.validator';

describe('postLevelValidator', () => {
  const form = (category: string | null, level: number | null) =>
    new FormGroup({ category: new FormControl(category), level: new FormControl(level) }, { validators: postLevelValidator });

  it('needs a level within the range of a graded category', () => {
    expect(form('Management', null).errors).toEqual({ levelRequired: true });
    expect(form('Management', 10).errors).toBeNull();
    expect(form('Management', 11).errors).toEqual({ levelOutOfRange: { min: 1, max: 10 } });
    expect(form('Professional', 13).errors).toBeNull();
    expect(form('Skilled', 6).errors).toEqual({ levelOutOfRange: { min: 1, max: 5 } });
  });

  it('allows no level for ordinary workers and waits for a category', () => {
    expect(form('Ordinary', null).errors).toBeNull();
    expect(form('Ordinary', 1).errors).toEqual({ levelNotAllowed: true });
    expect(form(null, 3).errors).toBeNull();
  });
});

describe('ID numbers', () => {
  const check = (value: string) => idNumberValidator(new FormControl(value));

  it('accepts 17 digits and a digit or X, as the server does', () => {
    expect(check('21020319900101123X')).toBeNull();
    expect(check('210203199001011234')).toBeNull();
    expect(check('21020319900101123')).toEqual({ idNumberFormat: true });
    expect(check('2102031990010112A4')).toEqual({ idNumberFormat: true });
    expect(check('')).toBeNull();
  });

  it('recognizes a number the server masked', () => {
    expect(isMaskedIdNumber('2102**********1234')).toBe(true);
    expect(isMaskedIdNumber('210203199001011234')).toBe(false);
    expect(isMaskedIdNumber(null)).toBe(false);
  });
});
