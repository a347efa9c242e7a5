using System.Text;
using System.Text.RegularExpressions;
using Kinerja.Core.Agreements;
using Kinerja.Core.Calendar;
using Kinerja.Core.DependencyInjection;
using Kinerja.Core.Serialization;
using Kinerja.Core.Sop;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Kinerja.Core.DependencyInjection.Tests;

/// <summary>The acting-officials example of docs/sop.md (pattern 4), its appsettings.json block read as written.</summary>
public class SopDocsRosterTests
{
    [Fact]
    public void ActingRosterBlock_GrantsThePlhTheCamatsRoleOnItsDatesOnly()
    {
        var docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "sop.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        string Block(string name) => Regex.Match(docs, "<!-- pattern: " + name + @" -->\n.*?```json\n(?<json>.*?)\n```", RegexOptions.Singleline).Groups["json"].Value;
        var section = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(Block("acting-roster")))).Build().GetSection("Kinerja");
        var sop = KinerjaJson.ReadSopDefinition(Block("acting")).Value;

        using var provider = new ServiceCollection().AddKinerja(section).BuildServiceProvider();
        var office = provider.GetRequiredService<OfficeCatalog>().Default;

        var camat = sop.FindRole("camat")!;
        Instant Wita(int day, int hour) => new LocalDateTime(2026, 7, day, hour, 0).InZoneStrictly(OfficeTimeZones.Wita).ToInstant();
        Assert.Equal(OfficeTimeZones.Wita, office.Roster.TimeZone);
        var grant = office.Roster.Grant("sekcam", camat, Wita(6, 8));
        Assert.Equal((ActingStatus.Plh, "camat", "Sprint 800/41/2026"), (grant!.Acting, grant.StandsInFor, grant.Assignment));
        Assert.NotNull(office.Roster.Grant("sekcam", camat, Wita(10, 23)));
        Assert.Null(office.Roster.Grant("sekcam", camat, Wita(11, 0)));
        Assert.Null(office.Roster.Grant("sekcam", camat, Wita(5, 23)));
        Assert.Equal(ActingStatus.Definitive, office.Roster.Grant("camat", camat, Wita(8, 9))!.Acting);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kinerja.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (Kinerja.Core.sln) was not found above " + AppContext.BaseDirectory);
    }
}
