using System.Globalization;
using Kinerja.Core.Agreements;
using Kinerja.Core.Budget;
using Kinerja.Core.Presentation;
using NodaTime;
using NodaTime.Text;

namespace Kinerja.Samples.Console;

/// <summary>How the CLI writes figures, targets and moments in its language (<see cref="Lang"/>), rounded only here.</summary>
internal static class Formatting
{
    private static readonly LocalDateTimePattern ShortPattern = LocalDateTimePattern.Create("dd-MM HH:mm", CultureInfo.InvariantCulture);
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.Create("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A target, a realisasi amount, a serapan or "-" for nothing.</summary>
    public static string Show(object? value, Lang lang) => value switch
    {
        null => "-",
        Target { Kind: TargetKind.Value } t => lang.Number(t.Value),
        Target { Kind: TargetKind.Range } t => lang.Number(t.Lower) + " - " + lang.Number(t.Upper),
        Target t => t.Grade!,
        SerapanResult s => lang.Serapan(s),
        decimal d => lang.Number(d),
        _ => value.ToString() ?? "-",
    };

    /// <summary>A count, invariant.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A moment in the office's zone, such as "Senin 05-10-2026 08:00 WIB".</summary>
    public static string Moment(Instant instant, DateTimeZone zone, Lang lang)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return lang.Day((int)local.DayOfWeek) + " " + Pattern.Format(local) + " " + ZoneName(zone);
    }

    /// <summary>Working time as hours and minutes: "1 jam 30 menit" / "1 h 30 min".</summary>
    public static string WorkingTime(Duration duration, Lang lang)
    {
        var minutes = (long)Math.Round(duration.TotalMinutes);
        var parts = new List<string>(2);
        if (minutes / 60 > 0)
        {
            parts.Add((minutes / 60).ToString(CultureInfo.InvariantCulture) + lang.T(" jam", " h"));
        }

        if (minutes % 60 > 0 || minutes == 0)
        {
            parts.Add((minutes % 60).ToString(CultureInfo.InvariantCulture) + lang.T(" menit", " min"));
        }

        return string.Join(" ", parts);
    }

    /// <summary>A moment in the office's zone, short: "Sen 05-10 08:00", "Mon 05-10 08:00" (the zone is said once elsewhere).</summary>
    public static string ShortMoment(Instant instant, DateTimeZone zone, Lang lang)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return lang.Day((int)local.DayOfWeek)[..3] + " " + ShortPattern.Format(local);
    }

    public static string ZoneName(DateTimeZone zone) => zone.Id switch
    {
        "Asia/Jakarta" or "Asia/Pontianak" => "WIB",
        "Asia/Makassar" => "WITA",
        "Asia/Jayapura" => "WIT",
        _ => zone.Id,
    };
}
