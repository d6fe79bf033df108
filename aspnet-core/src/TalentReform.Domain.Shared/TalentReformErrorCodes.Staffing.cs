namespace TalentReform;

public static partial class TalentReformErrorCodes
{
    // 05xxx: staffing (编制 quotas, posts, persons, 实名制 appointments)
    public const string PostLevelInvalid = Prefix + "05001";
    public const string LeadershipQuotaExceeded = Prefix + "05002";
    public const string PostCodeAlreadyExists = Prefix + "05003";
    public const string PostDutyClauseNotInUnit = Prefix + "05004";
    public const string PostIsFilled = Prefix + "05005";
    public const string PostIsFrozen = Prefix + "05006";
    public const string NoFreeStaffingSlot = Prefix + "05007";
    public const string PersonHasPrimaryAppointment = Prefix + "05008";
    public const string AppointmentAlreadyEnded = Prefix + "05009";
    public const string AppointmentTermInvalid = Prefix + "05010";
    public const string StaffingQuotaAlreadyExists = Prefix + "05011";
    public const string StaffingQuotaBelowOccupied = Prefix + "05012";
    public const string ZoneStaffingTotalExceeded = Prefix + "05013";
    public const string ZoneStaffingTotalBelowAllocated = Prefix + "05014";
    public const string PersonIdNumberAlreadyExists = Prefix + "05015";
    public const string PersonHasActiveAppointments = Prefix + "05016";
    public const string AppointmentEndBeforeStart = Prefix + "05017";
    public const string StaffingMixRuleInvalid = Prefix + "05018";
    public const string ImportFileInvalid = Prefix + "05019";
    public const string PersonIdNumberMaskMismatch = Prefix + "05020";
    public const string PersonPhoneMaskMismatch = Prefix + "05021";
}
