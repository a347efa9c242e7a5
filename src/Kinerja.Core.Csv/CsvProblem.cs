using System.Globalization;

namespace Kinerja.Core.Csv;

/// <summary>
/// A problem of a CSV file: where (line, column by number and name), the value found, and what is wrong in
/// Indonesian and English. Immutable.
/// </summary>
public sealed class CsvProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">A stable code (<c>csv.number</c>, or a code of <c>Kinerja.Core.Validation.ProblemCodes</c> for the recap's own checks).</param>
    /// <param name="line">The line, from 1 (the header line is 1).</param>
    /// <param name="column">The column, from 1; 0 when the problem is the whole line.</param>
    /// <param name="columnName">The column's name in the file, or empty.</param>
    /// <param name="value">The value found, or empty.</param>
    /// <param name="indonesian">What is wrong, in Indonesian.</param>
    /// <param name="english">What is wrong, in English.</param>
    /// <param name="file">Which file, when a read takes two (<c>indicators</c> or <c>budget</c>); else empty.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public CsvProblem(string code, int line, int column, string columnName, string value, string indonesian, string english, string file = "")
    {
        File = file ?? throw new ArgumentNullException(nameof(file));
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Line = line;
        Column = column;
        ColumnName = columnName ?? throw new ArgumentNullException(nameof(columnName));
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Indonesian = indonesian ?? throw new ArgumentNullException(nameof(indonesian));
        English = english ?? throw new ArgumentNullException(nameof(english));
    }

    /// <summary>A stable code.</summary>
    public string Code { get; }

    /// <summary>The line, from 1 (the header line is 1).</summary>
    public int Line { get; }

    /// <summary>The column, from 1; 0 when the problem is the whole line.</summary>
    public int Column { get; }

    /// <summary>The column's name in the file, or empty.</summary>
    public string ColumnName { get; }

    /// <summary>The value found, or empty.</summary>
    public string Value { get; }

    /// <summary>What is wrong, in Indonesian.</summary>
    public string Indonesian { get; }

    /// <summary>What is wrong, in English.</summary>
    public string English { get; }

    /// <summary>Which file, when a read takes two (<c>indicators</c> or <c>budget</c>); else empty.</summary>
    public string File { get; }

    /// <summary>The problem in Indonesian, then in English (after the file's name when there is one).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var file = File.Length > 0 ? File + ": " : string.Empty;
        var line = Line.ToString(CultureInfo.InvariantCulture);
        if (Column <= 0)
        {
            return $"{file}baris {line}: {Indonesian} / line {line}: {English}";
        }

        var column = Column.ToString(CultureInfo.InvariantCulture);
        return $"{file}baris {line}, kolom {column} ({ColumnName}): '{Value}' {Indonesian} / line {line}, column {column} ({ColumnName}): '{Value}' {English}";
    }

    /// <summary>The same problem, of the named file.</summary>
    internal CsvProblem In(string file) => new(Code, Line, Column, ColumnName, Value, Indonesian, English, file);
}

/// <summary>What reading a CSV file gave: a value, or the problems (the first ones listed, all of them counted). Immutable.</summary>
/// <typeparam name="T">The value read.</typeparam>
public sealed class CsvResult<T>
    where T : class
{
    private readonly T? _value;
    private readonly IReadOnlyList<int> _columnOf;

    internal CsvResult(T? value, IReadOnlyList<CsvProblem> problems, int problemCount, int rowCount, IReadOnlyList<string>? header = null, IReadOnlyList<int>? columnOf = null, IReadOnlyList<int>? lines = null)
    {
        _value = problems.Count == 0 ? value : null;
        Readable = value;
        ReadableLines = lines ?? [];
        Problems = problems;
        ProblemCount = problemCount;
        RowCount = rowCount;
        Header = header ?? [];
        _columnOf = columnOf ?? [];
        Lines = problems.Count == 0 ? lines ?? [] : [];
    }

    /// <summary>Whether the file was read without a problem.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>The value read.</summary>
    /// <exception cref="InvalidOperationException">The file had problems.</exception>
    public T Value => _value ?? throw new InvalidOperationException($"The file has {ProblemCount} problem(s); read Problems instead of Value.");

    /// <summary>
    /// What the rows read without a problem of their own make (<see cref="MeasurementCsv.ReadRows"/>,
    /// <see cref="MeasurementCsv.ReadBudget"/>), also when other rows of the file have problems: for a caller's own checks
    /// of those rows in the same pass as the reader's, so that the user is shown every problem at once. The file is still
    /// refused (<see cref="Value"/> throws): never store this in its place. <see langword="null"/> for a source
    /// (<see cref="MeasurementCsv.ReadSource(Stream, MeasurementCsvOptions?, IProgress{long}?)"/>) with problems.
    /// </summary>
    public T? Readable { get; }

    /// <summary>The line of each row of <see cref="Readable"/>, in its order (what a caller's own checks of them name).</summary>
    public IReadOnlyList<int> ReadableLines { get; }

    /// <summary>The problems listed (at most <see cref="MeasurementCsvOptions.MaxProblems"/>), by line.</summary>
    public IReadOnlyList<CsvProblem> Problems { get; }

    /// <summary>Every problem found, listed or not.</summary>
    public int ProblemCount { get; }

    /// <summary>The problems found but not listed.</summary>
    public int ProblemsNotListed => ProblemCount - Problems.Count;

    /// <summary>The data rows read (lines after the header, blank lines not counted).</summary>
    public int RowCount { get; }

    /// <summary>The file's header: each column's name as the file writes it (a byte-order mark dropped); empty when the file has none.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>
    /// The line of each row of <see cref="Value"/>, in its order, when the value is a file's rows
    /// (<see cref="MeasurementCsv.ReadRows"/>, <see cref="MeasurementCsv.ReadBudget"/>): what a caller's own checks of the
    /// rows name, as the reader's problems do.
    /// Empty for other values and when the file has problems.
    /// </summary>
    public IReadOnlyList<int> Lines { get; }

    /// <summary>Where a measurement file holds a field: the file column, from 1, whose name is <c>Header[column - 1]</c>.</summary>
    /// <param name="column">The field.</param>
    /// <returns>The column, from 1; 0 when the file has no such column (a file may leave out <see cref="MeasurementColumn.TargetUpper"/>) or is not a measurement file.</returns>
    public int ColumnOf(MeasurementColumn column) =>
        (int)column >= 0 && (int)column < _columnOf.Count && _columnOf[(int)column] >= 0 ? _columnOf[(int)column] + 1 : 0;
}
