using System.Globalization;
using Kinerja.Core.Agreements;
using Kinerja.Core.Calendar;
using Kinerja.Core.Internal;
using Kinerja.Core.Measurement;
using Kinerja.Core.Scales;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;
using NodaTime.Text;

namespace Kinerja.Core.Serialization;

/// <summary>The JSON names of enum values (camelCase, fixed here so renaming a member never changes a document).</summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class JsonNames<T>
    where T : struct, Enum
{
    private readonly (T Value, string Name)[] _names;

    public JsonNames(params (T Value, string Name)[] names) => _names = names;

    public string Of(T value)
    {
        foreach (var (v, name) in _names)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, typeof(T).Name + " value " + value + " is not a defined member, so it has no JSON name.");
    }

    /// <summary>Reads a name; null gives null, an unknown name a problem listing the names.</summary>
    public T? Read(string? text, string path, Problems problems)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var (v, name) in _names)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                return v;
            }
        }

        Expected.OneOf(_names.Select(n => n.Name)).Report(problems, path, text);
        return null;
    }
}

/// <summary>The names of every enum in the documents, and the ISO text of NodaTime values.</summary>
internal static class JsonText
{
    public static readonly JsonNames<IndicatorLevel> Levels = new(
        (IndicatorLevel.IkuSasaran, "ikuSasaran"), (IndicatorLevel.Program, "program"), (IndicatorLevel.Kegiatan, "kegiatan"),
        (IndicatorLevel.SubKegiatan, "subKegiatan"), (IndicatorLevel.Iki, "iki"));

    public static readonly JsonNames<Polarity> Polarities = new(
        (Polarity.Positive, "positive"), (Polarity.Negative, "negative"), (Polarity.KeepStable, "keepStable"));

    public static readonly JsonNames<AggregationMethod> Aggregations = new(
        (AggregationMethod.CumulativeSum, "cumulativeSum"), (AggregationMethod.LastValue, "lastValue"), (AggregationMethod.Average, "average"),
        (AggregationMethod.Maximum, "maximum"), (AggregationMethod.Minimum, "minimum"));

    public static readonly JsonNames<ValueKind> ValueKinds = new(
        (ValueKind.Number, "number"), (ValueKind.Percentage, "percentage"), (ValueKind.Rupiah, "rupiah"), (ValueKind.QualitativeGrade, "qualitativeGrade"));

    public static readonly JsonNames<ActingStatus> Acting = new(
        (ActingStatus.Definitive, "definitive"), (ActingStatus.Plt, "plt"), (ActingStatus.Plh, "plh"));

    public static readonly JsonNames<ProgramKind> ProgramKinds = new(
        (ProgramKind.Program, "program"), (ProgramKind.Kegiatan, "kegiatan"), (ProgramKind.SubKegiatan, "subKegiatan"));

    /// <summary>Holiday kinds keep the names of the holiday files (version 0).</summary>
    public static readonly JsonNames<HolidayKind> HolidayKinds = new(
        (HolidayKind.National, "libur-nasional"), (HolidayKind.CutiBersama, "cuti-bersama"), (HolidayKind.Local, "local"));

    public static readonly JsonNames<SopCompletion> Completions = new(
        (SopCompletion.All, "all"), (SopCompletion.Any, "any"));

    public static readonly JsonNames<SopGapPolicy> GapPolicies = new(
        (SopGapPolicy.Record, "record"), (SopGapPolicy.Stop, "stop"));

    public static readonly JsonNames<DayCounting> DayCountings = new(
        (DayCounting.WorkingDays, "workingDays"), (DayCounting.CalendarDays, "calendarDays"));

    public static readonly JsonNames<BudgetEntryMode> BudgetEntries = new(
        (BudgetEntryMode.PerTriwulan, "perTriwulan"), (BudgetEntryMode.Cumulative, "cumulative"));

    public static readonly JsonNames<CategoryBasis> CategoryBases = new(
        (CategoryBasis.Printed, "printed"), (CategoryBasis.Exact, "exact"));

    public static readonly JsonNames<DayReading> DayReadings = new(
        (DayReading.WorkingTimeToClose, "workingTimeToClose"), (DayReading.WorkingTime, "workingTime"), (DayReading.WholeDaysAfterStartDay, "wholeDaysAfterStartDay"));

    public static readonly JsonNames<IsoDayOfWeek> Days = new(
        (IsoDayOfWeek.Monday, "monday"), (IsoDayOfWeek.Tuesday, "tuesday"), (IsoDayOfWeek.Wednesday, "wednesday"), (IsoDayOfWeek.Thursday, "thursday"),
        (IsoDayOfWeek.Friday, "friday"), (IsoDayOfWeek.Saturday, "saturday"), (IsoDayOfWeek.Sunday, "sunday"));

    public static readonly JsonNames<SopEventKind> EventKinds = new(
        (SopEventKind.Started, "started"), (SopEventKind.Completed, "completed"), (SopEventKind.Approved, "approved"),
        (SopEventKind.Returned, "returned"), (SopEventKind.Cancelled, "cancelled"), (SopEventKind.Instructed, "instructed"));

    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static string? Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

    public static LocalDate? Date(string? text, string path, Problems problems) =>
        Parse(text, LocalDatePattern.Iso, path, problems, Expected.Date);

    public static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static Instant? Instant(string? text, string path, Problems problems) =>
        Parse(text, InstantPattern.ExtendedIso, path, problems, Expected.Instant);

    /// <summary>A time as <c>HH:mm</c> when it is a whole minute, else with seconds and fraction.</summary>
    public static string Time(LocalTime time) =>
        time.TickOfDay % NodaConstants.TicksPerMinute == 0 ? HourMinute.Format(time) : LocalTimePattern.ExtendedIso.Format(time);

    public static LocalTime? Time(string? text, string path, Problems problems)
    {
        if (text is not null && HourMinute.Parse(text) is { Success: true } hm)
        {
            return hm.Value;
        }

        return Parse(text, LocalTimePattern.ExtendedIso, path, problems, Expected.Time);
    }

    /// <summary>A duration in NodaTime's JSON form (<c>7:30:00</c>: hours, minutes, seconds).</summary>
    public static string Duration(Duration duration) => DurationPattern.JsonRoundtrip.Format(duration);

    public static Duration? Duration(string? text, string path, Problems problems) =>
        Parse(text, DurationPattern.JsonRoundtrip, path, problems, Expected.Duration);

    public static DateTimeZone? Zone(string? text, string path, Problems problems)
    {
        if (text is null)
        {
            problems.Error(ProblemCodes.Required, path, null);
            return null;
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(text);
        if (zone is null)
        {
            problems.Error(ProblemCodes.UnknownReference, path, text, "zona waktu tzdb", "tzdb time zone");
        }

        return zone;
    }

    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static TValue? Parse<TValue>(string? text, IPattern<TValue> pattern, string path, Problems problems, Expected expected)
        where TValue : struct
    {
        if (text is null)
        {
            return null;
        }

        var parsed = pattern.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        expected.Report(problems, path, text);
        return null;
    }
}
