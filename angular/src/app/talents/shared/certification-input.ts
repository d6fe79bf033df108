import { toDateOnly } from '../../core/http/date-only';
import { CreateTalentCertificationDto, TalentTierLevel } from '../../proxy/models';

/** What the application form holds: the pickers' nulls before the form is valid. */
export interface CertificationFormValue {
  profileId: string | null;
  level: TalentTierLevel | null;
  certifyingBody: string;
  certifiedOn: Date | null;
  validUntil: Date | null;
  certificateNo: string;
}

/** The request of a valid application form: texts trimmed, dates as the days picked, no expiry as null. */
export function toCertificationCreateInput(value: CertificationFormValue): CreateTalentCertificationDto {
  return {
    profileId: value.profileId!,
    level: value.level!,
    certifyingBody: value.certifyingBody.trim(),
    certifiedOn: toDateOnly(value.certifiedOn!),
    validUntil: value.validUntil ? toDateOnly(value.validUntil) : null,
    certificateNo: value.certificateNo.trim(),
  };
}
