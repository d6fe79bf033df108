using Microsoft.AspNetCore.Mvc;

namespace TalentReform.Excel;

internal static class ExcelDownload
{
    /// <summary>
    /// The server refuses larger request bodies outright (413); up to this, the application checks the file
    /// itself against <see cref="ExcelConsts.MaxUploadBytes"/> and answers with its own error (05019).
    /// </summary>
    public const long MaxRequestBytes = ExcelConsts.MaxUploadBytes * 2L;

    /// <summary>An attachment (Content-Disposition) with the workbook's file name.</summary>
    public static FileContentResult Of(ExcelFileDto file) =>
        new(file.Content, ExcelFileDto.ContentType) { FileDownloadName = file.FileName };
}
