namespace Kinerja.Core.Serialization;

/// <summary>
/// The <c>kind</c> of each JSON document <see cref="KinerjaJson"/> reads and writes. Every document
/// carries its kind beside its <c>schemaVersion</c>, so a file or a message says what it holds.
/// </summary>
public static class KinerjaDocumentKinds
{
    /// <summary>One version of a Perjanjian Kinerja.</summary>
    public const string PerjanjianKinerja = "perjanjianKinerja";

    /// <summary>Every version of one PK (the original and each PK perubahan).</summary>
    public const string PerjanjianKinerjaHistory = "perjanjianKinerjaHistory";

    /// <summary>The realisasi and realisasi anggaran of a PK's quarters.</summary>
    public const string MeasurementSet = "measurementSet";

    /// <summary>A category scale.</summary>
    public const string CategoryScale = "categoryScale";

    /// <summary>An office's working calendar: time zone, working hours, holidays.</summary>
    public const string WorkingCalendar = "workingCalendar";

    /// <summary>A year's national holidays and cuti bersama.</summary>
    public const string HolidayList = "holidayList";

    /// <summary>An SOP definition (template).</summary>
    public const string SopDefinition = "sopDefinition";

    /// <summary>An SOP instance: its event log.</summary>
    public const string SopInstance = "sopInstance";

    /// <summary>A recap table (rekapitulasi): every group's figures in every period, mergeable.</summary>
    public const string RecapTable = "recapTable";
}
