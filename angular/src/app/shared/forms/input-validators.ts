import { ValidatorFn, Validators } from '@angular/forms';
import { INPUT_RULES } from '../../proxy/input-rules';

/**
 * The validators of one input property as the server declares it (its [StringLength], [Range],
 * [RegularExpression], [MaxLength] attributes, carried by the OpenAPI document into the generated INPUT_RULES):
 * ("CreatePostDto", "code") → [maxLength(32), pattern(…)]. Whether the field is required stays the form's choice.
 */
export function inputValidators(schema: string, property: string): ValidatorFn[] {
  const limits = INPUT_RULES[schema]?.[property];
  if (!limits) {
    throw new Error(`The API declares no limits for ${schema}.${property}.`);
  }
  const validators: ValidatorFn[] = [];
  if (limits.maxLength !== undefined) {
    validators.push(Validators.maxLength(limits.maxLength));
  }
  if (limits.minLength) {
    validators.push(Validators.minLength(limits.minLength));
  }
  if (limits.pattern !== undefined) {
    validators.push(Validators.pattern(new RegExp(limits.pattern)));
  }
  if (limits.minimum !== undefined) {
    validators.push(Validators.min(limits.minimum));
  }
  if (limits.maximum !== undefined) {
    validators.push(Validators.max(limits.maximum));
  }
  return validators;
}

/** The longest text the server accepts for the property, e.g. for an input's maxlength attribute. */
export function inputMaxLength(schema: string, property: string): number {
  const max = INPUT_RULES[schema]?.[property]?.maxLength;
  if (max === undefined) {
    throw new Error(`The API declares no maximum length for ${schema}.${property}.`);
  }
  return max;
}
