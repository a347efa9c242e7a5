using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Agreements;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.Tests.Properties;

/// <summary>
/// The generators of the SOP engine and working calendar properties, registered by
/// <see cref="SopPropertyAttribute"/>. SOP definitions have 1-12 steps and 1-5 roles, decisions
/// returning to an earlier or the same step, and the time standards the seeds print; rosters hold
/// people with one role, several roles, a role under an office alias, a definition's alias (which grants
/// nothing), no role, an acting role over a few days, and ids not on the roster.
/// Calendars are five- and six-day weeks in WIB, WITA and WIT with the 2025 and 2026 national
/// holidays, each counting working days under every day reading and counting calendar days; moments
/// lie in 2025-2026, often at an opening or closing time.
/// </summary>
public static class SopArbitraries
{
    /// <summary>Time standards as the seeds print them.</summary>
    public static readonly IReadOnlyList<string> SeedTimeStandards =
        ["15 Menit", "120 menit", "2 Jam", "1 Hari", "2 Hari", "3 - 5 Hari", "1-2 Hari", "1 Minggu", "0,5 Hari", "1 hari kerja", "-", ""];

    // The runs start on 2026-06-08 (WIB); the Plt's period starts up to three days before and lasts one to five days.
    private static readonly LocalDate ActingPeriodStart = new(2026, 6, 8);

    private static readonly (string Name, string Alias)[] RoleNames =
    [
        ("Staf Pelaksana", "Pelaksana"),
        ("Kepala Seksi Pemerintahan", "Kasi Pem"),
        ("Sekretaris Kecamatan", "Sekcam"),
        ("Camat", "Kepala Kecamatan"),
        ("Kepala Subbagian Umum", "Kasubbag Umum"),
    ];

    private static readonly Lazy<Holiday[]> Holidays2025And2026 = new(() =>
    {
        Assert.True(NationalHolidays.TryGet(2025, out var y2025), "the 2025 holidays are shipped");
        return [.. y2025.Holidays, .. NationalHolidays.Year2026.Holidays];
    });

    private static readonly (string Name, DateTimeZone Zone)[] Zones =
        [("WIB", OfficeTimeZones.Wib), ("WITA", OfficeTimeZones.Wita), ("WIT", OfficeTimeZones.Wit)];

    // The usual weeks are built once; a calendar with random hours is built per case, so all cover 2024-2028 only.
    private static readonly Lazy<Dictionary<(string Zone, bool Six), CalendarCase>> StandardCalendars = new(() =>
        Zones.SelectMany(z => new[] { false, true }.Select(six => CreateCalendar(z.Name, z.Zone, six, null)))
            .ToDictionary(c => (c.Label.Split(' ')[0], c.Label.Contains(" six-day ", StringComparison.Ordinal))));

    // ---------------------------------------------------------------- SOP definitions

    /// <summary>A valid definition, a roster and a sequence of actions by anyone, some stale.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SopScenario> Scenarios() => Arb.From(ScenarioGen);

    /// <summary>A valid definition with one fault injected into one step.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BrokenSop> BrokenSops() => Arb.From(BrokenSopGen);

    /// <summary>A working calendar and moments and working times to probe it with.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CalendarProbe> CalendarProbes() => Arb.From(CalendarProbeGen);

    /// <summary>A change of offset near an edge of the covered year and a moment near it.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OffsetChangeProbe> OffsetChangeProbes() => Arb.From(
        from atEnd in Gen.Elements(true, false)
        from before in Gen.Choose(-12, 14)
        from after in Gen.Choose(-12, 14)
        from change in Gen.Choose(-720, 720)
        from probe in Gen.Choose(-720, 720)
        select new OffsetChangeProbe(atEnd, before, after, change, probe));

    /// <summary>
    /// A real tz zone whose clock changes (daylight saving, a skipped date, a change at midnight or of 30 minutes),
    /// three instants in 2011-2012 and two working times up to 60 hours, in minutes.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ZoneProbe> ZoneProbes() => Arb.From(
        from zone in Gen.Elements(ZoneProbe.ZoneIds)
        from moments in Gen.ArrayOf(Gen.Choose(0, ZoneProbe.SpanMinutes), 3)
        from first in Gen.Choose(0, 3600)
        from second in Gen.Choose(0, 3600)
        select new ZoneProbe(zone, moments.Order().ToArray(), first, second));

    /// <summary>A working calendar, a start and a time standard of any unit, range or fraction.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DueProbe> DueProbes() => Arb.From(DueProbeGen);

    /// <summary>A working calendar, a start, a number of days and a fraction of a day more.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ReadingProbe> ReadingProbes() => Arb.From(ReadingProbeGen);

    internal static Gen<SopSpec> ValidSpecGen =>
        from roleCount in Gen.Choose(1, 5)
        from aliased in Gen.ArrayOf(Gen.Elements(true, false), roleCount)
        from stepCount in Gen.Choose(1, 12)
        from firstNumber in Gen.Elements(1, 1, 1, 0, 10)
        from gaps in Gen.ArrayOf(Gen.Frequency((5, Gen.Constant(1)), (1, Gen.Choose(2, 4))), stepCount)
        from actors in Gen.ArrayOf(Gen.Choose(0, roleCount - 1), stepCount)
        from waktu in Gen.ArrayOf(Gen.Elements(SeedTimeStandards.ToArray()), stepCount)
        from decision in Gen.ArrayOf(Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true))), stepCount)
        from back in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Constant(0)), (2, Gen.Choose(0, 11))), stepCount)
        select BuildSpec(roleCount, aliased, firstNumber, gaps, actors, waktu, decision, back);

    private static Gen<SopScenario> ScenarioGen =>
        from spec in ValidSpecGen
        from multi in Gen.SubListOf(Enumerable.Range(0, spec.Roles.Count).ToArray())
        from acting in Gen.Choose(0, spec.Roles.Count - 1)
        from actingFrom in Gen.Choose(-3, 4)
        from actingDays in Gen.Choose(0, 4)
        from office in Gen.Choose(0, spec.Roles.Count - 1)
        from separation in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from start in PersonPickGen
        from count in Gen.Choose(0, 40)
        from actions in Gen.ArrayOf(ActionGen, count)
        select CreateScenario(spec, multi.ToArray(), acting, ActingPeriodStart.PlusDays(actingFrom), actingDays, office, separation, start, actions);

    private static Gen<int> PersonPickGen => Gen.Frequency((3, Gen.Choose(-4, -1)), (2, Gen.Choose(0, 50)));

    private static Gen<SopAction> ActionGen =>
        from kind in Gen.Frequency(
            (14, Gen.Constant(SopActionKind.Fitting)),
            (2, Gen.Constant(SopActionKind.Complete)),
            (2, Gen.Constant(SopActionKind.Approve)),
            (2, Gen.Constant(SopActionKind.Return)),
            (1, Gen.Constant(SopActionKind.Cancel)))
        from approve in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from person in PersonPickGen
        from versionOffset in Gen.Frequency((12, Gen.Constant(0)), (1, Gen.Elements(-3, -1, 1, 2)))
        from reason in Gen.Frequency((8, Gen.Constant<string?>("Data belum lengkap, mohon diperbaiki")), (1, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>("  ")))
        from fork in Gen.Frequency((12, Gen.Constant(0)), (1, Gen.Choose(1, 6)))
        from minutes in Gen.Frequency((4, Gen.Choose(0, 120)), (1, Gen.Choose(0, 4000)))
        select new SopAction(kind, approve, person, versionOffset, reason, fork, minutes);

    private static Gen<BrokenSop> BrokenSopGen =>
        from spec in ValidSpecGen
        from fault in Gen.Elements(Enum.GetValues<SopFault>())
        from at in Gen.Choose(0, spec.Steps.Count - 1)
        from missing in Gen.Elements(-1, 999, spec.Steps.Max(s => s.Number) + 1)
        from text in Gen.Elements("segera", "secepatnya", "2 Bulan", "Hari", "0 Hari", "5 - 3 Hari", "1,5,2 Jam", "15 detik")
        from blank in Gen.Elements(string.Empty, " ", "\t")
        from unknownActor in Gen.Elements("bendahara", "R9 ", "Staf Pelaksana Teknis")
        where fault != SopFault.DuplicateNumber || spec.Steps.Count > 1
        select Inject(spec, fault, fault == SopFault.DuplicateNumber ? Math.Max(1, at) : at, missing, text, blank, unknownActor);

    private static SopSpec BuildSpec(int roleCount, bool[] aliased, int firstNumber, int[] gaps, int[] actors, string[] waktu, bool[] decision, int[] back)
    {
        var roles = Enumerable.Range(0, roleCount)
            .Select(i => new RoleSpec("r" + i.ToString(CultureInfo.InvariantCulture), RoleNames[i].Name, aliased[i] ? [RoleNames[i].Alias] : []))
            .ToArray();
        var numbers = new int[actors.Length];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = i == 0 ? firstNumber : numbers[i - 1] + gaps[i];
        }

        var steps = Enumerable.Range(0, actors.Length)
            .Select(i => new StepSpec(
                numbers[i],
                "Kegiatan " + (i + 1).ToString(CultureInfo.InvariantCulture),
                roles[actors[i]].Id,
                waktu[i],
                decision[i] ? numbers[i - Math.Min(i, back[i])] : null,
                null,
                null))
            .ToArray();
        return new SopSpec(roles, steps);
    }

    private static SopScenario CreateScenario(SopSpec spec, int[] multi, int acting, LocalDate actingFrom, int actingDays, int office, bool separation, int start, SopAction[] actions)
    {
        var definition = spec.ToBuilder().Build().Value;
        var builder = OfficeRoster.CreateBuilder().AddAliases(spec.Roles[office].Name, "Jabatan Kantor " + spec.Roles[office].Id);
        var people = new List<string>();
        void Add(string id, params string[] roles)
        {
            builder.AddPerson(id, "Pegawai " + id, roles);
            people.Add(id);
        }

        for (var i = 0; i < spec.Roles.Count; i++)
        {
            Add("p-" + spec.Roles[i].Id, spec.Roles[i].Name);
            if (spec.Roles[i].Aliases.Count > 0)
            {
                // A definition alias spelled as people write it (case, dots and spaces differ): it grants nothing.
                Add("alias-" + spec.Roles[i].Id, spec.Roles[i].Aliases[0].ToUpperInvariant().Replace(" ", ". ", StringComparison.Ordinal));
            }
        }

        Add("multi", multi.Select(i => spec.Roles[i].Name).ToArray());
        Add("kantor", "Jabatan Kantor " + spec.Roles[office].Id);
        Add("tamu");
        Add("bendahara", "Bendahara Pengeluaran");
        Add("plt", "Bendahara Pengeluaran");
        builder.AddActing("plt", spec.Roles[acting].Id.ToUpperInvariant(), ActingStatus.Plt, "p-" + spec.Roles[acting].Id, actingFrom, actingFrom.PlusDays(actingDays), "Sprint 800/1/2026");
        people.Add("tidak-terdaftar");
        people.Add(string.Empty);
        return new SopScenario(spec, definition, builder.Build().Value, people, multi, acting, (actingFrom, actingFrom.PlusDays(actingDays)), office, separation, start, actions);
    }

    private static BrokenSop Inject(SopSpec spec, SopFault fault, int at, int missing, string text, string blank, string unknownActor)
    {
        var steps = spec.Steps.ToArray();
        var step = steps[at];
        var path = "steps[" + at.ToString(CultureInfo.InvariantCulture) + "]";
        int? lost = null;
        (StepSpec Step, string Path, string Code) injected = fault switch
        {
            SopFault.UnknownActor => (step with { Actor = unknownActor }, path + ".actor", ProblemCodes.SopUnknownRole),
            SopFault.BlankActor => (step with { Actor = blank }, path + ".actor", ProblemCodes.Required),
            SopFault.ReturnToMissingStep => (step with { ReturnTo = missing }, path + ".decision.no", ProblemCodes.UnknownReference),
            SopFault.ApproveToMissingStep => (step with { ReturnTo = step.ReturnTo ?? step.Number, ApproveTo = missing }, path + ".decision.yes", ProblemCodes.UnknownReference),
            SopFault.NextToMissingStep => (step with { Next = missing }, path + ".next", ProblemCodes.UnknownReference),
            SopFault.UnreadableWaktu => (step with { Waktu = text }, path + ".waktu", text is "0 Hari" or "5 - 3 Hari" ? ProblemCodes.TimeStandardRange : ProblemCodes.TimeStandardFormat),
            _ => (step with { Number = steps[at - 1].Number }, path + ".id", ProblemCodes.Duplicate),
        };

        if (fault == SopFault.DuplicateNumber)
        {
            lost = step.Number;
        }

        steps[at] = injected.Step;
        return new BrokenSop(spec with { Steps = steps }, fault, injected.Path, injected.Code, lost);
    }

    // ---------------------------------------------------------------- working calendars

    private static Gen<CalendarCase> CalendarGen =>
        from zone in Gen.Elements(Zones)
        from six in Gen.Elements(false, true)
        from custom in Gen.Frequency((3, Gen.Constant<int[]?>(null)), (1, Gen.ArrayOf(Gen.Choose(0, 10_000), 12).Select(a => (int[]?)a)))
        select custom is null ? StandardCalendars.Value[(zone.Name, six)] : CreateCalendar(zone.Name, zone.Zone, six, custom);

    private static Gen<CalendarProbe> CalendarProbeGen =>
        from calendar in CalendarGen
        from a in MomentGen(calendar)
        from b in MomentGen(calendar)
        from c in MomentGen(calendar)
        from d1 in WorkingTimeGen
        from d2 in WorkingTimeGen
        let moments = new[] { a, b, c }.OrderBy(m => m).ToArray()
        select new CalendarProbe(calendar, moments[0], moments[1], moments[2], Duration.Min(d1, d2), Duration.Max(d1, d2));

    private static Gen<DueProbe> DueProbeGen =>
        from calendar in CalendarGen
        from start in MomentGen(calendar)
        from text in StandardTextGen
        select new DueProbe(calendar, start, text, MutuBakuWaktu.Read(text).Value);

    private static Gen<ReadingProbe> ReadingProbeGen =>
        from calendar in CalendarGen
        from start in MomentGen(calendar)
        from whole in Gen.Frequency((2, Gen.Choose(0, 3)), (1, Gen.Choose(4, 15)))
        from hundredths in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Elements(1, 50, 99)), (2, Gen.Choose(0, 99)))
        from extra in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Elements(1, 50, 99, 100)), (3, Gen.Choose(0, 100)))
        let days = whole + (hundredths / 100m)
        select new ReadingProbe(calendar, start, days == 0m ? 0.99m : days, extra / 100m);

    private static Gen<Duration> WorkingTimeGen => Gen.Frequency(
        (1, Gen.Constant(Duration.Zero)),
        (6, Gen.Choose(1, 6000).Select(m => Duration.FromMinutes(m))),
        (2, from days in Gen.Choose(1, 12) from length in Gen.Elements(390, 450, 510, 540, 210, 300) select Duration.FromMinutes(days * length)),
        (1, Gen.Choose(1, 30).Select(m => Duration.FromMinutes(m))));

    private static Gen<string> StandardTextGen => Gen.Frequency(
        (1, Gen.Elements(SeedTimeStandards.ToArray())),
        (1, Gen.Elements("Disesuaikan dengan arahan pimpinan", "Sesuai arahan pimpinan.", " sesuai  ARAHAN ")),
        (6, from unit in Gen.Elements("Menit", "menit", "mnt", "Jam", "Hari", "hari kerja", "Minggu")
            from whole in unit switch
            {
                "Jam" => Gen.Choose(0, 40),
                "Hari" or "hari kerja" => Gen.Choose(0, 20),
                "Minggu" => Gen.Choose(0, 4),
                _ => Gen.Choose(0, 900),
            }
            from fraction in Gen.Frequency((3, Gen.Constant(string.Empty)), (1, Gen.Elements(",5", ",25", ".5", ",1", ",9", ",75")))
            from lower in Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(1, Math.Max(1, whole))))
            let upper = (whole == 0 && fraction.Length == 0 ? "1" : whole.ToString(CultureInfo.InvariantCulture)) + fraction
            select (lower > 0 && lower <= whole ? lower.ToString(CultureInfo.InvariantCulture) + " - " : string.Empty) + upper + " " + unit));

    private static Gen<Instant> MomentGen(CalendarCase calendar) =>
        from day in Gen.Choose(0, 729)
        let date = new LocalDate(2025, 1, 1).PlusDays(day)
        let hours = calendar.Working.Week.TryGetValue(date.DayOfWeek, out var h) ? h : new WorkingHours(new LocalTime(7, 30), new LocalTime(16, 0))
        from time in Gen.Frequency(
            (4, Gen.Choose(0, 1439).Select(m => LocalTime.FromMinutesSinceMidnight(m))),
            (2, Gen.Elements(-1, 0, 0, 1).Select(m => hours.Start.PlusMinutes(m))),
            (2, Gen.Elements(-1, 0, 0, 1).Select(m => hours.End.PlusMinutes(m))),
            (1, Gen.Elements(LocalTime.Midnight, new LocalTime(23, 59, 59), new LocalTime(12, 0))),
            (1, Gen.Choose(0, 86_399).Select(s => LocalTime.FromSecondsSinceMidnight(s))))
        select date.At(time).InZoneStrictly(calendar.Working.TimeZone).ToInstant();

    private static CalendarCase CreateCalendar(string zoneName, DateTimeZone zone, bool six, int[]? custom)
    {
        var days = six
            ? new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday }
            : new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday };
        var hours = new Dictionary<IsoDayOfWeek, (LocalTime Start, LocalTime End)>();
        for (var i = 0; i < days.Length; i++)
        {
            if (custom is null)
            {
                var end = six
                    ? days[i] switch { IsoDayOfWeek.Friday => new LocalTime(11, 0), IsoDayOfWeek.Saturday => new LocalTime(12, 30), _ => new LocalTime(14, 0) }
                    : days[i] == IsoDayOfWeek.Friday ? new LocalTime(16, 30) : new LocalTime(16, 0);
                hours[days[i]] = (new LocalTime(7, 30), end);
            }
            else
            {
                // Opening 06:00-09:59 on a whole minute, a working day of 1 to 10 hours.
                var start = new LocalTime(6, 0).PlusMinutes(custom[2 * i] % 240);
                hours[days[i]] = (start, start.PlusMinutes(60 + (custom[(2 * i) + 1] % 541)));
            }
        }

        var nominal = Duration.FromMinutes(six ? 390 : 450);
        WorkingCalendar Build(DayCounting counting, DayReading reading = DayReading.WorkingTimeToClose)
        {
            var builder = WorkingCalendar.CreateBuilder(zone).WithDayCounting(counting).WithDayReading(reading).WithNominalDayLength(nominal).WithCoveredYears(2024, 2028).WithHolidays(Holidays2025And2026.Value);
            foreach (var pair in hours)
            {
                builder.WithWorkingHours(pair.Key, pair.Value.Start, pair.Value.End);
            }

            return builder.Build().Value;
        }

        var label = new StringBuilder(zoneName).Append(six ? " six-day " : " five-day ");
        label.AppendJoin(", ", hours.Select(p => p.Key.ToString()[..3] + " " + p.Value.Start.ToString("HH:mm", CultureInfo.InvariantCulture) + "-" + p.Value.End.ToString("HH:mm", CultureInfo.InvariantCulture)));
        label.Append(", nominal day ").Append(nominal.TotalMinutes.ToString(CultureInfo.InvariantCulture)).Append(" min");
        return new CalendarCase(
            label.ToString(),
            Build(DayCounting.WorkingDays),
            Build(DayCounting.CalendarDays),
            Build(DayCounting.WorkingDays, DayReading.WorkingTime),
            Build(DayCounting.WorkingDays, DayReading.WholeDaysAfterStartDay));
    }
}
