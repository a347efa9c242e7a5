using Kinerja.Core.Measurement;
using Kinerja.Core.Validation;
using static Kinerja.Core.Excel.Tests.Forms;

namespace Kinerja.Core.Excel.Tests;

public sealed class DataCollectionFormTests
{
    private static readonly Triwulan Tw2 = Triwulan.II;

    private static ValidationResult<MeasurementSet> Import(Xlsx form, Agreements.PerjanjianKinerja? pk = null, Triwulan? triwulan = null)
    {
        using var stream = form.ToStream();
        return DataCollectionForm.Read(stream, pk ?? Pk(), triwulan ?? Tw2);
    }

    private static ValidationProblem Single(ValidationResult<MeasurementSet> result)
    {
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }

    // ---------------------------------------------------------------- generate

    [Fact]
    public void Generate_SamplePk_WritesTheSeedColumnsInOrderThenTheMarkedAdditions()
    {
        var form = Blank(Pk(), Tw2);

        string[] seed = ["No", "Sasaran", "Indikator Kinerja", "Target Tahunan", "Target Triwulan", "Realisasi Triwulan", "Keterangan"];
        Assert.Equal(seed, "ABCDEFG".Select(c => form.Raw(Sheet, c + "11")));
        Assert.Equal(["Satuan (tambahan)", "Bukti Dukung (tambahan)", "Kode Indikator (tambahan)"], "HIJ".Select(c => form.Raw(Sheet, c + "11")));
        Assert.Equal([DataCollectionForm.SheetName, DataCollectionForm.InstructionsSheetName], form.SheetNames);
    }

    [Fact]
    public void Generate_SamplePk_WritesTheHeaderBlockThatImportChecks()
    {
        var form = Blank(Pk(), Tw2);

        Assert.Equal(DataCollectionForm.FormKind, form.Raw(Sheet, "C2"));
        Assert.Equal("3303-BBS", form.Raw(Sheet, "C3"));
        Assert.Equal("Kecamatan Bobotsari (demo)", form.Raw(Sheet, "C4"));
        Assert.Equal("2026", form.Raw(Sheet, "C5"));
        Assert.Equal("TW II", form.Raw(Sheet, "C6"));
        Assert.Equal("1", form.Raw(Sheet, "C7"));
        Assert.Equal("Demo Camat, S.STP, Camat Bobotsari", form.Raw(Sheet, "C8"));
    }

    [Fact]
    public void Generate_SamplePk_WritesOneRowPerIndicatorWithTargetsOfTheQuarter()
    {
        var form = Blank(Pk(), Tw2);

        Assert.Equal(["1", "Meningkatnya kualitas pelayanan publik", "Jumlah dokumen pelayanan terselesaikan", "100", "20", null, null, "Dokumen", null, "IK1"],
            "ABCDEFGHIJ".Select(c => form.Raw(Sheet, c + "12")));
        Assert.Equal("6.25", form.Raw(Sheet, "E13"));
        Assert.Equal("80 - 90,5", form.Raw(Sheet, "D14"));
        Assert.Null(form.Raw(Sheet, "E14"));
        Assert.Equal("BB", form.Raw(Sheet, "D15"));
        Assert.Equal("B", form.Raw(Sheet, "E15"));
        Assert.Equal("IK4", form.Raw(Sheet, "J15"));
        Assert.Null(form.Raw(Sheet, "J16"));
    }

    [Fact]
    public void Generate_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => DataCollectionForm.Write(null!, Pk(), Tw2));
        Assert.Throws<ArgumentNullException>(() => DataCollectionForm.Write(new MemoryStream(), null!, Tw2));
        Assert.Throws<ArgumentException>(() => DataCollectionForm.Write(new MemoryStream([], writable: false), Pk(), Tw2));
    }

    [Fact]
    public void DocsExample_GenerateFillImport_GivesTheRealisasi()
    {
        // docs/excel.md, with a temporary file for the one the unit sends back.
        var pk = Pk();
        var path = Path.Combine(Path.GetTempPath(), "pengumpulan-data-tw2-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            using (var file = File.Create(path))
            {
                DataCollectionForm.Write(file, pk, Triwulan.II);
            }

            File.WriteAllBytes(path, Xlsx.Open(File.ReadAllBytes(path)).SetNumber(Sheet, "F12", "18").SetText(Sheet, "F13", "enam").ToBytes());
            using (var filled = File.OpenRead(path))
            {
                var result = DataCollectionForm.Read(filled, pk, Triwulan.II);
                Assert.Equal(
                    "Lembar 'Realisasi' baris 13 kolom F (Realisasi Triwulan): 'enam' bukan angka; tulis angka dengan koma desimal, misalnya 81,2. Sel: 'Realisasi'!F13.",
                    Assert.Single(result.Errors).Message);
            }

            File.WriteAllBytes(path, Xlsx.Open(File.ReadAllBytes(path)).SetText(Sheet, "F13", "6,5").ToBytes());
            using (var corrected = File.OpenRead(path))
            {
                var tw2 = DataCollectionForm.Read(corrected, pk, Triwulan.II).Value;
                Assert.Equal(18m, tw2.Find("IK1", Triwulan.II)!.Value);
                Assert.Equal(6.5m, tw2.Find("IK2", Triwulan.II)!.Value);
                Assert.Null(tw2.Find("IK3", Triwulan.II));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    // ---------------------------------------------------------------- import: values

    [Fact]
    public void Import_BlankForm_IsValidWithNothingReported()
    {
        var result = Import(Blank(Pk(), Tw2));

        Assert.True(result.IsValid, result.ToString());
        Assert.Empty(result.Value.Realisasi);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Import_PkTextWithWindowsLineBreaksAndOuterSpaces_IsNotAChange()
    {
        // XML turns "\r\n" into "\n" when the file is read, and a spreadsheet program trims nothing we need.
        var pk = Agreements.PerjanjianKinerja.CreateBuilder(new Agreements.OfficeUnit(" 3303-BBS ", "Kecamatan"), 2026)
            .WithPihakPertama("Demo Camat", "Camat Bobotsari", null)
            .WithPihakKedua("Demo Bupati", "Bupati Purbalingga", null)
            .AddSasaran("S1", "Meningkatnya kualitas\r\npelayanan publik", s => s
                .AddIndicator("IK1", " Indeks Kepuasan Masyarakat ", i => i.WithSatuan("Indeks").WithAnnualTarget(85m)))
            .Build().Value;
        using var stream = Blank(pk, Tw2).SetNumber(Sheet, "F12", "81.2").ToStream();

        var result = DataCollectionForm.Read(stream, pk, Tw2);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(81.2m, result.Value.Find("IK1", Tw2)!.Value);
    }

    [Fact]
    public void Import_FilledForm_GivesTheRealisasiExactlyAsTyped()
    {
        var form = Blank(Pk(), Tw2)
            .SetNumber(Sheet, "F12", "18")
            .SetText(Sheet, "G12", "Termasuk 3 dokumen susulan")
            .SetText(Sheet, "I12", "Notulen 12/2026; Register pelayanan\nFoto kegiatan")
            .SetNumber(Sheet, "F13", "6.2999999999999998") // Excel's 17-digit text of a typed 6,3
            .SetText(Sheet, "F14", "1.234,5")
            .SetText(Sheet, "F15", "bb");

        var result = Import(form);

        Assert.True(result.IsValid, result.ToString());
        var set = result.Value;
        Assert.Equal(4, set.Realisasi.Count);
        var ik1 = set.Find("IK1", Tw2)!;
        Assert.Equal(18m, ik1.Value);
        Assert.Equal("Termasuk 3 dokumen susulan", ik1.Note);
        Assert.Equal(["Notulen 12/2026", "Register pelayanan", "Foto kegiatan"], ik1.BuktiDukung.Select(b => b.Reference));
        Assert.Equal(6.3m, set.Find("IK2", Tw2)!.Value);
        Assert.Equal(1234.5m, set.Find("IK3", Tw2)!.Value);
        Assert.Equal("bb", set.Find("IK4", Tw2)!.Grade);
        Assert.Null(set.Find("IK4", Tw2)!.Value);
    }

    [Theory]
    [InlineData("81.2", null, "81.2")]
    [InlineData("81.200000000000003", null, "81.2")]
    [InlineData(null, "81,2", "81.2")]
    [InlineData(null, " 81,2 ", "81.2")]
    [InlineData(null, "81,2%", "81.2")]
    [InlineData(null, "1.000.000", "1000000")]
    [InlineData(null, "0", "0")]
    [InlineData("0", null, "0")]
    [InlineData("1E-05", null, "0.00001")]
    [InlineData("0.30000000000000004", null, "0.3")] // a formula's 0.1 + 0.2, as Excel shows it
    [InlineData("83.333333333333329", null, "83.3333333333333")] // a formula's 250/3: Excel's 15 digits
    [InlineData("123456789012345", null, "123456789012345")]
    [InlineData(null, "0,1234567890123456789", "0.1234567890123456789")]
    public void Import_RealisasiCell_GivesTheDecimalTyped(string? number, string? text, string expected)
    {
        var form = Blank(Pk(), Tw2);
        form = number is not null ? form.SetNumber(Sheet, "F12", number) : form.SetText(Sheet, "F12", text!);

        var result = Import(form);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value.Find("IK1", Tw2)!.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    public void Import_EmptyRealisasi_IsNotReportedRatherThanZero(string typed)
    {
        var result = Import(Blank(Pk(), Tw2).SetText(Sheet, "F12", typed));

        Assert.True(result.IsValid, result.ToString());
        Assert.Null(result.Value.Find("IK1", Tw2));
    }

    [Fact]
    public void Import_NoteWithoutRealisasi_WarnsAndImportsNothingOfTheRow()
    {
        var result = Import(Blank(Pk(), Tw2).SetText(Sheet, "G12", "data belum masuk"));

        Assert.True(result.IsValid);
        Assert.Null(result.Value.Find("IK1", Tw2));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ProblemCodes.ExcelNoteWithoutRealisasi, warning.Code);
        Assert.Equal("'Realisasi'!G12", warning.Path);
        Assert.Equal("Sheet 'Realisasi' row 12 column G (Keterangan): the realisasi is empty (not reported), so 'data belum masuk' was not imported. Cell: 'Realisasi'!G12.", warning.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Import_IntoExistingSet_ReplacesThatQuarterAndKeepsTheOthers()
    {
        var pk = Pk();
        var existing = MeasurementSet.CreateBuilder(pk)
            .AddRealisasi("IK1", 1, 9m)
            .AddRealisasi("IK1", 2, 15m)
            .AddRealisasi("IK2", 2, 7m)
            .AddBudget("P1", 1, 50_000_000m)
            .Build().Value;
        using var stream = Blank(pk, Tw2).SetNumber(Sheet, "F12", "21").ToStream();

        var result = DataCollectionForm.Read(stream, pk, Tw2, existing);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(9m, result.Value.Find("IK1", Triwulan.I)!.Value);
        Assert.Equal(21m, result.Value.Find("IK1", Tw2)!.Value);
        Assert.Null(result.Value.Find("IK2", Tw2)); // the form leaves it empty: not reported
        Assert.Equal(50_000_000m, result.Value.FindBudget("P1", Triwulan.I)!.Amount);
        Assert.Equal(15m, existing.Find("IK1", Tw2)!.Value); // the existing set is unchanged
    }

    [Fact]
    public void Import_ExistingSetOfAnotherPk_Throws()
    {
        var other = MeasurementSet.CreateBuilder(Pk(2025)).Build().Value;
        using var stream = Blank(Pk(), Tw2).ToStream();

        Assert.Throws<ArgumentException>(() => DataCollectionForm.Read(stream, Pk(), Tw2, other));
        Assert.Throws<ArgumentNullException>(() => DataCollectionForm.Read(stream, Pk(), Tw2, null!));
        Assert.Throws<ArgumentNullException>(() => DataCollectionForm.Read(null!, Pk(), Tw2));
        Assert.Throws<ArgumentNullException>(() => DataCollectionForm.Read(stream, null!, Tw2));
    }

    // ---------------------------------------------------------------- import: every error names sheet, row and column

    [Fact]
    public void Import_TextThatIsNotANumber_NamesSheetRowAndColumn()
    {
        var problem = Single(Import(Blank(Pk(), Tw2).SetText(Sheet, "F12", "abc")));

        Assert.Equal(ProblemCodes.ExcelNotANumber, problem.Code);
        Assert.Equal("'Realisasi'!F12", problem.Path);
        Assert.Equal("abc", problem.AttemptedValue);
        Assert.Equal("Sheet 'Realisasi' row 12 column F (Realisasi Triwulan): 'abc' is not a number; write a number with a decimal comma, such as 81,2. Cell: 'Realisasi'!F12.", problem.GetMessage(MessageLanguage.English));
        Assert.Equal("Lembar 'Realisasi' baris 12 kolom F (Realisasi Triwulan): 'abc' bukan angka; tulis angka dengan koma desimal, misalnya 81,2. Sel: 'Realisasi'!F12.", problem.Message);
    }

    [Theory]
    [InlineData("81.2")] // a decimal point in text: the form is Indonesian, so this is refused rather than guessed
    [InlineData("1,2,3")]
    [InlineData("12.34,5")]
    [InlineData("Rp 5")]
    public void Import_AmbiguousOrForeignNumberText_IsNotANumber(string typed)
    {
        var problem = Single(Import(Blank(Pk(), Tw2).SetText(Sheet, "F13", typed)));

        Assert.Equal(ProblemCodes.ExcelNotANumber, problem.Code);
        Assert.Equal("'Realisasi'!F13", problem.Path);
        Assert.Equal(typed, problem.AttemptedValue);
    }

    [Fact]
    public void Import_NegativeRealisasi_NamesTheCell()
    {
        var problem = Single(Import(Blank(Pk(), Tw2).SetNumber(Sheet, "F13", "-2.5")));

        Assert.Equal(ProblemCodes.ExcelNegative, problem.Code);
        Assert.Equal("'Realisasi'!F13", problem.Path);
        Assert.Equal("Sheet 'Realisasi' row 13 column F (Realisasi Triwulan): realisasi -2.5 is negative; realisasi cannot be below 0. Cell: 'Realisasi'!F13.", problem.GetMessage(MessageLanguage.English));
    }

    [Theory]
    [InlineData("XYZ", false)]
    [InlineData("3", true)]
    public void Import_GradeNotInScale_NamesTheCellAndTheScale(string typed, bool asNumber)
    {
        var form = Blank(Pk(), Tw2);
        form = asNumber ? form.SetNumber(Sheet, "F15", typed) : form.SetText(Sheet, "F15", typed);

        var problem = Single(Import(form));

        Assert.Equal(ProblemCodes.ExcelGradeUnknown, problem.Code);
        Assert.Equal("'Realisasi'!F15", problem.Path);
        Assert.Equal($"Sheet 'Realisasi' row 15 column F (Realisasi Triwulan): '{typed}' is not a grade of scale Nilai SAKIP (D, C, CC, B, BB, A, AA). Cell: 'Realisasi'!F15.", problem.GetMessage(MessageLanguage.English));
    }

    [Theory]
    [InlineData("D", "12", "120", false, "Target Tahunan", "100")]
    [InlineData("E", "12", "20,5", true, "Target Triwulan", "20")]
    [InlineData("E", "14", "85", false, "Target Triwulan", "")]
    [InlineData("D", "14", "80 - 90", true, "Target Tahunan", "80 - 90,5")]
    [InlineData("D", "15", "A", true, "Target Tahunan", "BB")]
    [InlineData("C", "12", "Jumlah dokumen", true, "Indikator Kinerja", "Jumlah dokumen pelayanan terselesaikan")]
    [InlineData("B", "13", "Sasaran lain", true, "Sasaran", "Meningkatnya kualitas pelayanan publik")]
    [InlineData("H", "12", "Berkas", true, "Satuan (tambahan)", "Dokumen")]
    public void Import_ChangedPkColumn_NamesTheCellAndThePkValue(string column, string row, string typed, bool asText, string header, string expected)
    {
        var form = Blank(Pk(), Tw2);
        var cell = column + row;
        form = asText ? form.SetText(Sheet, cell, typed) : form.SetNumber(Sheet, cell, typed);

        var problem = Single(Import(form));

        Assert.Equal(ProblemCodes.ExcelValueChanged, problem.Code);
        Assert.Equal("'Realisasi'!" + cell, problem.Path);
        Assert.Equal($"Sheet 'Realisasi' row {row} column {column} ({header}): '{typed}' differs from the PK ('{expected}'); this column is filled from the PK and must not be changed. Cell: 'Realisasi'!{cell}.", problem.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Import_TargetRetypedAsIndonesianText_IsNotAChange()
    {
        var result = Import(Blank(Pk(), Tw2).SetText(Sheet, "E13", "6,25").SetText(Sheet, "D12", "100,00").SetText(Sheet, "D15", "bb"));

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void Import_UnknownIndicatorRow_NamesTheIdCell()
    {
        var form = Blank(Pk(), Tw2)
            .SetText(Sheet, "A16", "5").SetText(Sheet, "C16", "Indikator baru").SetNumber(Sheet, "F16", "3").SetText(Sheet, "J16", "IK9");

        var problem = Single(Import(form));

        Assert.Equal(ProblemCodes.ExcelUnknownIndicator, problem.Code);
        Assert.Equal("'Realisasi'!J16", problem.Path);
        Assert.Equal("Sheet 'Realisasi' row 16 column J (Kode Indikator (tambahan)): indicator 'IK9' is not in PK 3303-BBS/2026 versi 1. Cell: 'Realisasi'!J16.", problem.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Import_RowWithoutIndicatorId_IsUnknownAndNamedByItsIndicatorText()
    {
        var problem = Single(Import(Blank(Pk(), Tw2).SetText(Sheet, "C17", "Tambahan tanpa kode").SetNumber(Sheet, "F17", "1")));

        Assert.Equal(ProblemCodes.ExcelUnknownIndicator, problem.Code);
        Assert.Equal("'Realisasi'!J17", problem.Path);
        Assert.Equal("Tambahan tanpa kode", problem.AttemptedValue);
    }

    [Fact]
    public void Import_CopiedRow_IsADuplicateNamingBothRows()
    {
        var form = Blank(Pk(), Tw2);
        foreach (var c in "ABCDEFGHIJ")
        {
            var text = form.Raw(Sheet, c + "12");
            form = text is null ? form : c is 'A' or 'D' or 'E' ? form.SetNumber(Sheet, c + "16", text) : form.SetText(Sheet, c + "16", text);
        }

        var problem = Single(Import(form));

        Assert.Equal(ProblemCodes.ExcelDuplicateRow, problem.Code);
        Assert.Equal("'Realisasi'!J16", problem.Path);
        Assert.Equal("Sheet 'Realisasi' row 16 column J (Kode Indikator (tambahan)): indicator 'IK1' already has row 12. Cell: 'Realisasi'!J16.", problem.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Import_DeletedRow_NamesTheSheetAndTheMissingIndicator()
    {
        var form = Blank(Pk(), Tw2);
        foreach (var c in "ABCDEFGHIJ")
        {
            form = form.Clear(Sheet, c + "13");
        }

        var problem = Single(Import(form));

        Assert.Equal(ProblemCodes.ExcelMissingRow, problem.Code);
        Assert.Equal("'Realisasi'", problem.Path);
        Assert.Equal("IK2", problem.AttemptedValue);
        Assert.Equal("Sheet 'Realisasi': the row of indicator 'IK2' (Rata-rata waktu penyelesaian pengaduan) is missing; do not delete rows from the form.", problem.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Import_RowsWithGapsLeftByTheSpreadsheetProgram_StillNameTheirRealRows()
    {
        // A spreadsheet program does not store empty rows: row 10 (blank) goes missing from the file,
        // and so does row 1 when the title is cleared.
        var form = Blank(Pk(), Tw2).DeleteRow(Sheet, 1).DeleteRow(Sheet, 10).SetText(Sheet, "F14", "x");
        using var stream = form.ToStream();

        var problem = Single(DataCollectionForm.Read(stream, Pk(), Tw2));

        Assert.Equal("'Realisasi'!F14", problem.Path);
        Assert.True(stream.CanRead); // the caller's stream is left open
    }

    [Theory]
    [InlineData("C3", "3303-XYZ", true, "Kode Unit", "Kode Unit 3303-BBS")]
    [InlineData("C5", "2025", false, "Tahun", "Tahun 2026")]
    [InlineData("C6", "TW III", true, "Triwulan", "Triwulan TW II")]
    [InlineData("C7", "2", false, "Versi PK", "Versi PK 1")]
    [InlineData("C2", "formulir lain", true, "Formulir", "Formulir " + DataCollectionForm.FormKind)]
    public void Import_FormOfAnotherUnitYearQuarterOrVersion_NamesTheHeaderCell(string cell, string typed, bool asText, string label, string expected)
    {
        var form = Blank(Pk(), Tw2).SetNumber(Sheet, "F12", "x");
        form = asText ? form.SetText(Sheet, cell, typed) : form.SetNumber(Sheet, cell, typed);

        var problem = Single(Import(form)); // the rows of another form are not checked: only the header speaks

        Assert.Equal(ProblemCodes.ExcelFormMismatch, problem.Code);
        Assert.Equal("'Realisasi'!" + cell, problem.Path);
        Assert.Equal($"Sheet 'Realisasi' row {cell.Substring(1)} column C ({label}): '{typed}' does not match; the form expected is {expected}. Cell: 'Realisasi'!{cell}.", problem.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Import_FormOfAnotherQuarter_IsRefusedByItsHeader()
    {
        using var stream = Blank(Pk(), Triwulan.III).ToStream();

        var problem = Single(DataCollectionForm.Read(stream, Pk(), Tw2));

        Assert.Equal(ProblemCodes.ExcelFormMismatch, problem.Code);
        Assert.Equal("'Realisasi'!C6", problem.Path);
        Assert.Equal("TW III", problem.AttemptedValue);
    }

    [Fact]
    public void Import_FormOfAnEarlierPkVersion_IsRefused()
    {
        var pk = Pk();
        var revision = pk.ToRevisionBuilder().WithRevisionNote("PK perubahan").Build().Value;
        using var stream = Blank(pk, Tw2).ToStream();

        var problem = Single(DataCollectionForm.Read(stream, revision, Tw2));

        Assert.Equal("'Realisasi'!C7", problem.Path);
        Assert.Equal("1", problem.AttemptedValue);
    }

    [Fact]
    public void Import_InsertedColumn_NamesTheShiftedHeader()
    {
        var problem = Single(Import(Blank(Pk(), Tw2).SetText(Sheet, "F11", "Realisasi")));

        Assert.Equal(ProblemCodes.ExcelFormMismatch, problem.Code);
        Assert.Equal("'Realisasi'!F11", problem.Path);
        Assert.Equal("Sheet 'Realisasi' row 11 column F (judul kolom): 'Realisasi' does not match; the form expected is Realisasi Triwulan. Cell: 'Realisasi'!F11.", problem.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Import_SeveralMistakes_ReportsThemAllTogetherAndImportsNothing()
    {
        var form = Blank(Pk(), Tw2)
            .SetNumber(Sheet, "F12", "18")        // fine on its own
            .SetText(Sheet, "F13", "enam")
            .SetNumber(Sheet, "F14", "-1")
            .SetNumber(Sheet, "D12", "99")
            .SetText(Sheet, "F15", "Z");

        var result = Import(form);

        Assert.False(result.IsValid);
        Assert.Equal(["'Realisasi'!D12", "'Realisasi'!F13", "'Realisasi'!F14", "'Realisasi'!F15"], result.Errors.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void Import_WorkbookWithoutTheFormSheet_NamesTheMissingSheet()
    {
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, new Dictionary<string, object> { ["Sheet1"] = new[] { new Dictionary<string, object?> { ["A"] = "x" } } });
        stream.Position = 0;

        var problem = Single(DataCollectionForm.Read(stream, Pk(), Tw2));

        Assert.Equal(ProblemCodes.ExcelSheetMissing, problem.Code);
        Assert.Equal("'Realisasi'", problem.Path);
        Assert.Equal("Sheet 'Realisasi' is not in the workbook (sheets found: 'Sheet1').", problem.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Import_FileThatIsNoWorkbook_IsAProblemNotAnException()
    {
        using var stream = new MemoryStream("No,Sasaran\n1,x\n"u8.ToArray());

        var problem = Single(DataCollectionForm.Read(stream, Pk(), Tw2));

        Assert.Equal(ProblemCodes.ExcelUnreadable, problem.Code);
        Assert.Equal("workbook: berkas tidak dapat dibaca sebagai buku kerja Excel (.xlsx); mungkin berkas itu bukan buku kerja, rusak, atau dilindungi kata sandi.", problem.Message);
        Assert.StartsWith("workbook: the file cannot be read as an Excel workbook (.xlsx); it may not be a workbook, or be damaged or password-protected (the reader said: ", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }
}
