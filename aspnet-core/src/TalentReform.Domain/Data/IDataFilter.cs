namespace TalentReform.Data;

/// <summary>
/// Switches the zone filter off for a scope (ABP's IDataFilter). Only sign-in and host-admin
/// operations may do this, each guarded by its own permission.
/// </summary>
public interface IDataFilter
{
    bool IsZoneFilterEnabled { get; }

    IDisposable DisableZoneFilter();
}
