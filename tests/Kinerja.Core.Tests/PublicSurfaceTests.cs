using Kinerja.Core.Agreements;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Recap;
using Kinerja.Core.Sop;

namespace Kinerja.Core.Tests;

/// <summary>What the public surface promises beyond each rule: immutable values, and properties that do not build anew on every read (issue 13).</summary>
public class PublicSurfaceTests
{
    [Fact]
    public void SopHeader_KeepsACopyOfItsLists_AndComparesThemItemByItem()
    {
        var dasarHukum = new List<string> { "PermenPAN 35/2012" };
        var header = new SopHeader { Nama = "Surat masuk", DasarHukum = dasarHukum, Peralatan = ["komputer"] };
        dasarHukum.Add("added after");

        Assert.Equal(["PermenPAN 35/2012"], header.DasarHukum);
        Assert.IsNotType<string[]>(header.DasarHukum); // not an array a caller could cast back and write into
        var same = new SopHeader { Nama = "Surat masuk", DasarHukum = ["PermenPAN 35/2012"], Peralatan = ["komputer"] };
        Assert.Equal(header, same);
        Assert.Equal(header.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(header, same with { Peralatan = ["printer"] });
        Assert.NotEqual(header, same with { Keterkaitan = ["SOP lain"] });
        Assert.NotEqual(header, same with { KualifikasiPelaksana = ["S1"] });
        Assert.NotEqual(header, same with { DasarHukum = [] });
        Assert.NotEqual(header, same with { Nomor = "1" });
        Assert.Empty(new SopHeader { DasarHukum = null! }.DasarHukum);
    }

    [Fact]
    public void CollectionProperties_AreMadeOnce()
    {
        Assert.Same(NationalHolidays.Years, NationalHolidays.Years);
        Assert.Equal(NationalHolidays.Years.Order(), NationalHolidays.Years);

        var role = SopTemplates.All[0].Roles[0];
        Assert.Same(role.Names, role.Names);
        Assert.Equal(new[] { role.Id, role.Name }.Concat(role.Aliases), role.Names);

        Assert.Same(Triwulan.III.ToDate, Triwulan.III.ToDate);
        Assert.Equal([Triwulan.I, Triwulan.II, Triwulan.III], Triwulan.III.ToDate);
        Assert.Equal([Triwulan.I], Triwulan.I.ToDate);
        Assert.Equal(Triwulan.All, Triwulan.IV.ToDate);

        var table = RecapCalculator.Build(
            [new IndicatorMeasurement("3303", "KRG", "U1", "S1", "IK1", Polarity.Positive, AggregationMethod.CumulativeSum, 1, 80m, 80m, 72m)],
            [new BudgetMeasurement("3303", "KRG", "U1", "P1", 100m, 25m, null, null, null)],
            RecapPolicy.Default).Value;
        Assert.NotEmpty(table.BudgetRows);
        Assert.Same(table.BudgetRows, table.BudgetRows);
    }
}
