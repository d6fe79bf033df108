using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Excel;
using TalentReform.Organization.Import;
using TalentReform.Users;

namespace TalentReform.Organization;

public class OrgUnitAppService(
    IOrgUnitRepository units,
    IRepository<OrgUnitVersion> versions,
    OrgUnitManager manager,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser,
    TimeProvider clock,
    ExcelExchange excel,
    OrgUnitImporter importer) : IOrgUnitAppService
{
    private const string ExcelResource = "org-units";

    private static readonly QueryableSorting<OrgUnit> Sorting = new QueryableSorting<OrgUnit>()
        .Add("code", u => u.Code)
        .Add("nameZh", u => u.NameZh)
        .Add("nameEn", u => u.NameEn)
        .Add("kind", u => u.Kind)
        .Add("sortOrder", u => u.SortOrder)
        .Add("effectiveFrom", u => u.EffectiveFrom);

    public async Task<OrgUnitDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await units.GetAsync(id, cancellationToken)).ToDto();

    public async Task<PagedResultDto<OrgUnitDto>> GetListAsync(GetOrgUnitsInput input, CancellationToken cancellationToken = default)
    {
        var query = units.GetQueryable();
        if (!input.IncludeAbolished)
        {
            query = query.Where(u => !u.IsAbolished);
        }

        if (input.ParentId is { } parentId)
        {
            query = query.Where(u => u.ParentId == parentId);
        }

        if (input.Kind is { } kind)
        {
            query = query.Where(u => u.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(u => u.NameZh.Contains(filter) || u.NameEn.Contains(filter) || (u.ShortName != null && u.ShortName.Contains(filter)) || u.Code.StartsWith(filter));
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var page = Sorting.Apply(query, input.Sorting, "code").Skip(input.SkipCount).Take(input.MaxResultCount);
        var items = await executer.ToListAsync(page, cancellationToken);
        return new PagedResultDto<OrgUnitDto>(total, items.Select(u => u.ToDto()).ToList());
    }

    public async Task<ListResultDto<OrgUnitTreeNodeDto>> GetTreeAsync(GetOrgUnitTreeInput input, CancellationToken cancellationToken = default)
    {
        var all = await units.GetTreeAsync(includeAbolished: input.AsOf is not null, cancellationToken);
        if (input.AsOf is not { } asOf)
        {
            return new ListResultDto<OrgUnitTreeNodeDto>(OrgUnitTreeBuilder.Build(all.Select(OrgUnitTreeBuilder.Snapshot.Of).ToList()));
        }

        // The structure of that date comes from the units' versions (place and names as they were, across
        // moves); a unit without history (written before versions existed) counts with its current place.
        var valid = await executer.ToListAsync(
            versions.GetQueryable().Where(v => v.ValidFrom <= asOf && (v.ValidTo == null || v.ValidTo >= asOf)), cancellationToken);
        var versioned = (await executer.ToListAsync(versions.GetQueryable().Select(v => v.OrgUnitId).Distinct(), cancellationToken)).ToHashSet();
        var byId = all.ToDictionary(u => u.Id);
        var snapshots = valid.Where(v => byId.ContainsKey(v.OrgUnitId)).Select(v => OrgUnitTreeBuilder.Snapshot.Of(v, byId[v.OrgUnitId]))
            .Concat(all.Where(u => !versioned.Contains(u.Id) && u.IsEffectiveOn(asOf)).Select(OrgUnitTreeBuilder.Snapshot.Of))
            .ToList();
        return new ListResultDto<OrgUnitTreeNodeDto>(OrgUnitTreeBuilder.Build(snapshots));
    }

    public async Task<OrgUnitDto> CreateAsync(CreateOrgUnitDto input, CancellationToken cancellationToken = default)
    {
        var unit = await manager.CreateAsync(
            currentUser.GetZoneIdOrThrow(), input.ParentId, input.Kind!.Value, input.NameZh, input.NameEn, input.EffectiveFrom!.Value, cancellationToken);
        Apply(unit, input);
        await manager.SetFunctionsAsync(unit, Clauses(input), cancellationToken);
        await manager.RecordVersionAsync(unit, cancellationToken);
        await units.InsertAsync(unit, cancellationToken);
        await units.SaveChangesAsync(cancellationToken);
        return unit.ToDto();
    }

    public async Task<OrgUnitDto> UpdateAsync(Guid id, UpdateOrgUnitDto input, CancellationToken cancellationToken = default)
    {
        var unit = await units.GetAsync(id, cancellationToken);
        unit.ConcurrencyStamp = input.ConcurrencyStamp;
        unit.EnsureNotAbolished();
        Apply(unit, input);
        await manager.SetFunctionsAsync(unit, Clauses(input), cancellationToken);
        await manager.RecordVersionAsync(unit, cancellationToken);
        await units.UpdateAsync(unit, cancellationToken);
        await units.SaveChangesAsync(cancellationToken);
        return unit.ToDto();
    }

    public async Task<OrgUnitDto> MoveAsync(Guid id, MoveOrgUnitDto input, CancellationToken cancellationToken = default)
    {
        var unit = await units.GetAsync(id, cancellationToken);
        unit.ConcurrencyStamp = input.ConcurrencyStamp;
        await manager.MoveAsync(unit, input.ParentId, cancellationToken);
        await units.SaveChangesAsync(cancellationToken);
        return unit.ToDto();
    }

    /// <summary>Abolishes (撤销) the unit as of today; it stays on record for the history.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var unit = await units.GetAsync(id, cancellationToken);
        await manager.AbolishAsync(unit, clock.Today(), cancellationToken);
        await units.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The active units in tree order, each with its parent's code.</summary>
    public async Task<ExcelFileDto> ExportAsync(CancellationToken cancellationToken = default)
    {
        var active = await units.GetActiveWithFunctionsAsync(cancellationToken);
        var codes = active.ToDictionary(u => u.Id, u => u.Code);
        var rows = active.Select(u => OrgUnitImporter.ExportRow(u.ToDto(), u.ParentId is { } parentId ? codes.GetValueOrDefault(parentId) : null));
        return excel.Export(importer, ExcelResource, clock.Today(), rows);
    }

    public Task<ExcelFileDto> GetImportTemplateAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(excel.Template(importer, ExcelResource));

    /// <summary>Each row is created as by <see cref="CreateAsync"/>; all rows or none.</summary>
    public Task<ImportResultDto> ImportAsync(Stream file, bool dryRun, CancellationToken cancellationToken = default) =>
        excel.ImportAsync(file, dryRun, importer, CreateAsync, cancellationToken);

    private static void Apply(OrgUnit unit, OrgUnitInputBase input)
    {
        unit.SetDetails(input.Kind!.Value, input.NameZh, input.NameEn, input.ShortName, input.SortOrder);
        unit.SetApproval(input.ApprovalDocumentNumber, input.ApprovalDate);
        unit.SetEffectivePeriod(input.EffectiveFrom!.Value, input.EffectiveTo);
    }

    private static List<(Guid? Id, string Text)> Clauses(OrgUnitInputBase input) => input.Functions.Select(f => (f.Id, f.Text)).ToList();
}
