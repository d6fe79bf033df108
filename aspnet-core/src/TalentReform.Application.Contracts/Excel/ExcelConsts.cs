namespace TalentReform.Excel;

/// <summary>
/// The bounds of an Excel import. A workbook is checked against them before it is parsed (XlsxPackageGuard),
/// so a hostile file (zip bomb, XXE, a sheet declaring 16,384 columns) is refused in milliseconds.
/// </summary>
public static class ExcelConsts
{
    /// <summary>Largest accepted upload (5 MB): far more than the few thousand rows a zone imports.</summary>
    public const int MaxUploadBytes = 5 * 1024 * 1024;

    /// <summary>Data rows per import; a larger sheet is refused as a whole.</summary>
    public const int MaxImportRows = 5000;

    /// <summary>Columns of a sheet (the widest template has about a dozen); also the bound of a declared &lt;dimension&gt;.</summary>
    public const int MaxImportColumns = 64;

    /// <summary>Cell elements of a sheet, empty styled ones included (MiniExcel materialises each of them).</summary>
    public const int MaxImportCells = 200_000;

    /// <summary>Parts (zip entries) of a workbook; Excel writes about a dozen.</summary>
    public const int MaxPackageEntries = 200;

    /// <summary>Uncompressed bytes of all parts together, counted while reading (declared sizes may lie).</summary>
    public const long MaxUncompressedBytes = 64L * 1024 * 1024;

    /// <summary>Largest uncompressed:compressed ratio of a part bigger than 1 MB; XML compresses 10–30×, a zip bomb 1000×.</summary>
    public const int MaxCompressionRatio = 200;

    /// <summary>Longest an import may run (reading, checking and writing) before it is abandoned and rolled back.</summary>
    public static readonly TimeSpan MaxImportDuration = TimeSpan.FromMinutes(2);
}
