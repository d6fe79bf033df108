import { FormControl, Validators } from '@angular/forms';
import { inputMaxLength, inputValidators } from './input-validators';

describe('input validators from the API document', () => {
  const valid = (schema: string, property: string, value: unknown) =>
    new FormControl(value, inputValidators(schema, property)).valid;

  it("check a post code as the server's attributes do", () => {
    expect(valid('CreatePostDto', 'code', 'GX-01.a_b')).toBe(true);
    expect(valid('CreatePostDto', 'code', '-GX')).toBe(false);
    expect(valid('CreatePostDto', 'code', 'A'.repeat(inputMaxLength('CreatePostDto', 'code') + 1))).toBe(false);
    expect(inputMaxLength('CreatePostDto', 'code')).toBe(32);
  });

  it('check number ranges', () => {
    expect(valid('UpdatePostDto', 'fte', 0.5)).toBe(true);
    expect(valid('UpdatePostDto', 'fte', 0)).toBe(false);
    expect(valid('UpdatePostDto', 'fte', 1.5)).toBe(false);
  });

  it('leave "required" to the form', () => {
    expect(inputValidators('CreatePostDto', 'code')).not.toContain(Validators.required);
    expect(valid('CreatePostDto', 'code', '')).toBe(true);
  });

  it('refuse a property the API does not declare, so a typo cannot pass silently', () => {
    expect(() => inputValidators('CreatePostDto', 'nope')).toThrowError(/CreatePostDto\.nope/);
  });
});
