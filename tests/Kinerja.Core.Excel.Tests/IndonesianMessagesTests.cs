using Kinerja.Core.Agreements;
using Kinerja.Core.Tests.Validation;
using Kinerja.Core.Validation;
using static Kinerja.Core.Excel.Tests.Forms;

namespace Kinerja.Core.Excel.Tests;

/// <summary>
/// Every problem the form reader reports has an Indonesian text with no English in it: the reader runs
/// on a corpus of bad files and forms (not a workbook, no form sheet, another form, each kind of cell
/// changed or mistyped, rows added, copied and deleted), and every problem's Indonesian message is
/// checked by <see cref="IndonesianText"/> (shared with the core tests).
/// </summary>
public sealed class IndonesianMessagesTests
{
    [Fact]
    public void Import_OnACorpusOfBadForms_IndonesianMessagesHoldNoEnglish()
    {
        var pk = Pk();
        var blank = Generate(pk, Triwulan.II);
        var problems = new List<ValidationProblem>();

        // Not a workbook, or a workbook without the form.
        Import("No,Sasaran\n1,x\n"u8.ToArray());
        Import([]);
        Import([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]);
        using (var other = new MemoryStream())
        {
            MiniExcelLibs.MiniExcel.SaveAs(other, new Dictionary<string, object> { ["Sheet1"] = new[] { new Dictionary<string, object?> { ["A"] = "x" } } });
            Import(other.ToArray());
        }

        // Another form: its kind, unit, year, quarter or version, a column header; or this form read for another PK or quarter.
        foreach (var cell in new[] { "C2", "C3", "C5", "C6", "C7", "A11", "F11", "J11" })
        {
            Import(Xlsx.Open(blank).SetText(Sheet, cell, "lain").ToBytes());
        }

        Import(blank, Pk(2025));
        Import(blank, pk, Triwulan.III);

        // Each kind of cell changed or mistyped, one at a time.
        foreach (var (cell, text) in new[]
        {
            ("J12", "IK9"), ("J13", "IK1"), ("J12", string.Empty), ("B12", "diubah"), ("C12", "diubah"), ("H12", "Persen"),
            ("D14", "1 - 2"), ("E12", "dua puluh"), ("F12", "abc"), ("F12", "1.234,5.6"), ("F15", "ZZ"), ("G12", "data belum masuk"),
            ("I12", "bukti.pdf"),
        })
        {
            Import(Xlsx.Open(blank).SetText(Sheet, cell, text).ToBytes());
        }

        foreach (var (cell, number) in new[] { ("D12", "99"), ("E13", "7"), ("F12", "-2"), ("F15", "5") })
        {
            Import(Xlsx.Open(blank).SetNumber(Sheet, cell, number).ToBytes());
        }

        Import(Xlsx.Open(blank).DeleteRow(Sheet, 15).ToBytes());

        Assert.Superset(
            new HashSet<string>(
            [
                ProblemCodes.ExcelUnreadable, ProblemCodes.ExcelSheetMissing, ProblemCodes.ExcelFormMismatch, ProblemCodes.ExcelValueChanged,
                ProblemCodes.ExcelUnknownIndicator, ProblemCodes.ExcelDuplicateRow, ProblemCodes.ExcelMissingRow, ProblemCodes.ExcelNotANumber,
                ProblemCodes.ExcelNegative, ProblemCodes.ExcelGradeUnknown, ProblemCodes.ExcelNoteWithoutRealisasi,
            ]),
            problems.Select(p => p.Code).ToHashSet(StringComparer.Ordinal));
        if (IndonesianText.Report(problems) is { } report)
        {
            Assert.Fail(report);
        }

        void Import(byte[] bytes, PerjanjianKinerja? forPk = null, Triwulan? triwulan = null)
        {
            using var stream = new MemoryStream(bytes);
            problems.AddRange(DataCollectionForm.Read(stream, forPk ?? pk, triwulan ?? Triwulan.II).Problems);
        }
    }
}
