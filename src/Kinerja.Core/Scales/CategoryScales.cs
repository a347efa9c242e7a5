namespace Kinerja.Core.Scales;

/// <summary>The built-in category scales. Each is an ordinary <see cref="CategoryScale"/>.</summary>
public static class CategoryScales
{
    private static readonly decimal[] PermendagriBounds = [51m, 66m, 76m, 91m];
    private static readonly decimal[] SakipBounds = [30m, 50m, 60m, 70m, 80m, 90m];

    /// <summary>
    /// The default: Permendagri 86/2017, evaluation of RKPD/Renja, printed "91 ≤ 100" Sangat Tinggi,
    /// "76 ≤ 90" Tinggi, "66 ≤ 75" Sedang, "51 ≤ 65" Rendah, "≤ 50" Sangat Rendah. Our policy for
    /// what the print leaves open: each band starts at its printed lower bound and runs up to the
    /// next band's (so 90.5 is Tinggi), and values above 100 are Sangat Tinggi:
    /// (-∞, 51) [51, 66) [66, 76) [76, 91) [91, ∞).
    /// </summary>
    public static CategoryScale Permendagri86 { get; } =
        Lowest("Permendagri 86/2017", PermendagriBounds, ["Sangat Rendah", "Rendah", "Sedang", "Tinggi", "Sangat Tinggi"]);

    /// <summary>
    /// The same bounds as <see cref="Permendagri86"/> with the labels some official LKjIP print
    /// (for example LKjIP 2019 Inspektorat Kab. Sampang, Tabel 3.1): Sangat Kurang, Kurang, Cukup,
    /// Baik, Sangat Baik.
    /// </summary>
    public static CategoryScale Permendagri86Baik { get; } =
        Lowest("Permendagri 86/2017 (Baik)", PermendagriBounds, ["Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik"]);

    /// <summary>SAKIP evaluation grades with the literal "&gt;90-100" boundary reading (<see cref="SakipBoundary.UpperInclusive"/>).</summary>
    public static CategoryScale SakipGrades { get; } = Sakip(SakipBoundary.UpperInclusive);

    /// <summary>
    /// SAKIP evaluation grades (PermenPANRB 88/2021 as implemented by open e-SAKIP applications):
    /// D (0-30), C (&gt;30-50), CC (&gt;50-60), B (&gt;60-70), BB (&gt;70-80), A (&gt;80-90), AA (&gt;90-100);
    /// below 0 is D and above 100 is AA.
    /// </summary>
    /// <param name="boundary">Which grade a value exactly on a boundary gets.</param>
    /// <returns>The scale.</returns>
    public static CategoryScale Sakip(SakipBoundary boundary)
    {
        string[] grades = ["D", "C", "CC", "B", "BB", "A", "AA"];
        var upperInclusive = boundary == SakipBoundary.UpperInclusive;
        var bands = new CategoryBand[grades.Length];
        for (var i = 0; i < grades.Length; i++)
        {
            decimal? lower = i == 0 ? null : SakipBounds[i - 1];
            decimal? upper = i == grades.Length - 1 ? null : SakipBounds[i];
            bands[i] = new CategoryBand(grades[i], lower, !upperInclusive, upper, upperInclusive);
        }

        var name = upperInclusive ? "Nilai SAKIP (batas milik predikat bawah)" : "Nilai SAKIP (batas milik predikat atas)";
        return CategoryScale.Create(name, bands).Value;
    }

    private static CategoryScale Lowest(string name, decimal[] bounds, string[] labels)
    {
        var bands = new CategoryBand[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            decimal? lower = i == 0 ? null : bounds[i - 1];
            decimal? upper = i == labels.Length - 1 ? null : bounds[i];
            bands[i] = new CategoryBand(labels[i], lower, true, upper, false);
        }

        return CategoryScale.Create(name, bands).Value;
    }
}
