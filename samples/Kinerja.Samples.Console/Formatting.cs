using System.Globalization;
using Kinerja.Core.Agreements;
using Kinerja.Core.Budget;
using Kinerja.Core.Presentation;
using NodaTime;
using NodaTime.Text;

namespace Kinerja.Samples.Console;

/// <summary>How the CLI writes figures, targets and moments: Indonesian number format, rounded only here.</summary>
internal static class Formatting
{
    private static readonly string[] Days = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
    private static readonly LocalDateTimePattern ShortPattern = LocalDateTimePattern.Create("dd-MM HH:mm", CultureInfo.InvariantCulture);
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.Create("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A target, a realisasi amount, a serapan or "-" for nothing.</summary>
    public static string Show(object? value) => value switch
    {
        null => "-",
        Target { Kind: TargetKind.Value } t => CapaianFormat.Format(t.Value),
        Target { Kind: TargetKind.Range } t => CapaianFormat.Format(t.Lower) + " - " + CapaianFormat.Format(t.Upper),
        Target t => t.Grade!,
        SerapanResult { Value: { } v } => CapaianFormat.Format(v),
        SerapanResult s => "- (" + s.Status + ")",
        decimal d => CapaianFormat.Format(d),
        _ => value.ToString() ?? "-",
    };

    /// <summary>A count, invariant.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count with Indonesian thousands dots: "1.000.000".</summary>
    public static string Thousands(long value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>A moment in the office's zone, such as "Senin 05-10-2026 08:00 WIB".</summary>
    public static string Moment(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return Days[(int)local.DayOfWeek - 1] + " " + Pattern.Format(local) + " " + ZoneName(zone);
    }

    /// <summary>Working time as days of the office's nominal length, hours and minutes: "1 jam 30 menit".</summary>
    public static string WorkingTime(Duration duration)
    {
        var minutes = (long)Math.Round(duration.TotalMinutes);
        var parts = new List<string>(2);
        if (minutes / 60 > 0)
        {
            parts.Add((minutes / 60).ToString(CultureInfo.InvariantCulture) + " jam");
        }

        if (minutes % 60 > 0 || minutes == 0)
        {
            parts.Add((minutes % 60).ToString(CultureInfo.InvariantCulture) + " menit");
        }

        return string.Join(" ", parts);
    }

    /// <summary>A moment in the office's zone, short: "Sen 05-10 08:00" (the zone is said once elsewhere).</summary>
    public static string ShortMoment(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return Days[(int)local.DayOfWeek - 1][..3] + " " + ShortPattern.Format(local);
    }

    public static string ZoneName(DateTimeZone zone) => zone.Id switch
    {
        "Asia/Jakarta" or "Asia/Pontianak" => "WIB",
        "Asia/Makassar" => "WITA",
        "Asia/Jayapura" => "WIT",
        _ => zone.Id,
    };
}
