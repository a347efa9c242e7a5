using Kinerja.Core.Measurement;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Measurement;

public class MeasurementSetBuilderTests
{
    [Fact]
    public void Build_ValidEntries_KeepsValuesExactlyWithEvidence()
    {
        var pk = SamplePk.Build();
        var set = MeasurementSet.CreateBuilder(pk)
            .AddRealisasi("IK1", 1, 12.345678901234m, "rapat koordinasi", new BuktiDukung("ND/12/2026", "Nota Dinas"))
            .AddGrade("IK3", 4, "BB")
            .AddBudget("P1", 1, 90_000_000m)
            .Build().Value;

        var r = set.Find("IK1", Triwulan.I)!;
        Assert.Equal(12.345678901234m, r.Value);
        Assert.Equal("rapat koordinasi", r.Note);
        Assert.Equal("ND/12/2026", Assert.Single(r.BuktiDukung).Reference);
        Assert.Null(set.Find("IK1", Triwulan.II));
        Assert.Equal("BB", set.Find("IK3", Triwulan.IV)!.Grade);
        Assert.Equal(90_000_000m, set.FindBudget("P1", Triwulan.I)!.Amount);
    }

    [Fact]
    public void Build_BadEntries_ReportsEveryProblemAndBuildsNothing()
    {
        var pk = SamplePk.Build();
        var result = MeasurementSet.CreateBuilder(pk)
            .AddRealisasi("IK1", 5, 10m)
            .AddRealisasi("IK9", 1, 10m)
            .AddRealisasi("IK1", 2, -3m)
            .AddRealisasi("IK1", 3, 1m)
            .AddRealisasi("IK1", 3, 2m)
            .AddRealisasi("IK3", 1, 7m)
            .AddGrade("IK3", 2, "Z")
            .AddGrade("IK2", 1, "A")
            .AddBudget("P9", 1, 1m)
            .AddBudget("P1", 0, 1m)
            .AddBudget("P1", 1, -1m)
            .Build();

        Assert.False(result.IsValid);
        var found = result.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue ?? string.Empty)).ToArray();
        Assert.Equal(
            new[]
            {
                (ProblemCodes.TriwulanOutOfRange, "realisasi[0].triwulan", "5"),
                (ProblemCodes.UnknownReference, "realisasi[1].indicatorId", "IK9"),
                (ProblemCodes.RealisasiNegative, "realisasi[2].value", "-3"),
                (ProblemCodes.Duplicate, "realisasi[4].triwulan", "3"),
                (ProblemCodes.RealisasiKind, "realisasi[5].value", "7"),
                (ProblemCodes.GradeUnknown, "realisasi[6].grade", "Z"),
                (ProblemCodes.RealisasiKind, "realisasi[7].grade", "A"),
                (ProblemCodes.UnknownReference, "anggaran[0].programId", "P9"),
                (ProblemCodes.TriwulanOutOfRange, "anggaran[1].triwulan", "0"),
                (ProblemCodes.AmountNegative, "anggaran[2].amount", "-1"),
            },
            found);
    }

    [Fact]
    public void Build_SpendingAbovePagu_WarnsButAccepts()
    {
        var pk = SamplePk.Build();
        var result = MeasurementSet.CreateBuilder(pk)
            .AddBudget("P1", 1, 300_000_000m)
            .AddBudget("P1", 2, 150_000_000m)
            .Build();
        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ProblemCodes.AmountExceedsPagu, warning.Code);
        Assert.Equal("450000000", warning.AttemptedValue);
    }

    [Fact]
    public void ToBuilder_CorrectsAnEntryWithoutTouchingTheOriginal()
    {
        var pk = SamplePk.Build();
        var first = MeasurementSet.CreateBuilder(pk).AddRealisasi("IK1", 1, 10m).Build().Value;
        var corrected = first.ToBuilder(pk).RemoveRealisasi("IK1", 1).AddRealisasi("IK1", 1, 11m).Build().Value;
        Assert.Equal(10m, first.Find("IK1", Triwulan.I)!.Value);
        Assert.Equal(11m, corrected.Find("IK1", Triwulan.I)!.Value);
    }
}
