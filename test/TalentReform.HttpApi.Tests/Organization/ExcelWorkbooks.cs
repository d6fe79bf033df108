using System.Net;
using System.Net.Http.Headers;
using MiniExcelLibs;
using TalentReform.Excel;

namespace TalentReform.Organization;

/// <summary>Builds, uploads and reads back the .xlsx workbooks of the Excel import/export endpoints.</summary>
internal static class ExcelWorkbooks
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A one-sheet workbook: the header row, then the rows (cells in header order; null = empty).</summary>
    public static byte[] Build(IReadOnlyList<string> headers, params object?[][] rows)
    {
        var table = new System.Data.DataTable("Sheet1");
        foreach (var header in headers)
        {
            table.Columns.Add(header, typeof(object));
        }

        foreach (var row in rows)
        {
            table.Rows.Add(row.Select(c => c ?? DBNull.Value).ToArray());
        }

        using var stream = new MemoryStream();
        stream.SaveAs(table, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static async Task<ImportResultDto> ImportAsync(this HttpClient client, string resource, byte[] file, bool dryRun)
    {
        using var response = await client.UploadAsync(resource, file, dryRun);
        return await response.ShouldSucceedAsync<ImportResultDto>();
    }

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string resource, byte[] file, bool dryRun, string fileName = "import.xlsx")
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
        content.Add(part, "file", fileName);
        return client.PostAsync($"{resource}/import?dryRun={(dryRun ? "true" : "false")}", content);
    }

    /// <summary>Downloads an export or template and reads it: the header row and the data rows by header.</summary>
    public static async Task<(List<string> Headers, List<IDictionary<string, object?>> Rows)> DownloadAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ContentType);
        response.Content.Headers.ContentDisposition?.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition?.FileName.ShouldNotBeNullOrWhiteSpace();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return Read(bytes);
    }

    public static (List<string> Headers, List<IDictionary<string, object?>> Rows) Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        var raw = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        var letters = raw[0].Keys.ToList();
        var headers = letters.Select(l => raw[0][l]?.ToString() ?? string.Empty).ToList();
        var rows = raw.Skip(1)
            .Select(r => (IDictionary<string, object?>)letters.Select((l, i) => (headers[i], r[l])).ToDictionary(p => p.Item1, p => p.Item2))
            .ToList();
        return (headers, rows);
    }
}
