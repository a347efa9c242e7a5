using NodaTime;
using NodaTime.Text;

namespace Kinerja.Samples.WebApi;

/// <summary>
/// The office's time zone as answers show it: every moment is given in UTC (<c>at</c>) and, beside it, in the office's
/// zone with its offset (<c>atLocal</c>: <c>2026-06-08T10:00:00+08:00</c>), and each answer names the zone
/// (<c>{"id": "Asia/Makassar", "abbreviation": "WITA"}</c>). Only Indonesia's zones are accepted (<c>Kinerja:TimeZone</c>):
/// WIB (Asia/Jakarta, Asia/Pontianak), WITA (Asia/Makassar), WIT (Asia/Jayapura).
/// </summary>
internal sealed class OfficeTime
{
    private static readonly OffsetDateTimePattern LocalPattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");

    private readonly DateTimeZone _zone;

    public OfficeTime(DateTimeZone zone)
    {
        _zone = zone;
        Zone = new ZoneResponse(zone.Id, Abbreviation(zone.Id)
            ?? throw new InvalidOperationException($"Kinerja:TimeZone '{zone.Id}' is not a time zone of Indonesia (Asia/Jakarta, Asia/Pontianak, Asia/Makassar, Asia/Jayapura)."));
    }

    /// <summary>The zone as answers name it.</summary>
    public ZoneResponse Zone { get; }

    /// <summary>WIB, WITA or WIT for a zone of Indonesia; <see langword="null"/> for any other.</summary>
    public static string? Abbreviation(string zoneId) => zoneId switch
    {
        "Asia/Jakarta" or "Asia/Pontianak" => "WIB",
        "Asia/Makassar" => "WITA",
        "Asia/Jayapura" => "WIT",
        _ => null,
    };

    /// <summary>The moment in the office's zone, ISO 8601 with the offset.</summary>
    public string Local(Instant at) => LocalPattern.Format(at.InZone(_zone).ToOffsetDateTime());

    /// <inheritdoc cref="Local(Instant)"/>
    public string? Local(Instant? at) => at is { } a ? Local(a) : null;
}

/// <summary>The office's time zone: its TZDB id and WIB, WITA or WIT.</summary>
internal sealed record ZoneResponse(string Id, string Abbreviation);
