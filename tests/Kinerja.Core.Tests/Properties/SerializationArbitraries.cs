using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Agreements;
using Kinerja.Core.Calendar;
using Kinerja.Core.Measurement;
using Kinerja.Core.Scales;
using Kinerja.Core.Sop;
using NodaTime;

namespace Kinerja.Core.Tests.Properties;

/// <summary>
/// Generators of every JSON document, built on <see cref="KinerjaArbitraries"/> (PKs, scales) and
/// <see cref="SopArbitraries"/> (definitions, engine runs) and adding what a document can hold that
/// those leave out: signing dates, revision notes, cascade links, indicator levels, PK versions,
/// text with quotes, line breaks and non-ASCII letters, and decimals at every scale from 1e-28 to
/// <see cref="decimal.MaxValue"/>.
/// </summary>
public static class SerializationArbitraries
{
    private static readonly string[] Texts =
    [
        "Perubahan APBD 2026",
        "Catatan \"khusus\" dengan tanda kutip",
        "Baris satu\nbaris dua\ttab",
        "Kecamatan Bobotsari — Kab. Purbalingga © 2026",
        "</script><b>&amp;</b>",
        "Ğüñ ❤ 😀",
        " ",
        string.Empty,
    ];

    private static readonly IndicatorLevel[] Levels = [IndicatorLevel.IkuSasaran, IndicatorLevel.Program, IndicatorLevel.Kegiatan, IndicatorLevel.SubKegiatan, IndicatorLevel.Iki];

    private static readonly DateTimeZone[] Zones =
    [
        OfficeTimeZones.Wib, OfficeTimeZones.Wita, OfficeTimeZones.Wit, DateTimeZoneProviders.Tzdb["Europe/London"], DateTimeZoneProviders.Tzdb["America/Sao_Paulo"],
    ];

    /// <summary>A PK with everything a PK document can hold.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PkDocumentCase> PkDocuments() => Arb.From(PkGen.Select(pk => new PkDocumentCase(pk)));

    /// <summary>A PK with 0 to 3 revisions (PK perubahan).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PkHistoryCase> PkHistories() => Arb.From(
        from pk in PkGen
        from count in Gen.Choose(0, 3)
        from revisions in Gen.ArrayOf(RevisionGen, count)
        select new PkHistoryCase(revisions.Aggregate(PerjanjianKinerjaHistory.Start(pk), (h, revise) => h.Revise(revise(h.Current)).Value)));

    /// <summary>A PK and realisasi of some of its indicators and programs in some quarters.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MeasurementCase> Measurements() => Arb.From(
        from pk in PkGen
        from entries in Gen.CollectToArray(pk.Indicators, RealisasiGen)
        from amounts in Gen.CollectToArray(pk.Programs, p => Gen.ArrayOf(Gen.Frequency((1, Gen.Constant((decimal?)null)), (2, Wide(1e27m).Select(a => (decimal?)a))), 4))
        select new MeasurementCase(pk, Build(pk, entries, amounts)));

    /// <summary>A valid category scale.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CategoryScale> Scales() => Arb.From(
        KinerjaArbitraries.SortedScales().Generator.Select(s => CategoryScale.Create(s.Name, s.Bands).Value));

    /// <summary>A year's holidays.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<HolidayList> HolidayLists() => Arb.From(
        from year in Gen.Choose(2000, 2100)
        from count in Gen.Choose(0, 30)
        from holidays in Gen.ArrayOf(HolidayGen(year, year), count)
        from source in Gen.Elements(Texts)
        from notes in Gen.Frequency((1, Gen.Constant((string?)null)), (1, Gen.Elements(Texts).Select(t => (string?)t)))
        select new HolidayList(year, "SKB " + source, holidays, notes));

    /// <summary>A working calendar of any zone, week, hours, counting, reading, day length, years and holidays.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<WorkingCalendar> Calendars() => Arb.From(
        from zone in Gen.Elements(Zones)
        from days in Gen.NonEmptyListOf(Gen.Elements(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).ToArray()))
        from hours in Gen.ArrayOf(HoursGen, 7)
        from counting in Gen.Elements(DayCounting.WorkingDays, DayCounting.CalendarDays)
        from reading in Gen.Elements(DayReading.WorkingTimeToClose, DayReading.WorkingTime, DayReading.WholeDaysAfterStartDay)
        from length in Gen.Frequency((3, Gen.Choose(1, 1440).Select(m => Duration.FromMinutes(m))), (1, Gen.Choose(1, 86400).Select(s => Duration.FromSeconds(s))))
        from first in Gen.Choose(2015, 2040)
        from span in Gen.Choose(0, 4)
        from count in Gen.Choose(0, 20)
        from holidays in Gen.ArrayOf(HolidayGen(first, first + span), count)
        select BuildCalendar(zone, days.Distinct().ToArray(), hours, counting, reading, length, first, first + span, holidays));

    /// <summary>A valid SOP definition with a header, source, notes and gaps.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SopDefinition> SopDefinitions() => Arb.From(
        from spec in SopArbitraries.ValidSpecGen
        from header in HeaderGen
        from source in Gen.Frequency((1, Gen.Constant((string?)null)), (1, Gen.Elements(Texts).Select(t => (string?)t)))
        from notes in Gen.Frequency((1, Gen.Constant((string?)null)), (1, Gen.Elements(Texts).Select(t => (string?)t)))
        from gapNote in Gen.Elements(Texts)
        from gap in Gen.Elements(true, false)
        select BuildSop(spec, header, source, notes, gap ? gapNote : null));

    /// <summary>Runs of the SOP engine (see <see cref="SopArbitraries.Scenarios"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SopScenario> Scenarios() => SopArbitraries.Scenarios();

    private static Gen<PerjanjianKinerja> PkGen =>
        from spec in KinerjaArbitraries.ValidPks().Generator
        from signed in Gen.Frequency((1, Gen.Constant((LocalDate?)null)), (2, Gen.Choose(1, 365).Select(d => (LocalDate?)new LocalDate(spec.Year, 1, 1).PlusDays(d - 1))))
        from note in Gen.Frequency((2, Gen.Constant((string?)null)), (1, Gen.Elements(Texts).Select(t => (string?)t)))
        from link in Gen.Frequency((1, Gen.Constant((string?)null)), (1, Gen.Elements("S1", "SB-2", "Sasaran \"induk\"").Select(s => (string?)s)))
        from levels in Gen.ArrayOf(Gen.Elements(Levels), spec.AllIndicators.Count())
        from extra in Gen.ArrayOf(Wide(decimal.MaxValue), 2)
        select BuildPk(spec, signed, note, link, levels, extra);

    private static Gen<Func<PerjanjianKinerja, PerjanjianKinerja>> RevisionGen =>
        from note in Gen.Elements(Texts)
        from pagu in Wide(decimal.MaxValue)
        from rename in Gen.Elements(true, false)
        select (Func<PerjanjianKinerja, PerjanjianKinerja>)(current =>
        {
            var builder = current.ToRevisionBuilder().WithRevisionNote(note).WithSignedOn(new LocalDate(current.Year, 12, 31));
            if (rename)
            {
                builder.UpdateSasaran(current.Sasaran[0].Id, s => s.WithName(current.Sasaran[0].Name + " (perubahan)"));
            }
            else
            {
                builder.AddProgram("REV-" + current.Version.ToString(CultureInfo.InvariantCulture), "Kegiatan tambahan", ProgramKind.Kegiatan, pagu);
            }

            return builder.Build().Value;
        });

    /// <summary>Exact non-negative decimals up to <paramref name="max"/> at every scale, with the edges.</summary>
    private static Gen<decimal> Wide(decimal max) => Gen.Frequency(
        (1, Gen.Elements(0m, 0.1m, 1.50m, 100.000m, 0.0000000000000000000000000001m, max)),
        (2, from lo in Bits
            from scale in Gen.Choose(0, 28)
            let d = new decimal(lo, 0, 0, false, (byte)scale)
            select d <= max ? d : max),
        (3, from lo in Bits
            from mid in Bits
            from hi in Bits
            from scale in Gen.Choose(0, 28)
            let d = new decimal(lo, mid, hi, false, (byte)scale)
            select d <= max ? d : max));

    /// <summary>Any 32 bits.</summary>
    private static Gen<int> Bits =>
        from high in Gen.Choose(0, 0xFFFF)
        from low in Gen.Choose(0, 0xFFFF)
        select (high << 16) | low;

    private static Gen<(int[] Quarters, decimal Value, string? Note, BuktiDukung[] Bukti, string Grade)> RealisasiGen(Indicator indicator) =>
        from quarters in Gen.SubListOf(new[] { 1, 2, 3, 4 })
        from value in Wide(decimal.MaxValue)
        from note in Gen.Frequency((2, Gen.Constant((string?)null)), (1, Gen.Elements(Texts).Select(t => (string?)t)))
        from count in Gen.Choose(0, 2)
        from bukti in Gen.ArrayOf(Gen.Elements(Texts).Select(t => new BuktiDukung("dok/" + t, t.Length % 2 == 0 ? null : t)), count)
        from grade in indicator.GradeScale is { } scale ? Gen.Elements(scale.Grades.Select(g => g.Key).ToArray()) : Gen.Constant(string.Empty)
        select (quarters.ToArray(), value, note, bukti, grade);

    private static Gen<(int Start, int Length)> HoursGen =>
        from start in Gen.Choose(0, 1380)
        from length in Gen.Choose(1, 1439 - start)
        select (start, length);

    private static Gen<Holiday> HolidayGen(int firstYear, int lastYear) =>
        from year in Gen.Choose(firstYear, lastYear)
        from day in Gen.Choose(1, 365)
        from name in Gen.Elements(Texts.Where(t => t.Length > 0 && t != " ").ToArray())
        from kind in Gen.Elements(HolidayKind.National, HolidayKind.CutiBersama, HolidayKind.Local)
        select new Holiday(new LocalDate(year, 1, 1).PlusDays(day - 1), name, kind);

    private static Gen<SopHeader> HeaderGen =>
        from texts in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant((string?)null)), (2, Gen.Elements(Texts).Select(t => (string?)t))), 5)
        from dates in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant((LocalDate?)null)), (2, Gen.Choose(0, 4000).Select(d => (LocalDate?)new LocalDate(2015, 1, 1).PlusDays(d)))), 3)
        from lists in Gen.ArrayOf(Gen.ListOf(Gen.Elements(Texts)).Select(l => (IReadOnlyList<string>)l.ToArray()), 4)
        from signed in Gen.Elements(true, false)
        select new SopHeader
        {
            Instansi = texts[0],
            Nomor = texts[1],
            TanggalPembuatan = dates[0],
            TanggalRevisi = dates[1],
            TanggalEfektif = dates[2],
            Pengesahan = signed ? new SopPengesahan { Jabatan = texts[2], Nama = texts[3], Nip = "197012081992031007" } : null,
            Nama = "SOP uji " + texts[4],
            DasarHukum = lists[0],
            KualifikasiPelaksana = lists[1],
            Keterkaitan = lists[2],
            Peralatan = lists[3],
            Peringatan = texts[2],
            Pencatatan = texts[3],
        };

    private static PerjanjianKinerja BuildPk(PkSpec spec, LocalDate? signed, string? note, string? link, IndicatorLevel[] levels, decimal[] extra)
    {
        var builder = spec.ToBuilder().WithSignedOn(signed).WithRevisionNote(note);
        var all = spec.AllIndicators.ToArray();
        foreach (var s in spec.Sasaran)
        {
            builder.UpdateSasaran(s.Id, sb =>
            {
                if (link is not null)
                {
                    sb.CascadesTo(new CascadeLink(new PerjanjianKinerjaKey("3303", spec.Year), link));
                }

                foreach (var i in s.Indicators)
                {
                    sb.UpdateIndicator(i.Id, ib => ib.WithLevel(levels[Array.FindIndex(all, x => x.Indicator == i)]));
                }
            });
        }

        builder.AddProgram("X.1", "Kegiatan " + (note ?? "lain"), ProgramKind.SubKegiatan, extra[0], link is null ? null : new CascadeLink(new PerjanjianKinerjaKey("3303", spec.Year), link));
        builder.AddProgram("X.2", "Kegiatan tanpa pagu", ProgramKind.Kegiatan, extra[1]);
        var built = builder.Build();
        Assert.True(built.IsValid, built.ToString());
        return built.Value;
    }

    private static MeasurementSet Build(PerjanjianKinerja pk, (int[] Quarters, decimal Value, string? Note, BuktiDukung[] Bukti, string Grade)[] entries, decimal?[][] amounts)
    {
        var builder = MeasurementSet.CreateBuilder(pk);
        for (var i = 0; i < entries.Length; i++)
        {
            var indicator = pk.Indicators[i];
            foreach (var q in entries[i].Quarters)
            {
                if (indicator.GradeScale is not null)
                {
                    builder.AddGrade(indicator.Id, q, entries[i].Grade, entries[i].Note, entries[i].Bukti);
                }
                else
                {
                    builder.AddRealisasi(indicator.Id, q, entries[i].Value, entries[i].Note, entries[i].Bukti);
                }
            }
        }

        for (var p = 0; p < amounts.Length; p++)
        {
            for (var q = 0; q < 4; q++)
            {
                if (amounts[p][q] is { } amount)
                {
                    builder.AddBudget(pk.Programs[p].Id, q + 1, amount, q == 0 ? "SPJ \"TW I\"" : null);
                }
            }
        }

        var built = builder.Build();
        Assert.True(built.IsValid, built.ToString());
        return built.Value;
    }

    private static WorkingCalendar BuildCalendar(DateTimeZone zone, IsoDayOfWeek[] days, (int Start, int Length)[] hours, DayCounting counting, DayReading reading, Duration length, int first, int last, Holiday[] holidays)
    {
        var builder = WorkingCalendar.CreateBuilder(zone).WithDayCounting(counting).WithDayReading(reading).WithNominalDayLength(length).WithCoveredYears(first, last).WithHolidays(holidays);
        foreach (var day in days)
        {
            var (start, minutes) = hours[(int)day - 1];
            builder.WithWorkingHours(day, LocalTime.Midnight.PlusMinutes(start), LocalTime.Midnight.PlusMinutes(start + minutes));
        }

        return builder.Build().Value;
    }

    private static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static SopDefinition BuildSop(SopSpec spec, SopHeader header, string? source, string? notes, string? gapNote)
    {
        var builder = spec.ToBuilder().WithHeader(header).WithSource(source).WithNotes(notes);
        if (gapNote is not null)
        {
            builder.AddGap([N(spec.Steps[^1].Number + 1), N(spec.Steps[^1].Number + 2)], "Langkah hilang: " + gapNote, N(spec.Steps[^1].Number));
        }

        var built = builder.Build();
        Assert.True(built.IsValid, built.ToString());
        return built.Value;
    }
}

/// <summary>A PK to write and read.</summary>
/// <param name="Pk">The PK.</param>
public sealed record PkDocumentCase(PerjanjianKinerja Pk)
{
    /// <inheritdoc />
    public override string ToString() => Kinerja.Core.Serialization.KinerjaJson.Write(Pk);
}

/// <summary>A PK history to write and read.</summary>
/// <param name="History">The history.</param>
public sealed record PkHistoryCase(PerjanjianKinerjaHistory History)
{
    /// <inheritdoc />
    public override string ToString() => Kinerja.Core.Serialization.KinerjaJson.Write(History);
}

/// <summary>A measurement set with its PK.</summary>
/// <param name="Pk">The PK.</param>
/// <param name="Set">The realisasi.</param>
public sealed record MeasurementCase(PerjanjianKinerja Pk, MeasurementSet Set)
{
    /// <inheritdoc />
    public override string ToString() => Kinerja.Core.Serialization.KinerjaJson.Write(Set);
}
