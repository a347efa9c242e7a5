namespace Kinerja.Core.Calendar;

/// <summary>How a time standard in days (Hari) or weeks (Minggu) is counted. The regulation defines no
/// unit semantics; reading "Hari" as working days, as statutes do when they say "hari kerja", is the default.</summary>
public enum DayCounting
{
    /// <summary>Default: N days end at the close of the N-th working day after the day work started.</summary>
    WorkingDays = 0,

    /// <summary>N days end at the close of the N-th calendar day after the day work started, moved to
    /// the close of the next working day when that day is not a working day.</summary>
    CalendarDays = 1,
}
