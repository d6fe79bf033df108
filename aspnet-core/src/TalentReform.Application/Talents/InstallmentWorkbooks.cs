using TalentReform.Dtos;
using TalentReform.Excel;

namespace TalentReform.Talents;

/// <summary>The ledger's two Excel files: the payment batch for the treasury and the 资金公示 list.</summary>
public static class InstallmentWorkbooks
{
    private static readonly ExcelColumn[] BatchColumns =
    [
        new("ExcelColumn:Installment.Row"), new("ExcelColumn:Installment.Name"), new("ExcelColumn:Installment.Policy"), new("ExcelColumn:Installment.Benefit"),
        new("ExcelColumn:Installment.Number"), new("ExcelColumn:Installment.DueOn"), new("ExcelColumn:Installment.Amount"), new("ExcelColumn:Installment.Id"),
    ];

    private static readonly ExcelColumn[] DisclosureColumns =
    [
        new("ExcelColumn:Installment.Row"), new("ExcelColumn:Installment.MaskedName"), new("ExcelColumn:Installment.Tier"), new("ExcelColumn:Installment.Policy"),
        new("ExcelColumn:Installment.Benefit"), new("ExcelColumn:Installment.Amount"),
    ];

    public static ExcelFileDto PaymentBatch(IExcelWorkbook workbook, DateOnly dueBy, IReadOnlyList<InstallmentLineDto> lines)
    {
        var headers = BatchColumns.Select(c => c.Header).ToList();
        var cells = lines.Select((l, i) => (IReadOnlyList<object?>)
        [
            i + 1, l.ProfileName, $"{l.PolicyCode} v{l.PolicyVersion}", l.BenefitName, $"{l.Number}/{l.Count}", ExcelValues.Date(l.DueOn), l.Amount, l.Id.ToString(),
        ]);
        return new ExcelFileDto($"payment-batch-{dueBy:yyyyMMdd}.xlsx", workbook.Write(ExcelValues.SheetName("PaymentBatch"), headers, cells));
    }

    public static ExcelFileDto Disclosure(IExcelWorkbook workbook, GetDisclosureInput input, IReadOnlyList<DisclosureLineDto> lines)
    {
        var headers = DisclosureColumns.Select(c => c.Header).ToList();
        var cells = lines.Select((l, i) => (IReadOnlyList<object?>)[i + 1, l.MaskedName, ExcelValues.TextOrNull(l.Tier), l.PolicyTitle, l.BenefitName, l.Amount]);
        return new ExcelFileDto($"fund-disclosure-{input.From:yyyyMMdd}-{input.To:yyyyMMdd}.xlsx", workbook.Write(ExcelValues.SheetName("FundDisclosure"), headers, cells));
    }
}
