namespace Kinerja.Core.Calendar;

/// <summary>
/// The holidays of one year with the decree that sets them, as loaded from JSON (see
/// <c>Serialization.KinerjaJson.ReadHolidayList</c>) or built in (<c>BuiltIn.NationalHolidays</c>).
/// </summary>
public sealed class HolidayList
{
    /// <summary>Creates a list.</summary>
    /// <param name="year">The year the list covers.</param>
    /// <param name="source">The decree or other source that sets the dates.</param>
    /// <param name="holidays">The holidays.</param>
    /// <param name="notes">Remarks on the data (dates subject to isbat, corrections), if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="holidays"/> is null.</exception>
    /// <exception cref="ArgumentException">A holiday falls outside <paramref name="year"/>.</exception>
    public HolidayList(int year, string source, IEnumerable<Holiday> holidays, string? notes = null)
    {
        Year = year;
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Holidays = (holidays ?? throw new ArgumentNullException(nameof(holidays))).OrderBy(h => h.Date).ToArray();
        Notes = notes;
        if (Holidays.FirstOrDefault(h => h.Date.Year != year) is { } stray)
        {
            throw new ArgumentException($"Holiday {stray} is not in year {year}.", nameof(holidays));
        }
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The source, for example the joint decree's title and numbers.</summary>
    public string Source { get; }

    /// <summary>Remarks on the data, if any.</summary>
    public string? Notes { get; }

    /// <summary>The holidays in date order.</summary>
    public IReadOnlyList<Holiday> Holidays { get; }

    /// <summary>The year and source.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Source;
}
