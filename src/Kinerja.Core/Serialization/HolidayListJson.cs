using Kinerja.Core.Calendar;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

/// <summary>
/// Reads and writes a year's holidays and cuti bersama as JSON, so a new year's decree is data,
/// not code: the same as <see cref="KinerjaJson.ReadHolidayList"/> and <see cref="KinerjaJson.Write(HolidayList)"/>,
/// kept for existing callers. Reading reports every problem with its JSON path. The format:
/// <code>
/// { "schemaVersion": 1, "kind": "holidayList", "country": "ID", "year": 2026, "source": "SKB ... Nomor ... Tahun 2025",
///   "notes": "...", "holidays": [ { "date": "2026-01-01", "name": "Tahun Baru 2026 Masehi",
///   "kind": "libur-nasional" }, { "date": "...", "name": "...", "kind": "cuti-bersama" } ] }
/// </code>
/// <c>kind</c> of a holiday is <c>libur-nasional</c>, <c>cuti-bersama</c> or <c>local</c>; every date must fall in
/// <c>year</c>. A document without a <c>kind</c> of its own (the built-in files) still reads.
/// </summary>
public static class HolidayListJson
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = KinerjaJson.SchemaVersion;

    /// <summary>Reads a holiday list from JSON text; the same as <see cref="KinerjaJson.ReadHolidayList"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The list, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<HolidayList> Parse(string json) => KinerjaJson.ReadHolidayList(json);

    /// <summary>Writes a holiday list; the same as <see cref="KinerjaJson.Write(HolidayList)"/>.</summary>
    /// <param name="list">The list.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A holiday's kind is not a defined <see cref="HolidayKind"/>.</exception>
    public static string Write(HolidayList list) => KinerjaJson.Write(list);
}
