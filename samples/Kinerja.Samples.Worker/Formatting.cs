using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Kinerja.Samples.Worker;

/// <summary>How the worker writes moments and working time in its log: the office's local time, Indonesian day names.</summary>
public static class Formatting
{
    private static readonly string[] Days = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.Create("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A moment in a zone, such as "Senin 2026-07-06 10:00 WITA".</summary>
    /// <param name="instant">The moment.</param>
    /// <param name="zone">The office's zone.</param>
    /// <returns>The text.</returns>
    public static string Moment(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = instant.InZone(zone).LocalDateTime;
        return Days[(int)local.DayOfWeek - 1] + " " + Pattern.Format(local) + " " + ZoneName(zone);
    }

    /// <summary>Working time as hours and minutes, such as "5 jam 50 menit", "1 jam" or "0 menit".</summary>
    /// <param name="duration">The working time.</param>
    /// <returns>The text.</returns>
    public static string WorkingTime(Duration duration)
    {
        var minutes = (long)Math.Round(duration.TotalMinutes);
        var hours = minutes / 60;
        var rest = minutes % 60;
        var parts = new List<string>(2);
        if (hours > 0)
        {
            parts.Add(hours.ToString(CultureInfo.InvariantCulture) + " jam");
        }

        if (rest > 0 || hours == 0)
        {
            parts.Add(rest.ToString(CultureInfo.InvariantCulture) + " menit");
        }

        return string.Join(" ", parts);
    }

    private static string ZoneName(DateTimeZone zone) => zone.Id switch
    {
        "Asia/Jakarta" or "Asia/Pontianak" => "WIB",
        "Asia/Makassar" => "WITA",
        "Asia/Jayapura" => "WIT",
        _ => zone.Id,
    };
}
