using System.Globalization;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Excel.Internal;

/// <summary>Collects problems that name a cell. Arguments: {0} the sheet, {1} the row, {2} the column letters with the
/// column's header, such as <c>F (Realisasi Triwulan)</c>, then one more value at most (the expected value ...).</summary>
internal sealed class CellProblems
{
    private readonly List<ValidationProblem> _list = [];

    public List<ValidationProblem> List => _list;

    public bool HasErrors => _list.Exists(p => p.Severity == Severity.Error);

    public void Error(string code, CellReference cell, string header, string? value, params string[] more) =>
        Add(code, Severity.Error, cell, header, value, more);

    public void Warning(string code, CellReference cell, string header, string? value, params string[] more) =>
        Add(code, Severity.Warning, cell, header, value, more);

    private void Add(string code, Severity severity, CellReference cell, string header, string? value, string[] more)
    {
        string[] arguments = [cell.Sheet, cell.Row.ToString(CultureInfo.InvariantCulture), cell.ColumnLetters + " (" + header + ")", .. more];
        _list.Add(new ValidationProblem(code, cell.Path, value, severity, arguments));
    }
}
