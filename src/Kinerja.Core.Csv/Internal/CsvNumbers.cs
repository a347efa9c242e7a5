using System.Globalization;

namespace Kinerja.Core.Csv.Internal;

/// <summary>Why a number was not read.</summary>
internal enum NumberError
{
    None,
    NotANumber,
    Ambiguous,
    TooManyDigits,
    WrongStyle,
}

/// <summary>
/// Reads the numbers of a file by the rule of <c>docs/csv.md</c>: a decimal mark and a thousands mark, each a point
/// or a comma; thousands in groups of three; at most 28 significant digits (never rounded). With
/// <see cref="CsvDecimalStyle.Detect"/> the first value that can only be read one way settles the style for the rest
/// of the file, and a value that could be read either way before that is a problem.
/// </summary>
internal sealed class CsvNumbers
{
    private const int MaxDigits = 28;
    private readonly char[] _buffer = new char[64];

    public CsvNumbers(CsvDecimalStyle style) => Style = style;

    /// <summary>The style in force: as set, or as settled by the file (still Detect until a value settles it).</summary>
    public CsvDecimalStyle Style { get; private set; }

    /// <summary>The line whose value settled the style (0 when set by the options or not settled).</summary>
    public int SettledAt { get; private set; }

    /// <summary>Reads a number; an empty text is <see langword="null"/> (not reported, no target).</summary>
    public NumberError TryRead(ReadOnlySpan<char> text, int line, out decimal? value)
    {
        value = null;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return NumberError.None;
        }

        var negative = false;
        var at = 0;
        if (text[0] is '-' or '+')
        {
            negative = text[0] == '-';
            at = 1;
        }

        // One pass: the marks, where the first and last of each kind are, and the digits as a mantissa while they fit.
        var digits = text[at..];
        int points = 0, commas = 0, firstPoint = -1, lastPoint = -1, firstComma = -1, lastComma = -1;
        long mantissa = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var ch = digits[i];
            if ((uint)(ch - '0') <= 9)
            {
                mantissa = unchecked((mantissa * 10) + (ch - '0')); // wraps only past 18 digits, where it is not used
            }
            else if (ch == '.')
            {
                firstPoint = points++ == 0 ? i : firstPoint;
                lastPoint = i;
            }
            else if (ch == ',')
            {
                firstComma = commas++ == 0 ? i : firstComma;
                lastComma = i;
            }
            else
            {
                return NumberError.NotANumber;
            }
        }

        if (digits.IsEmpty)
        {
            return NumberError.NotANumber;
        }

        var style = Style;
        var decided = CsvDecimalStyle.Detect;
        if (points > 0 && commas > 0)
        {
            decided = lastComma > lastPoint ? CsvDecimalStyle.Comma : CsvDecimalStyle.Point;
        }
        else if (points + commas >= 2)
        {
            // One kind of mark, more than once: it separates thousands.
            decided = points > 0 ? CsvDecimalStyle.Comma : CsvDecimalStyle.Point;
        }
        else if (points + commas == 1)
        {
            var mark = points > 0 ? lastPoint : lastComma;
            var after = digits.Length - mark - 1;
            var wholeIsZero = mark == 1 && digits[0] == '0';
            if (after != 3 || wholeIsZero || mark > 3 || mark == 0)
            {
                // Not three digits after it, or a whole part of 0 or of more than three digits: a decimal mark.
                decided = points > 0 ? CsvDecimalStyle.Point : CsvDecimalStyle.Comma;
            }
        }

        if (style == CsvDecimalStyle.Detect)
        {
            if (decided == CsvDecimalStyle.Detect && points + commas > 0)
            {
                return NumberError.Ambiguous;
            }

            if (decided != CsvDecimalStyle.Detect)
            {
                Style = style = decided;
                SettledAt = line;
            }
        }
        else if (decided != CsvDecimalStyle.Detect && decided != style)
        {
            return NumberError.WrongStyle;
        }

        var comma = style == CsvDecimalStyle.Comma;
        var thousands = comma ? '.' : ',';
        var (decimalMarks, point) = comma ? (commas, firstComma) : (points, firstPoint);
        var (firstThousands, lastThousands) = comma ? (firstPoint, lastPoint) : (firstComma, lastComma);
        if (decimalMarks > 1)
        {
            return NumberError.WrongStyle;
        }

        var whole = point >= 0 ? digits[..point] : digits;
        var fraction = point >= 0 ? digits[(point + 1)..] : [];
        if ((point >= 0 && lastThousands > point) || whole.IsEmpty || (point >= 0 && fraction.IsEmpty))
        {
            return style == decided || decided == CsvDecimalStyle.Detect ? NumberError.NotANumber : NumberError.WrongStyle;
        }

        if (firstThousands >= 0 && !AreGroupsOfThree(whole, thousands))
        {
            return NumberError.NotANumber;
        }

        // Up to 18 digits and marks (most figures): the mantissa as a long, the scale as the number of decimals, as decimal.Parse gives them.
        if (whole.Length + fraction.Length <= 18)
        {
            value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative && mantissa != 0, (byte)fraction.Length);
            return NumberError.None;
        }

        // The digits, at most 28 significant ones (a decimal holds any 28), and at most 28 decimals.
        var buffer = _buffer.AsSpan();
        var n = 0;
        var significant = 0;
        if (negative)
        {
            buffer[n++] = '-';
        }

        foreach (var ch in whole)
        {
            if (ch == thousands)
            {
                continue;
            }

            if (significant > 0 || ch != '0')
            {
                significant++;
            }

            if (significant > MaxDigits)
            {
                return NumberError.TooManyDigits;
            }

            if (significant > 0 || n == (negative ? 1 : 0))
            {
                buffer[n++] = ch;
            }
        }

        if (!fraction.IsEmpty)
        {
            if (fraction.Length > MaxDigits)
            {
                return NumberError.TooManyDigits;
            }

            buffer[n++] = '.';
            foreach (var ch in fraction)
            {
                if (significant > 0 || ch != '0')
                {
                    significant++;
                }

                if (significant > MaxDigits)
                {
                    return NumberError.TooManyDigits;
                }

                buffer[n++] = ch;
            }
        }

        value = decimal.Parse(buffer[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return NumberError.None;
    }

    /// <summary>Whether a whole part with thousands marks is groups of three after a first group of one to three digits.</summary>
    private static bool AreGroupsOfThree(ReadOnlySpan<char> whole, char thousands)
    {
        var length = 0;
        for (var i = whole.Length - 1; i >= 0; i--)
        {
            if (whole[i] == thousands)
            {
                if (length != 3)
                {
                    return false;
                }

                length = 0;
            }
            else
            {
                length++;
            }
        }

        return length is >= 1 and <= 3;
    }
}
