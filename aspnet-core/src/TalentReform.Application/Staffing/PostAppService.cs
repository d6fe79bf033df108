using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Excel;
using TalentReform.Organization;
using TalentReform.Staffing.Import;
using TalentReform.Users;

namespace TalentReform.Staffing;

public class PostAppService(
    IRepository<Post> posts,
    PostManager manager,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser,
    OrgUnitManager orgUnits,
    TimeProvider clock,
    ExcelExchange excel,
    PostImporter importer) : IPostAppService
{
    private const string ExcelResource = "posts";

    private static readonly QueryableSorting<Post> Sorting = new QueryableSorting<Post>()
        .Add("code", p => p.Code)
        .Add("titleZh", p => p.TitleZh)
        .Add("titleEn", p => p.TitleEn)
        .Add("category", p => p.Category)
        .Add("level", p => p.Level)
        .Add("status", p => p.Status)
        .Add("staffingType", p => p.StaffingType);

    public async Task<PostDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await posts.GetAsync(id, cancellationToken)).ToDto();

    public async Task<PagedResultDto<PostDto>> GetListAsync(GetPostsInput input, CancellationToken cancellationToken = default)
    {
        var query = posts.GetQueryable();
        if (input.OrgUnitId is { } orgUnitId)
        {
            query = query.Where(p => p.OrgUnitId == orgUnitId);
        }

        if (input.Category is { } category)
        {
            query = query.Where(p => p.Category == category);
        }

        if (input.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        if (input.Level is { } level)
        {
            query = query.Where(p => p.Level == level);
        }

        if (input.StaffingType is { } staffingType)
        {
            query = query.Where(p => p.StaffingType == staffingType);
        }

        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(p => p.Code.Contains(filter) || p.TitleZh.Contains(filter) || p.TitleEn.Contains(filter));
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var page = Sorting.Apply(query, input.Sorting, "code").Skip(input.SkipCount).Take(input.MaxResultCount);
        var items = await executer.ToListAsync(page, cancellationToken);
        return new PagedResultDto<PostDto>(total, items.Select(p => p.ToDto()).ToList());
    }

    public async Task<PostDto> CreateAsync(CreatePostDto input, CancellationToken cancellationToken = default)
    {
        var post = await manager.CreateAsync(
            currentUser.GetZoneIdOrThrow(), input.OrgUnitId!.Value, input.Code, input.TitleZh, input.TitleEn, input.Category!.Value, input.Level,
            input.StaffingType!.Value, input.LeadershipRole, input.Fte, input.DutyClauseIds, cancellationToken);
        await posts.InsertAsync(post, cancellationToken);
        await posts.SaveChangesAsync(cancellationToken);
        return post.ToDto();
    }

    public async Task<PostDto> UpdateAsync(Guid id, UpdatePostDto input, CancellationToken cancellationToken = default)
    {
        var post = await posts.GetAsync(id, cancellationToken);
        post.ConcurrencyStamp = input.ConcurrencyStamp;
        post.Rename(input.TitleZh, input.TitleEn);
        post.SetGrade(input.Category!.Value, input.Level);
        post.SetFte(input.Fte);
        post.ChangeStaffingType(input.StaffingType!.Value);
        await manager.UpdateAsync(post, input.LeadershipRole, input.DutyClauseIds, cancellationToken);
        if (input.IsFrozen)
        {
            post.Freeze();
        }
        else
        {
            post.Unfreeze();
        }

        await posts.UpdateAsync(post, cancellationToken);
        await posts.SaveChangesAsync(cancellationToken);
        return post.ToDto();
    }

    public Task<PostDto> FreezeAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(id, input, post => post.Freeze(), cancellationToken);

    public Task<PostDto> UnfreezeAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(id, input, post => post.Unfreeze(), cancellationToken);

    /// <summary>Only the status changes, so a field the caller's copy of the post lacks is never overwritten.</summary>
    private async Task<PostDto> ChangeStatusAsync(Guid id, ConcurrencyStampDto input, Action<Post> change, CancellationToken cancellationToken)
    {
        var post = await posts.GetAsync(id, cancellationToken);
        post.ConcurrencyStamp = input.ConcurrencyStamp;
        change(post);
        await posts.UpdateAsync(post, cancellationToken);
        await posts.SaveChangesAsync(cancellationToken);
        return post.ToDto();
    }

    /// <summary>A filled post keeps its holder's slot, so it must be vacated (appointment ended) first.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var post = await posts.GetAsync(id, cancellationToken);
        post.EnsureNotFilled();
        await posts.DeleteAsync(post, cancellationToken);
        await posts.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Every post of the zone by code, with its unit's code and name and its duty clauses by number.</summary>
    public async Task<ExcelFileDto> ExportAsync(CancellationToken cancellationToken = default)
    {
        var unitsById = (await orgUnits.GetActiveUnitsWithFunctionsAsync(cancellationToken)).ToDictionary(u => u.Id);
        var all = await executer.ToListAsync(posts.GetQueryable().OrderBy(p => p.Code), cancellationToken);
        var rows = all.Select(p => PostImporter.ExportRow(p.ToDto(), unitsById.GetValueOrDefault(p.OrgUnitId)));
        return excel.Export(importer, ExcelResource, clock.Today(), rows);
    }

    public Task<ExcelFileDto> GetImportTemplateAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(excel.Template(importer, ExcelResource));

    /// <summary>Each row is created as by <see cref="CreateAsync"/>; all rows or none.</summary>
    public Task<ImportResultDto> ImportAsync(Stream file, bool dryRun, CancellationToken cancellationToken = default) =>
        excel.ImportAsync(file, dryRun, importer, CreateAsync, cancellationToken);
}
