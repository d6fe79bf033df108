namespace TalentReform.Excel;

public static class ExcelConsts
{
    /// <summary>Largest accepted upload (5 MB): far more than the few thousand rows a zone imports.</summary>
    public const int MaxUploadBytes = 5 * 1024 * 1024;

    /// <summary>Data rows per import; a larger sheet is refused as a whole.</summary>
    public const int MaxImportRows = 5000;
}
