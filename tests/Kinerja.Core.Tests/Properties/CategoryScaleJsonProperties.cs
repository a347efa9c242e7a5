using Kinerja.Core.Scales;
using Kinerja.Core.Serialization;

namespace Kinerja.Core.Tests.Properties;

public class CategoryScaleJsonProperties
{
    [KinerjaProperty]
    public void Parse_WrittenScale_RoundTripsToEqualScale(SortedScale given)
    {
        var scale = CategoryScale.Create(given.Name, given.Bands).Value;
        var json = KinerjaJson.Write(scale);

        var parsed = KinerjaJson.ReadCategoryScale(json);

        Assert.True(parsed.IsValid, parsed + Environment.NewLine + json);
        Assert.Empty(parsed.Problems);
        Assert.Equal(scale.Name, parsed.Value.Name);
        Assert.Equal(scale.Bands, parsed.Value.Bands);
        Assert.Equal(json, KinerjaJson.Write(parsed.Value));
    }

    [KinerjaProperty]
    public void Parse_WrittenScale_ClassifiesLikeTheOriginal(ScaleProbe probe)
    {
        var parsed = KinerjaJson.ReadCategoryScale(KinerjaJson.Write(probe.Scale)).Value;

        Assert.Equal(probe.Scale.Classify(probe.X), parsed.Classify(probe.X));
        Assert.Equal(probe.Scale.IndexOf(probe.Y), parsed.IndexOf(probe.Y));
    }
}
