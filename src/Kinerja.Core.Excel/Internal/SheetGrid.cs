using Kinerja.Core.Validation;
using MiniExcelLibs;

namespace Kinerja.Core.Excel.Internal;

/// <summary>One sheet's cells as the reader gives them, addressed by 1-based row and column.</summary>
internal sealed class SheetGrid
{
    private readonly List<IDictionary<string, object?>> _rows;

    private SheetGrid(string name, List<IDictionary<string, object?>> rows)
    {
        Name = name;
        _rows = rows;
    }

    public string Name { get; }

    /// <summary>The number of rows read (the last row with a cell).</summary>
    public int RowCount => _rows.Count;

    public object? this[int row, int column]
    {
        get
        {
            if (row < 1 || row > _rows.Count)
            {
                return null;
            }

            var value = _rows[row - 1].TryGetValue(CellReference.Letters(column), out var v) ? v : null;
            return value is string s && s.Length == 0 ? null : value;
        }
    }

    public CellReference Cell(int row, int column) => new(Name, row, column);

    /// <summary>Reads a sheet, or reports why it cannot be read.</summary>
    public static SheetGrid? Read(Stream source, string sheetName, List<ValidationProblem> problems)
    {
        var seekable = source;
        if (!source.CanSeek)
        {
            seekable = new MemoryStream();
            source.CopyTo(seekable);
        }

        var start = seekable.Position;
        try
        {
            var names = MiniExcel.GetSheetNames(seekable);
            if (!names.Contains(sheetName, StringComparer.Ordinal))
            {
                problems.Add(new ValidationProblem(
                    ProblemCodes.ExcelSheetMissing, "'" + sheetName + "'", sheetName, Severity.Error, string.Join(", ", names.Select(n => "'" + n + "'"))));
                return null;
            }

            seekable.Position = start;
            var rows = new List<IDictionary<string, object?>>();
            foreach (var row in seekable.Query(useHeaderRow: false, sheetName: sheetName))
            {
                rows.Add((IDictionary<string, object?>)(object)row);
            }

            return new SheetGrid(sheetName, rows);
        }
#pragma warning disable CA1031 // A damaged or foreign file is bad input, reported as a problem whatever the reader throws.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            problems.Add(new ValidationProblem(ProblemCodes.ExcelUnreadable, "workbook", null, Severity.Error, e.Message.TrimEnd('.')));
            return null;
        }
        finally
        {
            if (!ReferenceEquals(seekable, source))
            {
                seekable.Dispose();
            }
        }
    }
}
