using TalentReform.Identity;
using TalentReform.Permissions;

namespace TalentReform.PersonalData;

/// <summary>
/// Whether the caller sees personal data in full (<see cref="TalentReformPermissions.Persons.ViewIdNumber"/>, one
/// permission for every <see cref="PersonalDataKind"/>), asked once per request. Every application service that
/// returns or exports a classified value goes through the <see cref="PersonalDataView"/> it gives.
/// </summary>
public class PersonalDataMasking(PermissionChecker permissions)
{
    public async Task<PersonalDataView> ForCurrentUserAsync(CancellationToken cancellationToken = default) =>
        new(await permissions.IsGrantedAsync(TalentReformPermissions.Persons.ViewIdNumber, cancellationToken));
}

/// <param name="ShowsFullValues">The caller holds the permission.</param>
public readonly record struct PersonalDataView(bool ShowsFullValues)
{
    /// <summary>A property of <typeparamref name="TEntity"/> as the caller may see it; the kind comes from the model.</summary>
    public string? Show<TEntity>(string propertyName, string? value) =>
        Show(PersonalDataRegistry.KindOf(typeof(TEntity), propertyName)
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{propertyName} is not classified as personal data."), value);

    /// <summary>An audit log value: masked when the audited property is personal, whatever was stored.</summary>
    public string? ShowAudited(string entityType, string propertyName, string? value) =>
        PersonalDataRegistry.KindOf(entityType, propertyName) is { } kind ? Show(kind, value) : value;

    private string? Show(PersonalDataKind kind, string? value) => ShowsFullValues ? value : PersonalDataMask.Mask(kind, value);
}
