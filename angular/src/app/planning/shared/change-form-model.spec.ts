import { Validators } from '@angular/forms';
import { addFunctionClause, createChangeForm, postPickerUnit, resetChangeForm } from './change-form-model';

describe('change form model', () => {
  it("shows only the type's fields, required as the type needs", () => {
    const form = createChangeForm();
    resetChangeForm(form, 'SetStaffingQuota', {}, null);
    expect(form.controls.unitId.enabled).toBe(true);
    expect(form.controls.staffingType.enabled).toBe(true);
    expect(form.controls.nameZh.disabled).toBe(true);
    expect(form.controls.reason.disabled).toBe(true);
    expect(form.valid).toBe(false);

    form.patchValue({ unitId: 'u1', staffingType: 'Administrative', approved: 3 });
    expect(form.valid).toBe(true);
  });

  it("drops the previous type's values and rules when the type changes", () => {
    const form = createChangeForm();
    resetChangeForm(form, 'CreatePost', { unitId: 'u1', code: 'P-01' }, null);
    expect(form.controls.unitId.hasValidator(Validators.required)).toBe(true);
    expect(form.controls.code.value).toBe('P-01');

    resetChangeForm(form, 'MoveUnit', { unitId: 'u1' }, null);
    expect(form.controls.code.disabled).toBe(true);
    expect(form.controls.code.value).toBe('');
    // The new parent is optional (none: top level), so the unit alone is enough.
    expect(form.controls.parentId.enabled).toBe(true);
    expect(form.valid).toBe(true);
  });

  it('fills in a stored change, function clauses included, and empties the list for the next one', () => {
    const form = createChangeForm();
    resetChangeForm(form, 'SetFunctions', { unitId: 'u1', functions: [{ id: 'c1', text: '拟订规划' }, { text: '组织实施' }] }, 'u1');
    expect(form.controls.functions.getRawValue()).toEqual([{ id: 'c1', text: '拟订规划' }, { id: null, text: '组织实施' }]);
    expect(form.controls.postUnitId.value).toBe('u1');
    addFunctionClause(form);
    expect(form.controls.functions.at(2).valid).toBe(false);

    resetChangeForm(form, 'SetFunctions', {}, null);
    expect(form.controls.functions.length).toBe(0);
    expect(form.controls.type.value).toBe('SetFunctions');
  });

  it("starts the post pickers at the post's unit, else at the change's unit unless the post moves there", () => {
    const posts = [{ id: 'p1', unitIdBefore: 'u9' }];
    expect(postPickerUnit('AbolishPost', { postId: 'p1' }, posts)).toBe('u9');
    expect(postPickerUnit('ReassignPerson', { targetPostId: 'p1' }, posts)).toBe('u9');
    expect(postPickerUnit('MovePost', { postId: 'p2', unitId: 'u2' }, posts)).toBeNull();
    expect(postPickerUnit('CreatePost', { unitId: 'u2' }, posts)).toBe('u2');
    expect(postPickerUnit(null, {}, posts)).toBeNull();
  });
});
