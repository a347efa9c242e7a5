using Kinerja.Core.Agreements;

namespace Kinerja.Core.Budget;

/// <summary>The serapan of one program, kegiatan or sub kegiatan in one quarter.</summary>
public sealed class TriwulanSerapan
{
    internal TriwulanSerapan(Triwulan triwulan, decimal? realisasi, decimal? cumulativeRealisasi, SerapanResult serapan, SerapanResult cumulativeSerapan)
    {
        Triwulan = triwulan;
        Realisasi = realisasi;
        CumulativeRealisasi = cumulativeRealisasi;
        Serapan = serapan;
        CumulativeSerapan = cumulativeSerapan;
    }

    /// <summary>The quarter.</summary>
    public Triwulan Triwulan { get; }

    /// <summary>The money spent in the quarter alone, or <see langword="null"/> when not reported.</summary>
    public decimal? Realisasi { get; }

    /// <summary>The money spent from TW I to this quarter, or <see langword="null"/> when a quarter to date is not reported.</summary>
    public decimal? CumulativeRealisasi { get; }

    /// <summary>The quarter's spending as a share of the annual pagu.</summary>
    public SerapanResult Serapan { get; }

    /// <summary>The spending to date as a share of the annual pagu (the Permendagri 86/2017 "Rp" columns).</summary>
    public SerapanResult CumulativeSerapan { get; }
}

/// <summary>The serapan of one program, kegiatan or sub kegiatan for each quarter.</summary>
public sealed class ProgramSerapan
{
    private readonly TriwulanSerapan[] _quarters;

    internal ProgramSerapan(ProgramBudget program, TriwulanSerapan[] quarters)
    {
        Program = program;
        _quarters = quarters;
    }

    /// <summary>The program.</summary>
    public ProgramBudget Program { get; }

    /// <summary>TW I to TW IV in order.</summary>
    public IReadOnlyList<TriwulanSerapan> ByTriwulan => _quarters;

    /// <summary>The figures at one quarter.</summary>
    /// <param name="triwulan">The quarter.</param>
    /// <returns>The figures.</returns>
    public TriwulanSerapan this[Triwulan triwulan] => _quarters[triwulan.Index];
}
