using System.Text;
using Kinerja.Core;
using Kinerja.Core.Agreements;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.Csv;
using Kinerja.Core.DependencyInjection;
using Kinerja.Core.Excel;
using Kinerja.Core.Measurement;
using Kinerja.Core.Recap;
using Kinerja.Core.Serialization;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using Microsoft.Extensions.Configuration;

namespace Kinerja.Fuzz;

/// <summary>What a loader gave for one input.</summary>
internal enum Outcome
{
    /// <summary>A value (perhaps with warnings).</summary>
    Valid,

    /// <summary>No value: problems, each with a code and a path.</summary>
    Problems,

    /// <summary>The host's own reader refused the input before the library saw it (the JSON configuration
    /// provider of Microsoft.Extensions.Configuration, for the options loader); not the library's doing.</summary>
    RejectedByHost,
}

/// <summary>A public loader and the valid inputs it is seeded with: text (a JSON document, kept as UTF-16 so
/// that a lone surrogate reaches the loader as it is) or bytes (an .xlsx workbook).</summary>
/// <param name="Name">The loader, as the report names it.</param>
/// <param name="TextSeeds">Valid texts, for a text loader.</param>
/// <param name="ByteSeeds">Valid files, for a loader of bytes.</param>
/// <param name="RunText">Feeds one text to the loader, or null.</param>
/// <param name="RunBytes">Feeds one file to the loader, or null.</param>
/// <param name="MaxCopies">How many times a mutation may repeat one list item.</param>
/// <param name="MutateBytes">How a loader of bytes's seeds are mutated (<see cref="XlsxMutator"/> when null).</param>
internal sealed record FuzzTarget(string Name, IReadOnlyList<string> TextSeeds, IReadOnlyList<byte[]> ByteSeeds, Func<string, Outcome>? RunText, Func<byte[], Outcome>? RunBytes, int MaxCopies = 10_000, Func<byte[], Random, byte[]>? MutateBytes = null)
{
    public bool Binary => RunBytes is not null;
}

/// <summary>Every public loader of Kinerja.Core, Kinerja.Core.Excel, Kinerja.Core.Csv and Kinerja.Core.DependencyInjection, with its seeds.</summary>
internal static class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> All(string seedFolder)
    {
        string Seed(string path) => File.ReadAllText(Path.Combine(seedFolder, path));

        var pkJson = Seed("samples/perjanjian-kinerja.json");
        var pk = KinerjaJson.ReadPerjanjianKinerja(pkJson).Value;
        var sopDefinition = KinerjaJson.ReadSopDefinition(Seed("samples/sop-definition.json")).Value;
        var templates = Directory.GetFiles(Path.Combine(seedFolder, "templates"), "*.json").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var holidays = Directory.GetFiles(Path.Combine(seedFolder, "holidays"), "*.json").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        SopDefinition? Find(string id, int version) =>
            sopDefinition.Id == id && sopDefinition.Version == version ? sopDefinition : SopTemplates.All.FirstOrDefault(t => t.Id == id && t.Version == version);

        // Seeds written by the library itself as well as the shipped files: the current form of every document.
        var history = KinerjaJson.ReadPerjanjianKinerjaHistory(Seed("samples/perjanjian-kinerja-history.json")).Value;
        static IReadOnlyList<string> Texts(params IEnumerable<string>[] groups) => [.. groups.SelectMany(g => g)];

        return
        [
            Json("ReadPerjanjianKinerja", Texts([pkJson, KinerjaJson.Write(pk)]), t => KinerjaJson.ReadPerjanjianKinerja(t)),
            Json("ReadPerjanjianKinerjaHistory", Texts([Seed("samples/perjanjian-kinerja-history.json"), KinerjaJson.Write(history)]), t => KinerjaJson.ReadPerjanjianKinerjaHistory(t)),
            Json("ReadMeasurementSet", Texts([Seed("samples/measurement-set.json")]), t => KinerjaJson.ReadMeasurementSet(t, pk)),
            Json("ReadCategoryScale", Texts([Seed("samples/category-scale.json")]), t => KinerjaJson.ReadCategoryScale(t)),
            Json("ReadWorkingCalendar", Texts([Seed("samples/working-calendar.json")]), t => KinerjaJson.ReadWorkingCalendar(t)),
            Json("ReadHolidayList", Texts([Seed("samples/holiday-list.json")], holidays), t => KinerjaJson.ReadHolidayList(t)),
            Json("ReadSopDefinition", Texts([Seed("samples/sop-definition.json")], templates), t => KinerjaJson.ReadSopDefinition(t)),
            Json("ReadSopInstance(definition)", Texts([Seed("samples/sop-instance.json")]), t => KinerjaJson.ReadSopInstance(t, Find("purbalingga-mekanisme-pengukuran-kinerja", 1) ?? sopDefinition)),
            Json("ReadSopInstance(find)", Texts([Seed("samples/sop-instance.json")]), t => KinerjaJson.ReadSopInstance(t, Find)),
            Json("ReadRecapTable", Texts([Seed("samples/recap-table.json")]), t => KinerjaJson.ReadRecapTable(t)),
            Json("MutuBakuWaktu.Read", Texts(["3 Hari", "1-2 Jam", "30 Menit", "-", "2 - 5 Hari Kerja"]), t => MutuBakuWaktu.Read(t)),
            Json("Nip.Validate", Texts(["19780312 200501 1 003", "197803122005011003"]), t => Nip.Validate(t)),
            // An appsettings file repeats an item at most 50 times here: Microsoft.Extensions.Configuration's own
            // GetChildren is linear in all the keys per call, so a huge section is slow in the host before the
            // library reads it (docs/reliability.md has the figures).
            new("KinerjaOptions.Read+Validate", Texts([Seed("configuration/appsettings.json")]), [], Options, null, MaxCopies: 50),
            new("DataCollectionForm.Read", [], Forms(pk), null, bytes => Of(DataCollectionForm.Read(new MemoryStream(bytes, writable: false), pk, Triwulan.I))),
            .. CsvLoaders(pk, KinerjaJson.ReadMeasurementSet(Seed("samples/measurement-set.json"), pk).Value),
        ];
    }

    /// <summary>
    /// The CSV readers of Kinerja.Core.Csv under their option variants (detected; semicolon and decimal comma with Indonesian
    /// names; tab; point and English names with 5 problems listed, from a stream that cannot seek), each seeded with files the
    /// package writes for those options from the sample PK's recap rows (two units), with a BOM and CRLF where an Indonesian
    /// Excel would write them, and a hand-written file with thousands separators and quoted fields.
    /// </summary>
    private static IEnumerable<FuzzTarget> CsvLoaders(PerjanjianKinerja pk, MeasurementSet set)
    {
        var rows = RecapRows.Indicators(pk, set, "3303", "3303-BBS");
        var second = rows.Select(r => new IndicatorMeasurement(r.KabupatenCode, r.KecamatanCode, r.UnitCode + "-2", r.SasaranId, r.IndicatorId, r.Polarity, r.Aggregation, r.Triwulan, r.TargetLower, r.TargetUpper, r.Realisasi));
        IReadOnlyList<IndicatorMeasurement> all = [.. rows, .. second];
        var budget = RecapRows.Budget(pk, set, "3303", "3303-BBS");
        IReadOnlyList<BudgetMeasurement> budgets = [.. budget, .. budget.Select(b => new BudgetMeasurement(b.KabupatenCode, b.KecamatanCode, b.UnitCode + "-2", b.ProgramId, b.Pagu, b.Realisasi[0], b.Realisasi[1], b.Realisasi[2], b.Realisasi[3]))];

        var detect = MeasurementCsvOptions.Default;
        var indonesian = new MeasurementCsvOptions { Separator = ';', DecimalStyle = CsvDecimalStyle.Comma, Names = CsvNames.Indonesian };
        var tab = new MeasurementCsvOptions { Separator = '\t' };
        var english = new MeasurementCsvOptions { Separator = ',', DecimalStyle = CsvDecimalStyle.Point, Names = CsvNames.English, MaxProblems = 5 };
        const string handWritten =
            "No;Kabupaten;Kecamatan;Unit Kerja;Sasaran;Indikator;Polaritas;Agregasi;TW;Target Bawah;Target Atas;Realisasi;Keterangan\r\n"
            + "1;3303;3303-BBS;\"PEM\";S1;IK1;positif;kumulatif;I;1.200,5;1.500;1.234,5;\"catatan; \"\"kutip\"\"\"\r\n"
            + "2;3303;3303-BBS;PEM;S1;IK2;kondisi khusus;rata-rata;II;3;3;2,75;\"dua\r\nbaris\"\r\n"
            + "\r\n"
            + "3;3303;3303-BBS;PEM;S2;IK3;tetap;posisi akhir;TW IV;;;;\r\n";

        byte[] Rows(MeasurementCsvOptions options, bool bomAndCrlf = false) => Csv(w => MeasurementCsv.Write(w, all, options), bomAndCrlf);
        byte[] Budget(MeasurementCsvOptions options, bool bomAndCrlf = false) => Csv(w => MeasurementCsv.WriteBudget(w, budgets, options), bomAndCrlf);
        var seedsDetect = new[] { Rows(detect), Rows(indonesian, bomAndCrlf: true), Rows(tab), Encoding.UTF8.GetBytes(handWritten) };
        var indicatorsFile = Rows(detect);

        yield return CsvTarget("MeasurementCsv.ReadRows", seedsDetect, s => Of(MeasurementCsv.ReadRows(s)));
        yield return CsvTarget("MeasurementCsv.ReadRows(; comma id)", [Rows(indonesian, bomAndCrlf: true), Encoding.UTF8.GetBytes(handWritten)], s => Of(MeasurementCsv.ReadRows(s, indonesian)));
        yield return CsvTarget("MeasurementCsv.ReadSource", seedsDetect, s => Of(MeasurementCsv.ReadSource(s)));
        yield return CsvTarget("MeasurementCsv.ReadSource(tab)", [Rows(tab)], s => Of(MeasurementCsv.ReadSource(s, tab)));
        yield return CsvTarget("MeasurementCsv.ReadSource(, point en, unseekable)", [Rows(english)], s => Of(MeasurementCsv.ReadSource(new Unseekable(s), english)));
        yield return CsvTarget("MeasurementCsv.ReadBudget", [Budget(detect), Budget(indonesian, bomAndCrlf: true), Budget(tab)], s => Of(MeasurementCsv.ReadBudget(s)));
        yield return CsvTarget("MeasurementCsv.ReadBudget(; comma id)", [Budget(indonesian, bomAndCrlf: true)], s => Of(MeasurementCsv.ReadBudget(s, indonesian)));
        yield return CsvTarget("MeasurementCsv.ReadSourceWithBudget", [Budget(detect), Budget(indonesian, bomAndCrlf: true)], s => Of(MeasurementCsv.ReadSourceWithBudget(new MemoryStream(indicatorsFile, writable: false), s)));
    }

    private static FuzzTarget CsvTarget(string name, IReadOnlyList<byte[]> seeds, Func<Stream, Outcome> read) =>
        new(name, [], seeds, null, bytes => read(new MemoryStream(bytes, writable: false)), MutateBytes: CsvMutator.Mutate);

    private static byte[] Csv(Action<StringWriter> write, bool bomAndCrlf)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        write(writer);
        var text = bomAndCrlf ? writer.ToString().Replace("\n", "\r\n", StringComparison.Ordinal) : writer.ToString();
        return bomAndCrlf ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);
    }

    private static Outcome Of<T>(CsvResult<T> result)
        where T : class
    {
        if (result.IsValid)
        {
            _ = result.Value;
            return Outcome.Valid;
        }

        // A failed read must say why: at least one problem, each with a code and a line, and a count that covers the list.
        if (result.ProblemCount < result.Problems.Count || result.Problems.Any(p => string.IsNullOrEmpty(p.Code) || p.Line < 1 || p.Column < 0 || string.IsNullOrEmpty(p.Indonesian) || string.IsNullOrEmpty(p.English)))
        {
            throw new InvalidOperationException("A CSV reader failed without problems naming code, line, and both languages: " + string.Join(" | ", result.Problems.Take(3)));
        }

        return Outcome.Problems;
    }

    /// <summary>A stream that cannot seek (a network body): ReadSource cannot read a scattered file twice.</summary>
    private sealed class Unseekable(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private static FuzzTarget Json<T>(string name, IReadOnlyList<string> seeds, Func<string, ValidationResult<T>> read) =>
        new(name, seeds, [], text => Of(read(text)), null);

    private static Outcome Of<T>(ValidationResult<T> result)
    {
        if (result.IsValid)
        {
            return Outcome.Valid;
        }

        // A failed read must say why: at least one error, each with a code and a path.
        if (!result.Errors.Any() || result.Errors.Any(p => string.IsNullOrEmpty(p.Code) || p.Path is null))
        {
            throw new InvalidOperationException("A loader failed without an error naming its code and path.");
        }

        return Outcome.Problems;
    }

    /// <summary>The options read from an appsettings file: the host's configuration provider reads its
    /// UTF-8 bytes (a lone surrogate becomes U+FFFD on the way, as it would on disk).</summary>
    private static Outcome Options(string text)
    {
        IConfigurationSection section;
        try
        {
            section = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(text))).Build().GetSection("Kinerja");
        }
#pragma warning disable CA1031 // The configuration provider is the host's, not the library's: what it refuses never reaches the library.
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or InvalidDataException or InvalidOperationException)
#pragma warning restore CA1031
        {
            return Outcome.RejectedByHost;
        }

        var validated = new KinerjaOptions().Read(section).Validate();
        return validated.IsValid ? Outcome.Valid : Outcome.Problems;
    }

    /// <summary>The data-collection form of the sample PK, empty and with realisasi typed in (a number, Indonesian text, a grade).</summary>
    private static IReadOnlyList<byte[]> Forms(PerjanjianKinerja pk)
    {
        using var empty = new MemoryStream();
        DataCollectionForm.Write(empty, pk, Triwulan.I);
        return [empty.ToArray()];
    }
}
