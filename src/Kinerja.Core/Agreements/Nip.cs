using Kinerja.Core.Internal;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.Agreements;

/// <summary>
/// Nomor Induk Pegawai: the 18-digit number of an Indonesian civil servant (PNS). It embeds the
/// date of birth (digits 1-8, yyyymmdd), the year and month of appointment (digits 9-14, yyyymm),
/// the sex (digit 15: 1 male, 2 female) and a sequence number (digits 16-18, 001-999).
/// Spaces are allowed on input and dropped; <see cref="ToString"/> prints the usual grouping
/// <c>19780312 200501 1 003</c>. The default value is not a valid NIP: always parse.
/// </summary>
public readonly struct Nip : IEquatable<Nip>
{
    /// <summary>The youngest age at which a NIP's appointment is accepted.</summary>
    public const int MinAppointmentAge = 18;

    private readonly string? _digits;

    private Nip(string digits) => _digits = digits;

    /// <summary>The 18 digits, without spaces.</summary>
    public string Digits => _digits ?? string.Empty;

    /// <summary>The date of birth, digits 1-8.</summary>
    public LocalDate BirthDate => new(Number(0, 4), Number(4, 2), Number(6, 2));

    /// <summary>The year and month of appointment as CPNS, digits 9-14.</summary>
    public YearMonth Appointment => new(Number(8, 4), Number(12, 2));

    /// <summary>The sex, digit 15.</summary>
    public NipSex Sex => (NipSex)Number(14, 1);

    /// <summary>The sequence number, digits 16-18 (1 to 999).</summary>
    public int Sequence => Number(15, 3);

    /// <summary>Validates a NIP as typed, reporting every way it is wrong (of characters that are not digits,
    /// the first 18 are named: a NIP has 18 digits, and every problem carries the whole text).</summary>
    /// <param name="text">The NIP as typed; spaces are allowed.</param>
    /// <param name="path">The field path to name in problems.</param>
    /// <returns>The NIP, or every problem found with it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ValidationResult<Nip> Validate(string? text, string path = "nip")
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        const int MaxCharacterProblems = 18;
        var problems = new Problems();
        if (!problems.Required(text, path))
        {
            return problems.Result(() => default(Nip));
        }

        var digits = new char[text!.Length];
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                continue;
            }

            if (c is < '0' or > '9')
            {
                problems.Error(ProblemCodes.NipCharacter, path, text, c.ToString(), Text.Of(i + 1));
                if (problems.ErrorCount == MaxCharacterProblems)
                {
                    // Every problem carries the whole text; naming more characters than a NIP has digits tells nothing more.
                    break;
                }

                continue;
            }

            digits[count++] = c;
        }

        if (problems.HasErrors)
        {
            return problems.Result(() => default(Nip));
        }

        if (count != 18)
        {
            problems.Error(ProblemCodes.NipLength, path, text, Text.Of(count));
            return problems.Result(() => default(Nip));
        }

        var s = new string(digits, 0, count);
        var birth = TryDate(s.Substring(0, 4), s.Substring(4, 2), s.Substring(6, 2));
        if (birth is null)
        {
            problems.Error(ProblemCodes.NipBirthDate, path, text, s.Substring(0, 8));
        }

        var appointment = TryYearMonth(s.Substring(8, 4), s.Substring(12, 2));
        if (appointment is null)
        {
            problems.Error(ProblemCodes.NipAppointment, path, text, s.Substring(8, 6));
        }

        if (birth is { } b && appointment is { } a && a.OnDayOfMonth(1) < new LocalDate(b.Year, b.Month, 1).PlusYears(MinAppointmentAge))
        {
            problems.Error(
                ProblemCodes.NipAppointmentAge,
                path,
                text,
                a.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                b.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (s[14] is not ('1' or '2'))
        {
            problems.Error(ProblemCodes.NipSex, path, text, s.Substring(14, 1));
        }

        if (s.Substring(15, 3) == "000")
        {
            problems.Error(ProblemCodes.NipSequence, path, text);
        }

        return problems.Result(() => new Nip(s));
    }

    /// <summary>Parses a NIP that is known to be valid (for example from a database).</summary>
    /// <param name="text">The NIP; spaces are allowed.</param>
    /// <returns>The NIP.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid NIP; the message names every problem.
    /// For input typed by a user, use <see cref="Validate"/>.</exception>
    public static Nip Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var result = Validate(text);
        return result.IsValid ? result.Value : throw new FormatException(string.Join(" ", result.Problems.Select(p => p.GetMessage(MessageLanguage.English))));
    }

    /// <summary>Tries to parse a NIP.</summary>
    /// <param name="text">The NIP; spaces are allowed.</param>
    /// <param name="nip">The NIP when valid, otherwise the default value.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid NIP.</returns>
    public static bool TryParse(string? text, out Nip nip)
    {
        var result = Validate(text);
        nip = result.IsValid ? result.Value : default;
        return result.IsValid;
    }

    /// <summary>The NIP grouped as printed on Indonesian documents: <c>yyyymmdd yyyymm s nnn</c>.</summary>
    /// <returns>The grouped NIP, or an empty string for the default value.</returns>
    public override string ToString() =>
        _digits is null ? string.Empty : $"{_digits.Substring(0, 8)} {_digits.Substring(8, 6)} {_digits.Substring(14, 1)} {_digits.Substring(15, 3)}";

    /// <inheritdoc />
    public bool Equals(Nip other) => string.Equals(_digits, other._digits, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Nip other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _digits is null ? 0 : StringComparer.Ordinal.GetHashCode(_digits);

    /// <summary>Whether two NIPs are the same number.</summary>
    /// <param name="left">The first NIP.</param>
    /// <param name="right">The second NIP.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Nip left, Nip right) => left.Equals(right);

    /// <summary>Whether two NIPs differ.</summary>
    /// <param name="left">The first NIP.</param>
    /// <param name="right">The second NIP.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Nip left, Nip right) => !left.Equals(right);

    private int Number(int start, int length)
    {
        if (_digits is null)
        {
            throw new InvalidOperationException("The default Nip holds no number; create one with Nip.Validate or Nip.Parse.");
        }

        return int.Parse(_digits.Substring(start, length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static LocalDate? TryDate(string year, string month, string day)
    {
        var y = int.Parse(year, System.Globalization.CultureInfo.InvariantCulture);
        var m = int.Parse(month, System.Globalization.CultureInfo.InvariantCulture);
        var d = int.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        if (y < 1900 || m is < 1 or > 12 || d < 1)
        {
            return null;
        }

        return d > CalendarSystem.Iso.GetDaysInMonth(y, m) ? null : new LocalDate(y, m, d);
    }

    private static YearMonth? TryYearMonth(string year, string month)
    {
        var y = int.Parse(year, System.Globalization.CultureInfo.InvariantCulture);
        var m = int.Parse(month, System.Globalization.CultureInfo.InvariantCulture);
        return y < 1900 || m is < 1 or > 12 ? null : new YearMonth(y, m);
    }
}
