using System.Reflection;
using System.Runtime.Versioning;

namespace Kinerja.Core.Tests;

/// <summary>Proves which build of the library each test project runs against.</summary>
public class LibraryAssetTests
{
    [Fact]
    public void Library_IsTheExpectedTargetFramework()
    {
        var framework = typeof(Triwulan).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
#if KINERJA_NETSTANDARD_ASSET
        Assert.Equal(".NETStandard,Version=v2.0", framework);
#else
        Assert.Equal(".NETCoreApp,Version=v10.0", framework);
#endif
    }
}
