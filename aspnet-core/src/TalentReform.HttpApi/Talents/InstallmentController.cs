using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Excel;
using TalentReform.Permissions;

namespace TalentReform.Talents;

[ApiController]
[Route("api/app/installments")]
[Authorize(TalentReformPermissions.Installments.Default)]
public class InstallmentController(IInstallmentAppService installments) : ControllerBase
{
    /// <summary>The ledger; with <c>status=Scheduled&amp;dueBy=…</c> the due list.</summary>
    [HttpGet]
    public Task<PagedResultDto<InstallmentLineDto>> GetListAsync([FromQuery] GetInstallmentsInput input, CancellationToken cancellationToken) =>
        installments.GetListAsync(input, cancellationToken);

    /// <summary>Re-checks, then records the payment with its voucher; a failed re-check suspends the installment instead.</summary>
    [HttpPost("{id:guid}/pay")]
    [Authorize(TalentReformPermissions.Installments.Pay)]
    public Task<InstallmentLineDto> PayAsync(Guid id, PayInstallmentDto input, CancellationToken cancellationToken) =>
        installments.PayAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/suspend")]
    [Authorize(TalentReformPermissions.Installments.Pay)]
    public Task<InstallmentLineDto> SuspendAsync(Guid id, SuspendInstallmentDto input, CancellationToken cancellationToken) =>
        installments.SuspendAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/resume")]
    [Authorize(TalentReformPermissions.Installments.Pay)]
    public Task<InstallmentLineDto> ResumeAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken) =>
        installments.ResumeAsync(id, input, cancellationToken);

    /// <summary>发放前复核 of every installment due by the day; failures are suspended with their reason.</summary>
    [HttpPost("payment-batch/check")]
    [Authorize(TalentReformPermissions.Installments.Pay)]
    public Task<PaymentBatchCheckDto> CheckBatchAsync(PaymentBatchInput input, CancellationToken cancellationToken) =>
        installments.CheckBatchAsync(input, cancellationToken);

    /// <summary>The payment batch (scheduled installments due by the day) as .xlsx.</summary>
    [HttpGet("payment-batch/export")]
    [Authorize(TalentReformPermissions.Installments.Pay)]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, ExcelFileDto.ContentType)]
    public async Task<FileContentResult> ExportBatchAsync([FromQuery] PaymentBatchInput input, CancellationToken cancellationToken) =>
        ExcelDownload.Of(await installments.ExportBatchAsync(input, cancellationToken));

    /// <summary>资金公示: payments made in the period, names masked.</summary>
    [HttpGet("disclosure")]
    public Task<IReadOnlyList<DisclosureLineDto>> GetDisclosureAsync([FromQuery] GetDisclosureInput input, CancellationToken cancellationToken) =>
        installments.GetDisclosureAsync(input, cancellationToken);

    [HttpGet("disclosure/export")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, ExcelFileDto.ContentType)]
    public async Task<FileContentResult> ExportDisclosureAsync([FromQuery] GetDisclosureInput input, CancellationToken cancellationToken) =>
        ExcelDownload.Of(await installments.ExportDisclosureAsync(input, cancellationToken));
}
