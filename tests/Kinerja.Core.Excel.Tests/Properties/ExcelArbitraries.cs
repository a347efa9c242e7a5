using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kinerja.Core.Tests.Properties;

namespace Kinerja.Core.Excel.Tests.Properties;

/// <summary>How a user enters one realisasi in the form.</summary>
public enum EntryMode
{
    /// <summary>Left empty: not reported.</summary>
    NotReported,

    /// <summary>A numeric cell stored as the shortest round-trip text of its double (as MiniExcel and many programs write it).</summary>
    Number,

    /// <summary>A numeric cell stored with 17 significant digits, as Excel writes 2.45 as 2.4500000000000002.</summary>
    NumberSeventeenDigits,

    /// <summary>Text in the Indonesian format without grouping: <c>1234,5</c>.</summary>
    Text,

    /// <summary>Text in the Indonesian format with dots between thousands: <c>1.234,5</c>.</summary>
    GroupedText,

    /// <summary>Text with a trailing percent sign: <c>81,2%</c>.</summary>
    PercentText,

    /// <summary>A grade of a qualitative indicator, in any letter case.</summary>
    Grade,
}

/// <summary>One indicator's entry: how it is typed, the value meant, the note and the evidence.</summary>
/// <param name="Mode">How it is typed.</param>
/// <param name="Value">The number meant (numeric modes).</param>
/// <param name="Grade">The grade typed (grade mode).</param>
/// <param name="Note">The keterangan, or none.</param>
/// <param name="Bukti">The bukti dukung references.</param>
public sealed record FormEntry(EntryMode Mode, decimal Value, string? Grade, string? Note, IReadOnlyList<string> Bukti)
{
    /// <summary>The cell's stored text and whether it is a number.</summary>
    public (string Stored, bool Numeric) Cell => Mode switch
    {
        EntryMode.Number => (double.Parse(Invariant(Value), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture), true),
        EntryMode.NumberSeventeenDigits => (double.Parse(Invariant(Value), CultureInfo.InvariantCulture).ToString("G17", CultureInfo.InvariantCulture), true),
        EntryMode.Text => (Value.ToString(ExcelArbitraries.Indonesian), false),
        EntryMode.GroupedText => (Value.ToString("#,0.############################", ExcelArbitraries.Indonesian), false),
        EntryMode.PercentText => (Value.ToString(ExcelArbitraries.Indonesian) + "%", false),
        _ => (Grade ?? string.Empty, false),
    };

    /// <inheritdoc />
    public override string ToString() =>
        Mode + (Mode == EntryMode.NotReported ? string.Empty : " '" + Cell.Stored + "' (" + (Grade ?? Invariant(Value)) + ")")
        + (Note is null ? string.Empty : " note '" + Note + "'") + (Bukti.Count == 0 ? string.Empty : " bukti [" + string.Join("; ", Bukti) + "]");

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A PK, a quarter, and what the user typed for each indicator (in PK order).</summary>
/// <param name="Spec">The PK's data (from the core suite's generator).</param>
/// <param name="Triwulan">The quarter, 1 to 4.</param>
/// <param name="Entries">One entry per indicator.</param>
public sealed record FilledForm(PkSpec Spec, int Triwulan, IReadOnlyList<FormEntry> Entries)
{
    /// <inheritdoc />
    public override string ToString() =>
        "TW " + Triwulan + "; " + Spec + Environment.NewLine + string.Join(Environment.NewLine, Spec.AllIndicators.Zip(Entries, (i, e) => "  " + i.Indicator.Id + ": " + e));
}

/// <summary>A decimal of at most 15 significant digits (what a numeric cell holds exactly).</summary>
/// <param name="Value">The decimal.</param>
public sealed record FifteenDigits(decimal Value);

/// <summary>Any decimal of up to 20 digits and 19 decimals, either sign.</summary>
/// <param name="Value">The decimal.</param>
public sealed record AnyDecimal(decimal Value);

/// <summary>The generators of the Excel properties; PKs come from the core suite's <see cref="KinerjaArbitraries"/>.</summary>
public static class ExcelArbitraries
{
    internal static readonly NumberFormatInfo Indonesian = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    private static readonly string?[] Notes =
    [
        null, null, null, "Sesuai target", "Data dari aplikasi SIPD & laporan desa", "Kegiatan <rapat> ditunda 'sementara'", "Catatan: 50% selesai, sisanya \"TW berikut\"",
        "Dua baris:\nbaris kedua", "Realisasi sementara (menunggu verifikasi Sekcam)",
    ];

    private static readonly string[] BuktiReferences = ["Notulen 12/2026", "SK Camat No. 5/2026", "https://sakip.example/bukti/1?x=1&y=2", "Foto kegiatan.jpg", "Register <pelayanan>"];

    /// <summary>Filled forms: a valid PK, a quarter, and an entry per indicator in every typing mode.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<FilledForm> FilledForms() => Arb.From(
        from spec in KinerjaArbitraries.ValidPks().Generator
        from triwulan in Gen.Choose(1, 4)
        from entries in Gen.CollectToArray(spec.AllIndicators.Select(i => i.Indicator), EntryGen)
        select new FilledForm(spec, triwulan, entries));

    /// <summary>Decimals of at most 15 significant digits.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<FifteenDigits> FifteenDigitDecimals() => Arb.From(FifteenDigitGen.Select(v => new FifteenDigits(v)));

    /// <summary>Decimals of up to 20 digits, either sign.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AnyDecimal> AnyDecimals() => Arb.From(
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(int.MinValue, int.MaxValue)))
        from scale in Gen.Choose(0, 19)
        from negative in Gen.Elements(false, true)
        select new AnyDecimal(new decimal(lo, mid, 0, negative, (byte)scale)));

    private static Gen<decimal> FifteenDigitGen { get; } =
        from digits in Gen.Choose(1, 15)
        from mantissa in LongWithDigits(digits)
        from scale in Gen.Choose(0, Math.Min(12, digits + 3))
        select new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, false, (byte)scale);

    private static Gen<decimal> TextGen { get; } = Gen.Frequency(
        (3, FifteenDigitGen),
        (1, from lo in Gen.Choose(0, int.MaxValue)
            from mid in Gen.Choose(0, int.MaxValue)
            from scale in Gen.Choose(0, 19)
            select new decimal(lo, mid, 0, false, (byte)scale)));

    private static Gen<FormEntry> EntryGen(IndicatorSpec indicator) =>
        from note in Gen.Elements(Notes)
        from bukti in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(BuktiReferences), n))
        from entry in indicator.GradeScale is { } scale
            ? Gen.Frequency(
                (1, Gen.Constant(new FormEntry(EntryMode.NotReported, 0m, null, null, []))),
                (3, from code in Gen.Elements(scale.Grades.Select(g => g.Key).ToArray())
                    from lower in Gen.Elements(false, true)
                    select new FormEntry(EntryMode.Grade, 0m, lower ? code.ToLowerInvariant() : code, note, bukti)))
            : Gen.Frequency(
                (1, Gen.Constant(new FormEntry(EntryMode.NotReported, 0m, null, null, []))),
                (2, KinerjaArbitraries.RealisasiFigures().Generator.Select(r => new FormEntry(EntryMode.Number, r.Value, null, note, bukti))),
                (2, FifteenDigitGen.Select(v => new FormEntry(EntryMode.NumberSeventeenDigits, v, null, note, bukti))),
                (2, TextGen.Select(v => new FormEntry(EntryMode.Text, v, null, note, bukti))),
                (1, TextGen.Select(v => new FormEntry(EntryMode.GroupedText, v, null, note, bukti))),
                (1, FifteenDigitGen.Select(v => new FormEntry(EntryMode.PercentText, v, null, note, bukti))))
        select entry;

    private static Gen<long> LongWithDigits(int digits)
    {
        var low = digits == 1 ? 0L : Pow10(digits - 1);
        var high = Pow10(digits) - 1;
        return from a in Gen.Choose(0, int.MaxValue)
               from b in Gen.Choose(0, int.MaxValue)
               let span = (ulong)(high - low + 1)
               select low + (long)((((ulong)a << 31) | (uint)b) % span);
    }

    private static long Pow10(int n)
    {
        var p = 1L;
        for (var i = 0; i < n; i++)
        {
            p *= 10;
        }

        return p;
    }
}

/// <summary>An FsCheck property with <see cref="ExcelArbitraries"/>, <see cref="RecapRowArbitraries"/> and the suite's number of cases
/// (<see cref="PropertyRuns.Count"/>, 1,000 unless <c>KINERJA_PROPERTY_RUNS</c> says otherwise).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ExcelPropertyAttribute : PropertyAttribute
{
    /// <summary>Uses the Excel generators and the configured number of cases.</summary>
    public ExcelPropertyAttribute()
    {
        MaxTest = PropertyRuns.Count;
        Arbitrary = [typeof(ExcelArbitraries), typeof(RecapRowArbitraries)];
        if (PropertyRuns.Replay is { } replay)
        {
            Replay = replay;
        }
    }
}

/// <summary>
/// An <see cref="ExcelPropertyAttribute"/> for the supplementary properties whose every case writes a whole
/// workbook through MiniExcel (a few milliseconds each, more on a busy machine): they run a fifth of the
/// suite's cases (200 by default; <c>KINERJA_PROPERTY_RUNS</c> scales them too), so that the project stays
/// fast on a shared two-core machine. The round-trip property the form promises runs the full count.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class WorkbookPropertyAttribute : PropertyAttribute
{
    /// <summary>Uses the Excel generators and a fifth of the configured number of cases.</summary>
    public WorkbookPropertyAttribute()
    {
        MaxTest = Math.Max(1, PropertyRuns.Count / 5);
        Arbitrary = [typeof(ExcelArbitraries), typeof(RecapRowArbitraries)];
        if (PropertyRuns.Replay is { } replay)
        {
            Replay = replay;
        }
    }
}
