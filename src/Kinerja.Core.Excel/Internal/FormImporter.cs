using System.Globalization;
using Kinerja.Core.Agreements;
using Kinerja.Core.Measurement;
using Kinerja.Core.Validation;
using static Kinerja.Core.Excel.Internal.FormLayout;

namespace Kinerja.Core.Excel.Internal;

/// <summary>Reads a filled data-collection form back into realisasi.</summary>
internal static class FormImporter
{
    private static readonly char[] BuktiSeparators = [';', '\n', '\r'];

    public static ValidationResult<MeasurementSet> Import(Stream source, PerjanjianKinerja pk, Triwulan triwulan)
    {
        var read = new List<ValidationProblem>();
        var grid = SheetGrid.Read(source, DataCollectionForm.SheetName, read);
        if (grid is null)
        {
            return new ValidationResult<MeasurementSet>(null, read);
        }

        var problems = new CellProblems();
        if (!CheckHeader(grid, pk, triwulan, problems))
        {
            // Another form (another unit, year, quarter or PK version): comparing its rows with this PK
            // would only add noise, so the header's problems are reported alone.
            return new ValidationResult<MeasurementSet>(null, problems.List);
        }

        var entries = ReadRows(grid, pk, triwulan, problems);
        if (problems.HasErrors)
        {
            return new ValidationResult<MeasurementSet>(null, problems.List);
        }

        var builder = MeasurementSet.CreateBuilder(pk);
        foreach (var e in entries)
        {
            _ = e.Grade is { } grade
                ? builder.AddGrade(e.Indicator.Id, triwulan.Number, grade, e.Note, e.BuktiDukung)
                : builder.AddRealisasi(e.Indicator.Id, triwulan.Number, e.Value, e.Note, e.BuktiDukung);
        }

        var built = builder.Build();
        if (built.IsValid)
        {
            return new ValidationResult<MeasurementSet>(built.Value, problems.List.Concat(built.Problems));
        }

        // The rows were checked above, so this is a rule of the measurement builder the form does not
        // know yet: report it at the row it came from.
        var mapped = built.Problems.Select(p => Repath(p, entries, grid.Name));
        return new ValidationResult<MeasurementSet>(null, problems.List.Concat(mapped));
    }

    private static bool CheckHeader(SheetGrid grid, PerjanjianKinerja pk, Triwulan triwulan, CellProblems problems)
    {
        var ok = true;
        ok &= Check(FormKindRow, FormKindLabel, DataCollectionForm.FormKind, v => Text(v) == DataCollectionForm.FormKind);
        if (!ok)
        {
            return false;
        }

        ok &= Check(UnitCodeRow, UnitCodeLabel, pk.Unit.Code, v => Text(v) == pk.Unit.Code.Trim());
        ok &= Check(YearRow, YearLabel, Of(pk.Year), v => ExcelNumber.TryRead(v, out var y) && y == pk.Year);
        ok &= Check(TriwulanRow, TriwulanLabel, triwulan.ToString(), v => ReadTriwulan(v) == triwulan.Number);
        ok &= Check(VersionRow, VersionLabel, Of(pk.Version), v => ExcelNumber.TryRead(v, out var n) && n == pk.Version);

        for (var c = 1; c <= ColumnCount; c++)
        {
            var cell = grid.Cell(TableHeaderRow, c);
            var value = grid[TableHeaderRow, c];
            if (Text(value) != Header(c))
            {
                problems.Error(ProblemCodes.ExcelFormMismatch, cell, "judul kolom", ExcelNumber.Describe(value), Header(c));
                ok = false;
            }
        }

        return ok;

        bool Check(int row, string label, string expected, Func<object?, bool> matches)
        {
            var value = grid[row, ValueColumn];
            if (matches(value))
            {
                return true;
            }

            problems.Error(ProblemCodes.ExcelFormMismatch, grid.Cell(row, ValueColumn), label, ExcelNumber.Describe(value), label + " " + expected);
            return false;
        }
    }

    private static List<Entry> ReadRows(SheetGrid grid, PerjanjianKinerja pk, Triwulan triwulan, CellProblems problems)
    {
        var entries = new List<Entry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var pkName = "PK " + pk.Key + " versi " + Of(pk.Version);
        foreach (var row in grid.Rows)
        {
            if (row < FirstDataRow)
            {
                continue;
            }

            if (Enumerable.Range(1, ColumnCount).All(c => Text(grid[row, c]).Length == 0))
            {
                continue;
            }

            var id = Text(grid[row, IndicatorIdColumn]);
            var indicator = id.Length == 0 ? null : pk.FindIndicator(id);
            if (indicator is null)
            {
                problems.Error(ProblemCodes.ExcelUnknownIndicator, grid.Cell(row, IndicatorIdColumn), Header(IndicatorIdColumn), id.Length == 0 ? Text(grid[row, IndicatorColumn]) : id, pkName);
                continue;
            }

            if (seen.TryGetValue(id, out var first))
            {
                problems.Error(ProblemCodes.ExcelDuplicateRow, grid.Cell(row, IndicatorIdColumn), Header(IndicatorIdColumn), id, Of(first));
                continue;
            }

            seen.Add(id, row);
            var sasaran = pk.FindSasaranOf(id)!;
            Unchanged(row, SasaranColumn, sasaran.Name);
            Unchanged(row, IndicatorColumn, indicator.Name);
            Unchanged(row, SatuanColumn, indicator.Satuan);
            if (!TargetText.Matches(grid[row, AnnualTargetColumn], indicator.AnnualTarget))
            {
                problems.Error(ProblemCodes.ExcelValueChanged, grid.Cell(row, AnnualTargetColumn), Header(AnnualTargetColumn), ExcelNumber.Describe(grid[row, AnnualTargetColumn]), TargetText.Show(indicator.AnnualTarget));
            }

            var quarterTarget = indicator.GetTriwulanTarget(triwulan);
            if (!TargetText.Matches(grid[row, QuarterTargetColumn], quarterTarget))
            {
                problems.Error(ProblemCodes.ExcelValueChanged, grid.Cell(row, QuarterTargetColumn), Header(QuarterTargetColumn), ExcelNumber.Describe(grid[row, QuarterTargetColumn]), TargetText.Show(quarterTarget));
            }

            var note = Text(grid[row, KeteranganColumn]);
            var bukti = Text(grid[row, BuktiDukungColumn]).Split(BuktiSeparators, StringSplitOptions.RemoveEmptyEntries)
                .Select(b => b.Trim()).Where(b => b.Length > 0).Select(b => new BuktiDukung(b)).ToArray();
            var cell = grid[row, RealisasiColumn];
            var typed = Text(cell);
            if (typed.Length == 0 || typed == "-")
            {
                if (note.Length > 0)
                {
                    problems.Warning(ProblemCodes.ExcelNoteWithoutRealisasi, grid.Cell(row, KeteranganColumn), Header(KeteranganColumn), note);
                }

                if (bukti.Length > 0)
                {
                    problems.Warning(ProblemCodes.ExcelNoteWithoutRealisasi, grid.Cell(row, BuktiDukungColumn), Header(BuktiDukungColumn), Text(grid[row, BuktiDukungColumn]));
                }

                continue;
            }

            var at = grid.Cell(row, RealisasiColumn);
            if (indicator.ValueKind == ValueKind.QualitativeGrade)
            {
                var scale = indicator.GradeScale!;
                if (cell is not string || !scale.Contains(typed))
                {
                    problems.Error(ProblemCodes.ExcelGradeUnknown, at, Header(RealisasiColumn), ExcelNumber.Describe(cell), scale.ToString());
                    continue;
                }

                entries.Add(new Entry(indicator, row, 0m, typed, note.Length == 0 ? null : note, bukti));
                continue;
            }

            if (!ExcelNumber.TryRead(cell, out var value))
            {
                problems.Error(ProblemCodes.ExcelNotANumber, at, Header(RealisasiColumn), ExcelNumber.Describe(cell));
                continue;
            }

            if (value < 0m)
            {
                problems.Error(ProblemCodes.ExcelNegative, at, Header(RealisasiColumn), ExcelNumber.Invariant(value));
                continue;
            }

            entries.Add(new Entry(indicator, row, value, null, note.Length == 0 ? null : note, bukti));
        }

        foreach (var indicator in pk.Indicators.Where(i => !seen.ContainsKey(i.Id)))
        {
            problems.List.Add(new ValidationProblem(ProblemCodes.ExcelMissingRow, "'" + grid.Name.Replace("'", "''") + "'", indicator.Id, Severity.Error, indicator.Name));
        }

        return entries;

        void Unchanged(int row, int column, string expected)
        {
            // Spreadsheet programs keep line breaks as "\n" whatever the PK held.
            var value = grid[row, column];
            if (Text(value).Replace("\r\n", "\n") != expected.Trim().Replace("\r\n", "\n"))
            {
                problems.Error(ProblemCodes.ExcelValueChanged, grid.Cell(row, column), Header(column), ExcelNumber.Describe(value), expected);
            }
        }
    }

    private static ValidationProblem Repath(ValidationProblem problem, List<Entry> entries, string sheet)
    {
        const string Prefix = "realisasi[";
        if (problem.Path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var end = problem.Path.IndexOf(']', Prefix.Length);
            if (end > 0 && int.TryParse(problem.Path.Substring(Prefix.Length, end - Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < entries.Count)
            {
                var cell = new CellReference(sheet, entries[index].Row, RealisasiColumn);
                return new ValidationProblem(problem.Code, cell.Path + problem.Path.Substring(end + 1), problem.AttemptedValue, problem.Severity, [.. problem.Arguments]);
            }
        }

        return problem;
    }

    private static int ReadTriwulan(object? value)
    {
        if (ExcelNumber.TryRead(value, out var n))
        {
            return n is >= 1 and <= 4 && n == decimal.Truncate(n) ? (int)n : 0;
        }

        var text = Text(value).ToUpperInvariant().Replace(" ", string.Empty);
        if (text.StartsWith("TW", StringComparison.Ordinal))
        {
            text = text.Substring(2);
        }

        return text switch
        {
            "I" => 1,
            "II" => 2,
            "III" => 3,
            "IV" => 4,
            _ => 0,
        };
    }

    private static string Text(object? value) => ExcelNumber.Describe(value)?.Trim() ?? string.Empty;

    private static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Entry(Indicator Indicator, int Row, decimal Value, string? Grade, string? Note, BuktiDukung[] BuktiDukung);
}
