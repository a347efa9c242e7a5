using Kinerja.Core.Agreements;
using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Sop;

public class OfficeRosterTests
{
    // An edited template: someone added the alias "Staf" to the Camat's role.
    private static readonly SopDefinition Edited = SopDefinition.CreateBuilder("surat-keputusan", 1)
        .WithHeader(new SopHeader { Nama = "Keputusan Camat" })
        .AddRole("pelaksana", "Pelaksana")
        .AddRole("camat", "Camat", "Kepala Kecamatan", "Staf")
        .AddStep("1", "Menyusun konsep keputusan", "pelaksana")
        .AddDecision("2", "Memutuskan", "camat", returnTo: "1")
        .AddStep("3", "Mengarsipkan", "pelaksana")
        .Build().Value;

    private static readonly SopRole Camat = Edited.FindRole("camat")!;

    private static readonly SopRole Pelaksana = Edited.FindRole("pelaksana")!;

    private static readonly LocalDate July1 = new(2026, 7, 1);

    private static readonly LocalDate July10 = new(2026, 7, 10);

    private static Instant Wita(int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(2026, month, day, hour, minute).InZoneStrictly(OfficeTimeZones.Wita).ToInstant();

    private static OfficeRoster Build(Func<OfficeRosterBuilder, OfficeRosterBuilder> fill)
    {
        var result = fill(OfficeRoster.CreateBuilder()).Build();
        Assert.True(result.IsValid, result.ToString());
        return result.Value;
    }

    [Fact]
    public void Grant_PersonHoldingOnlyADefinitionAliasOfTheRole_IsNotGranted()
    {
        var roster = Build(b => b.AddPerson("ani", "Ani", "Staf").AddPerson("camat", "Nama Camat", "Camat"));
        var at = Wita(7, 6, 9);

        Assert.Null(roster.Grant("ani", Camat, at));
        Assert.False(roster.Holds("ani", Camat, at));
        Assert.Equal(["camat"], roster.HoldersOf(Camat, at).Select(p => p.Id));
        Assert.Empty(roster.HoldersOf(Pelaksana, at));

        // So the staff member cannot decide in the Camat's place.
        var engine = new SopEngine(new FakeClock(at), Build(b => b.AddPerson("ani", "Ani", "Pelaksana").AddPerson("camat", "Nama Camat", "Camat")));
        var running = engine.Start(Edited, "sk-1", "SK tim SAKIP", "ani").Value;
        running = engine.Complete(running, running.Version, "ani").Value;
        var refused = engine.Approve(running, running.Version, "ani");
        Assert.Equal(ProblemCodes.SopWrongRole, Assert.Single(refused.Errors).Code);
        Assert.True(engine.Approve(running, running.Version, "camat").IsValid);
    }

    [Fact]
    public void Grant_NameInTheRostersAliasGroupOfTheRole_IsGranted()
    {
        var roster = Build(b => b.AddAliases("Kepala Kecamatan", "Camat").AddPerson("camat", "Nama Camat", "Kepala Kecamatan"));

        var grant = roster.Grant("camat", Camat, Wita(7, 6, 9));

        Assert.NotNull(grant);
        Assert.Equal(("Kepala Kecamatan", ActingStatus.Definitive), (grant.Role.Name, grant.Acting));
        Assert.Same(roster.Find("camat"), grant.Person);
    }

    [Theory]
    [InlineData("camat")]
    [InlineData("CAMAT")]
    [InlineData(" Camat. ")]
    [InlineData("kasi-pem")]
    [InlineData("Kasi_Pem")]
    [InlineData("kasi  pem")]
    [InlineData("Kepala Seksi Pemerintahan")]
    [InlineData("kepala-seksi-pemerintahan")]
    public void Grant_RoleIdOrNameAsPeopleWriteIt_IsGranted(string written)
    {
        var definition = SopDefinition.CreateBuilder("x", 1).WithHeader(new SopHeader { Nama = "X" })
            .AddRole("camat", "Camat").AddRole("kasi-pem", "Kepala Seksi Pemerintahan").AddStep("1", "A", "camat").AddStep("2", "B", "kasi-pem").Build().Value;
        var roster = Build(b => b.AddPerson("p", "P", written));

        var granted = definition.Roles.Where(r => roster.Holds("p", r, Wita(7, 6, 9))).Select(r => r.Id);

        Assert.Single(granted);
    }

    [Fact]
    public void Grant_ActingEntry_GrantsOnlyOnTheDaysOfItsPeriodInTheRostersZone()
    {
        var roster = Build(b => b.WithTimeZone(OfficeTimeZones.Wita)
            .AddPerson("sekcam", "Siti Rahmah", "Sekretaris")
            .AddActing("sekcam", "Camat", ActingStatus.Plh, "camat", July1, July10, "Sprint 800/12/2026"));

        Assert.Null(roster.Grant("sekcam", Camat, Wita(6, 30, 23, 59)));
        var first = roster.Grant("sekcam", Camat, Wita(7, 1, 0, 0));
        Assert.NotNull(first);
        Assert.Equal((ActingStatus.Plh, "camat", "Sprint 800/12/2026"), (first.Acting, first.StandsInFor, first.Assignment));
        Assert.Same(roster.Find("sekcam")!.Roles[1], first.Role);
        Assert.Same(first, roster.Grant("sekcam", Camat, Wita(7, 10, 23, 59) + Duration.FromSeconds(59)));
        Assert.Null(roster.Grant("sekcam", Camat, Wita(7, 11, 0, 0)));

        // 2026-07-10 16:30 UTC is already 11 July in WITA (and still 10 July in WIB).
        var lateUtc = Instant.FromUtc(2026, 7, 10, 16, 30);
        Assert.Null(roster.Grant("sekcam", Camat, lateUtc));
        var wib = Build(b => b.AddPerson("sekcam", "Siti Rahmah", "Sekretaris").AddActing("sekcam", "Camat", ActingStatus.Plh, "camat", July1, July10));
        Assert.NotNull(wib.Grant("sekcam", Camat, lateUtc));
    }

    [Fact]
    public void Grant_ActingPeriodAroundADateTheZoneSkips_BuildsAndGrantsOnTheDaysThatHappen()
    {
        // Pacific/Apia skipped Friday 30 December 2011 (UTC-10 to UTC+14 at midnight): a period starting or ending
        // there no longer throws SkippedTimeException; it runs from the first moment of 31 December.
        var apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];
        Instant Apia(int day, int hour) => new LocalDateTime(2011, 12, day, hour, 0).InZoneStrictly(apia).ToInstant();
        var roster = Build(b => b.WithTimeZone(apia)
            .AddPerson("sekcam", "Siti Rahmah", "Sekretaris")
            .AddActing("sekcam", "Camat", ActingStatus.Plh, "camat", new LocalDate(2011, 12, 30), new LocalDate(2011, 12, 31))
            .AddActing("sekcam", "Pelaksana", ActingStatus.Plh, "pelaksana", new LocalDate(2011, 12, 28), new LocalDate(2011, 12, 30)));

        Assert.Null(roster.Grant("sekcam", Camat, Apia(29, 23)));
        Assert.NotNull(roster.Grant("sekcam", Camat, Apia(31, 0)));
        Assert.NotNull(roster.Grant("sekcam", Pelaksana, Apia(29, 23)));
        Assert.Null(roster.Grant("sekcam", Pelaksana, Apia(31, 0)));
    }

    [Fact]
    public void Grant_ActingOneDayPeriod_GrantsThatWholeDay()
    {
        var roster = Build(b => b.AddPerson("eko", "Eko", "Staf").AddActing("eko", "Camat", ActingStatus.Plh, "Nama Camat", July1, July1));
        var zone = roster.TimeZone;

        Assert.True(roster.Holds("eko", Camat, zone.AtStartOfDay(July1).ToInstant()));
        Assert.True(roster.Holds("eko", Camat, zone.AtStartOfDay(July1.PlusDays(1)).ToInstant() - Duration.Epsilon));
        Assert.False(roster.Holds("eko", Camat, zone.AtStartOfDay(July1.PlusDays(1)).ToInstant()));
    }

    [Fact]
    public void Grant_DefinitiveAndActingEntriesForTheRole_PrefersTheDefinitive()
    {
        var roster = Build(b => b.AddAliases("Camat", "Kepala Kecamatan")
            .AddPerson("budi", "Budi", "Sekretaris")
            .AddActing("budi", "Camat", ActingStatus.Plt, "jabatan Camat kosong", July1, July10)
            .AddActing("budi", "Camat", ActingStatus.Plh, "camat", July1, July10));
        var promoted = Build(b => b.AddAliases("Camat", "Kepala Kecamatan")
            .AddPerson("budi", "Budi", "Sekretaris", "Kepala Kecamatan")
            .AddActing("budi", "Camat", ActingStatus.Plt, "jabatan Camat kosong", July1, July10));
        var at = Wita(7, 6, 9);

        Assert.Equal(ActingStatus.Plt, roster.Grant("budi", Camat, at)!.Acting); // the first acting entry added
        var grant = promoted.Grant("budi", Camat, at)!;
        Assert.Equal((ActingStatus.Definitive, "Kepala Kecamatan", (string?)null, (string?)null), (grant.Acting, grant.Role.Name, grant.StandsInFor, grant.Assignment));
    }

    [Fact]
    public void HoldersOf_AMoment_CountsActingOfficialsOnlyInTheirPeriod()
    {
        var roster = Build(b => b.AddPerson("camat", "Nama Camat", "Camat")
            .AddPerson("sekcam", "Nama Sekcam", "Sekcam")
            .AddActing("sekcam", "Camat", ActingStatus.Plh, "camat", July1, July10));

        Assert.Equal(["camat", "sekcam"], roster.HoldersOf(Camat, Wita(7, 3, 9)).Select(p => p.Id));
        Assert.Equal(["camat"], roster.HoldersOf(Camat, Wita(7, 13, 9)).Select(p => p.Id));
    }

    [Fact]
    public void Roles_DefinitiveAndActing_CarryThePeriodOnlyWhenActing()
    {
        var roster = Build(b => b.AddPerson("sekcam", "Siti Rahmah", "Sekcam").AddActing("sekcam", "Camat", ActingStatus.Plh, "camat", July1, July10, "  "));
        var roles = roster.Find("sekcam")!.Roles;

        Assert.Equal(("Sekcam", ActingStatus.Definitive, (string?)null, (LocalDate?)null, (LocalDate?)null, (string?)null), (roles[0].Name, roles[0].Acting, roles[0].StandsInFor, roles[0].From, roles[0].To, roles[0].Assignment));
        Assert.Equal(("Camat", ActingStatus.Plh, (string?)"camat", (LocalDate?)July1, (LocalDate?)July10, (string?)null), (roles[1].Name, roles[1].Acting, roles[1].StandsInFor, roles[1].From, roles[1].To, roles[1].Assignment));
        Assert.Equal("Plh. Camat", roles[1].ToString());
        Assert.Equal("Siti Rahmah (sekcam): Plh. Camat for camat", roster.Grant("sekcam", Camat, Wita(7, 2, 9))!.ToString());
    }

    [Fact]
    public void Build_BadActingEntries_ReportsEveryProblemWithItsPath()
    {
        var result = OfficeRoster.CreateBuilder()
            .AddPerson("camat", "Nama Camat", "Camat")
            .AddPerson("sekcam", "Nama Sekcam", "Sekcam")
            .AddActing("sekcam", "Camat", ActingStatus.Plh, " ", July10, July1)
            .AddActing("sekcam", "", ActingStatus.Definitive, "camat", July1, July10)
            .AddActing("sekcam", "Camat", ActingStatus.Plt, "camat", new LocalDate(26, 7, 1), July10)
            .Build();

        Assert.False(result.IsValid);
        Assert.Equal(
            [
                (ProblemCodes.Required, "people[1].roles[1].standsInFor", " "),
                (ProblemCodes.PeriodUnordered, "people[1].roles[1].to", "2026-07-01"),
                (ProblemCodes.Required, "people[1].roles[2].name", ""),
                (ProblemCodes.OutOfRange, "people[1].roles[2].acting", "Definitive"),
                (ProblemCodes.YearOutOfRange, "people[1].roles[3].from", "0026-07-01"),
            ],
            result.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)));
        Assert.Equal("people[1].roles[1].to: tanggal akhir 2026-07-01 sebelum tanggal mulai 2026-07-10.", result.Problems[1].Message);
        Assert.Equal("people[1].roles[1].to: end date 2026-07-01 is before start date 2026-07-10.", result.Problems[1].GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void AddActing_PersonNotYetAdded_Throws()
    {
        var error = Assert.Throws<ArgumentException>("id", () => OfficeRoster.CreateBuilder().AddActing("eko", "Camat", ActingStatus.Plt, "camat", July1, July10));
        Assert.Contains("eko", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeZone_NotSet_IsWib()
    {
        Assert.Same(OfficeTimeZones.Wib, Build(b => b).TimeZone);
        Assert.Same(OfficeTimeZones.Wit, Build(b => b.WithTimeZone(OfficeTimeZones.Wit)).TimeZone);
        Assert.Throws<ArgumentNullException>("zone", () => OfficeRoster.CreateBuilder().WithTimeZone(null!));
    }

    [Fact]
    public void Grant_UnknownPersonOrNullRole_NullOrThrows()
    {
        var roster = Build(b => b.AddPerson("camat", "Nama Camat", "Camat"));

        Assert.Null(roster.Grant("zaki", Camat, Wita(7, 6, 9)));
        Assert.Null(roster.Grant(null!, Camat, Wita(7, 6, 9)));
        Assert.Throws<ArgumentNullException>("role", () => roster.Grant("camat", null!, Wita(7, 6, 9)));
        Assert.Throws<ArgumentNullException>("role", () => roster.Holds("camat", null!, Wita(7, 6, 9)));
        Assert.Throws<ArgumentNullException>("role", () => roster.HoldersOf(null!, Wita(7, 6, 9)));
    }

    [Fact]
    public void Grant_DocsExample_AsDocsSopMdShows()
    {
        // docs/sop.md, "Roles as configuration: OfficeRoster", with the definition of "reviu" from the same page.
        var reviu = SopDefinition.CreateBuilder("reviu-data-kinerja", version: 1)
            .WithHeader(new SopHeader { Nama = "Reviu Data Kinerja Triwulan" })
            .AddRole("staf", "Staf", "Staff", "Pelaksana")
            .AddRole("kasi", "Kepala Seksi", "Kasi")
            .AddRole("sekcam", "Sekretaris Kecamatan", "Sekcam", "Sekretaris")
            .AddStep("1", "Menyusun data capaian kinerja triwulan", "staf", s => s.WithWaktu("1 Hari"))
            .AddDecision("2", "Memeriksa data capaian kinerja", "kasi", returnTo: "1", s => s.WithWaktu("2 Jam"))
            .AddStep("3", "Menandatangani data capaian kinerja", "sekcam", s => s.WithWaktu("15 Menit"))
            .Build().Value;
        var roster = OfficeRoster.CreateBuilder()
            .WithTimeZone(OfficeTimeZones.Wib)
            .AddAliases("Sekcam", "Sekretaris Kecamatan", "Sekretaris")
            .AddAliases("Kasi", "Kepala Seksi")
            .AddAliases("Kasubbag PK", "Kasubbag Perencanaan dan Keuangan", "Kasubag Perencanaan dan Keuangan")
            .AddPerson("ani", "Ani", "Staf")
            .AddPersonWithNip("budi", "Budi", "198501012010011001", "Kasi")
            .AddPerson("dedi", "Dedi", "Staf", "Kepala Seksi")
            .AddPerson("eko", "Eko", "Kasubbag Umum")
            .AddActing("eko", "Sekcam", ActingStatus.Plt, "jabatan Sekcam kosong", new LocalDate(2026, 9, 1), new LocalDate(2026, 12, 31), "Sprint 800/41/2026")
            .Build()
            .Value;

        var sekcam = reviu.FindRole("sekcam")!;
        var at = new LocalDateTime(2026, 10, 5, 9, 0).InZoneStrictly(OfficeTimeZones.Wib).ToInstant();
        Assert.True(roster.Holds("eko", sekcam, at));
        Assert.Equal(["eko"], roster.HoldersOf(sekcam, at).Select(p => p.Id));
        var grant = roster.Grant("eko", sekcam, at)!;
        Assert.Equal((ActingStatus.Plt, "Plt. Sekcam", "jabatan Sekcam kosong", "Sprint 800/41/2026"), (grant.Acting, grant.Role.ToString(), grant.StandsInFor, grant.Assignment));
        Assert.Equal("Eko (eko): Plt. Sekcam for jabatan Sekcam kosong", grant.ToString());
        Assert.False(roster.Holds("eko", sekcam, at.Plus(Duration.FromDays(90))));

        // The engine section's run, at that moment.
        var engine = new SopEngine(new FakeClock(at), roster);
        var i = engine.Start(reviu, "reviu-2026-tw3", "pengukuran kinerja TW III 2026", "ani").Value;
        i = engine.Complete(i, i.Version, "ani", [new SopAttachment("Data capaian kinerja", "data-capaian-v1.xlsx")]).Value;
        i = engine.Return(i, i.Version, "budi", "IK 2 belum ada bukti dukung").Value;
        i = engine.Complete(i, i.Version, "ani", [new SopAttachment("Data capaian kinerja", "data-capaian-v2.xlsx")]).Value;
        i = engine.Approve(i, i.Version, "budi").Value;
        Assert.Equal(SopStatus.Completed, engine.Complete(i, i.Version, "eko").Value.Status);
    }

    [Fact]
    public void Grant_Repeatedly_AllocatesNothing()
    {
        var roster = Build(b => b.AddAliases("Camat", "Kepala Kecamatan")
            .AddPerson("sekcam", "Nama Sekcam", "Sekcam", "Staf")
            .AddActing("sekcam", "Camat", ActingStatus.Plh, "camat", July1, July10));
        var inside = Wita(7, 6, 9);
        var outside = Wita(8, 6, 9);
        roster.Grant("sekcam", Camat, inside);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = 0;
        for (var i = 0; i < 1000; i++)
        {
            found += roster.Grant("sekcam", Camat, inside) is null ? 0 : 1;
            found += roster.Grant("sekcam", Camat, outside) is null ? 0 : 1;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1000, found);
    }
}
