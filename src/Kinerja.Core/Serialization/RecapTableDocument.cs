using Kinerja.Core.Scales;
using Kinerja.Core.Internal;
using Kinerja.Core.Recap;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

internal sealed class RecapTableDto : DocumentDto
{
    public string? Policy { get; set; }

    public string? Scale { get; set; }

    public string? ClassifyOn { get; set; }

    public int? Bands { get; set; }

    public string? FinestLevel { get; set; }

    public IReadOnlyList<RecapGroupDto>? Groups { get; set; }

    public IReadOnlyList<RecapBudgetGroupDto>? Budget { get; set; }
}

internal sealed class RecapGroupDto
{
    public string? Level { get; set; }

    public string? Kabupaten { get; set; }

    public string? Kecamatan { get; set; }

    public string? Unit { get; set; }

    public string? Item { get; set; }

    public IReadOnlyList<RecapFiguresDto>? Periods { get; set; }
}

internal sealed class RecapFiguresDto
{
    public int? Indicators { get; set; }

    public int? Computed { get; set; }

    public int? NotReported { get; set; }

    public int? ZeroTarget { get; set; }

    public int? TargetMissing { get; set; }

    public int? ZeroRealisasi { get; set; }

    public int? OtherNotComputable { get; set; }

    public decimal? CapaianSum { get; set; }

    public IReadOnlyList<int>? Categories { get; set; }
}

internal sealed class RecapBudgetGroupDto
{
    public string? Level { get; set; }

    public string? Kabupaten { get; set; }

    public string? Kecamatan { get; set; }

    public string? Unit { get; set; }

    public string? Item { get; set; }

    public IReadOnlyList<BudgetFiguresDto>? Periods { get; set; }
}

internal sealed class BudgetFiguresDto
{
    public int? Programs { get; set; }

    public int? NotReported { get; set; }

    public decimal? Pagu { get; set; }

    public decimal? ReportedPagu { get; set; }

    public decimal? Realisasi { get; set; }
}

/// <summary>
/// A recap table: every group with its eight periods (TW I to TW IV alone, then cumulative to TW I
/// to TW IV), as counts and exact sums, so a partial recap travels to the office that merges it.
/// Reading checks that the figures add up as a recap's do, and refuses what no recap could hold.
/// </summary>
internal static class RecapTableDocument
{
    /// <summary>Version 2 records the policy's fingerprint (<c>policy</c>); a version-1 table is read as of unknown policy.</summary>
    public const int Version = 2;

    public static readonly DocumentKind Kind = new(KinerjaDocumentKinds.RecapTable, HasVersion0: false, Version);

    public static readonly JsonNames<RecapLevel> Levels = new(
        (RecapLevel.Indicator, "indicator"), (RecapLevel.Sasaran, "sasaran"), (RecapLevel.Unit, "unit"), (RecapLevel.Kecamatan, "kecamatan"),
        (RecapLevel.Kabupaten, "kabupaten"), (RecapLevel.National, "national"), (RecapLevel.Program, "program"));

    private const int Periods = 8;

    public static RecapTableDto ToDto(RecapTable table) => new()
    {
        SchemaVersion = Version,
        Kind = Kind.Name,
        Policy = table.PolicyFingerprint,
        Scale = table.ScaleName,
        ClassifyOn = table.ScaleBasis is { } basis ? JsonText.CategoryBases.Of(basis) : null,
        Bands = table.BandCount,
        FinestLevel = Levels.Of(table.FinestLevel),
        Groups = table.Rows.GroupBy(r => r.Key).Select(g => new RecapGroupDto
        {
            Level = Levels.Of(g.Key.Level),
            Kabupaten = g.Key.KabupatenCode,
            Kecamatan = g.Key.KecamatanCode,
            Unit = g.Key.UnitCode,
            Item = g.Key.Item,
            Periods = g.OrderBy(r => r.Period.Index).Select(r => new RecapFiguresDto
            {
                Indicators = r.Figures.IndicatorCount,
                Computed = r.Figures.Computed,
                NotReported = r.Figures.NotReported,
                ZeroTarget = r.Figures.ZeroTarget,
                TargetMissing = r.Figures.TargetMissing,
                ZeroRealisasi = r.Figures.ZeroRealisasi,
                OtherNotComputable = r.Figures.OtherNotComputable,
                CapaianSum = r.Figures.CapaianSum,
                Categories = [.. r.Figures.Categories],
            }).ToArray(),
        }).ToArray(),
        Budget = table.BudgetRows.GroupBy(r => r.Key).Select(g => new RecapBudgetGroupDto
        {
            Level = Levels.Of(g.Key.Level),
            Kabupaten = g.Key.KabupatenCode,
            Kecamatan = g.Key.KecamatanCode,
            Unit = g.Key.UnitCode,
            Item = g.Key.Item,
            Periods = g.OrderBy(r => r.Period.Index).Select(r => new BudgetFiguresDto
            {
                Programs = r.Figures.ProgramCount,
                NotReported = r.Figures.NotReported,
                Pagu = r.Figures.Pagu,
                ReportedPagu = r.Figures.ReportedPagu,
                Realisasi = r.Figures.Realisasi,
            }).ToArray(),
        }).ToArray(),
    };

    public static RecapTable? FromDto(RecapTableDto dto, Problems problems)
    {
        if (dto.Policy is { } policy && !IsFingerprint(policy))
        {
            Expected.Fingerprint.Report(problems, "$.policy", policy);
        }

        problems.Required(dto.Scale, "$.scale");

        // Left out: a version-2 table was counted on the exact figure (before D47); a version-1 table's policy is unknown.
        var basis = JsonText.CategoryBases.Read(dto.ClassifyOn, "$.classifyOn", problems) ?? (dto.Policy is null ? null : CategoryBasis.Exact);
        var bands = dto.Bands;
        if (bands is null)
        {
            problems.Error(ProblemCodes.Required, "$.bands", null);
        }
        else if (bands < 1)
        {
            problems.Error(ProblemCodes.OutOfRange, "$.bands", Text.Of(bands.Value), "1", "∞");
        }

        var finest = RecapLevel.Indicator;
        if (dto.FinestLevel is null)
        {
            problems.Error(ProblemCodes.Required, "$.finestLevel", null);
        }
        else if (Levels.Read(dto.FinestLevel, "$.finestLevel", problems) is { } level)
        {
            if (level == RecapLevel.Program)
            {
                Expected.OneOf(["indicator", "sasaran", "unit", "kecamatan", "kabupaten", "national"]).Report(problems, "$.finestLevel", dto.FinestLevel);
            }
            else
            {
                finest = level;
            }
        }

        if (problems.HasErrors)
        {
            return null;
        }

        var width = bands!.Value;
        var seen = new Dictionary<RecapKey, string>();
        var groups = dto.Groups ?? [];
        var keys = new RecapKey[groups.Count];
        var tallies = new RecapTally[groups.Count * Periods];

        // The category counts are copied only once every group is known to hold its eight periods of
        // `bands` counts, so what is allocated is never more than the document holds (a tiny document
        // declaring "bands": 2000000000 is a problem, not an array of that size).
        var counted = new IReadOnlyList<int>[groups.Count * Periods];
        for (var g = 0; g < groups.Count; g++)
        {
            var path = Text.Index("$.groups", g);
            var group = groups[g];
            if (KeyOf(group.Level, group.Kabupaten, group.Kecamatan, group.Unit, group.Item, path, finest, budget: false, seen, problems) is { } key)
            {
                keys[g] = key;
            }

            ReadFigures(group.Periods, path, g, width, tallies, counted, problems);
        }

        var budget = new Dictionary<(RecapKey, int), BudgetFigures>();
        var budgetGroups = dto.Budget ?? [];
        var seenBudget = new Dictionary<RecapKey, string>();
        for (var g = 0; g < budgetGroups.Count; g++)
        {
            var path = Text.Index("$.budget", g);
            var group = budgetGroups[g];
            var key = KeyOf(group.Level, group.Kabupaten, group.Kecamatan, group.Unit, group.Item, path, finest, budget: true, seenBudget, problems);
            ReadBudget(group.Periods, path, key, budget, problems);
        }

        if (problems.HasErrors)
        {
            return null;
        }

        var categories = new int[counted.Length * width];
        for (var i = 0; i < counted.Length; i++)
        {
            for (var b = 0; b < width; b++)
            {
                categories[(i * width) + b] = counted[i][b];
            }
        }

        return new RecapTable(dto.Scale!, width, finest, keys, tallies, categories, budget, dto.Policy, basis);
    }

    /// <summary>16 lowercase hexadecimal digits, as <see cref="RecapPolicy.Fingerprint"/> writes them.</summary>
    private static bool IsFingerprint(string text) => text.Length == 16 && text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private static RecapKey? KeyOf(string? levelName, string? kabupaten, string? kecamatan, string? unit, string? item, string path, RecapLevel finest, bool budget, Dictionary<RecapKey, string> seen, Problems problems)
    {
        if (levelName is null)
        {
            problems.Error(ProblemCodes.Required, path + ".level", null);
            return null;
        }

        if (Levels.Read(levelName, path + ".level", problems) is not { } level)
        {
            return null;
        }

        var allowed = budget
            ? level is RecapLevel.Program or RecapLevel.Unit or RecapLevel.Kecamatan or RecapLevel.Kabupaten or RecapLevel.National
            : level != RecapLevel.Program;
        if (!allowed)
        {
            Expected.OneOf(budget ? ["program", "unit", "kecamatan", "kabupaten", "national"] : ["indicator", "sasaran", "unit", "kecamatan", "kabupaten", "national"]).Report(problems, path + ".level", levelName);
            return null;
        }

        if (!RecapCalculator.Keeps(finest, level))
        {
            new Expected("tingkat yang disimpan tabel ini: '" + Levels.Of(finest) + "' (finestLevel) atau di atasnya", "a level the table keeps: '" + Levels.Of(finest) + "' (finestLevel) or above").Report(problems, path + ".level", levelName);
            return null;
        }

        var valid = true;
        valid &= Code(kabupaten, level != RecapLevel.National, path + ".kabupaten", problems);
        valid &= Code(kecamatan, level is not (RecapLevel.National or RecapLevel.Kabupaten), path + ".kecamatan", problems);
        valid &= Code(unit, level is RecapLevel.Indicator or RecapLevel.Sasaran or RecapLevel.Unit or RecapLevel.Program, path + ".unit", problems);
        valid &= Code(item, level is RecapLevel.Indicator or RecapLevel.Sasaran or RecapLevel.Program, path + ".item", problems);
        if (!valid)
        {
            return null;
        }

        var key = new RecapKey(level, kabupaten, kecamatan, unit, item);
        if (seen.TryGetValue(key, out var first))
        {
            problems.Error(ProblemCodes.Duplicate, path, key.ToString(), first);
            return null;
        }

        seen.Add(key, path);
        return key;
    }

    private static bool Code(string? code, bool needed, string path, Problems problems)
    {
        if (needed)
        {
            return problems.Required(code, path);
        }

        if (code is not null)
        {
            // A code the level does not have would be dropped: say so rather than lose it.
            problems.Error(ProblemCodes.JsonUnknownProperty, path, path.Substring(path.LastIndexOf('.') + 1));
            return false;
        }

        return true;
    }

    private static void ReadFigures(IReadOnlyList<RecapFiguresDto>? periods, string path, int group, int bands, RecapTally[] tallies, IReadOnlyList<int>[] counted, Problems problems)
    {
        if (!EightPeriods(periods?.Count, path, problems))
        {
            return;
        }

        int? indicators = null;
        for (var p = 0; p < Periods; p++)
        {
            var at = Text.Index(path + ".periods", p);
            var f = periods![p];
            var counts = new[]
            {
                Count(f.Indicators, at + ".indicators", problems), Count(f.Computed, at + ".computed", problems), Count(f.NotReported, at + ".notReported", problems),
                Count(f.ZeroTarget, at + ".zeroTarget", problems), Count(f.TargetMissing, at + ".targetMissing", problems), Count(f.ZeroRealisasi, at + ".zeroRealisasi", problems),
                Count(f.OtherNotComputable, at + ".otherNotComputable", problems),
            };
            if (f.CapaianSum is not { } sum)
            {
                problems.Error(ProblemCodes.Required, at + ".capaianSum", null);
                continue;
            }

            if (sum != decimal.Truncate(sum))
            {
                Inconsistent(at + ".capaianSum", Text.Of(sum), "jumlah capaian harus bilangan bulat kuanta 10⁻⁹ %", "a capaian sum is a whole number of 10⁻⁹ % quanta", problems);
            }

            if (f.Categories is not { } cats)
            {
                problems.Error(ProblemCodes.Required, at + ".categories", null);
                continue;
            }

            if (cats.Count != bands)
            {
                Inconsistent(at + ".categories", Text.Of(cats.Count), "jumlah kategori harus " + Text.Of(bands), "there should be " + Text.Of(bands) + " category counts", problems);
                continue;
            }

            for (var b = 0; b < bands; b++)
            {
                Count(cats[b], Text.Index(at + ".categories", b), problems);
            }

            if (Array.IndexOf(counts, -1) >= 0 || cats.Any(c => c < 0))
            {
                continue;
            }

            if (counts[0] != counts.Skip(1).Sum(c => (long)c))
            {
                Inconsistent(at + ".indicators", Text.Of(counts[0]), "indikator harus sama dengan dihitung + tidak dilaporkan + tidak dapat dihitung", "indicators should be computed + not reported + not computable", problems);
            }

            if (counts[1] != cats.Sum(c => (long)c))
            {
                Inconsistent(at + ".computed", Text.Of(counts[1]), "dihitung harus sama dengan jumlah per kategori", "computed should equal the sum of the category counts", problems);
            }

            if (counts[1] == 0 && sum != 0m)
            {
                Inconsistent(at + ".capaianSum", Text.Of(sum), "tanpa indikator yang dihitung jumlahnya 0", "with nothing computed the sum is 0", problems);
            }

            if (indicators is null)
            {
                indicators = counts[0];
                if (counts[0] == 0)
                {
                    Inconsistent(at + ".indicators", "0", "kelompok rekapitulasi memiliki paling sedikit satu indikator", "a recap group holds at least one indicator", problems);
                }
            }
            else if (counts[0] != indicators)
            {
                Inconsistent(at + ".indicators", Text.Of(counts[0]), "setiap periode menghitung indikator yang sama (" + Text.Of(indicators.Value) + ")", "every period counts the same indicators (" + Text.Of(indicators.Value) + ")", problems);
            }

            tallies[(group * Periods) + p] = new RecapTally
            {
                Indicators = counts[0],
                Computed = counts[1],
                NotReported = counts[2],
                ZeroTarget = counts[3],
                TargetMissing = counts[4],
                ZeroRealisasi = counts[5],
                Other = counts[6],
                Carry = sum,
            };
            counted[(group * Periods) + p] = cats;
        }
    }

    private static void ReadBudget(IReadOnlyList<BudgetFiguresDto>? periods, string path, RecapKey? key, Dictionary<(RecapKey, int), BudgetFigures> budget, Problems problems)
    {
        if (!EightPeriods(periods?.Count, path, problems))
        {
            return;
        }

        for (var p = 0; p < Periods; p++)
        {
            var at = Text.Index(path + ".periods", p);
            var f = periods![p];
            var programs = Count(f.Programs, at + ".programs", problems);
            var notReported = Count(f.NotReported, at + ".notReported", problems);
            var pagu = Amount(f.Pagu, at + ".pagu", problems);
            var reportedPagu = Amount(f.ReportedPagu, at + ".reportedPagu", problems);
            var realisasi = Amount(f.Realisasi, at + ".realisasi", problems);
            if (programs < 0 || notReported < 0 || pagu is null || reportedPagu is null || realisasi is null)
            {
                continue;
            }

            if (programs == 0 || notReported > programs)
            {
                Inconsistent(at + ".notReported", Text.Of(notReported), "program yang tidak melapor paling banyak sejumlah program (" + Text.Of(programs) + "), dan paling sedikit ada satu program", "programs not reporting are at most the programs (" + Text.Of(programs) + "), of which there is at least one", problems);
            }

            if (reportedPagu > pagu)
            {
                Inconsistent(at + ".reportedPagu", Text.Of(reportedPagu.Value), "pagu yang melapor paling banyak pagu seluruhnya (" + Text.Of(pagu.Value) + ")", "the reporting programs' pagu is at most the whole pagu (" + Text.Of(pagu.Value) + ")", problems);
            }

            if (key is { } k && !problems.HasErrors)
            {
                budget[(k, p)] = new BudgetFigures(programs, notReported, pagu.Value, reportedPagu.Value, realisasi.Value);
            }
        }
    }

    private static bool EightPeriods(int? count, string path, Problems problems)
    {
        if (count is null)
        {
            problems.Error(ProblemCodes.Required, path + ".periods", null);
            return false;
        }

        if (count != Periods)
        {
            Inconsistent(path + ".periods", Text.Of(count.Value), "harus ada 8 periode: TW I-IV, lalu s.d. TW I-IV", "there should be 8 periods: TW I-IV, then s.d. TW I-IV", problems);
            return false;
        }

        return true;
    }

    private static int Count(int? value, string path, Problems problems)
    {
        if (value is not { } v)
        {
            problems.Error(ProblemCodes.Required, path, null);
            return -1;
        }

        if (v < 0)
        {
            problems.Error(ProblemCodes.OutOfRange, path, Text.Of(v), "0", "∞");
            return -1;
        }

        return v;
    }

    private static decimal? Amount(decimal? value, string path, Problems problems)
    {
        if (value is not { } v)
        {
            problems.Error(ProblemCodes.Required, path, null);
            return null;
        }

        if (v < 0m)
        {
            problems.Error(ProblemCodes.AmountNegative, path, Text.Of(v));
            return null;
        }

        return v;
    }

    private static void Inconsistent(string path, string value, string indonesian, string english, Problems problems) =>
        problems.Error(ProblemCodes.RecapFiguresInconsistent, path, value, indonesian, english);
}
