using System.Text;
using Kinerja.Core.Agreements;
using Kinerja.Core.Csv;
using Kinerja.Core.Recap;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Csv.Tests;

public class MeasurementCsvTests
{
    internal static MemoryStream Utf8(string text, bool bom = false) =>
        new([.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)]);

    private const string English =
        "kabupaten,kecamatan,unit,sasaran,indicator,polarity,aggregation,triwulan,target_lower,target_upper,realisasi\n" +
        "3303,BBS,PEM,S1,IK1,Positive,CumulativeSum,1,10,10,8\n" +
        "3303,BBS,PEM,S1,IK1,Positive,CumulativeSum,2,20,20,22.5\n" +
        "3303,BBS,PEM,S1,IK2,Negative,LastValue,1,5,5,\n" +
        "3303,BBS,TRA,S2,IK3,KeepStable,Average,1,10,12,11\n";

    private const string Indonesian =
        "\uFEFFKabupaten;Kecamatan;Unit Kerja;Sasaran;Indikator;Polaritas;Agregasi;Triwulan;Target Bawah;Target Atas;Realisasi\r\n" +
        "3303;BBS;PEM;S1;IK1;positif;kumulatif;I;10;10;8\r\n" +
        "3303;BBS;PEM;S1;IK1;positif;kumulatif;TW 2;20;20;22,5\r\n" +
        "3303;BBS;PEM;S1;IK2;negatif;posisi akhir;1;5;5;\r\n" +
        "3303;BBS;TRA;S2;IK3;tetap;rata-rata;1;10;12;11\r\n";

    /// <summary>A file long enough that the reader estimates its rows from its bytes (and makes room for them) before its end.</summary>
    internal static List<IndicatorMeasurement> LongFile(int units)
    {
        var rows = new List<IndicatorMeasurement>();
        for (var u = 0; u < units; u++)
        {
            for (var i = 0; i < 10; i++)
            {
                for (var t = 1; t <= 4; t++)
                {
                    rows.Add(new("33" + (u % 7), "K" + (u % 53), "U" + u, "S" + (i % 3), "IK" + i, (Polarity)(i % 3), AggregationMethod.CumulativeSum, t, 10m + i, 10m + i, (u * 7 % 1000) / 8m));
                }
            }
        }

        return rows;
    }

    [Fact]
    public void ReadSource_FileLongEnoughToBeEstimated_GivesTheRowsSourceAndTheRightLines()
    {
        var rows = LongFile(3_400); // 136,000 rows: the estimate is made at row 131,072
        var text = new StringWriter();
        MeasurementCsv.Write(text, rows);

        var read = MeasurementCsv.ReadSource(Utf8(text.ToString()));

        Assert.True(read.IsValid, string.Join("\n", read.Problems.Take(3)));
        var national = RecapOptions.Default with { FinestLevel = RecapLevel.Kecamatan };
        Assert.Equal(RecapCalculator.Build(RecapSource.Create(rows, []).Value, RecapPolicy.Default, national), RecapCalculator.Build(read.Value, RecapPolicy.Default, national));

        // A negative realisasi after the estimate: its line is still the file's.
        rows[135_000] = new(rows[135_000].KabupatenCode, rows[135_000].KecamatanCode, rows[135_000].UnitCode, rows[135_000].SasaranId, rows[135_000].IndicatorId, rows[135_000].Polarity, rows[135_000].Aggregation, rows[135_000].Triwulan, 1m, 1m, -1m);
        text = new StringWriter();
        MeasurementCsv.Write(text, rows);
        var bad = MeasurementCsv.ReadSource(Utf8(text.ToString()));
        Assert.Equal(135_002, Assert.Single(bad.Problems).Line);
    }

    [Fact]
    public void ReadRows_EnglishFile_ReadsEveryRow()
    {
        var read = MeasurementCsv.ReadRows(Utf8(English));

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(4, read.RowCount);
        Assert.Equal("3303/BBS/PEM/IK1 TW2: T=20 R=22.5", read.Value[1].ToString());
        Assert.Null(read.Value[2].Realisasi);
        Assert.Equal((10m, 12m, Polarity.KeepStable, AggregationMethod.Average), (read.Value[3].TargetLower, read.Value[3].TargetUpper, read.Value[3].Polarity, read.Value[3].Aggregation));
    }

    [Fact]
    public void ReadRows_IndonesianFileWithBomCrlfSemicolonsAndDecimalComma_ReadsTheSameRows()
    {
        var english = MeasurementCsv.ReadRows(Utf8(English)).Value;
        var indonesian = MeasurementCsv.ReadRows(Utf8(Indonesian)).Value;

        Assert.Equal(english.Select(r => r.ToString()), indonesian.Select(r => r.ToString()));
        Assert.Equal(english.Select(r => (r.Polarity, r.Aggregation, r.SasaranId)), indonesian.Select(r => (r.Polarity, r.Aggregation, r.SasaranId)));
    }

    [Fact]
    public void ReadSource_GivesTheRecapOfTheRows()
    {
        var rows = MeasurementCsv.ReadRows(Utf8(English)).Value;
        var source = MeasurementCsv.ReadSource(Utf8(Indonesian));

        Assert.True(source.IsValid, string.Join("\n", source.Problems));
        Assert.Equal(RecapCalculator.Build(rows, [], RecapPolicy.Default).Value, RecapCalculator.Build(source.Value, RecapPolicy.Default));
    }

    [Fact]
    public void ReadSource_ColumnsInAnotherOrderWithExtraColumnsAndOneTargetColumn_AreReadByName()
    {
        const string text =
            "No\tIndikator\tKeterangan\tRealisasi\tTarget\tTriwulan\tPolaritas\tAgregasi\tSasaran\tUnit_Kerja\tKecamatan\tKABUPATEN\n" +
            "1\tIK1\tcatatan, bebas\t8\t10\t1\tpositif\tkumulatif\tS1\tPEM\tBBS\t3303\n";

        var read = MeasurementCsv.ReadRows(Utf8(text));

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal("3303/BBS/PEM/IK1 TW1: T=10 R=8", read.Value[0].ToString());
    }

    [Fact]
    public void ReadRows_QuotedFieldsWithSeparatorsQuotesAndLineBreaks_AreUnescaped()
    {
        const string text =
            "kabupaten,kecamatan,unit,sasaran,indicator,polarity,aggregation,triwulan,target_lower,target_upper,realisasi\n" +
            "3303,\"BBS, kota\",\"PEM \"\"A\"\"\",\"S\n1\",IK1,Positive,CumulativeSum,1,\"1,200.5\",\"1,200.5\",8\n";

        var read = MeasurementCsv.ReadRows(Utf8(text));

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(("BBS, kota", "PEM \"A\"", "S\n1", 1200.5m), (read.Value[0].KecamatanCode, read.Value[0].UnitCode, read.Value[0].SasaranId, read.Value[0].TargetLower!.Value));
    }

    [Fact]
    public void ReadRows_BadCells_NameLineColumnAndValueInBothLanguages()
    {
        const string text =
            "kabupaten;kecamatan;unit;sasaran;indicator;polarity;aggregation;triwulan;target_lower;target_upper;realisasi\n" +
            "3303;BBS;PEM;S1;IK1;up;CumulativeSum;1;10;10;8\n" +
            "\n" +
            "3303;BBS;;S1;IK1;Positive;sum;5x;10;10;8,5x\n" +
            "3303;BBS;PEM;S1\n" +
            "3303;BBS;PEM;S1;IK1;Positive;CumulativeSum;2;10;10;8;5\n";

        var read = MeasurementCsv.ReadRows(Utf8(text));

        Assert.False(read.IsValid);
        Assert.Equal(
            [(2, 6, "polarity", "up"), (4, 3, "unit", ""), (4, 7, "aggregation", "sum"), (4, 8, "triwulan", "5x"), (4, 11, "realisasi", "8,5x"), (5, 0, "", ""), (6, 0, "", "")],
            read.Problems.Select(p => (p.Line, p.Column, p.ColumnName, p.Value)).ToArray());
        Assert.Equal("baris 2, kolom 6 (polarity): 'up' bukan polaritas (positive, positif, kondisinormal, negative, negatif, kondisikhusus, keepstable, tetap, stabil) / line 2, column 6 (polarity): 'up' is not a polarity (positive, positif, kondisinormal, negative, negatif, kondisikhusus, keepstable, tetap, stabil)", read.Problems[0].ToString());
        Assert.Contains("berisi 4 kolom, seharusnya 11", read.Problems[5].Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRows_HeaderWithoutAColumn_SaysWhichAndReadsNothing()
    {
        var read = MeasurementCsv.ReadRows(Utf8("kabupaten,kecamatan,unit,sasaran,polarity,aggregation,triwulan,target,realisasi\n3303,BBS,PEM,S1,Positive,LastValue,1,1,1\n"));

        var problem = Assert.Single(read.Problems);
        Assert.Equal((1, "csv.header"), (problem.Line, problem.Code));
        Assert.Contains("indicator / indikator / kode indikator", problem.English, StringComparison.Ordinal);
        Assert.Equal(0, read.RowCount);
    }

    [Fact]
    public void ReadRows_EmptyFile_IsAProblem()
    {
        var read = MeasurementCsv.ReadRows(Utf8(string.Empty));

        Assert.Equal("csv.header", Assert.Single(read.Problems).Code);
    }

    [Fact]
    public void ReadRows_NamesRestrictedToEnglish_RefusesIndonesianNames()
    {
        var read = MeasurementCsv.ReadRows(Utf8(Indonesian), MeasurementCsvOptions.Default with { Names = CsvNames.English });

        Assert.False(read.IsValid);
        Assert.All(read.Problems, p => Assert.Equal("csv.header", p.Code));
    }

    [Fact]
    public void ReadSource_RecapChecks_AreReportedWithTheReadingProblemsByLine()
    {
        const string text =
            "kabupaten,kecamatan,unit,sasaran,indicator,polarity,aggregation,triwulan,target_lower,target_upper,realisasi\n" +
            "3303,BBS,PEM,S1,IK1,Positive,CumulativeSum,1,10,10,-8\n" +
            "3303,BBS,PEM,S1,IK1,Positive,CumulativeSum,1,10,10,8\n" +
            "3303,BBS,PEM,S1,IK2,Positive,CumulativeSum,1,x,10,8\n" +
            "3303,BBS,PEM,S1,IK3,Positive,CumulativeSum,7,10,10,8\n";

        var read = MeasurementCsv.ReadSource(Utf8(text));

        Assert.False(read.IsValid);
        Assert.Equal(
            [(2, 11, "realisasi.negative", "-8"), (3, 8, "duplicate", "1"), (4, 9, "csv.cell", "x"), (5, 8, "triwulan.out-of-range", "7")],
            read.Problems.Select(p => (p.Line, p.Column, p.Code, p.Value)).ToArray());
        Assert.Equal("realisasi -8 negatif; realisasi tidak boleh kurang dari 0.", read.Problems[0].Indonesian);
        Assert.Equal("realisasi -8 is negative; realisasi cannot be below 0.", read.Problems[0].English);
        Assert.Equal("baris 3, kolom 8 (triwulan): '1' nilai '1' sudah dipakai di baris 2. / line 3, column 8 (triwulan): '1' value '1' is already used at line 2.", read.Problems[1].ToString());
        Assert.Contains("baris 2", read.Problems[1].Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSource_ManyBadRows_ListsTheCapAndCountsTheRest()
    {
        var text = new StringBuilder("kabupaten,kecamatan,unit,sasaran,indicator,polarity,aggregation,triwulan,target_lower,target_upper,realisasi\n");
        for (var i = 0; i < 300; i++)
        {
            text.Append("3303,BBS,U").Append(i).Append(",S1,IK1,Positive,LastValue,1,10,10,").Append(i % 2 == 0 ? "-1" : "x").Append('\n');
        }

        var read = MeasurementCsv.ReadSource(Utf8(text.ToString()), MeasurementCsvOptions.Default with { MaxProblems = 25 });

        Assert.Equal(25, read.Problems.Count);
        Assert.Equal(300, read.ProblemCount);
        Assert.Equal(275, read.ProblemsNotListed);
        Assert.Equal(Enumerable.Range(2, 25), read.Problems.Select(p => p.Line));
    }

    [Fact]
    public void ReadSource_ScatteredUnits_AreReadAgainAsRowsAndGiveTheSameRecap()
    {
        var lines = English.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var scattered = string.Join('\n', lines[0], lines[1], lines[4], lines[2], lines[3]) + "\n";

        var read = MeasurementCsv.ReadSource(Utf8(scattered));

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(RecapCalculator.Build(MeasurementCsv.ReadRows(Utf8(English)).Value, [], RecapPolicy.Default).Value, RecapCalculator.Build(read.Value, RecapPolicy.Default));
    }

    [Fact]
    public void ReadSource_AFileSortedByQuarter_StopsItsFirstReadingAtTheFirstUnitThatComesBack()
    {
        // 3,000 units of one indicator, TW I of every unit, then TW II of every unit: the second block's first row comes
        // back to a unit that has ended. The first reading stops there (within a few thousand rows) and the file is read
        // once more, whole, into a builder that orders the rows by unit.
        var text = new System.Text.StringBuilder("kabupaten,kecamatan,unit,sasaran,indicator,polarity,aggregation,triwulan,target_lower,target_upper,realisasi\n");
        for (var q = 1; q <= 2; q++)
        {
            for (var u = 0; u < 3_000; u++)
            {
                text.Append("3303,BBS,U").Append(u).Append(",S1,IK1,Positive,CumulativeSum,").Append(q).Append(",10,10,").Append(u % 13).Append('\n');
            }
        }

        var grouped = MeasurementCsv.ReadRows(Utf8(text.ToString())).Value.OrderBy(r => r.UnitCode, StringComparer.Ordinal).ToList();
        var bytes = Utf8(text.ToString()).ToArray();
        using var counting = new CountingStream(bytes);

        var read = MeasurementCsv.ReadSource(counting);

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(6_000, read.Value.MeasurementCount);
        Assert.Equal(RecapCalculator.Build(grouped, [], RecapPolicy.Default).Value, RecapCalculator.Build(read.Value, RecapPolicy.Default));
        Assert.InRange(counting.BytesRead, bytes.Length, bytes.Length * 17 / 10);

        // The positions told start again when the file is read again, so that a progress bar can say so.
        var told = new List<long>();
        MeasurementCsv.ReadSource(new MemoryStream(bytes), bytesRead: new Told(told));
        Assert.Contains(told.Skip(1).Select((position, i) => position < told[i]), back => back);
        Assert.Equal(bytes.Length, told[^1]);
    }

    /// <summary>Keeps every position told, on the reading thread.</summary>
    private sealed class Told(List<long> positions) : IProgress<long>
    {
        public void Report(long value) => positions.Add(value);
    }

    [Fact]
    public void ReadSource_AFileSortedByQuarterThatCannotSeek_ListsTheFirstProblemsAndCountsThemAll()
    {
        var text = new System.Text.StringBuilder("kabupaten,kecamatan,unit,sasaran,indicator,polarity,aggregation,triwulan,target_lower,target_upper,realisasi\n");
        for (var q = 1; q <= 2; q++)
        {
            for (var u = 0; u < 3_000; u++)
            {
                text.Append("3303,BBS,U").Append(u).Append(",S1,IK1,Positive,CumulativeSum,").Append(q).Append(",10,10,5\n");
            }
        }

        using var once = new CountingStream(Utf8(text.ToString()).ToArray(), canSeek: false);

        var read = MeasurementCsv.ReadSource(once, MeasurementCsvOptions.Default with { MaxProblems = 10 });

        Assert.False(read.IsValid);
        Assert.Equal(3_000, read.ProblemCount);
        Assert.Equal(Enumerable.Range(3_002, 10), read.Problems.Select(p => p.Line));
    }

    /// <summary>A stream over bytes that counts the bytes read (a seek back reads them again), seekable or not.</summary>
    private sealed class CountingStream(byte[] bytes, bool canSeek = true) : MemoryStream(bytes, writable: false)
    {
        public long BytesRead { get; private set; }

        public override bool CanSeek => canSeek;

        public override long Length => canSeek ? base.Length : throw new NotSupportedException();

        public override long Position
        {
            get => canSeek ? base.Position : throw new NotSupportedException();
            set => base.Position = canSeek ? value : throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(base.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(base.Read(buffer));

        private int Count(int n)
        {
            BytesRead += n;
            return n;
        }
    }

    [Fact]
    public void ReadSource_ScatteredUnits_ListTheCellsProblemsAndTheRecapsInOnePass()
    {
        // Unit PEM comes back after TRA, so the file is read again as rows: a polarity that is not one (line 4) and a
        // negative realisasi (line 5) are both listed, not the second only once the first is mended.
        var text =
            "kabupaten,kecamatan,unit,sasaran,indicator,polarity,aggregation,triwulan,target_lower,target_upper,realisasi\n" +
            "3303,BBS,PEM,S1,IK1,Positive,CumulativeSum,1,10,10,8\n" +
            "3303,BBS,TRA,S1,IK1,Positive,CumulativeSum,1,10,10,5\n" +
            "3303,BBS,PEM,S1,IK2,naik,CumulativeSum,1,10,10,5\n" +
            "3303,BBS,PEM,S1,IK3,Positive,CumulativeSum,1,10,10,-5\n";

        var read = MeasurementCsv.ReadSource(Utf8(text));

        Assert.Equal(2, read.ProblemCount);
        Assert.Collection(
            read.Problems,
            p => Assert.Equal((4, "polarity", "naik"), (p.Line, p.ColumnName, p.Value)),
            p => Assert.Equal((5, "realisasi", "-5", "realisasi.negative"), (p.Line, p.ColumnName, p.Value, p.Code)));
    }

    [Fact]
    public void ReadSource_ARowWithABadCell_HasTheRecapsChecksOfItsOtherCellsInTheSamePass()
    {
        // Line 2: a polarity that is not one and a negative realisasi; line 3: a target that is not a number and quarter 5;
        // line 4: a realisasi that is not a number and the bounds reversed. Line 5 is good and negative: the recap names it.
        var text =
            "kabupaten,kecamatan,unit,sasaran,indicator,polarity,aggregation,triwulan,target_lower,target_upper,realisasi\n" +
            "3303,BBS,PEM,S1,IK1,naik,CumulativeSum,1,10,10,-5\n" +
            "3303,BBS,PEM,S1,IK2,Positive,CumulativeSum,5,x,10,5\n" +
            "3303,BBS,PEM,S1,IK3,Positive,CumulativeSum,1,12,10,?\n" +
            "3303,BBS,PEM,S1,IK4,Positive,CumulativeSum,1,10,10,-1\n" +
            "3303,BBS,PEM,S1,IK5,Positive,CumulativeSum,x,10,10,-2\n";

        var read = MeasurementCsv.ReadSource(Utf8(text));

        Assert.Equal(
            [
                (2, "polarity", "naik", "csv.cell"), (2, "realisasi", "-5", ProblemCodes.RealisasiNegative),
                (3, "triwulan", "5", ProblemCodes.TriwulanOutOfRange), (3, "target_lower", "x", "csv.cell"),
                (4, "target_upper", "10", ProblemCodes.TargetRangeUnordered), (4, "realisasi", "?", "csv.cell"),
                (5, "realisasi", "-1", ProblemCodes.RealisasiNegative),
                (6, "triwulan", "x", "csv.cell"), (6, "realisasi", "-2", ProblemCodes.RealisasiNegative),
            ],
            read.Problems.Select(p => (p.Line, p.ColumnName, p.Value, p.Code)).ToArray());
        var own = read.Problems[1];
        var recaps = read.Problems[6];
        Assert.Equal(recaps.Indonesian.Replace("-1", "-5", StringComparison.Ordinal), own.Indonesian);
        Assert.Equal(recaps.English.Replace("-1", "-5", StringComparison.Ordinal), own.English);
    }

    [Fact]
    public void ReadRows_ARowWithABadCell_IsNotGivenTheRecapsChecks()
    {
        var text =
            "kabupaten,kecamatan,unit,sasaran,indicator,polarity,aggregation,triwulan,target_lower,target_upper,realisasi\n" +
            "3303,BBS,PEM,S1,IK1,naik,CumulativeSum,1,10,10,-5\n";

        var read = MeasurementCsv.ReadRows(Utf8(text));

        Assert.Equal("csv.cell", Assert.Single(read.Problems).Code);
    }

    [Fact]
    public void ReadSource_ReportsBytesRead()
    {
        var stream = Utf8(English);
        var reported = new List<long>();

        MeasurementCsv.ReadSource(stream, null, new Synchronous(reported.Add));

        Assert.Equal(stream.Length, reported[^1]);
    }

    [Fact]
    public void Write_ThenRead_GivesTheRowsBack_InEachStyle()
    {
        var rows = MeasurementCsv.ReadRows(Utf8(English)).Value;
        foreach (var options in new[]
        {
            MeasurementCsvOptions.Default,
            new MeasurementCsvOptions { Separator = ';', DecimalStyle = CsvDecimalStyle.Comma, Names = CsvNames.Indonesian },
            new MeasurementCsvOptions { Separator = '\t' },
        })
        {
            var writer = new StringWriter();
            MeasurementCsv.Write(writer, rows, options);

            var back = MeasurementCsv.ReadRows(Utf8(writer.ToString()), options with { Separator = null });

            Assert.True(back.IsValid, string.Join("\n", back.Problems));
            Assert.Equal(rows.Select(r => r.ToString()), back.Value.Select(r => r.ToString()));
        }
    }

    [Fact]
    public void Options_OutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeasurementCsvOptions { Separator = '|' });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeasurementCsvOptions { MaxProblems = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeasurementCsvOptions { DecimalStyle = (CsvDecimalStyle)3 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeasurementCsvOptions { Names = (CsvNames)3 });
    }

    /// <summary>An <see cref="IProgress{T}"/> that reports on the calling thread.</summary>
    private sealed class Synchronous(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    public void ARowBeyondTheParsersLimit_IsUnreadable_InIndonesianWithoutTheParsersEnglish(string quote)
    {
        var text = string.Join(',', MeasurementCsv.EnglishColumns) + "\n" + quote + new string('x', 17_000_000) + "\n";

        var read = MeasurementCsv.ReadRows(Utf8(text));

        var problem = Assert.Single(read.Problems);
        Assert.Equal(("csv.unreadable", 2), (problem.Code, problem.Line));
        Assert.Equal("file tidak dapat dibaca lagi dari sini: sebuah baris lebih dari 16.777.216 karakter (periksa apakah ada tanda kutip \" yang tidak ditutup)", problem.Indonesian);
        Assert.StartsWith("the file cannot be read from here on: Buffer or row has reached maximum supported length of 16777216.", problem.English, StringComparison.Ordinal);
    }
}

