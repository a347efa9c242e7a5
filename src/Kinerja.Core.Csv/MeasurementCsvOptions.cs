using Kinerja.Core.Measurement;

namespace Kinerja.Core.Csv;

/// <summary>How decimals are written in a file.</summary>
public enum CsvDecimalStyle
{
    /// <summary>Settled by the file's first value that says it (see <c>docs/csv.md</c>); until then a value that could be read either way is a problem.</summary>
    Detect = 0,

    /// <summary>A point for decimals, a comma between thousands: <c>1,200.5</c>.</summary>
    Point = 1,

    /// <summary>A comma for decimals, a point between thousands (the Indonesian way): <c>1.200,5</c>.</summary>
    Comma = 2,
}

/// <summary>Which names of columns, polarities and aggregation methods a file may use.</summary>
public enum CsvNames
{
    /// <summary>Indonesian or English names (each column by either).</summary>
    Any = 0,

    /// <summary>Indonesian names only (<c>indikator</c>, <c>positif</c>, <c>kumulatif</c> ...).</summary>
    Indonesian = 1,

    /// <summary>English names only (<c>indicator</c>, <c>Positive</c>, <c>CumulativeSum</c> ...).</summary>
    English = 2,
}

/// <summary>
/// How a measurement CSV is read (and written): the separator, the decimal style, the names, how many problems
/// are listed, how a budget file's quarter columns were entered. Immutable; change with <c>with</c>. A value out of range throws at once.
/// </summary>
public sealed record MeasurementCsvOptions
{
    private readonly char? _separator;
    private readonly CsvDecimalStyle _decimalStyle;
    private readonly CsvNames _names;
    private readonly int _maxProblems = 100;
    private readonly BudgetEntryMode _budgetEntry;

    /// <summary>The defaults: separator and decimal style detected, any names, at most 100 problems listed, budget amounts per quarter.</summary>
    public static MeasurementCsvOptions Default { get; } = new();

    /// <summary>
    /// The separator: <c>;</c>, <c>,</c> or a tab; <see langword="null"/> (the default) detects it from the header
    /// line. Writing with <see langword="null"/> uses a comma.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Another character.</exception>
    public char? Separator
    {
        get => _separator;
        init => _separator = value is null or ';' or ',' or '\t'
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The separator should be ';', ',' or a tab.");
    }

    /// <summary>How decimals are written; <see cref="CsvDecimalStyle.Detect"/> by default (writing then uses a point).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined value.</exception>
    public CsvDecimalStyle DecimalStyle
    {
        get => _decimalStyle;
        init => _decimalStyle = value is CsvDecimalStyle.Detect or CsvDecimalStyle.Point or CsvDecimalStyle.Comma
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Value should be in range [0-2].");
    }

    /// <summary>Which names are read (<see cref="CsvNames.Any"/> by default); writing with <see cref="CsvNames.Indonesian"/> writes the Indonesian ones, else the English ones.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined value.</exception>
    public CsvNames Names
    {
        get => _names;
        init => _names = value is CsvNames.Any or CsvNames.Indonesian or CsvNames.English
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Value should be in range [0-2].");
    }

    /// <summary>The most problems listed (the first, by line); the rest are counted. 100 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 1.</exception>
    public int MaxProblems
    {
        get => _maxProblems;
        init => _maxProblems = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Value should be at least 1.");
    }

    /// <summary>
    /// How the quarter columns of a budget file (<see cref="MeasurementCsv.ReadBudget"/>) hold the money spent:
    /// <see cref="BudgetEntryMode.PerTriwulan"/> (the default: each quarter alone) or <see cref="BudgetEntryMode.Cumulative"/>
    /// (from TW I to the quarter, "realisasi anggaran s.d. triwulan"), read as each quarter's own amount by
    /// <see cref="Kinerja.Core.Recap.BudgetMeasurement.FromCumulative"/> and written back as figures to date (decision D48,
    /// <c>docs/csv.md</c>). Measurement files are not affected.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined value.</exception>
    public BudgetEntryMode BudgetEntry
    {
        get => _budgetEntry;
        init => _budgetEntry = value is BudgetEntryMode.PerTriwulan or BudgetEntryMode.Cumulative
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Value should be in range [0-1].");
    }
}
