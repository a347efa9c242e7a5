namespace Kinerja.Core.Recap;

/// <summary>
/// The counts and the capaian sum of one group in one period while a recap is built and inside a
/// <see cref="RecapTable"/>; read out as <see cref="RecapFigures"/>. The sum is kept in 10⁻⁹ % quanta
/// as a long, with whatever does not fit carried exactly in a decimal, so adding stays integer
/// arithmetic on the hot path and is still exact at any size.
/// </summary>
internal struct RecapTally
{
    public int Indicators;
    public int Computed;
    public int NotReported;
    public int ZeroTarget;
    public int TargetMissing;
    public int ZeroRealisasi;
    public int Other;
    public long Sum;
    public decimal Carry;

    /// <summary>The sum of the quanta.</summary>
    public readonly decimal CapaianSum => Carry + Sum;

    /// <summary>Adds quanta to the sum; on overflow the sum so far moves to the carry.</summary>
    public void AddQuanta(long quanta)
    {
        var sum = Sum + quanta;
        if (((Sum ^ sum) & (quanta ^ sum)) < 0)
        {
            Carry += Sum;
            sum = quanta;
        }

        Sum = sum;
    }

    /// <summary>Adds another tally.</summary>
    public void Add(in RecapTally other)
    {
        Indicators += other.Indicators;
        Computed += other.Computed;
        NotReported += other.NotReported;
        ZeroTarget += other.ZeroTarget;
        TargetMissing += other.TargetMissing;
        ZeroRealisasi += other.ZeroRealisasi;
        Other += other.Other;
        if (!IsZero(other.Carry))
        {
            Carry += other.Carry;
        }

        AddQuanta(other.Sum);
    }

    /// <summary>Whether a carry is 0 (on .NET from its bits, without a decimal comparison).</summary>
    private static bool IsZero(decimal value) =>
#if NET
        KnownLayout
            ? System.Runtime.CompilerServices.Unsafe.ReadUnaligned<uint>(ref System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.CompilerServices.Unsafe.As<decimal, byte>(ref value), 4)) == 0
              && System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.CompilerServices.Unsafe.As<decimal, byte>(ref value), 8)) == 0
            : value == 0m;
#else
        value == 0m;
#endif

#if NET
    /// <summary>Whether this runtime lays a decimal out as flags, high 32 bits, low 64 bits (checked once by <see cref="IndicatorPeriods"/>).</summary>
    private static readonly bool KnownLayout = IndicatorPeriods.KnownLayout;

#endif
    /// <summary>The tally of figures.</summary>
    public static RecapTally Of(RecapFigures figures) => new()
    {
        Indicators = figures.IndicatorCount,
        Computed = figures.Computed,
        NotReported = figures.NotReported,
        ZeroTarget = figures.ZeroTarget,
        TargetMissing = figures.TargetMissing,
        ZeroRealisasi = figures.ZeroRealisasi,
        Other = figures.OtherNotComputable,
        Carry = figures.CapaianSum,
    };

    /// <summary>a + sign × b, all on decimals (merging is not a hot path).</summary>
    public static RecapTally Combine(in RecapTally a, in RecapTally b, int sign) => new()
    {
        Indicators = a.Indicators + (sign * b.Indicators),
        Computed = a.Computed + (sign * b.Computed),
        NotReported = a.NotReported + (sign * b.NotReported),
        ZeroTarget = a.ZeroTarget + (sign * b.ZeroTarget),
        TargetMissing = a.TargetMissing + (sign * b.TargetMissing),
        ZeroRealisasi = a.ZeroRealisasi + (sign * b.ZeroRealisasi),
        Other = a.Other + (sign * b.Other),
        Carry = a.CapaianSum + (sign * b.CapaianSum),
    };

    /// <summary>Whether two tallies hold the same figures.</summary>
    public readonly bool SameAs(in RecapTally other) =>
        Indicators == other.Indicators && Computed == other.Computed && NotReported == other.NotReported && ZeroTarget == other.ZeroTarget
        && TargetMissing == other.TargetMissing && ZeroRealisasi == other.ZeroRealisasi && Other == other.Other && CapaianSum == other.CapaianSum;

    /// <summary>The figures, holding the given category counts.</summary>
    public readonly RecapFigures ToFigures(int[] categories) =>
        new(Indicators, Computed, NotReported, ZeroTarget, TargetMissing, ZeroRealisasi, Other, CapaianSum, categories);
}
