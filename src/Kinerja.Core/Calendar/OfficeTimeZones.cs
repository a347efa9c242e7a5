using NodaTime;

namespace Kinerja.Core.Calendar;

/// <summary>Indonesia's three time zones, from the tz database bundled with NodaTime.</summary>
public static class OfficeTimeZones
{
    /// <summary>Waktu Indonesia Barat (UTC+7): Asia/Jakarta.</summary>
    public static DateTimeZone Wib { get; } = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];

    /// <summary>Waktu Indonesia Tengah (UTC+8): Asia/Makassar.</summary>
    public static DateTimeZone Wita { get; } = DateTimeZoneProviders.Tzdb["Asia/Makassar"];

    /// <summary>Waktu Indonesia Timur (UTC+9): Asia/Jayapura.</summary>
    public static DateTimeZone Wit { get; } = DateTimeZoneProviders.Tzdb["Asia/Jayapura"];
}
