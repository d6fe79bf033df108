import { toCertificationCreateInput } from './certification-input';

describe('certification application input', () => {
  const value = {
    profileId: 'p1', level: 'B' as const, certifyingBody: '  大连市人社局 ', certifiedOn: new Date(2026, 0, 5), validUntil: null,
    certificateNo: ' DL-2026-001 ',
  };

  it('trims the texts and sends the certification day as a date', () => {
    expect(toCertificationCreateInput(value)).toEqual({
      profileId: 'p1', level: 'B', certifyingBody: '大连市人社局', certifiedOn: '2026-01-05', validUntil: null, certificateNo: 'DL-2026-001',
    });
  });

  it('sends the expiry day when there is one', () => {
    expect(toCertificationCreateInput({ ...value, validUntil: new Date(2029, 11, 31) }).validUntil).toBe('2029-12-31');
  });
});
