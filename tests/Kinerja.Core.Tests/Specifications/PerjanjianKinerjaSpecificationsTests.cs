using Kinerja.Core.Agreements;
using Kinerja.Core.Specifications;

namespace Kinerja.Core.Tests.Specifications;

public class PerjanjianKinerjaSpecificationsTests
{
    [Fact]
    public void OfUnitAndYear_KeepsThatUnitAndYear()
    {
        var pk2026 = SamplePk.Build();
        var pk2025 = SamplePk.Builder(2025).AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "Indikator", i => i.WithSatuan("Dokumen").WithAnnualTarget(1m))).Build().Value!;
        var other = PerjanjianKinerja.CreateBuilder(new OfficeUnit("3303-KTM", "Kecamatan Kutasari (demo)"), 2026)
            .WithPihakPertama("Demo Camat, S.STP", "Camat Kutasari", SamplePk.CamatNip)
            .WithPihakKedua("Demo Bupati", "Bupati Purbalingga", null)
            .AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "Indikator", i => i.WithSatuan("Dokumen").WithAnnualTarget(1m)))
            .Build().Value!;

        var spec = new Specification<PerjanjianKinerja>().OfUnitAndYear(SamplePk.Kecamatan.Code, 2026);
        Assert.Equal([pk2026], spec.Evaluate([pk2025, other, pk2026]));
        Assert.True(spec.IsSatisfiedBy(pk2026));
        Assert.False(spec.IsSatisfiedBy(pk2025));
        Assert.False(spec.IsSatisfiedBy(other));
    }

    [Fact]
    public void OfUnitAndYear_NullCode_Throws() =>
        Assert.Throws<ArgumentNullException>("unitCode", () => new Specification<PerjanjianKinerja>().OfUnitAndYear(null!, 2026));
}
