using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Core.Calendar;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

using NodaTime;

namespace Kinerja.Core.Sop;

/// <summary>The unit of a time standard.</summary>
public enum MutuBakuUnit
{
    /// <summary>No time standard ("-").</summary>
    None = 0,

    /// <summary>Menit: minutes of working time.</summary>
    Minute = 1,

    /// <summary>Jam: hours of working time.</summary>
    Hour = 2,

    /// <summary>Hari: days, counted as the calendar's <see cref="WorkingCalendar.DayCounting"/> says (working days by default) and read as its <see cref="WorkingCalendar.DayReading"/> says.</summary>
    Day = 3,

    /// <summary>Minggu: weeks of the office's working week (five or six working days), read as days.</summary>
    Week = 4,

    /// <summary>
    /// Set by instruction ("Disesuaikan dengan arahan pimpinan", "Sesuai arahan"): no fixed limit of its own.
    /// The instruction sets the limit when it is given, and the deadline is that standard's
    /// (<c>MutuBakuWaktu.Of(3, MutuBakuUnit.Day).Due(calendar, start)</c>); <see cref="MutuBakuWaktu.Due"/>
    /// returns <see langword="null"/> for the standard itself.
    /// </summary>
    Instruction = 5,
}

/// <summary>
/// A time standard (mutu baku waktu) of an SOP step, as the seeds print it: "15 Menit",
/// "120 menit", "1 Jam", "2 Hari", "3 - 5 Hari", "1-2 Hari", "1 Minggu", "0,5 Hari", "-" for
/// none, or "Disesuaikan dengan arahan pimpinan" for a limit set by instruction. A range's upper bound
/// is the limit a deadline uses; the lower bound is kept for reports.
/// </summary>
public sealed class MutuBakuWaktu : IEquatable<MutuBakuWaktu>
{
    private static readonly Regex Pattern = new(
        @"^\s*(?<lower>\d+(?:[.,]\d+)?)\s*(?:(?:-|–|—|s\.?\s*d\.?|sampai(?:\s+dengan)?)\s*(?<upper>\d+(?:[.,]\d+)?)\s*)?(?<unit>menit|mnt|jam|hari(?:\s+kerja)?|minggu)\s*\.?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex InstructionPattern = new(
        @"^\s*(?:disesuaikan\s+dengan\s+arahan\s+pimpinan|sesuai\s+arahan(?:\s+pimpinan)?)\s*\.?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private MutuBakuWaktu(decimal lower, decimal upper, MutuBakuUnit unit, string text, bool saysWorkingDays = false)
    {
        Lower = lower;
        Upper = upper;
        Unit = unit;
        Text = text;
        SaysWorkingDays = saysWorkingDays;
    }

    /// <summary>No time standard ("-").</summary>
    public static MutuBakuWaktu None { get; } = new(0m, 0m, MutuBakuUnit.None, "-");

    /// <summary>A limit set by instruction, printed "Disesuaikan dengan arahan pimpinan" (see <see cref="MutuBakuUnit.Instruction"/>).</summary>
    public static MutuBakuWaktu ByInstruction { get; } = new(0m, 0m, MutuBakuUnit.Instruction, "Disesuaikan dengan arahan pimpinan");

    /// <summary>The lower bound (equal to <see cref="Upper"/> unless a range).</summary>
    public decimal Lower { get; }

    /// <summary>The upper bound: the limit.</summary>
    public decimal Upper { get; }

    /// <summary>The unit.</summary>
    public MutuBakuUnit Unit { get; }

    /// <summary>The text as given.</summary>
    public string Text { get; }

    /// <summary>Whether the text says "hari kerja" explicitly: such a standard counts working days even on a
    /// calendar that counts other days as calendar days.</summary>
    public bool SaysWorkingDays { get; }

    /// <summary>Whether the standard has a fixed limit: not "-" and not set by instruction.</summary>
    public bool HasLimit => Unit is not (MutuBakuUnit.None or MutuBakuUnit.Instruction);

    /// <summary>Whether the limit is set by instruction ("Disesuaikan dengan arahan pimpinan"); <see cref="HasLimit"/> is then <see langword="false"/>.</summary>
    public bool IsByInstruction => Unit == MutuBakuUnit.Instruction;

    /// <summary>Whether the standard is a range, such as "3 - 5 Hari".</summary>
    public bool IsRange => Lower != Upper;

    /// <summary>A standard of an amount of a unit.</summary>
    /// <param name="amount">The amount, above 0.</param>
    /// <param name="unit">The unit: <see cref="MutuBakuUnit.Minute"/>, <see cref="MutuBakuUnit.Hour"/>, <see cref="MutuBakuUnit.Day"/> or <see cref="MutuBakuUnit.Week"/> (a limit set by instruction is <see cref="ByInstruction"/>).</param>
    /// <returns>The standard.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is not above 0, or <paramref name="unit"/> is None, Instruction or undefined.</exception>
    public static MutuBakuWaktu Of(decimal amount, MutuBakuUnit unit) => Between(amount, amount, unit);

    /// <summary>A range standard, such as 3 - 5 days.</summary>
    /// <param name="lower">The lower bound, above 0.</param>
    /// <param name="upper">The upper bound, not below <paramref name="lower"/>.</param>
    /// <param name="unit">The unit: <see cref="MutuBakuUnit.Minute"/>, <see cref="MutuBakuUnit.Hour"/>, <see cref="MutuBakuUnit.Day"/> or <see cref="MutuBakuUnit.Week"/> (a limit set by instruction is <see cref="ByInstruction"/>).</param>
    /// <returns>The standard.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is out of range, or <paramref name="unit"/> is None, Instruction or undefined.</exception>
    public static MutuBakuWaktu Between(decimal lower, decimal upper, MutuBakuUnit unit)
    {
        if (unit is < MutuBakuUnit.Minute or > MutuBakuUnit.Week)
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Value should be Minute, Hour, Day or Week.");
        }

        if (lower <= 0m || upper < lower)
        {
            throw new ArgumentOutOfRangeException(nameof(lower), lower, $"Bounds should satisfy 0 < lower <= upper; got {lower} and {upper}.");
        }

        return new MutuBakuWaktu(lower, upper, unit, Format(lower, upper, unit));
    }

    /// <summary>
    /// Parses a time standard as printed, reporting a clear problem for anything else. "Disesuaikan dengan
    /// arahan pimpinan", "Sesuai arahan pimpinan" and "Sesuai arahan" (any case and spacing, a final dot
    /// allowed) are a limit set by instruction, keeping the text as given.
    /// </summary>
    /// <param name="text">The text, such as "3 - 5 Hari" or "-".</param>
    /// <param name="path">The field path to name in a problem.</param>
    /// <returns>The standard (<see cref="None"/> for "-" or blank), or the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ValidationResult<MutuBakuWaktu> Read(string? text, string path = "waktu")
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var problems = new Problems();
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed is "-" or "–" or "—")
        {
            return problems.Result(() => None);
        }

        if (InstructionPattern.IsMatch(trimmed))
        {
            return problems.Result(() => new MutuBakuWaktu(0m, 0m, MutuBakuUnit.Instruction, trimmed));
        }

        var match = Pattern.Match(trimmed);
        if (!match.Success)
        {
            problems.Error(ProblemCodes.TimeStandardFormat, path, text);
            return problems.Result(() => None);
        }

        var lower = Number(match.Groups["lower"].Value);
        var upper = match.Groups["upper"].Success ? Number(match.Groups["upper"].Value) : lower;
        if (lower <= 0m || upper < lower)
        {
            problems.Error(ProblemCodes.TimeStandardRange, path, text, Kinerja.Core.Internal.Text.Of(lower), Kinerja.Core.Internal.Text.Of(upper));
            return problems.Result(() => None);
        }

        var unitText = match.Groups["unit"].Value.ToUpperInvariant();
        var unit = unitText.StartsWith("MI", StringComparison.Ordinal) ? MutuBakuUnit.Week // minggu
            : unitText.StartsWith("M", StringComparison.Ordinal) ? MutuBakuUnit.Minute        // menit, mnt
            : unitText.StartsWith("J", StringComparison.Ordinal) ? MutuBakuUnit.Hour          // jam
            : MutuBakuUnit.Day;                                                               // hari, hari kerja
        var working = unit == MutuBakuUnit.Day && unitText.EndsWith("KERJA", StringComparison.Ordinal);
        return problems.Result(() => new MutuBakuWaktu(lower, upper, unit, trimmed, working));
    }

    /// <summary>
    /// When this standard falls due for work started at <paramref name="start"/>, by its upper bound (the
    /// limit), on the office's calendar. Minutes and hours are working time
    /// (<see cref="WorkingCalendar.AddWorkingTime"/>). Days are <see cref="WorkingCalendar.DueAfterDays(Instant, decimal)"/>,
    /// counted as the calendar's <see cref="WorkingCalendar.DayCounting"/> says, except that a text saying "hari
    /// kerja" (<see cref="SaysWorkingDays"/>) always counts working days. Weeks are
    /// <see cref="WorkingCalendar.WorkingDaysPerWeek"/> working days each, or 7 calendar days each under
    /// <see cref="DayCounting.CalendarDays"/>. See docs/calendar.md, "Time standards".
    /// </summary>
    /// <param name="calendar">The office's working calendar.</param>
    /// <param name="start">When work on the step started.</param>
    /// <returns>The due moment (a working moment), or <see langword="null"/> when the standard is "-" or set by
    /// instruction (<see cref="IsByInstruction"/>: the instruction supplies the limit, and the deadline is that
    /// standard's, such as <c>MutuBakuWaktu.Of(3, MutuBakuUnit.Day).Due(calendar, start)</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The due moment is outside the calendar's covered years.</exception>
    public Instant? Due(WorkingCalendar calendar, Instant start)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        return Unit switch
        {
            MutuBakuUnit.Minute => calendar.AddWorkingTime(start, Duration.FromTicks((long)(Upper * NodaConstants.TicksPerMinute))),
            MutuBakuUnit.Hour => calendar.AddWorkingTime(start, Duration.FromTicks((long)(Upper * NodaConstants.TicksPerHour))),
            MutuBakuUnit.Day => calendar.DueAfterDays(start, Upper, SaysWorkingDays ? DayCounting.WorkingDays : calendar.DayCounting),
            MutuBakuUnit.Week => calendar.DueAfterDays(start, Upper * (calendar.DayCounting == DayCounting.WorkingDays ? calendar.WorkingDaysPerWeek : 7)),
            _ => null, // None, Instruction: no limit of its own
        };
    }

    /// <summary>The standard in the seeds' style, such as <c>3 - 5 Hari</c> (the text given when parsed).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;

    /// <inheritdoc />
    public bool Equals(MutuBakuWaktu? other) =>
        other is not null && Lower == other.Lower && Upper == other.Upper && Unit == other.Unit && SaysWorkingDays == other.SaysWorkingDays;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MutuBakuWaktu);

    /// <inheritdoc />
    public override int GetHashCode() => Lower.GetHashCode() ^ (Upper.GetHashCode() * 3) ^ ((int)Unit << 4);

    private static decimal Number(string text) => decimal.Parse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static string Format(decimal lower, decimal upper, MutuBakuUnit unit)
    {
        var name = unit switch
        {
            MutuBakuUnit.Minute => "Menit",
            MutuBakuUnit.Hour => "Jam",
            MutuBakuUnit.Day => "Hari",
            _ => "Minggu",
        };
        string Show(decimal d) => d.ToString(CultureInfo.InvariantCulture).Replace('.', ',');
        return lower == upper ? Show(lower) + " " + name : Show(lower) + " - " + Show(upper) + " " + name;
    }
}
