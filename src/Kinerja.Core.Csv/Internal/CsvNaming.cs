using Kinerja.Core.Agreements;

namespace Kinerja.Core.Csv.Internal;

/// <summary>The names a file may use for its columns, polarities and aggregation methods (the table of <c>docs/csv.md</c>).</summary>
internal static class CsvNaming
{
    /// <summary>The columns, in the order written.</summary>
    public const int Kabupaten = 0, Kecamatan = 1, Unit = 2, Sasaran = 3, Indicator = 4, Polarity = 5, Aggregation = 6, Triwulan = 7, TargetLower = 8, TargetUpper = 9, Realisasi = 10, Count = 11;

    /// <summary>The English header names (the console sample's, and what a file is written with by default).</summary>
    public static readonly string[] English =
        ["kabupaten", "kecamatan", "unit", "sasaran", "indicator", "polarity", "aggregation", "triwulan", "target_lower", "target_upper", "realisasi"];

    /// <summary>The Indonesian header names written.</summary>
    public static readonly string[] Indonesian =
        ["kabupaten", "kecamatan", "unit kerja", "sasaran", "indikator", "polaritas", "agregasi", "triwulan", "target bawah", "target atas", "realisasi"];

    /// <summary>Every accepted header name (normalised: see <see cref="Normalise"/>) with its column, and whether it is Indonesian, English or both.</summary>
    private static readonly (string Name, int Column, CsvNames Language)[] Headers =
    [
        ("kabupaten", Kabupaten, CsvNames.Any), ("kabupaten/kota", Kabupaten, CsvNames.Indonesian), ("kode kabupaten", Kabupaten, CsvNames.Indonesian),
        ("kecamatan", Kecamatan, CsvNames.Any), ("kode kecamatan", Kecamatan, CsvNames.Indonesian),
        ("unit", Unit, CsvNames.English), ("unit kerja", Unit, CsvNames.Indonesian), ("kode unit", Unit, CsvNames.Indonesian),
        ("sasaran", Sasaran, CsvNames.Any), ("kode sasaran", Sasaran, CsvNames.Indonesian),
        ("indicator", Indicator, CsvNames.English), ("indikator", Indicator, CsvNames.Indonesian), ("kode indikator", Indicator, CsvNames.Indonesian),
        ("polarity", Polarity, CsvNames.English), ("polaritas", Polarity, CsvNames.Indonesian),
        ("aggregation", Aggregation, CsvNames.English), ("agregasi", Aggregation, CsvNames.Indonesian), ("metode agregasi", Aggregation, CsvNames.Indonesian),
        ("triwulan", Triwulan, CsvNames.Any), ("quarter", Triwulan, CsvNames.English), ("tw", Triwulan, CsvNames.Indonesian),
        ("target lower", TargetLower, CsvNames.English), ("target bawah", TargetLower, CsvNames.Indonesian), ("target", TargetLower, CsvNames.Any),
        ("target upper", TargetUpper, CsvNames.English), ("target atas", TargetUpper, CsvNames.Indonesian),
        ("realisasi", Realisasi, CsvNames.Any),
    ];

    private static readonly (string Name, Polarity Value, CsvNames Language)[] Polarities =
    [
        ("positive", Agreements.Polarity.Positive, CsvNames.English), ("positif", Agreements.Polarity.Positive, CsvNames.Indonesian), ("kondisinormal", Agreements.Polarity.Positive, CsvNames.Indonesian),
        ("negative", Agreements.Polarity.Negative, CsvNames.English), ("negatif", Agreements.Polarity.Negative, CsvNames.Indonesian), ("kondisikhusus", Agreements.Polarity.Negative, CsvNames.Indonesian),
        ("keepstable", Agreements.Polarity.KeepStable, CsvNames.English), ("tetap", Agreements.Polarity.KeepStable, CsvNames.Indonesian), ("stabil", Agreements.Polarity.KeepStable, CsvNames.Indonesian),
    ];

    private static readonly (string Name, AggregationMethod Value, CsvNames Language)[] Aggregations =
    [
        ("cumulativesum", AggregationMethod.CumulativeSum, CsvNames.English), ("kumulatif", AggregationMethod.CumulativeSum, CsvNames.Indonesian), ("jumlah", AggregationMethod.CumulativeSum, CsvNames.Indonesian),
        ("lastvalue", AggregationMethod.LastValue, CsvNames.English), ("posisiakhir", AggregationMethod.LastValue, CsvNames.Indonesian), ("nilaiakhir", AggregationMethod.LastValue, CsvNames.Indonesian),
        ("average", AggregationMethod.Average, CsvNames.English), ("ratarata", AggregationMethod.Average, CsvNames.Indonesian),
        ("maximum", AggregationMethod.Maximum, CsvNames.English), ("maksimum", AggregationMethod.Maximum, CsvNames.Indonesian), ("tertinggi", AggregationMethod.Maximum, CsvNames.Indonesian),
        ("minimum", AggregationMethod.Minimum, CsvNames.Any), ("terendah", AggregationMethod.Minimum, CsvNames.Indonesian),
    ];

    /// <summary>The names written for each polarity and method, Indonesian and English.</summary>
    public static string Write(Polarity value, bool indonesian) => value switch
    {
        Agreements.Polarity.Positive => indonesian ? "positif" : "Positive",
        Agreements.Polarity.Negative => indonesian ? "negatif" : "Negative",
        _ => indonesian ? "tetap" : "KeepStable",
    };

    /// <summary>The names written for each method, Indonesian and English.</summary>
    public static string Write(AggregationMethod value, bool indonesian) => value switch
    {
        AggregationMethod.CumulativeSum => indonesian ? "kumulatif" : "CumulativeSum",
        AggregationMethod.LastValue => indonesian ? "posisi akhir" : "LastValue",
        AggregationMethod.Average => indonesian ? "rata-rata" : "Average",
        AggregationMethod.Maximum => indonesian ? "maksimum" : "Maximum",
        _ => indonesian ? "minimum" : "Minimum",
    };

    /// <summary>The names accepted for polarity, for messages.</summary>
    public static string PolarityNames(CsvNames names) => string.Join(", ", Polarities.Where(p => Accepts(names, p.Language)).Select(p => p.Name));

    /// <summary>The names accepted for aggregation, for messages.</summary>
    public static string AggregationNames(CsvNames names) => string.Join(", ", Aggregations.Where(p => Accepts(names, p.Language)).Select(p => p.Name));

    /// <summary>The header names accepted for a column, for messages.</summary>
    public static string HeaderNames(int column, CsvNames names) => string.Join(" / ", Headers.Where(h => h.Column == column && Accepts(names, h.Language)).Select(h => h.Name));

    /// <summary>The column a header name stands for, or -1.</summary>
    public static int Column(ReadOnlySpan<char> header, CsvNames names)
    {
        var key = Normalise(header, keepSpaces: true);
        foreach (var h in Headers)
        {
            if (h.Name == key && Accepts(names, h.Language))
            {
                return h.Column;
            }
        }

        return -1;
    }

    /// <summary>The polarity a name stands for.</summary>
    public static bool TryPolarity(ReadOnlySpan<char> text, CsvNames names, out Polarity value)
    {
        // The common names first, without making a string.
        foreach (var p in Polarities)
        {
            if (Accepts(names, p.Language) && text.Equals(p.Name, StringComparison.OrdinalIgnoreCase))
            {
                value = p.Value;
                return true;
            }
        }

        var key = Normalise(text, keepSpaces: false);
        foreach (var p in Polarities)
        {
            if (Accepts(names, p.Language) && p.Name == key)
            {
                value = p.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The aggregation method a name stands for.</summary>
    public static bool TryAggregation(ReadOnlySpan<char> text, CsvNames names, out AggregationMethod value)
    {
        foreach (var p in Aggregations)
        {
            if (Accepts(names, p.Language) && text.Equals(p.Name, StringComparison.OrdinalIgnoreCase))
            {
                value = p.Value;
                return true;
            }
        }

        var key = Normalise(text, keepSpaces: false);
        foreach (var p in Aggregations)
        {
            if (Accepts(names, p.Language) && p.Name == key)
            {
                value = p.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Lower case (invariant), a byte-order mark dropped, <c>_</c> and <c>-</c> read as spaces, runs of spaces as one
    /// (or none, for values), trimmed.
    /// </summary>
    public static string Normalise(ReadOnlySpan<char> text, bool keepSpaces)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (ch == '\uFEFF')
            {
                continue;
            }

            if (ch is '_' or '-' || char.IsWhiteSpace(ch))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space && keepSpaces)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(char.ToLowerInvariant(ch));
        }

        return builder.ToString();
    }

    private static bool Accepts(CsvNames wanted, CsvNames language) =>
        wanted == CsvNames.Any || language == CsvNames.Any || language == wanted;
}
