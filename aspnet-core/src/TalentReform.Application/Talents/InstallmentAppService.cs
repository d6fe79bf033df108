using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Excel;
using TalentReform.Organization;
using TalentReform.PersonalData;

namespace TalentReform.Talents;

/// <summary>
/// The installment ledger: the due list, payments recorded with their voucher, the payment batch for the treasury
/// and the 资金公示 list. The payment rules (发放前复核 before each payment) are <see cref="InstallmentManager"/>'s;
/// the Excel files are <see cref="InstallmentWorkbooks"/>'.
/// </summary>
public class InstallmentAppService(
    IRepository<Entitlement> entitlements,
    IRepository<TalentProfile> profiles,
    IRepository<TalentPolicy> policies,
    InstallmentManager manager,
    IExcelWorkbook workbook,
    IAsyncQueryableExecuter executer,
    TimeProvider clock) : IInstallmentAppService
{
    public async Task<PagedResultDto<InstallmentLineDto>> GetListAsync(GetInstallmentsInput input, CancellationToken cancellationToken = default)
    {
        var query = Lines(input.Status, input.DueBy, input.ProfileId);
        var total = await executer.CountAsync(query, cancellationToken);
        var rows = await executer.ToListAsync(query.OrderBy(l => l.DueOn).ThenBy(l => l.ProfileId).ThenBy(l => l.Number).Skip(input.SkipCount).Take(input.MaxResultCount), cancellationToken);
        return new PagedResultDto<InstallmentLineDto>(total, await ToDtosAsync(rows, cancellationToken));
    }

    public async Task<InstallmentLineDto> PayAsync(Guid id, PayInstallmentDto input, CancellationToken cancellationToken = default)
    {
        var entitlement = await FindAsync(id, input.ConcurrencyStamp, cancellationToken);
        await manager.PayAsync(entitlement, id, input.VoucherNo, input.PaidOn, cancellationToken);
        await entitlements.SaveChangesAsync(cancellationToken);
        return await GetLineAsync(id, cancellationToken);
    }

    public async Task<InstallmentLineDto> SuspendAsync(Guid id, SuspendInstallmentDto input, CancellationToken cancellationToken = default)
    {
        var entitlement = await FindAsync(id, input.ConcurrencyStamp, cancellationToken);
        entitlement.Suspend(id, input.Reason, clock.GetUtcNow());
        await entitlements.SaveChangesAsync(cancellationToken);
        return await GetLineAsync(id, cancellationToken);
    }

    public async Task<InstallmentLineDto> ResumeAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken = default)
    {
        var entitlement = await FindAsync(id, input.ConcurrencyStamp, cancellationToken);
        await manager.ResumeAsync(entitlement, id, cancellationToken);
        await entitlements.SaveChangesAsync(cancellationToken);
        return await GetLineAsync(id, cancellationToken);
    }

    public async Task<PaymentBatchCheckDto> CheckBatchAsync(PaymentBatchInput input, CancellationToken cancellationToken = default)
    {
        var dueBy = input.DueBy ?? clock.ChinaToday();
        var ids = await executer.ToListAsync(
            Lines(InstallmentStatus.Scheduled, dueBy, null).OrderBy(l => l.DueOn).Select(l => new { l.Id, l.EntitlementId }).Take(InstallmentConsts.MaxBatchSize),
            cancellationToken);

        // The batch's entitlements, talents and policy versions in three queries, not three per entitlement.
        var entitlementIds = ids.Select(i => i.EntitlementId).Distinct().ToList();
        var due = (await executer.ToListAsync(entitlements.GetQueryable().Where(e => entitlementIds.Contains(e.Id)), cancellationToken)).ToDictionary(e => e.Id);
        var profileIds = due.Values.Select(e => e.ProfileId).Distinct().ToList();
        var policyIds = due.Values.Select(e => e.PolicyId).Distinct().ToList();
        var talents = (await executer.ToListAsync(profiles.GetDetachedQueryable().Where(p => profileIds.Contains(p.Id)), cancellationToken)).ToDictionary(p => p.Id);
        var versions = (await executer.ToListAsync(policies.GetDetachedQueryable().Where(p => policyIds.Contains(p.Id)), cancellationToken)).ToDictionary(p => p.Id);

        var (suspended, passedAmount) = manager.RecheckBatch(ids.Select(i => (i.Id, i.EntitlementId)), due, talents, versions);
        await entitlements.SaveChangesAsync(cancellationToken);
        var suspendedLines = await executer.ToListAsync(Lines(null, null, null).Where(l => suspended.Contains(l.Id)), cancellationToken);
        return new PaymentBatchCheckDto(dueBy, ids.Count, ids.Count - suspended.Count, passedAmount, await ToDtosAsync(suspendedLines, cancellationToken));
    }

    public async Task<ExcelFileDto> ExportBatchAsync(PaymentBatchInput input, CancellationToken cancellationToken = default)
    {
        var dueBy = input.DueBy ?? clock.ChinaToday();
        var rows = await executer.ToListAsync(
            Lines(InstallmentStatus.Scheduled, dueBy, null).OrderBy(l => l.DueOn).ThenBy(l => l.ProfileId).Take(InstallmentConsts.MaxBatchSize), cancellationToken);
        return InstallmentWorkbooks.PaymentBatch(workbook, dueBy, await ToDtosAsync(rows, cancellationToken));
    }

    public async Task<IReadOnlyList<DisclosureLineDto>> GetDisclosureAsync(GetDisclosureInput input, CancellationToken cancellationToken = default)
    {
        var paid = await executer.ToListAsync(
            entitlements.GetDetachedQueryable().SelectMany(e => e.Installments, (e, i) => new { e.ProfileId, e.PolicyId, e.NameZh, e.NameEn, i.Status, i.PaidOn, i.Amount })
                .Where(x => x.Status == InstallmentStatus.Paid && x.PaidOn >= input.From && x.PaidOn <= input.To),
            cancellationToken);
        var profileIds = paid.Select(p => p.ProfileId).Distinct().ToList();
        var people = (await executer.ToListAsync(
                profiles.GetDetachedQueryable().Where(p => profileIds.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.Tier }), cancellationToken))
            .ToDictionary(p => p.Id);
        var titles = await PolicyTitlesAsync(paid.Select(p => p.PolicyId), cancellationToken);
        return paid.GroupBy(p => (p.ProfileId, p.PolicyId, p.NameZh, p.NameEn))
            .Select(g => new DisclosureLineDto(
                PersonalDataMask.Mask(PersonalDataKind.Name, people.GetValueOrDefault(g.Key.ProfileId)?.Name ?? "")!, people.GetValueOrDefault(g.Key.ProfileId)?.Tier,
                titles.GetValueOrDefault(g.Key.PolicyId) ?? "", OrgUnitNames.Localized(g.Key.NameZh, g.Key.NameEn), g.Sum(x => x.Amount)))
            .OrderBy(l => l.PolicyTitle).ThenBy(l => l.BenefitName).ThenByDescending(l => l.Amount).ThenBy(l => l.MaskedName)
            .ToList();
    }

    public async Task<ExcelFileDto> ExportDisclosureAsync(GetDisclosureInput input, CancellationToken cancellationToken = default) =>
        InstallmentWorkbooks.Disclosure(workbook, input, await GetDisclosureAsync(input, cancellationToken));

    private IQueryable<InstallmentRow> Lines(InstallmentStatus? status, DateOnly? dueBy, Guid? profileId)
    {
        var query = entitlements.GetDetachedQueryable()
            .Where(e => profileId == null || e.ProfileId == profileId)
            .SelectMany(e => e.Installments, (e, i) => new InstallmentRow
            {
                Id = i.Id, EntitlementId = e.Id, ProfileId = e.ProfileId, PolicyId = e.PolicyId, PolicyCode = e.PolicyCode, PolicyVersion = e.PolicyVersion,
                RuleCode = e.RuleCode, NameZh = e.NameZh, NameEn = e.NameEn, Number = i.Number, Count = e.Installments.Count(), DueOn = i.DueOn, Amount = i.Amount,
                Status = i.Status, PaidOn = i.PaidOn, VoucherNo = i.VoucherNo, SuspendReason = i.SuspendReason, ConcurrencyStamp = e.ConcurrencyStamp,
            });
        if (status is { } s)
        {
            query = query.Where(l => l.Status == s);
        }

        if (dueBy is { } d)
        {
            query = query.Where(l => l.DueOn <= d);
        }

        return query;
    }

    private async Task<InstallmentLineDto> GetLineAsync(Guid id, CancellationToken cancellationToken) =>
        (await ToDtosAsync(await executer.ToListAsync(Lines(null, null, null).Where(l => l.Id == id), cancellationToken), cancellationToken))[0];

    private async Task<Entitlement> FindAsync(Guid id, string stamp, CancellationToken cancellationToken)
    {
        var entitlement = await executer.FirstOrDefaultAsync(entitlements.GetQueryable().Where(e => e.Installments.Any(i => i.Id == id)), cancellationToken)
            ?? throw new EntityNotFoundException("Entity:Installment", id);
        entitlement.ConcurrencyStamp = stamp;
        return entitlement;
    }

    private async Task<List<InstallmentLineDto>> ToDtosAsync(IReadOnlyList<InstallmentRow> rows, CancellationToken cancellationToken)
    {
        var names = await profiles.NamesAsync(executer, rows.Select(r => r.ProfileId), cancellationToken);
        return rows.Select(r => r.ToDto(names.GetValueOrDefault(r.ProfileId) ?? "", OrgUnitNames.Localized(r.NameZh, r.NameEn))).ToList();
    }

    private async Task<Dictionary<Guid, string>> PolicyTitlesAsync(IEnumerable<Guid> policyIds, CancellationToken cancellationToken)
    {
        var ids = policyIds.Distinct().ToList();
        return (await executer.ToListAsync(
                policies.GetDetachedQueryable().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.TitleZh, p.TitleEn }), cancellationToken))
            .ToDictionary(p => p.Id, p => OrgUnitNames.Localized(p.TitleZh, p.TitleEn));
    }

    /// <summary>One installment with its entitlement's keys, as the ledger queries it.</summary>
    internal sealed class InstallmentRow
    {
        public Guid Id { get; init; }
        public Guid EntitlementId { get; init; }
        public Guid ProfileId { get; init; }
        public Guid PolicyId { get; init; }
        public string PolicyCode { get; init; } = "";
        public int PolicyVersion { get; init; }
        public string RuleCode { get; init; } = "";
        public string NameZh { get; init; } = "";
        public string NameEn { get; init; } = "";
        public int Number { get; init; }
        public int Count { get; init; }
        public DateOnly DueOn { get; init; }
        public decimal Amount { get; init; }
        public InstallmentStatus Status { get; init; }
        public DateOnly? PaidOn { get; init; }
        public string? VoucherNo { get; init; }
        public string? SuspendReason { get; init; }
        public string ConcurrencyStamp { get; init; } = "";
    }
}
