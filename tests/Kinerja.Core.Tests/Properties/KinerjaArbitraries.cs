using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Agreements;
using Kinerja.Core.Budget;
using Kinerja.Core.Capaian;
using Kinerja.Core.Scales;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.Tests.Properties;

/// <summary>
/// Every generator of the property suite, registered on each property by
/// <see cref="KinerjaPropertyAttribute"/>. Figures are realistic: targets 0.01 to 1e9 and realisasi
/// 0 to 1e9 with up to four decimals, spread over orders of magnitude (a uniform draw would make
/// almost every figure above 1e8), with the edges mixed in. The input types below wrap what each
/// property needs, so a failing case prints as a readable record.
/// </summary>
public static class KinerjaArbitraries
{
    /// <summary>The largest target or realisasi generated.</summary>
    public const decimal MaxFigure = 1_000_000_000m;

    private static readonly Polarity[] Polarities = [Polarity.Positive, Polarity.Negative, Polarity.KeepStable];

    private static readonly AggregationMethod[] Aggregations =
        [AggregationMethod.CumulativeSum, AggregationMethod.LastValue, AggregationMethod.Average, AggregationMethod.Maximum, AggregationMethod.Minimum];

    private static readonly string[] Satuan = ["%", "Dokumen", "Kegiatan", "Indeks", "Rp", "Orang", "Laporan", "Desa"];

    private static readonly string[] SasaranNames =
    [
        "Meningkatnya kualitas pelayanan publik kecamatan",
        "Meningkatnya akuntabilitas kinerja perangkat daerah",
        "Terwujudnya ketenteraman dan ketertiban umum",
        "Meningkatnya pemberdayaan masyarakat desa",
    ];

    private static readonly string[] IndicatorNames =
    [
        "Indeks Kepuasan Masyarakat",
        "Persentase pengaduan yang ditindaklanjuti",
        "Nilai SAKIP",
        "Opini BPK atas laporan keuangan",
        "Jumlah dokumen perencanaan yang tersusun",
        "Angka pelanggaran perda",
    ];

    private static readonly string[] Names = ["Drs. Slamet Riyadi, M.Si", "Sri Wahyuni, S.Sos", "Ir. Bambang Sutejo", "dr. Ayu Lestari", "Agus Santoso, S.STP"];

    private static readonly string[] Jabatan = ["Camat Bobotsari", "Sekretaris Kecamatan", "Kepala Seksi Pemerintahan", "Bupati Purbalingga", "Kepala Subbagian Umum"];

    // ---------------------------------------------------------------- figures

    /// <summary>Targets, 0.01 to 1e9 with up to 4 decimals.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TargetFigure> TargetFigures() => Arb.From(TargetValue.Select(v => new TargetFigure(v)));

    /// <summary>Realisasi, 0 to 1e9 with up to 4 decimals.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RealisasiFigure> RealisasiFigures() => Arb.From(RealisasiValue.Select(v => new RealisasiFigure(v)));

    /// <summary>Two realisasi with <c>Low ≤ High</c>, often equal or close.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrderedRealisasi> OrderedRealisasiPairs() => Arb.From(OrderedPair(RealisasiValue, MaxFigure).Select(p => new OrderedRealisasi(p.Low, p.High)));

    /// <summary>Range targets [lower, upper], 0 ≤ lower ≤ upper ≤ 1e9 (sometimes a single point).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RangeTarget> RangeTargets() => Arb.From(RangeGen.Select(p => new RangeTarget(p.Low, p.High)));

    /// <summary>Capaian policies over every option, including a cap in some.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CapaianPolicy> Policies() => Arb.From(PolicyGen);

    /// <summary>Caps: the usual 120 and 150, and any figure from 0.01 to 300.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CapFigure> Caps() => Arb.From(
        Gen.Frequency((1, Gen.Elements(100m, 120m, 150m)), (3, DecimalBetween(0.01m, 300m, 4))).Select(c => new CapFigure(c)));

    /// <summary>A grade scale (built-in or random) and a grade of it, spelled twice in possibly different case.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SameGrade> SameGrades() => Arb.From(
        from scale in GradeScaleGen
        from grade in Gen.Elements(scale.Grades.Select(g => g.Key).ToArray())
        from t in RandomCase(grade)
        from r in RandomCase(grade)
        select new SameGrade(scale, t, r));

    /// <summary>Capaian-like figures for presentation: full-precision quotients from the calculator,
    /// wide decimals, exact midpoints and the extremes of <see cref="decimal"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CapaianFigure> CapaianFigures() => Arb.From(CapaianLike.Select(v => new CapaianFigure(v)));

    /// <summary>Capaian as the calculator gives them for realistic figures (without the floor, so also
    /// negative), and plain decimals from -1e6 to 1e6.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RealisticCapaian> RealisticCapaians() => Arb.From(
        Gen.Frequency((4, CalculatedCapaian), (3, SignedDecimal(1_000_000m, 12))).Select(v => new RealisticCapaian(v)));

    /// <summary>Capaian results of every status, computed ones from random figures and policies.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CapaianResult> CapaianResults() => Arb.From(Gen.Frequency(
        (6, from polarity in Gen.Elements(Polarities)
            from t in Gen.Frequency((9, TargetValue), (1, Gen.Constant(0m)))
            from r in RealisasiValue
            from policy in PolicyGen
            select CapaianCalculator.Calculate(polarity, t, r, policy)),
        (1, Gen.Constant(CapaianResult.NotReported)),
        (1, Gen.Elements(CapaianReason.ZeroTarget, CapaianReason.ZeroRealisasi, CapaianReason.TargetMissing, CapaianReason.GradeNotInScale, CapaianReason.KindMismatch)
            .Select(CapaianResult.NotComputable))));

    // ---------------------------------------------------------------- scales

    /// <summary>A program's money per quarter, some quarters not reported, some Rp 0 (D48).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<QuarterAmounts> QuarterAmounts() => Arb.From(
        from amounts in Gen.ArrayOf(
            Gen.Frequency(
                (1, Gen.Constant((decimal?)null)),
                (1, Gen.Constant((decimal?)0m)),
                (6, DecimalBetween(0m, 300_000_000m, 2).Select(v => (decimal?)v))),
            4)
        select new QuarterAmounts(amounts));

    /// <summary>A scale (a built-in, or a random valid one) and two values to classify, drawn at and around its bounds
    /// and at the half-cents beside them.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ScaleProbe> ScaleProbes() => Arb.From(
        from scale in Gen.Frequency((1, Gen.Elements(BuiltInScales)), (3, ValidScaleGen(pointBands: true, shuffle: false).Select(CreateScale)))
        let bounds = scale.Bands.SelectMany(b => new[] { b.Lower, b.Upper }).OfType<decimal>().Distinct().ToArray()
        from x in ProbeValue(bounds)
        from y in ProbeValue(bounds)
        select new ScaleProbe(scale, x, y));

    /// <summary>Valid bands in random order, without single-point bands (see <see cref="ValidScaleGen"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ShuffledScale> ShuffledScales() => Arb.From(ValidScaleGen(pointBands: false, shuffle: true));

    /// <summary>Valid bands, possibly with single-point bands <c>[v, v]</c>, given in ascending order; labels
    /// and codes drawn from text that JSON must escape.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SortedScale> SortedScales() => Arb.From(
        ValidScaleGen(pointBands: true, shuffle: false, LabelGen).Select(s => new SortedScale(s.Name, s.Bands)));

    /// <summary>Valid scales with one injected break (gap, overlap or unordered band) and the problem it must cause.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BrokenScale> BrokenScales() => Arb.From(BrokenScaleGen);

    // ---------------------------------------------------------------- NIP

    /// <summary>Valid NIPs built from valid dates, typed with or without spaces.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ValidNip> ValidNips() => Arb.From(ValidNipGen);

    /// <summary>A valid NIP with one corruption and the one problem code it must cause.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CorruptNip> CorruptNips() => Arb.From(CorruptNipGen);

    // ---------------------------------------------------------------- PK, measurements, budget

    /// <summary>Valid PK specifications: 1-3 sasaran of 1-3 indicators (numeric and graded), 1-3 programs.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PkSpec> ValidPks() => Arb.From(ValidPkGen);

    /// <summary>A valid PK with a random subset of independent breaks and the problem each must cause.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BrokenPk> BrokenPks() => Arb.From(BrokenPkGen);

    /// <summary>A PK of cumulative-sum indicators whose quarterly targets add up to the annual target, with
    /// all four quarters' realisasi, and a policy.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CumulativeYear> CumulativeYears() => Arb.From(
        from year in Gen.Choose(PerjanjianKinerjaBuilder.MinYear, PerjanjianKinerjaBuilder.MaxYear)
        from pertama in PihakGen(nipRequired: true)
        from indicators in Gen.Choose(1, 4).SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n), CumulativeIndicatorGen))
        from realisasi in Gen.ArrayOf(Gen.ArrayOf(RealisasiValue, 4), indicators.Length)
        from policy in PolicyGen
        select new CumulativeYear(
            new PkSpec(
                year,
                pertama,
                new PihakSpec("Bupati Purbalingga", "Bupati", null, ActingStatus.Definitive),
                [new SasaranSpec("S1", SasaranNames[0], indicators)],
                []),
            realisasi,
            policy));

    /// <summary>A PK with programs and the quarterly realisasi anggaran of each (null where not reported).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SerapanYear> SerapanYears() => Arb.From(
        from spec in ValidPkGen
        from amounts in Gen.ArrayOf(
            Gen.ArrayOf(Gen.Frequency((5, MoneyValue.Select(m => (decimal?)m)), (1, Gen.Constant((decimal?)null))), 4),
            spec.Programs.Count)
        from missing in Gen.Choose(1, 4)
        select new SerapanYear(spec, amounts, missing));

    // ---------------------------------------------------------------- scores, efficiency

    /// <summary>Two capaian in [0, 100] with <c>Low ≤ High</c>, often at the conversion's band edges.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CapaianUpTo100> CapaianUpTo100Pairs() => Arb.From(
        OrderedPair(Gen.Frequency(
            (4, DecimalBetween(0m, 100m, 6)),
            (1, Gen.Elements(0m, 59m, 59.5m, 60m, 79m, 79.5m, 80m, 99m, 99.5m, 99.9999m, 100m))), 100m).Select(p => new CapaianUpTo100(p.Low, p.High)));

    /// <summary>Two capaian above 110 with <c>Low ≤ High</c>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CapaianAbove110> CapaianAbove110Pairs() => Arb.From(
        OrderedPair(Gen.Frequency(
            (4, DecimalBetween(110.0001m, 100_000m, 4)),
            (1, Gen.Elements(110.0001m, 110.00000001m, 111m, 120m, 150m, 1_000_000m, decimal.MaxValue))), decimal.MaxValue).Select(p => new CapaianAbove110(p.Low, p.High)));

    /// <summary>An efficiency policy, two capaian with <c>Low ≤ High</c> and a serapan.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EfficiencyCase> EfficiencyCases() => Arb.From(
        from threshold in Gen.Frequency((1, Gen.Constant(5m)), (1, Gen.Constant(0m)), (3, DecimalBetween(0m, 25m, 2)))
        from capaian in OrderedPair(DecimalBetween(-50m, 300m, 4), 300m)
        from serapan in Gen.Frequency((4, DecimalBetween(0m, 150m, 4)), (1, capaian.Low.Equals(capaian.High) ? Gen.Constant(capaian.Low) : Gen.Elements(capaian.Low, capaian.High)))
        from basis in Gen.Elements(CategoryBasis.Printed, CategoryBasis.Exact)
        select new EfficiencyCase(new EfficiencyPolicy { Threshold = threshold, Basis = basis }, capaian.Low, capaian.High, serapan));

    // ================================================================ generators

    private static Gen<decimal> TargetValue { get; } = Gen.Frequency(
        (12, DecimalBetween(0.01m, MaxFigure, 4)),
        (1, Gen.Elements(0.01m, 0.0100m, 1m, 3m, 7m, 100m, 99.9999m, MaxFigure)));

    private static Gen<decimal> RealisasiValue { get; } = Gen.Frequency(
        (12, DecimalBetween(0m, MaxFigure, 4)),
        (1, Gen.Elements(0m, 0.0001m, 0.01m, 1m, 100m, MaxFigure)));

    private static Gen<decimal> MoneyValue { get; } = Gen.Frequency(
        (8, DecimalBetween(0m, 1_000_000_000_000m, 2)),
        (1, Gen.Elements(0m, 1m, 50_000_000m)));

    private static Gen<(decimal Low, decimal High)> RangeGen { get; } = Gen.Frequency(
        (5, OrderedPair(Gen.Frequency((12, DecimalBetween(0m, MaxFigure, 4)), (1, Gen.Elements(0m, 0.01m, 1m, 100m))), MaxFigure)),
        (1, TargetValue.Select(v => (v, v))));

    private static Gen<CapaianPolicy> PolicyGen { get; } =
        from formula in Gen.Elements(NegativePolarityFormula.TwoMinusRatio, NegativePolarityFormula.InverseRatio)
        from floor in Gen.Elements(true, false)
        from zero in Gen.Elements(ZeroTargetRule.NotComputable, ZeroTargetRule.Zero, ZeroTargetRule.HundredWhenMet)
        from whenZero in Gen.Frequency((3, Gen.Constant((decimal?)null)), (1, Gen.Elements<decimal?>(0m, 100m, 200m, 37.5m)))
        from cap in Gen.Frequency((3, Gen.Constant((decimal?)null)), (1, Gen.Elements<decimal?>(120m, 150m, 100m, 0.5m, 99.99m)))
        select new CapaianPolicy { NegativeFormula = formula, FloorAtZero = floor, ZeroTarget = zero, CapaianWhenRealisasiZero = whenZero, Cap = cap };

    private static Gen<decimal> CalculatedCapaian { get; } =
        from polarity in Gen.Elements(Polarities)
        from t in TargetValue
        from r in RealisasiValue
        from formula in Gen.Elements(NegativePolarityFormula.TwoMinusRatio, NegativePolarityFormula.InverseRatio)
        let result = CapaianCalculator.Calculate(polarity, t, r, new CapaianPolicy { NegativeFormula = formula, FloorAtZero = false })
        where result.Value is not null
        select result.Value!.Value;

    private static Gen<decimal> CapaianLike { get; } = Gen.Frequency(
        (4, CalculatedCapaian),
        (3, SignedDecimal(1_000_000m, 12)),
        (2, from cents in LongBetween(-10_000_000, 10_000_000)
            from tail in Gen.Elements(0.005m, 0.0049999m, 0.0050001m, 0.00499999999999999999m, 0.0000001m)
            select (cents / 100m) + (cents < 0 ? -tail : tail)),
        (1, Gen.Elements(0m, -0.005m, 0.005m, -0.0049m, 99.995m, 100m, decimal.MaxValue, decimal.MinValue, 79_228_162_514_264_337_593_543_950.33m)));

    private static Gen<string> LabelGen { get; } =
        from head in Gen.Elements("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "AA", "Baik", "Kategori")
        from pieces in Gen.ListOf(Gen.Elements(" ", "\"", "\\", "/", "é", "≤", "<", ">", "&", "'", "\n", "\t", "😀", "ñ", "Ω", "\u0001", "{", "}", "[", "]", ":", ",", "a", "Z", "9"))
        select head + string.Concat(pieces.Take(12));

    private static CategoryScale[] BuiltInScales =>
    [
        CategoryScales.Permendagri86,
        CategoryScales.Permendagri86Baik,
        CategoryScales.SakipGrades,
        CategoryScales.Sakip(SakipBoundary.LowerInclusive),
        CategoryScales.Sakip(SakipBoundary.UpperInclusive),
    ];

    private static Gen<GradeScale> GradeScaleGen { get; } = Gen.Frequency(
        (1, Gen.Elements(GradeScale.OpiniBpk, GradeScale.NilaiSakip)),
        (2, from n in Gen.Choose(1, 8)
            from steps in Gen.ArrayOf(DecimalBetween(0.01m, 10m, 2), n)
            let codes = Enumerable.Range(0, n).Select(i => "G" + ((char)('A' + i)).ToString()).ToArray()
            let scores = steps.Select((s, i) => steps.Take(i + 1).Sum()).ToArray()
            select GradeScale.Create("Skala acak", codes.Zip(scores, (c, s) => (c, s)).ToArray()).Value));

    private static Gen<ValidNip> ValidNipGen { get; } =
        from birthYear in Gen.Choose(1940, 2006)
        from birthMonth in Gen.Choose(1, 12)
        from birthDay in Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(birthYear, birthMonth))
        let earliest = new YearMonth(birthYear, birthMonth).PlusMonths(12 * Nip.MinAppointmentAge)
        from monthsAfter in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(0, 12 * 40)))
        from sex in Gen.Elements(NipSex.Male, NipSex.Female)
        from sequence in Gen.Frequency((1, Gen.Elements(1, 999)), (6, Gen.Choose(1, 999)))
        let birth = new LocalDate(birthYear, birthMonth, birthDay)
        let appointment = earliest.PlusMonths(monthsAfter)
        let digits = Invariant($"{birthYear:0000}{birthMonth:00}{birthDay:00}{appointment.Year:0000}{appointment.Month:00}{(int)sex}{sequence:000}")
        from text in Gen.OneOf(
            Gen.Constant(digits),
            Gen.Constant(Invariant($"{digits.Substring(0, 8)} {digits.Substring(8, 6)} {digits.Substring(14, 1)} {digits.Substring(15, 3)}")),
            SprinkleSpaces(digits))
        select new ValidNip(text, digits, birth, appointment, sex, sequence);

    private static Gen<CorruptNip> CorruptNipGen { get; } =
        from nip in ValidNipGen
        from corrupt in Gen.OneOf(
            NipCharacter(nip.Digits),
            NipLength(nip.Digits),
            NipBirthDate(nip.Digits),
            NipAppointment(nip.Digits),
            NipAppointmentAge(nip),
            from d in Gen.Elements('0', '3', '4', '5', '6', '7', '8', '9')
            select (Replace(nip.Digits, 14, d.ToString()), ProblemCodes.NipSex, "sex digit " + d),
            Gen.Constant((Replace(nip.Digits, 15, "000"), ProblemCodes.NipSequence, "sequence 000")))
        select new CorruptNip(corrupt.Item1, corrupt.Item2, corrupt.Item3);

    private static Gen<PihakSpec> PihakGen(bool nipRequired) =>
        from name in Gen.Elements(Names)
        from jabatan in Gen.Elements(Jabatan)
        from nip in nipRequired ? ValidNipGen.Select(n => (string?)n.Text) : Gen.Frequency((3, ValidNipGen.Select(n => (string?)n.Text)), (1, Gen.Constant((string?)null)))
        from acting in Gen.Elements(ActingStatus.Definitive, ActingStatus.Plt, ActingStatus.Plh)
        select new PihakSpec(name, jabatan, nip, acting);

    private static Gen<Target> NumericTargetGen { get; } = Gen.Frequency(
        (3, TargetValue.Select(Target.Of)),
        (1, RangeGen.Select(r => Target.Between(r.Low, r.High))),
        (1, Gen.Constant(Target.Of(0m))));

    private static Gen<IndicatorSpec> NumericIndicatorGen(string id) =>
        from name in Gen.Elements(IndicatorNames)
        from satuan in Gen.Elements(Satuan)
        from polarity in Gen.Elements(Polarities)
        from aggregation in Gen.Elements(Aggregations)
        from kind in Gen.Elements(ValueKind.Number, ValueKind.Percentage, ValueKind.Rupiah)
        from annual in NumericTargetGen
        from quarterly in Gen.Frequency(
            (1, Gen.Constant(new Target?[4])),
            (3, Gen.ArrayOf(Gen.Frequency((4, NumericTargetGen.Select(t => (Target?)t)), (1, Gen.Constant((Target?)null))), 4)))
        select new IndicatorSpec(id, name, satuan, polarity, aggregation, kind, null, annual, quarterly);

    private static Gen<IndicatorSpec> GradeIndicatorGen(string id) =>
        from scale in Gen.Elements(GradeScale.OpiniBpk, GradeScale.NilaiSakip)
        let codes = scale.Grades.Select(g => g.Key).ToArray()
        from aggregation in Gen.Elements(AggregationMethod.LastValue, AggregationMethod.Maximum, AggregationMethod.Minimum)
        from annual in Gen.Elements(codes).SelectMany(RandomCase)
        from quarterly in Gen.ArrayOf(Gen.Frequency((3, Gen.Elements(codes).Select(c => (Target?)Target.OfGrade(c))), (1, Gen.Constant((Target?)null))), 4)
        select new IndicatorSpec(id, scale == GradeScale.OpiniBpk ? IndicatorNames[3] : IndicatorNames[2], "Predikat", Polarity.Positive, aggregation, ValueKind.QualitativeGrade, scale, Target.OfGrade(annual), quarterly);

    private static Gen<IndicatorSpec> CumulativeIndicatorGen(int index) =>
        from polarity in Gen.Elements(Polarities)
        from quarterly in Gen.ArrayOf(Gen.Frequency((4, TargetValue.Select(Target.Of)), (1, RangeGen.Select(r => Target.Between(r.Low, r.High)))), 4)
        let lower = quarterly.Sum(t => t.Lower)
        let upper = quarterly.Sum(t => t.Upper)
        let annual = quarterly.All(t => t.Kind == TargetKind.Value) ? Target.Of(lower) : Target.Between(lower, upper)
        select new IndicatorSpec(
            Invariant($"IK1.{index + 1}"), IndicatorNames[index % IndicatorNames.Length], "Dokumen", polarity, AggregationMethod.CumulativeSum, ValueKind.Number, null, annual, quarterly.Cast<Target?>().ToArray());

    private static Gen<SasaranSpec> SasaranGen(int s, bool firstNumeric) =>
        from name in Gen.Elements(SasaranNames)
        from count in Gen.Choose(1, 3)
        from indicators in Gen.CollectToArray(
            Enumerable.Range(0, count),
            j =>
            {
                var id = Invariant($"IK{s + 1}.{j + 1}");
                return j == 0 && firstNumeric
                    ? NumericIndicatorGen(id)
                    : Gen.Frequency((4, NumericIndicatorGen(id)), (1, GradeIndicatorGen(id)));
            })
        select new SasaranSpec(Invariant($"S{s + 1}"), name, indicators);

    private static Gen<ProgramSpec> ProgramGen(int p) =>
        from kind in Gen.Elements(ProgramKind.Program, ProgramKind.Kegiatan, ProgramKind.SubKegiatan)
        from pagu in Gen.Frequency((6, MoneyValue), (1, Gen.Constant(0m)))
        select new ProgramSpec(Invariant($"1.01.{p + 1:00}"), "Program penunjang urusan pemerintahan " + Invariant($"{p + 1}"), kind, pagu);

    private static Gen<PkSpec> ValidPkGen { get; } =
        from year in Gen.Frequency((1, Gen.Elements(PerjanjianKinerjaBuilder.MinYear, PerjanjianKinerjaBuilder.MaxYear)), (6, Gen.Choose(2015, 2035)))
        from pertama in PihakGen(nipRequired: false)
        from kedua in PihakGen(nipRequired: false)
        where pertama.Nip is null || kedua.Nip is null || pertama.Nip.Replace(" ", string.Empty, StringComparison.Ordinal) != kedua.Nip.Replace(" ", string.Empty, StringComparison.Ordinal)
        from sasaranCount in Gen.Choose(1, 3)
        from sasaran in Gen.CollectToArray(Enumerable.Range(0, sasaranCount), s => SasaranGen(s, firstNumeric: s == 0))
        from programCount in Gen.Choose(1, 3)
        from programs in Gen.CollectToArray(Enumerable.Range(0, programCount), ProgramGen)
        select new PkSpec(year, pertama, kedua, sasaran, programs);

    private static Gen<BrokenPk> BrokenPkGen { get; } =
        from spec in ValidPkGen
        from kinds in Gen.Frequency((1, Gen.Constant(new List<PkBreak>())), (8, Gen.SubListOf(Enum.GetValues<PkBreak>().Where(k => Applies(k, spec)).ToArray())))
        from breaks in Gen.CollectToArray(kinds, k => BreakGen(spec, k))
        select Apply(spec, breaks);

    private static Gen<BrokenScale> BrokenScaleGen { get; } =
        from valid in ValidScaleGen(pointBands: false, shuffle: false).Where(s => s.Bands.Count >= 2)
        from broken in Gen.OneOf(GapOrOverlap(valid, gap: true), GapOrOverlap(valid, gap: false), Unordered(valid))
        from order in Gen.Shuffle(Enumerable.Range(0, broken.Bands.Length).ToArray())
        let position = Array.IndexOf(order, broken.Index)
        select new BrokenScale(
            valid.Name,
            order.Select(i => broken.Bands[i]).ToArray(),
            broken.Code,
            Invariant($"bands[{position}]") + broken.PathSuffix,
            broken.AttemptedValue,
            broken.Named,
            broken.Description);

    // ================================================================ helpers

    /// <summary>A whole number in [min, max], uniform, for spans beyond <see cref="int"/>.</summary>
    private static Gen<long> LongBetween(long min, long max)
    {
        var span = max - min;
        if (span < int.MaxValue)
        {
            return Gen.Choose(0, (int)span).Select(x => min + x);
        }

        const long Low = 1_000_000_000L;
        var highMax = span / Low;
        return from high in Gen.Choose(0, (int)highMax)
               from low in Gen.Choose(0, (int)(Low - 1))
               let value = (high * Low) + low
               where value <= span
               select min + value;
    }

    /// <summary>
    /// A decimal in [min, max] (min ≥ 0 or a symmetric draw by the caller) with at most
    /// <paramref name="maxScale"/> decimals, its magnitude spread over the orders between the bounds.
    /// </summary>
    private static Gen<decimal> DecimalBetween(decimal min, decimal max, int maxScale) =>
        from scale in Gen.Choose(0, maxScale)
        let factor = Pow10(scale)
        let lowest = decimal.Ceiling(min * factor)
        let highest = decimal.Floor(max * factor)
        where lowest <= highest
        let lowDigits = Digits(lowest)
        from magnitude in Gen.Choose(lowDigits, Digits(highest))
        let top = Math.Min(highest, Pow10(magnitude) - 1m)
        let bottom = magnitude == lowDigits ? lowest : Math.Max(lowest, Pow10(magnitude - 1))
        from mantissa in LongBetween((long)bottom, (long)top)
        select Scaled(mantissa, scale);

    /// <summary>How many digits a whole number ≥ 0 has (1 for 0).</summary>
    private static int Digits(decimal whole)
    {
        var digits = 1;
        while (whole >= 10m)
        {
            whole = decimal.Truncate(whole / 10m);
            digits++;
        }

        return digits;
    }

    /// <summary>A decimal in [-max, max], one in five negative.</summary>
    private static Gen<decimal> SignedDecimal(decimal max, int maxScale) =>
        from v in DecimalBetween(0m, max, maxScale)
        from negative in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select negative ? -v : v;

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }

    /// <summary>mantissa × 10^-scale, keeping the scale (so 1.50 stays 1.50).</summary>
    private static decimal Scaled(long mantissa, int scale) =>
        new((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, false, (byte)scale);

    /// <summary>Two values of <paramref name="values"/> (at most <paramref name="max"/>) in order: often equal, or one small step apart.</summary>
    private static Gen<(decimal Low, decimal High)> OrderedPair(Gen<decimal> values, decimal max) => Gen.Frequency(
        (6, Gen.Two(values).Select(p => p.Item1 <= p.Item2 ? (p.Item1, p.Item2) : (p.Item2, p.Item1))),
        (1, values.Select(v => (v, v))),
        (1, from v in values
            from step in Gen.Elements(0.0001m, 0.01m, 1m)
            select v <= max - step ? (v, v + step) : (v - step, v)));

    private static Gen<string> RandomCase(string code) =>
        Gen.ArrayOf(Gen.Elements(true, false), code.Length)
            .Select(upper => string.Concat(code.Select((c, i) => upper[i] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c))));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Replace(string digits, int start, string with) =>
        digits.Substring(0, start) + with + digits.Substring(start + with.Length);

    private static Gen<string> SprinkleSpaces(string digits) =>
        from spaces in Gen.ArrayOf(Gen.Frequency((5, Gen.Constant(string.Empty)), (1, Gen.Elements(" ", "  "))), digits.Length + 1)
        select string.Concat(digits.Select((c, i) => spaces[i] + c)) + spaces[digits.Length];

    private static Gen<(string, string, string)> NipCharacter(string digits) =>
        from position in Gen.Choose(0, 17)
        from c in Gen.Elements('-', '.', '/', 'A', 'x', ',', '_', '\t', 'O', 'l', '٣')
        select (Replace(digits, position, c.ToString()), ProblemCodes.NipCharacter, Invariant($"'{c}' at {position + 1}"));

    private static Gen<(string, string, string)> NipLength(string digits) => Gen.OneOf(
        from keep in Gen.Choose(1, 17)
        select (digits.Substring(0, keep), ProblemCodes.NipLength, Invariant($"cut to {keep} digits")),
        from extra in Gen.Choose(1, 5)
        select (digits + new string('1', extra), ProblemCodes.NipLength, Invariant($"{extra} extra digits")));

    private static Gen<(string, string, string)> NipBirthDate(string digits) =>
        from bad in Gen.OneOf(
            Gen.Choose(13, 99).Select(m => (4, Invariant($"{m:00}"))),
            Gen.Constant((4, "00")),
            Gen.Constant((6, "00")),
            Gen.Choose(1000, 1899).Select(y => (0, Invariant($"{y:0000}"))),
            from day in Gen.Choose(1, 99)
            let year = int.Parse(digits.Substring(0, 4), CultureInfo.InvariantCulture)
            let month = int.Parse(digits.Substring(4, 2), CultureInfo.InvariantCulture)
            where day > CalendarSystem.Iso.GetDaysInMonth(year, month)
            select (6, Invariant($"{day:00}")))
        select (Replace(digits, bad.Item1, bad.Item2), ProblemCodes.NipBirthDate, "birth " + bad.Item2 + " at " + bad.Item1.ToString(CultureInfo.InvariantCulture));

    private static Gen<(string, string, string)> NipAppointment(string digits) =>
        from bad in Gen.OneOf(
            Gen.Choose(13, 99).Select(m => (12, Invariant($"{m:00}"))),
            Gen.Constant((12, "00")),
            Gen.Choose(0, 1899).Select(y => (8, Invariant($"{y:0000}"))))
        select (Replace(digits, bad.Item1, bad.Item2), ProblemCodes.NipAppointment, "appointment " + bad.Item2 + " at " + bad.Item1.ToString(CultureInfo.InvariantCulture));

    private static Gen<(string, string, string)> NipAppointmentAge(ValidNip nip) =>
        from monthsBefore in Gen.Choose(1, 12 * 30)
        let earliest = new YearMonth(nip.BirthDate.Year, nip.BirthDate.Month).PlusMonths(12 * Nip.MinAppointmentAge)
        let appointment = earliest.PlusMonths(-monthsBefore)
        select (Replace(nip.Digits, 8, Invariant($"{appointment.Year:0000}{appointment.Month:00}")), ProblemCodes.NipAppointmentAge, Invariant($"appointed {appointment.Year}-{appointment.Month:00}"));

    private static Gen<decimal> ProbeValue(decimal[] bounds)
    {
        var around = bounds.Length == 0
            ? Gen.Constant(0m)
            : from b in Gen.Elements(bounds)
              from eps in Gen.Elements(0m, 0.0001m, -0.0001m, 0.00000000000000000001m, -0.00000000000000000001m, 0.5m, -0.5m, 1m, -1m)
              from half in Gen.Elements(0m, 0m, 0.005m, -0.005m, 0.015m, -0.015m) // the half-cents where a printed figure changes band (D47)
              let centered = half == 0m ? b : decimal.Round(b, 2, MidpointRounding.AwayFromZero) + half
              select centered + eps;
        return Gen.Frequency(
            (4, around),
            (3, from v in DecimalBetween(0m, 1000m, 6)
                from negative in Gen.Elements(false, false, true)
                select negative ? -v : v),
            (1, Gen.Elements(decimal.MinValue, decimal.MaxValue, 0m, -1000000m, 1000000m)));
    }

    private static CategoryScale CreateScale(ShuffledScale s) => CategoryScale.Create(s.Name, s.Bands).Value;

    /// <summary>
    /// Valid bands: distinct ascending cut values, each owned by the band below, the band above, or (with
    /// <paramref name="pointBands"/>) a band of that single value <c>[v, v]</c> between two bands open at v.
    /// </summary>
    private static Gen<ShuffledScale> ValidScaleGen(bool pointBands, bool shuffle, Gen<string>? labels = null) =>
        from count in Gen.Choose(0, 7)
        from cuts in Gen.ArrayOf(
            Gen.Frequency((3, DecimalBetween(0m, 150m, 2)), (1, DecimalBetween(0m, 1000m, 4).Select(v => -v))), count)
        let values = cuts.Distinct().OrderBy(v => v).ToArray()
        from owners in Gen.ArrayOf(pointBands ? Gen.Elements(Cut.Below, Cut.Above, Cut.Point) : Gen.Elements(Cut.Below, Cut.Above), values.Length)
        from texts in Gen.ArrayOf(labels ?? Gen.Constant(string.Empty), (2 * values.Length) + 1)
        from codes in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant((string?)null)), (1, Gen.Elements<string?>("ST", "T", "S", "R", "SR", "Kode \"x\""))), (2 * values.Length) + 1)
        let bands = MakeBands(values, owners, texts, codes)
        from order in shuffle ? Gen.Shuffle(bands) : Gen.Constant(bands)
        from name in Gen.Elements("Skala Kecamatan", "Skala \"Renja\" 2025", "Skala ≤ kustom")
        select new ShuffledScale(name, order);

    private static CategoryBand[] MakeBands(decimal[] values, Cut[] owners, string[] texts, string?[] codes)
    {
        var bands = new List<CategoryBand>();
        decimal? lower = null;
        var lowerInclusive = false;
        string Label() => Invariant($"Kategori {bands.Count + 1}") + texts[bands.Count];
        string? Code() => codes[bands.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            switch (owners[i])
            {
                case Cut.Below:
                    bands.Add(new CategoryBand(Label(), lower, lowerInclusive, v, true, Code()));
                    lowerInclusive = false;
                    break;
                case Cut.Above:
                    bands.Add(new CategoryBand(Label(), lower, lowerInclusive, v, false, Code()));
                    lowerInclusive = true;
                    break;
                default:
                    bands.Add(new CategoryBand(Label(), lower, lowerInclusive, v, false, Code()));
                    bands.Add(new CategoryBand(Label(), v, true, v, true, Code()));
                    lowerInclusive = false;
                    break;
            }

            lower = v;
        }

        bands.Add(new CategoryBand(Label(), lower, lowerInclusive, null, false, Code()));
        return bands.ToArray();
    }

    private static Gen<ScaleBreak> GapOrOverlap(ShuffledScale valid, bool gap) =>
        from i in Gen.Choose(0, valid.Bands.Count - 2)
        let a = valid.Bands[i]
        let b = valid.Bands[i + 1]
        let v = b.Lower!.Value
        from byValue in Gen.Elements(true, false)
        from step in DecimalBetween(0.0001m, 50m, 4)
        let room = gap
            ? (b.Upper is { } up ? (up - v) / 2m : step)
            : (a.Lower is { } lo ? (v - lo) / 2m : step)
        let newLower = byValue ? (gap ? v + room : v - room) : v
        let lowerInclusive = byValue ? b.LowerInclusive : !gap
        let upperInclusive = byValue ? a.UpperInclusive : !gap
        let newA = new CategoryBand(a.Label, a.Lower, a.LowerInclusive, a.Upper, upperInclusive, a.Code)
        let newB = new CategoryBand(b.Label, newLower, lowerInclusive, b.Upper, b.UpperInclusive, b.Code)
        let bands = valid.Bands.Select((x, j) => j == i ? newA : j == i + 1 ? newB : x).ToArray()
        select new ScaleBreak(
            bands,
            i + 1,
            gap ? ProblemCodes.ScaleGap : ProblemCodes.ScaleOverlap,
            ".lower",
            newLower.ToString(CultureInfo.InvariantCulture),
            [newA.Interval, newB.Interval],
            (gap ? "gap" : "overlap") + (byValue ? " by moving the lower bound of " : " by the inclusiveness at ") + newB.Interval);

    private static Gen<ScaleBreak> Unordered(ShuffledScale valid) =>
        from i in Gen.Choose(0, valid.Bands.Count - 1)
        let band = valid.Bands[i]
        from pair in OrderedPair(DecimalBetween(0m, 200m, 2), 200m)
        from equalKind in Gen.Elements(0, 1, 2)
        let broken = pair.Low == pair.High
            ? new CategoryBand(band.Label, pair.Low, equalKind != 1, pair.High, equalKind == 1, band.Code)
            : new CategoryBand(band.Label, pair.High, band.LowerInclusive, pair.Low, band.UpperInclusive, band.Code)
        let bands = valid.Bands.Select((x, j) => j == i ? broken : x).ToArray()
        select new ScaleBreak(
            bands,
            i,
            ProblemCodes.ScaleBoundsUnordered,
            string.Empty,
            broken.Interval,
            [broken.Lower!.Value.ToString(CultureInfo.InvariantCulture), broken.Upper!.Value.ToString(CultureInfo.InvariantCulture)],
            "unordered " + broken.Interval);

    private static bool Applies(PkBreak kind, PkSpec spec) => kind switch
    {
        PkBreak.DuplicateIndicatorId => spec.AllIndicators.Count() >= 2,
        PkBreak.DuplicateSasaranId => spec.Sasaran.Count >= 2,
        PkBreak.UnknownGrade => spec.AllIndicators.Any(x => x.Indicator.GradeScale is not null),
        PkBreak.BadNipPihakPertama => spec.Pertama.Nip is not null,
        _ => true,
    };

    private static Gen<(Action<PkSpec> Apply, ExpectedProblem Expected)> BreakGen(PkSpec spec, PkBreak kind)
    {
        var all = spec.AllIndicators.ToArray();
        var numeric = all.Where(x => x.Indicator.GradeScale is null).ToArray();
        var graded = all.Where(x => x.Indicator.GradeScale is not null).ToArray();
        (Action<PkSpec>, ExpectedProblem) Break(Action<PkSpec> apply, string code, string path) => (apply, new ExpectedProblem(code, path, kind));
        return kind switch
        {
            PkBreak.NegativeAnnualTarget =>
                from x in Gen.Elements(numeric)
                from t in TargetValue
                select Break(_ => x.Indicator.Annual = Target.Of(-t), ProblemCodes.TargetNegative, x.Path + ".annualTarget"),
            PkBreak.UnorderedRange =>
                from x in Gen.Elements(numeric)
                from r in RangeGen.Where(r => r.Low < r.High)
                select Break(_ => x.Indicator.Quarterly[1] = Target.Between(r.High, r.Low), ProblemCodes.TargetRangeUnordered, x.Path + ".quarterlyTargets[1]"),
            PkBreak.GradeTargetOnNumeric =>
                from x in Gen.Elements(numeric)
                from g in Gen.Elements("WTP", "A", "Baik")
                select Break(_ => x.Indicator.Quarterly[0] = Target.OfGrade(g), ProblemCodes.TargetKind, x.Path + ".quarterlyTargets[0]"),
            PkBreak.BlankSatuan =>
                from x in Gen.Elements(all)
                from blank in Gen.Elements(string.Empty, " ", "\t", "   ")
                select Break(_ => x.Indicator.Satuan = blank, ProblemCodes.Required, x.Path + ".satuan"),
            PkBreak.QuarterOutOfRange =>
                from x in Gen.Elements(all)
                from n in Gen.Elements(0, 5, -1, 6, 12, int.MinValue, int.MaxValue)
                select Break(_ => x.Indicator.OutOfRangeQuarters.Add(n), ProblemCodes.TriwulanOutOfRange, x.Path + ".quarterlyTargets.triwulan"),
            PkBreak.DuplicateIndicatorId =>
                from later in Gen.Choose(1, all.Length - 1)
                from earlier in Gen.Choose(0, later - 1)
                select Break(_ => all[later].Indicator.Id = all[earlier].Indicator.Id, ProblemCodes.Duplicate, all[later].Path + ".id"),
            PkBreak.DuplicateSasaranId =>
                from later in Gen.Choose(1, spec.Sasaran.Count - 1)
                from earlier in Gen.Choose(0, later - 1)
                select Break(_ => spec.Sasaran[later].Id = spec.Sasaran[earlier].Id, ProblemCodes.Duplicate, Invariant($"sasaran[{later}].id")),
            PkBreak.BlankSasaranName =>
                from s in Gen.Choose(0, spec.Sasaran.Count - 1)
                from blank in Gen.Elements(string.Empty, " ", "\n")
                select Break(_ => spec.Sasaran[s].Name = blank, ProblemCodes.Required, Invariant($"sasaran[{s}].name")),
            PkBreak.BadNipPihakPertama =>
                from corrupt in CorruptNipGen
                select Break(p => p.Pertama = p.Pertama with { Nip = corrupt.Text }, corrupt.Code, "pihakPertama.nip"),
            PkBreak.YearOutOfRange =>
                from year in Gen.OneOf(Gen.Choose(0, PerjanjianKinerjaBuilder.MinYear - 1), Gen.Choose(PerjanjianKinerjaBuilder.MaxYear + 1, 9999), Gen.Elements(-1, 1999, 2101))
                select Break(p => p.Year = year, ProblemCodes.YearOutOfRange, "year"),
            PkBreak.NegativePagu =>
                from i in Gen.Choose(0, spec.Programs.Count - 1)
                from pagu in MoneyValue.Where(m => m > 0m)
                select Break(_ => spec.Programs[i].Pagu = -pagu, ProblemCodes.AmountNegative, Invariant($"programs[{i}].pagu")),
            PkBreak.BlankPihakKeduaJabatan =>
                Gen.Elements(string.Empty, "  ").Select(blank => Break(p => p.Kedua = p.Kedua! with { Jabatan = blank }, ProblemCodes.Required, "pihakKedua.jabatan")),
            _ =>
                from x in Gen.Elements(graded)
                from g in Gen.Elements("ZZ", "WTP+", "A-", "Baik")
                select Break(_ => x.Indicator.Annual = Target.OfGrade(g), ProblemCodes.GradeUnknown, x.Path + ".annualTarget"),
        };
    }

    private static BrokenPk Apply(PkSpec spec, (Action<PkSpec> Apply, ExpectedProblem Expected)[] breaks)
    {
        foreach (var (apply, _) in breaks)
        {
            apply(spec);
        }

        return new BrokenPk(spec, breaks.Select(b => b.Expected).ToArray());
    }

    private enum Cut
    {
        Below,
        Above,
        Point,
    }

    private sealed record ScaleBreak(CategoryBand[] Bands, int Index, string Code, string PathSuffix, string AttemptedValue, string[] Named, string Description);
}
