using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using NodaTime;

namespace Kinerja.Samples.WebApi;

/// <summary>
/// The office's working calendar for SOP deadlines: its time zone (<c>Kinerja:TimeZone</c>, default
/// Asia/Jakarta), a five- or six-day week (<c>Kinerja:WorkingDaysPerWeek</c>, default 5) and the
/// built-in national holidays and cuti bersama (2025 and 2026; other years count weekends only).
/// </summary>
internal static class OfficeCalendar
{
    /// <exception cref="InvalidOperationException">The configured time zone is not one of Indonesia's (WIB, WITA, WIT).</exception>
    public static WorkingCalendar Build(IConfiguration configuration)
    {
        var zoneId = configuration["Kinerja:TimeZone"] ?? "Asia/Jakarta";
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
            ?? throw new InvalidOperationException($"Kinerja:TimeZone '{zoneId}' is not a time zone id (Asia/Jakarta, Asia/Makassar, Asia/Jayapura).");
        if (OfficeTime.Abbreviation(zone.Id) is null)
        {
            throw new InvalidOperationException($"Kinerja:TimeZone '{zoneId}' is not a time zone of Indonesia (Asia/Jakarta, Asia/Pontianak, Asia/Makassar, Asia/Jayapura).");
        }

        var holidays = NationalHolidays.Years.SelectMany(y => NationalHolidays.TryGet(y, out var list) ? list!.Holidays : []);
        return configuration.GetValue("Kinerja:WorkingDaysPerWeek", 5) == 6
            ? WorkingCalendar.SixDayWeek(zone, holidays)
            : WorkingCalendar.FiveDayWeek(zone, holidays);
    }
}
