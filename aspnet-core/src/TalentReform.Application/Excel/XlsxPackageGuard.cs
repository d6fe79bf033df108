using System.IO.Compression;
using System.Xml;
using TalentReform.Localization;

namespace TalentReform.Excel;

/// <summary>
/// Checks an uploaded .xlsx package before any parser touches it, so that a hostile file is refused in
/// milliseconds: too many parts, a zip bomb (absurd declared sizes or compression ratios, and the bytes
/// actually inflated are counted as they are read, since declared sizes may lie), XML with a DTD (XXE), and a
/// sheet with more rows, columns or cells than an import takes. The extent of each sheet is read from its
/// cells by a streaming reader that stops at the bound, never from its &lt;dimension&gt; element; a declared
/// dimension beyond the bounds is refused too, because MiniExcel trusts it and would materialise every
/// declared column of every row (A1:XFD100 took 213 s).
/// </summary>
public static class XlsxPackageGuard
{
    private const long LargePartBytes = 1024 * 1024;

    /// <summary>The bounds used for uploads; tests of the guard itself may pass smaller ones.</summary>
    public static readonly XlsxBounds Default = new(
        ExcelConsts.MaxPackageEntries, ExcelConsts.MaxUncompressedBytes, ExcelConsts.MaxCompressionRatio,
        ExcelConsts.MaxImportRows + 1, ExcelConsts.MaxImportColumns, ExcelConsts.MaxImportCells);

    /// <summary>Throws a <see cref="BusinessException"/> (05019) saying what is wrong; leaves the stream at position 0.</summary>
    public static void Check(Stream xlsx, CancellationToken cancellationToken) => Check(xlsx, Default, cancellationToken);

    public static void Check(Stream xlsx, XlsxBounds bounds, CancellationToken cancellationToken)
    {
        try
        {
            using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
            CheckDeclaredSizes(zip, bounds);
            var budget = new InflatedBudget(bounds.MaxUncompressedBytes);
            foreach (var entry in zip.Entries.Where(IsXml))
            {
                cancellationToken.ThrowIfCancellationRequested();
                ScanXml(entry, budget, bounds, cancellationToken);
            }
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or NotSupportedException)
        {
            // Not a zip, a damaged or unsupported one, malformed XML or a DTD (prohibited): not a workbook we read.
            throw Invalid("ExcelImport:NotXlsx");
        }
        finally
        {
            xlsx.Position = 0;
        }
    }

    private static void CheckDeclaredSizes(ZipArchive zip, XlsxBounds bounds)
    {
        if (zip.Entries.Count > bounds.MaxEntries)
        {
            throw Invalid("ExcelImport:TooManyParts", bounds.MaxEntries);
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            var absurdRatio = entry.Length > LargePartBytes
                && entry.Length > (long)bounds.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1);
            if (absurdRatio || total > bounds.MaxUncompressedBytes)
            {
                throw Expands(bounds);
            }
        }
    }

    /// <summary>
    /// Parts named .xml or .rels, and any other part that starts like XML: the relationships may point a
    /// parser at a sheet of any name, while images and printer settings are binary and stay unread.
    /// </summary>
    private static bool IsXml(ZipArchiveEntry entry)
    {
        if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        using var part = entry.Open();
        Span<byte> head = stackalloc byte[4];
        var read = part.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var start = head[..read].TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8);
        return start.Length > 0 && (start[0] == (byte)'<' || start[0] is 0xFF or 0xFE);
    }

    /// <summary>Reads the part to its end (so a DTD anywhere is found), measuring a worksheet on the way.</summary>
    private static void ScanXml(ZipArchiveEntry entry, InflatedBudget budget, XlsxBounds bounds, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            CloseInput = true,
        };
        using var reader = XmlReader.Create(new CountingStream(entry.Open(), budget, bounds), settings);
        SheetExtent? sheet = null;
        var nodes = 0;
        while (reader.Read())
        {
            if (++nodes % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            // A sheet is known by its root element, wherever the package puts it (workbook.xml.rels may point
            // anywhere), so a sheet outside xl/worksheets/ is measured too.
            if (sheet is null && reader.Depth == 0)
            {
                sheet = reader.LocalName is "worksheet" or "dialogsheet" or "macrosheet" ? new SheetExtent(bounds) : null;
            }

            sheet?.Visit(reader);
        }
    }

    private static BusinessException Expands(XlsxBounds bounds) =>
        Invalid("ExcelImport:Expands", bounds.MaxUncompressedBytes / (1024 * 1024));

    private static BusinessException Invalid(string key, params object?[] args) =>
        new(TalentReformErrorCodes.ImportFileInvalid, new LocalizedText(key, args));

    /// <summary>Rows, columns and cells of one worksheet, from its &lt;row&gt; and &lt;c&gt; elements.</summary>
    private sealed class SheetExtent(XlsxBounds bounds)
    {
        private int _row;
        private int _column;
        private int _cells;

        public void Visit(XmlReader reader)
        {
            switch (reader.LocalName)
            {
                case "dimension":
                    CheckDimension(reader.GetAttribute("ref"));
                    break;
                case "row":
                    // Without r, a row follows the previous one.
                    _row = int.TryParse(reader.GetAttribute("r"), out var r) ? r : _row + 1;
                    _column = 0;
                    CheckRow(_row);
                    break;
                case "c":
                    _column = CellReference.TryParse(reader.GetAttribute("r"), out var column, out _) ? column : _column + 1;
                    CheckColumn(_column);
                    if (++_cells > bounds.MaxCells)
                    {
                        throw Invalid("ExcelImport:TooManyCells", bounds.MaxCells);
                    }

                    break;
            }
        }

        private void CheckDimension(string? reference)
        {
            var end = reference?.Split(':')[^1];
            if (CellReference.TryParse(end, out var column, out var row))
            {
                CheckColumn(column);
                CheckRow(row);
            }
        }

        private void CheckRow(int row)
        {
            if (row > bounds.MaxRows)
            {
                throw Invalid("ExcelImport:TooManyRows", bounds.MaxRows - 1);
            }
        }

        private void CheckColumn(int column)
        {
            if (column > bounds.MaxColumns)
            {
                throw Invalid("ExcelImport:TooManyColumns", bounds.MaxColumns);
            }
        }
    }

    /// <summary>Inflated bytes of the whole package so far.</summary>
    private sealed class InflatedBudget(long max)
    {
        public long Remaining { get; private set; } = max;

        public void Take(int bytes) => Remaining -= bytes;
    }

    /// <summary>Counts what the decompressor really produces and stops at the budget.</summary>
    private sealed class CountingStream(Stream inner, InflatedBudget budget, XlsxBounds bounds) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            budget.Take(read);
            if (budget.Remaining < 0)
            {
                throw Expands(bounds);
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

/// <param name="MaxRows">Sheet rows including the header row.</param>
public sealed record XlsxBounds(int MaxEntries, long MaxUncompressedBytes, int MaxCompressionRatio, int MaxRows, int MaxColumns, int MaxCells);

/// <summary>A cell reference such as B12 or XFD1048576.</summary>
internal static class CellReference
{
    public static bool TryParse(string? reference, out int column, out int row)
    {
        column = 0;
        row = 0;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        var i = 0;
        // At most three letters (XFD): more could overflow and no sheet has them.
        for (; i < reference.Length && i < 4 && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        if (i == 0 || i == 4)
        {
            // Four letters are beyond any sheet: report it as far too wide rather than unreadable.
            column = i == 4 ? int.MaxValue : 0;
            return i == 4;
        }

        return int.TryParse(reference.AsSpan(i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out row) || reference.Length == i;
    }
}
