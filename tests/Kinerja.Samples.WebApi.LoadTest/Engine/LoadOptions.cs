using System.Globalization;
using System.Text.Json.Nodes;

namespace Kinerja.Samples.WebApi.LoadTest;

/// <summary>What one load run does: how many users, for how long, on which PK year and quarters.</summary>
internal sealed record LoadOptions
{
    /// <summary>Simulated users in all (realisasi writers and SOP runners).</summary>
    public int Users { get; init; } = 16;

    /// <summary>Of <see cref="Users"/>, how many run SOP instances (the others write realisasi); null: a quarter of them, at least one.</summary>
    public int? SopUsers { get; init; }

    /// <summary>How many SOP instances the runners share at a time; null: half as many as runners, at least one.</summary>
    public int? SopInstances { get; init; }

    /// <summary>How long the users keep starting new operations (those under way are finished, never cut off).</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// After <see cref="Duration"/>, the users go on until at least this many realisasi writes and this many SOP
    /// actions have been acknowledged (at most one more minute): a short run on a busy machine then still proves
    /// something. 0 (the default): stop at <see cref="Duration"/>.
    /// </summary>
    public int AtLeast { get; init; }

    /// <summary>The PK year the run creates (or reuses, when it exists).</summary>
    public int Year { get; init; } = 2026;

    /// <summary>The quarters written (1..this): fewer quarters, more writers of the same ETag.</summary>
    public int Quarters { get; init; } = 2;

    /// <summary>Indicators in each unit's PK.</summary>
    public int Indicators { get; init; } = 4;

    /// <summary>The seed of each user's choices (which indicator, which instance); timing still varies from run to run.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The SOP users' count as used.</summary>
    public int SopUsersUsed => SopUsers ?? Math.Max(1, Users / 4);

    /// <summary>The shared SOP instances' count as used.</summary>
    public int SopInstancesUsed => SopInstances ?? Math.Max(1, SopUsersUsed / 2);

    /// <summary>Every problem with these options, in both languages (empty when none).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Users < 2)
        {
            problems.Add($"users: {Text(Users)} — minimal 2 (penulis realisasi dan pelaksana SOP) / at least 2 (a realisasi writer and an SOP runner)");
        }

        if (SopUsersUsed < 1 || SopUsersUsed >= Users)
        {
            problems.Add($"sop-users: {Text(SopUsersUsed)} — harus 1 sampai {Text(Users - 1)} / must be 1 to {Text(Users - 1)}");
        }

        if (SopInstancesUsed < 1)
        {
            problems.Add($"sop-instances: {Text(SopInstancesUsed)} — minimal 1 / at least 1");
        }

        if (Duration <= TimeSpan.Zero)
        {
            problems.Add($"duration: {Duration.TotalSeconds.ToString(CultureInfo.InvariantCulture)} — harus lebih dari 0 detik / must be more than 0 seconds");
        }

        if (AtLeast < 0)
        {
            problems.Add($"at-least: {Text(AtLeast)} — tidak boleh negatif / must not be negative");
        }

        if (Quarters is < 1 or > 4)
        {
            problems.Add($"quarters: {Text(Quarters)} — harus 1 sampai 4 / must be 1 to 4");
        }

        if (Indicators is < 1 or > 50)
        {
            problems.Add($"indicators: {Text(Indicators)} — harus 1 sampai 50 / must be 1 to 50");
        }

        return problems;

        static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>The units whose realisasi the run writes, each with the roster person whose token writes it (staff of that unit).</summary>
internal static class LoadUnits
{
    /// <summary>The demo office's code (every token's <c>kinerja_office</c>).</summary>
    public const string Office = "DEMO-3303-BBS";

    /// <summary>The PK author of the demo roster (Kasubbag Perencanaan dan Keuangan), who creates the PKs.</summary>
    public const string PkAuthor = "kasubbag";

    /// <summary>Every roster person the run signs in as, with the unit their token names.</summary>
    public static readonly IReadOnlyDictionary<string, string> UnitOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["camat"] = "DEMO-3303-BBS",
        ["sekcam"] = "DEMO-3303-BBS-SEK",
        ["kasubbag"] = "DEMO-3303-BBS-SEK",
        ["ani"] = "DEMO-3303-BBS-SEK",
        ["kasi"] = "DEMO-3303-BBS-PEM",
        ["dewi"] = "DEMO-3303-BBS-PEM",
    };

    /// <summary>The units written and their staff: several users share each unit, so their PATCHes meet on one quarter's ETag.</summary>
    public static readonly IReadOnlyList<(string Unit, string Staff)> Written =
    [
        ("DEMO-3303-BBS-SEK", "ani"),
        ("DEMO-3303-BBS-PEM", "dewi"),
    ];

    /// <summary>A PK of <paramref name="unit"/> for <paramref name="year"/> with <paramref name="indicators"/> numeric indicators <c>LT1</c>...: the core's <c>perjanjianKinerja</c> document.</summary>
    public static string PkDocument(string unit, int year, int indicators)
    {
        var list = new JsonArray();
        for (var i = 1; i <= indicators; i++)
        {
            list.Add(new JsonObject
            {
                ["id"] = "LT" + i.ToString(CultureInfo.InvariantCulture),
                ["name"] = "Indikator uji beban " + i.ToString(CultureInfo.InvariantCulture),
                ["level"] = "ikuSasaran",
                ["satuan"] = "Dokumen",
                ["polarity"] = "positive",
                ["aggregation"] = "lastValue",
                ["valueKind"] = "number",
                ["annualTarget"] = 100,
                ["quarterlyTargets"] = new JsonArray(100, 100, 100, 100),
            });
        }

        return new JsonObject
        {
            ["schemaVersion"] = 1,
            ["kind"] = "perjanjianKinerja",
            ["unit"] = new JsonObject { ["code"] = unit, ["name"] = "Unit " + unit },
            ["year"] = year,
            ["version"] = 1,
            ["signedOn"] = year.ToString(CultureInfo.InvariantCulture) + "-01-05",
            ["pihakPertama"] = new JsonObject { ["name"] = "Demo Kepala Unit", ["jabatan"] = "Kepala Unit", ["nip"] = "19780312 200501 1 003", ["acting"] = "definitive" },
            ["pihakKedua"] = new JsonObject { ["name"] = "Demo Camat", ["jabatan"] = "Camat Bobotsari", ["acting"] = "definitive" },
            ["sasaran"] = new JsonArray(new JsonObject { ["id"] = "S1", ["name"] = "Sasaran uji beban", ["indicators"] = list }),
        }.ToJsonString();
    }

    /// <summary>A <c>measurementSet</c> document of one realisasi entry.</summary>
    public static string RealisasiDocument(string unit, int year, int triwulan, string indicatorId, decimal value, string note) =>
        new JsonObject
        {
            ["schemaVersion"] = 1,
            ["kind"] = "measurementSet",
            ["pk"] = new JsonObject { ["unitCode"] = unit, ["year"] = year },
            ["realisasi"] = new JsonArray(new JsonObject { ["indicatorId"] = indicatorId, ["triwulan"] = triwulan, ["value"] = value, ["note"] = note }),
        }.ToJsonString();
}

/// <summary>
/// The built-in template <c>purbalingga-mekanisme-pengukuran-kinerja</c> run by the demo roster's people: the
/// action and person of the event that follows version <c>v</c> (the instance's <c>v</c> events). The SOP engine
/// decides by the roster whether each may act; this only names who the roster says should.
/// </summary>
internal static class SopScript
{
    /// <summary>The template run.</summary>
    public const string TemplateId = "purbalingga-mekanisme-pengukuran-kinerja";

    /// <summary>Who starts it (the first step's role, Camat).</summary>
    public const string Starter = "camat";

    /// <summary>Who probes: staff without any of the template's roles, whose action the engine must refuse (403) and never store.</summary>
    public const string Intruder = "dewi";

    /// <summary>The instance's version when the script has run to its end (15 events: started, steps 1-9, a return, 9 again, 10, 11, 12).</summary>
    public const int FinalVersion = 15;

    private static readonly (string Action, string Person)[] Steps =
    [
        ("complete", "camat"),   // v1 → step 1: Camat memerintahkan Sekcam
        ("complete", "sekcam"),  // step 2
        ("complete", "kasi"),    // step 3: Kepala Seksi
        ("complete", "camat"),   // step 4
        ("complete", "ani"),     // steps 5-9: Tim SAKIP
        ("complete", "ani"),
        ("complete", "ani"),
        ("complete", "ani"),
        ("complete", "ani"),
        ("return", "sekcam"),    // step 10 returns to 9
        ("complete", "ani"),     // step 9 again
        ("approve", "sekcam"),   // step 10
        ("approve", "camat"),    // step 11
        ("complete", "camat"),   // step 12
    ];

    /// <summary>The action and person after version <paramref name="version"/>, or null when the script has ended.</summary>
    public static (string Action, string Person)? Next(int version) =>
        version >= 1 && version < FinalVersion ? Steps[version - 1] : null;

    /// <summary>The action's body carrying <paramref name="note"/> (a return's reason is its note).</summary>
    public static string Body(string action, string note) =>
        new JsonObject { [action is "return" or "cancel" ? "reason" : "note"] = note }.ToJsonString();
}
