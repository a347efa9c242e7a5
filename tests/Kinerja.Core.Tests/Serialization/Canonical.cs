using System.Globalization;
using System.Text;
using Kinerja.Core.Agreements;
using Kinerja.Core.Calendar;
using Kinerja.Core.Measurement;
using Kinerja.Core.Scales;
using Kinerja.Core.Sop;

namespace Kinerja.Core.Tests.Serialization;

/// <summary>
/// Every field of a document's model, one per line, written here by hand and independent of the
/// serializer. The models are classes without value equality (PerjanjianKinerja, MeasurementSet,
/// WorkingCalendar, HolidayList, SopDefinition, SopInstance, SopEvent), so a round trip is checked by
/// comparing these texts. Decimals keep their scale (<c>1.50</c> is not <c>1.5</c>), so the check is
/// stricter than decimal equality.
/// </summary>
internal static class Canonical
{
    public static string Of(PerjanjianKinerja pk)
    {
        var t = new StringBuilder();
        Line(t, "pk", pk.Unit.Code, pk.Unit.Name, N(pk.Year), N(pk.Version), D(pk.SignedOn), pk.RevisionNote);
        Pejabat(t, "pertama", pk.PihakPertama);
        Pejabat(t, "kedua", pk.PihakKedua);
        foreach (var s in pk.Sasaran)
        {
            Line(t, "sasaran", s.Id, s.Name, s.CascadesTo?.ToString());
            foreach (var i in s.Indicators)
            {
                Line(t, "indicator", i.Id, i.Name, i.Level.ToString(), i.Satuan, i.Polarity.ToString(), i.Aggregation.ToString(), i.ValueKind.ToString());
                if (i.GradeScale is { } g)
                {
                    Line(t, "grades", [g.Name, .. g.Grades.Select(x => x.Key + "=" + M(x.Value))]);
                }

                Line(t, "targets", [Target(i.AnnualTarget), .. i.TriwulanTargets.Select(q => q is null ? "-" : Target(q))]);
            }
        }

        foreach (var p in pk.Programs)
        {
            Line(t, "program", p.Id, p.Name, p.Kind.ToString(), M(p.Pagu), p.CascadesTo?.ToString());
        }

        return t.ToString();
    }

    public static string Of(PerjanjianKinerjaHistory history) => string.Join("---" + Environment.NewLine, history.Versions.Select(Of));

    public static string Of(MeasurementSet set)
    {
        var t = new StringBuilder();
        Line(t, "key", set.Key.ToString());
        foreach (var r in set.Realisasi)
        {
            Line(t, "realisasi", [r.IndicatorId, N(r.Triwulan.Number), r.Value is { } v ? M(v) : "-", r.Grade, r.Note, .. r.BuktiDukung.Select(b => b.Reference + "|" + b.Description)]);
        }

        foreach (var a in set.Budget)
        {
            Line(t, "anggaran", a.ProgramId, N(a.Triwulan.Number), M(a.Amount), a.Note);
        }

        return t.ToString();
    }

    public static string Of(CategoryScale scale)
    {
        var t = new StringBuilder();
        Line(t, "scale", scale.Name);
        foreach (var b in scale.Bands)
        {
            Line(t, "band", b.Label, b.Code, b.Lower is { } l ? M(l) : "-", b.LowerInclusive.ToString(), b.Upper is { } u ? M(u) : "-", b.UpperInclusive.ToString());
        }

        return t.ToString();
    }

    public static string Of(HolidayList list)
    {
        var t = new StringBuilder();
        Line(t, "list", N(list.Year), list.Source, list.Notes);
        Holidays(t, list.Holidays);
        return t.ToString();
    }

    public static string Of(WorkingCalendar calendar)
    {
        var t = new StringBuilder();
        Line(t, "calendar", calendar.TimeZone.Id, calendar.DayCounting.ToString(), calendar.DayReading.ToString(), calendar.NominalDayLength.TotalTicks.ToString(CultureInfo.InvariantCulture), D(calendar.FirstDate), D(calendar.LastDate));
        foreach (var (day, hours) in calendar.Week.OrderBy(p => p.Key))
        {
            Line(t, "week", day.ToString(), hours.Start.TickOfDay.ToString(CultureInfo.InvariantCulture), hours.End.TickOfDay.ToString(CultureInfo.InvariantCulture));
        }

        Holidays(t, calendar.Holidays);
        return t.ToString();
    }

    public static string Of(SopDefinition d)
    {
        var t = new StringBuilder();
        var h = d.Header;
        Line(t, "sop", d.Id, N(d.Version), d.Source, d.Notes);
        Line(t, "header", h.Instansi, h.Nomor, D(h.TanggalPembuatan), D(h.TanggalRevisi), D(h.TanggalEfektif), h.Nama, h.Peringatan, h.Pencatatan);
        Line(t, "pengesahan", h.Pengesahan?.Jabatan, h.Pengesahan?.Nama, h.Pengesahan?.Pangkat, h.Pengesahan?.Nip, h.Pengesahan is null ? "none" : "some");
        Line(t, "dasarHukum", [.. h.DasarHukum]);
        Line(t, "kualifikasi", [.. h.KualifikasiPelaksana]);
        Line(t, "keterkaitan", [.. h.Keterkaitan]);
        Line(t, "peralatan", [.. h.Peralatan]);
        foreach (var r in d.Roles)
        {
            Line(t, "role", [r.Id, r.Name, .. r.Aliases]);
        }

        foreach (var s in d.Steps)
        {
            Line(t, "step", s.Key, s.Section?.Id, s.Activity, string.Join("+", s.Actors), s.Completion.ToString(), s.IsJoin.ToString(), string.Join("+", s.Split), s.InstructedBy, s.IsActorInferred.ToString(), s.ActorNote, s.Waktu.Text, s.Keterangan, s.DecisionNote, s.Next ?? "-");
            Line(t, "kelengkapan", [.. s.Kelengkapan]);
            Line(t, "output", [.. s.Output]);
            if (s.Decision is { } x)
            {
                Line(t, "decision", x.Question, x.YesLabel, x.NoLabel, x.YesStep ?? "-", x.NoStep ?? "-", x.NoRole ?? "-", x.CanReturnAnywhere.ToString());
            }
        }

        foreach (var g in d.Gaps)
        {
            Line(t, "gap", [g.Note, g.After ?? "-", .. g.Steps]);
        }

        return t.ToString();
    }

    public static string Of(SopInstance instance)
    {
        var t = new StringBuilder();
        Line(t, "instance", instance.Id, instance.Definition.Id, N(instance.Definition.Version), instance.Status.ToString(), instance.CurrentStep is { } s ? s.Key : "-", N(instance.Version));
        foreach (var e in instance.Events)
        {
            Line(t, "event", [N(e.Sequence), e.Kind.ToString(), e.Step, e.PersonId, e.Role, e.Acting.ToString(), e.StandsInFor, e.Assignment, e.Instruction?.Text, e.At.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture), e.Note, .. e.Attachments.Select(a => (a.Output ?? "-") + "=" + a.Reference)]);
        }

        return t.ToString();
    }

    private static void Holidays(StringBuilder t, IEnumerable<Holiday> holidays)
    {
        foreach (var h in holidays)
        {
            Line(t, "holiday", D(h.Date), h.Name, h.Kind.ToString());
        }
    }

    private static void Pejabat(StringBuilder t, string label, Pejabat p) => Line(t, label, p.Name, p.Jabatan, p.Nip?.Digits, p.Acting.ToString());

    private static string Target(Target target) => target.Kind switch
    {
        TargetKind.Value => "value " + M(target.Value),
        TargetKind.Range => "range " + M(target.Lower) + " " + M(target.Upper),
        _ => "grade " + target.Grade,
    };

    private static void Line(StringBuilder t, string label, params string?[] values) =>
        t.Append(label).Append(": ").AppendJoin(" | ", values.Select(v => v is null ? "<null>" : "'" + v + "'")).AppendLine();

    private static string M(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? D(NodaTime.LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
