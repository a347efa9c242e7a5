using System.Reflection;
using System.Runtime.Versioning;

namespace Kinerja.Core.Excel.Tests;

/// <summary>Proves which build of the package, the core and MiniExcel each test project runs against.</summary>
public class LibraryAssetTests
{
    [Fact]
    public void Libraries_AreTheExpectedTargetFramework()
    {
        string[] frameworks =
        [
            .. new[] { typeof(DataCollectionForm), typeof(Triwulan), typeof(MiniExcelLibs.MiniExcel) }
                .Select(t => t.Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName),
        ];
#if KINERJA_NETSTANDARD_ASSET
        // MiniExcel is a package: a net10.0 host gets its net10.0 asset whatever our build.
        Assert.Equal([".NETStandard,Version=v2.0", ".NETStandard,Version=v2.0", ".NETCoreApp,Version=v10.0"], frameworks);
#else
        Assert.Equal([".NETCoreApp,Version=v10.0", ".NETCoreApp,Version=v10.0", ".NETCoreApp,Version=v10.0"], frameworks);
#endif
    }
}
