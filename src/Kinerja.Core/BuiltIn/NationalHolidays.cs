using System.Diagnostics.CodeAnalysis;
using Kinerja.Core.Calendar;
using Kinerja.Core.Serialization;

namespace Kinerja.Core.BuiltIn;

/// <summary>
/// The national holidays and cuti bersama shipped with the package, one JSON file per year, each
/// citing its joint ministerial decree (SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB).
/// Other years load from JSON with <see cref="KinerjaJson.ReadHolidayList"/>.
/// </summary>
public static class NationalHolidays
{
    private static readonly Lazy<Dictionary<int, HolidayList>> Lists = new(Load);
    private static readonly Lazy<IReadOnlyList<int>> ShippedYears = new(() => Lists.Value.Keys.OrderBy(y => y).ToArray());

    /// <summary>2026: SKB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 (17 hari libur nasional, 8 hari cuti bersama).</summary>
    public static HolidayList Year2026 => Lists.Value[2026];

    /// <summary>2025: SKB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024, as amended by Nomor 933 Tahun 2025,
    /// Nomor 1 Tahun 2025, Nomor 3 Tahun 2025 (17 hari libur nasional, 11 hari cuti bersama).</summary>
    public static HolidayList Year2025 => Lists.Value[2025];

    /// <summary>The years shipped.</summary>
    public static IReadOnlyList<int> Years => ShippedYears.Value;

    /// <summary>Gets a shipped year's list.</summary>
    /// <param name="year">The year.</param>
    /// <param name="list">The list, or <see langword="null"/> when the year is not shipped.</param>
    /// <returns><see langword="true"/> when the year is shipped.</returns>
    public static bool TryGet(int year, [NotNullWhen(true)] out HolidayList? list) => Lists.Value.TryGetValue(year, out list);

    private static Dictionary<int, HolidayList> Load() =>
        EmbeddedData.Names("Holidays")
            .Select(name => KinerjaJson.ReadHolidayList(EmbeddedData.Read(name)).Value)
            .ToDictionary(l => l.Year);
}
