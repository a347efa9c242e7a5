using Kinerja.Core.Calendar;
using Kinerja.Core.Scales;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.DependencyInjection;

/// <summary>
/// What <c>services.AddKinerja(options =&gt; ...)</c> registers: the clock, the offices (each with its
/// working calendar, roster, time standards and SOP engine), the category scales with a default, and
/// the SOP templates. The options are configuration data; they are checked as a whole when the host
/// starts (and when a Kinerja service is first resolved), and every problem is reported together,
/// each naming the option (such as <c>Offices[0].TimeZone</c>) and the value given.
/// </summary>
public sealed class KinerjaOptions
{
    /// <summary>The id of the office used when <see cref="Offices"/> is left empty.</summary>
    public const string DefaultOfficeId = "default";

    /// <summary>
    /// The clock that stamps SOP events, or <see langword="null"/> (default) for
    /// <see cref="SystemClock.Instance"/>. A host may instead register its own <see cref="IClock"/>
    /// before calling <c>AddKinerja</c>; that registration then wins.
    /// </summary>
    public IClock? Clock { get; set; }

    /// <summary>
    /// The offices. When left empty, one office with id <see cref="DefaultOfficeId"/> and the defaults of
    /// <see cref="KinerjaOfficeOptions"/> (WIB, five-day week, the shipped holidays, an empty roster) is used.
    /// </summary>
    public IList<KinerjaOfficeOptions> Offices { get; } = new List<KinerjaOfficeOptions>();

    /// <summary>
    /// The id of the office whose calendar, roster, time standards and engine are registered as the
    /// plain <see cref="WorkingCalendar"/>, <see cref="OfficeRoster"/>, <see cref="SopTimeStandards"/>
    /// and <see cref="SopEngine"/> services; <see langword="null"/> (default) for the first office.
    /// </summary>
    public string? DefaultOffice { get; set; }

    /// <summary>
    /// Category scales of the office's own, beside the built-in ones (<see cref="CategoryScales.Permendagri86"/>,
    /// <see cref="CategoryScales.Permendagri86Baik"/> and both SAKIP readings). Names must be unique.
    /// </summary>
    public IList<CategoryScale> Scales { get; } = new List<CategoryScale>();

    /// <summary>Category scales as JSON (the format of <c>KinerjaJson.ReadCategoryScale</c>), read and validated at start-up.</summary>
    public IList<string> ScaleJson { get; } = new List<string>();

    /// <summary>The name of the scale registered as the plain <see cref="CategoryScale"/> service; default <see cref="CategoryScales.Permendagri86"/>.</summary>
    public string DefaultScale { get; set; } = CategoryScales.Permendagri86.Name;

    /// <summary>Whether the six built-in seed SOP templates are in the catalogue; default <see langword="true"/>.</summary>
    public bool IncludeBuiltInTemplates { get; set; } = true;

    /// <summary>SOP definitions of the office's own. Each (id, version) must be unique across the catalogue.</summary>
    public IList<SopDefinition> Templates { get; } = new List<SopDefinition>();

    /// <summary>SOP definitions as JSON (the format of <c>KinerjaJson.ReadSopDefinition</c>), read and validated at start-up.</summary>
    public IList<string> TemplateJson { get; } = new List<string>();

    /// <summary>The options of every office's <see cref="SopEngine"/>; default <see cref="SopEngineOptions.Default"/>.</summary>
    public SopEngineOptions Engine { get; set; } = SopEngineOptions.Default;

    /// <summary>
    /// Reads options from a configuration section, such as <c>configuration.GetSection("Kinerja")</c> of
    /// an <c>appsettings.json</c>: <c>DefaultOffice</c>, <c>DefaultScale</c>, <c>IncludeBuiltInTemplates</c>,
    /// <c>ScaleJson</c> and <c>TemplateJson</c> (lists of JSON texts), and <c>Offices</c>, each with
    /// <c>Id</c>, <c>Name</c>, <c>TimeZone</c>, <c>WorkingDaysPerWeek</c>, <c>DayCounting</c>
    /// (<c>WorkingDays</c> or <c>CalendarDays</c>), <c>DayReading</c> (<c>WorkingTimeToClose</c>,
    /// <c>WorkingTime</c> or <c>WholeDaysAfterStartDay</c>), <c>IncludeBuiltInHolidays</c>, <c>HolidayListJson</c> and
    /// <c>Roster</c> (<c>Aliases</c>: lists of names of one role; <c>People</c>: each with <c>Id</c>,
    /// <c>Name</c>, <c>Nip</c>, <c>Roles</c> and <c>Acting</c>, a list of <c>Role</c>, <c>Status</c>
    /// (<c>Plt</c> or <c>Plh</c>), <c>StandsInFor</c>, <c>From</c> and <c>To</c> (dates, <c>yyyy-MM-dd</c>,
    /// in the office's time zone) and <c>Assignment</c>). Keys are case-insensitive. Offices are added to <see cref="Offices"/>;
    /// single values replace the current ones. The clock, scale and template objects, time standards
    /// and calendar adjustments are code, not configuration: set them in code, after reading.
    /// </summary>
    /// <remarks>
    /// An unknown key (a typo such as <c>TimeZon</c>), a value of the wrong type (<c>"lima"</c> for a
    /// number) or a list where one value belongs is not thrown here: it is a problem naming the key's
    /// configuration path (such as <c>Kinerja:Offices:0:TimeZon</c>) and the value, reported by
    /// <see cref="Validate"/> and at start-up together with every other problem of the options.
    /// </remarks>
    /// <param name="section">The section to read.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="section"/> is null.</exception>
    public KinerjaOptions Read(Microsoft.Extensions.Configuration.IConfiguration section)
    {
        KinerjaConfiguration.Read(section ?? throw new ArgumentNullException(nameof(section)), this, ConfigurationProblems);
        return this;
    }

    /// <summary>The problems <see cref="Read"/> found, reported with the options' own.</summary>
    internal List<ValidationProblem> ConfigurationProblems { get; } = [];

    /// <summary>Adds an office and configures it.</summary>
    /// <param name="id">The office's id (such as a kecamatan code).</param>
    /// <param name="configure">Sets the office's options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The office's options, already added to <see cref="Offices"/>.</returns>
    public KinerjaOfficeOptions AddOffice(string id, Action<KinerjaOfficeOptions>? configure = null)
    {
        var office = new KinerjaOfficeOptions { Id = id };
        configure?.Invoke(office);
        Offices.Add(office);
        return office;
    }

    /// <summary>
    /// Checks the options as <c>AddKinerja</c> does at start-up, without a container: builds every
    /// calendar, roster, scale and template and reports every problem together, each with the option's
    /// path and the value given. Warnings (such as a holiday listed twice) do not make the options invalid.
    /// </summary>
    /// <returns>Every problem found; <see cref="ValidationResult.IsValid"/> when the options can be used.</returns>
    public ValidationResult Validate() => KinerjaSetup.Build(this, Clock ?? SystemClock.Instance);
}

/// <summary>
/// One office: its time zone and working week, its holidays, its roster (who holds which SOP role) and
/// its own time standards. From these the office's <see cref="WorkingCalendar"/> and <see cref="SopEngine"/> are built.
/// </summary>
public sealed class KinerjaOfficeOptions
{
    /// <summary>The office's id, unique among the offices; required.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The office's name, such as "Kecamatan Awayan"; defaults to the id.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// The office's time zone: a tz database id (<c>Asia/Jakarta</c>, <c>Asia/Makassar</c>, <c>Asia/Jayapura</c>)
    /// or <c>WIB</c>, <c>WITA</c>, <c>WIT</c>; default <c>Asia/Jakarta</c>.
    /// </summary>
    public string TimeZone { get; set; } = "Asia/Jakarta";

    /// <summary>
    /// 5 (default) for the hours of <see cref="WorkingCalendar.FiveDayWeek"/>, 6 for those of
    /// <see cref="WorkingCalendar.SixDayWeek"/>; change single days with <see cref="CustomizeCalendar"/>.
    /// </summary>
    public int WorkingDaysPerWeek { get; set; } = 5;

    /// <summary>How "Hari" and "Minggu" count; default <see cref="DayCounting.WorkingDays"/>.</summary>
    public DayCounting DayCounting { get; set; } = DayCounting.WorkingDays;

    /// <summary>
    /// How a number of working days ("N Hari", "N hari kerja", "N Minggu") falls due; default
    /// <see cref="DayReading.WorkingTimeToClose"/>. An undefined value is a problem of the office's calendar.
    /// </summary>
    public DayReading DayReading { get; set; } = DayReading.WorkingTimeToClose;

    /// <summary>Whether the shipped national holidays and cuti bersama (every year in <c>NationalHolidays.Years</c>) apply; default <see langword="true"/>.</summary>
    public bool IncludeBuiltInHolidays { get; set; } = true;

    /// <summary>Holiday lists of the office's own. A list for a shipped year replaces the shipped list of that year; two lists for one year are a problem.</summary>
    public IList<HolidayList> HolidayLists { get; } = new List<HolidayList>();

    /// <summary>Holiday lists as JSON (the format of <c>KinerjaJson.ReadHolidayList</c>), read and validated at start-up; the same rules as <see cref="HolidayLists"/>.</summary>
    public IList<string> HolidayListJson { get; } = new List<string>();

    /// <summary>
    /// Adjusts the calendar after the week and the holidays are set (a shorter Friday, a local holiday,
    /// covered years ...), or <see langword="null"/>. The calendar is validated after it; it may run more than once.
    /// </summary>
    public Action<WorkingCalendarBuilder>? CustomizeCalendar { get; set; }

    /// <summary>
    /// Fills the office roster (aliases, people, acting roles), or <see langword="null"/> for an empty
    /// roster (the engine then refuses every action). The builder comes set to the office's
    /// <see cref="TimeZone"/>, in which acting periods are read. The roster is validated after it; it may run more than once. An office's <c>Roster</c> section in configuration sets it.
    /// </summary>
    public Action<OfficeRosterBuilder>? CustomizeRoster { get; set; }

    /// <summary>The office's overrides of printed time standards; default <see cref="SopTimeStandards.None"/>.</summary>
    public SopTimeStandards TimeStandards { get; set; } = SopTimeStandards.None;
}
