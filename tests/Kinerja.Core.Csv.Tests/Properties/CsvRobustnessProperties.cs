using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Tests.Properties;

namespace Kinerja.Core.Csv.Tests.Properties;

/// <summary>Text made of what CSV files are made of: a header (good or not) and lines of separators, quotes, marks, digits, names, line ends.</summary>
/// <param name="Text">The file's text.</param>
/// <param name="Bytes">Extra bytes appended (possibly not UTF-8).</param>
public sealed record NoisyFile(string Text, byte[] Bytes)
{
    /// <summary>The text, escaped, for a failing case.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(Text) + " + " + Convert.ToHexString(Bytes);
}

/// <summary>Generators of noisy files.</summary>
public static class NoisyArbitraries
{
    private static readonly string[] Pieces =
    [
        ",", ";", "\t", "\"", "\"\"", "\n", "\r\n", "\r", " ", ".", ",", "-", "+", "0", "1", "4", "7", "999", "1.200", "1,200.5", "81,2",
        "e5", "IV", "TW", "x", "positif", "Negative", "kumulatif", "rata-rata", "\uFEFF", "\u00e9", "\uFFFD", "12345678901234567890123456789",
        "kabupaten", "indikator", "target",
    ];

    private static readonly string[] Headers =
    [
        "kabupaten,kecamatan,unit,sasaran,indicator,polarity,aggregation,triwulan,target_lower,target_upper,realisasi\n",
        "Kabupaten;Kecamatan;Unit Kerja;Sasaran;Indikator;Polaritas;Agregasi;Triwulan;Target;Realisasi\r\n",
        "kabupaten\tkecamatan\tunit\tsasaran\tindicator\tpolarity\taggregation\ttriwulan\ttarget\trealisasi\n",
        string.Empty,
    ];

    /// <summary>Noisy files.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<NoisyFile> Files() => Arb.From(
        from header in Gen.Elements(Headers)
        from pieces in Gen.Elements(Pieces).ArrayOf()
        from bytes in Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf()
        from withBytes in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new NoisyFile(header + string.Concat(pieces), withBytes ? bytes : []));
}

/// <summary>Bad input gives problems, never exceptions.</summary>
public class CsvRobustnessProperties
{
    [KinerjaProperty(Arbitrary = [typeof(NoisyArbitraries)])]
    public void ReadSource_AnyText_GivesAValueOrProblemsNeverAnException(NoisyFile file)
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(file.Text), .. file.Bytes];
        foreach (var options in new[] { MeasurementCsvOptions.Default, new MeasurementCsvOptions { Separator = ';', DecimalStyle = CsvDecimalStyle.Comma, MaxProblems = 3 } })
        {
            var source = MeasurementCsv.ReadSource(new MemoryStream(bytes), options);
            var rows = MeasurementCsv.ReadRows(new MemoryStream(bytes), options);

            Assert.True(source.IsValid || source.Problems.Count > 0);
            Assert.True(source.Problems.Count <= options.MaxProblems && source.ProblemCount >= source.Problems.Count);
            Assert.All(source.Problems, p => Assert.True(p.Line >= 1 && p.Column >= 0 && p.Indonesian.Length > 0 && p.English.Length > 0, p.ToString()));
            Assert.True(rows.IsValid || rows.Problems.Count > 0);
        }
    }
}
