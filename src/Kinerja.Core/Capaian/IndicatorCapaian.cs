using Kinerja.Core.Agreements;

namespace Kinerja.Core.Capaian;

/// <summary>The capaian of one indicator for each of the four quarters.</summary>
public sealed class IndicatorCapaian
{
    private readonly TriwulanCapaian[] _quarters;

    internal IndicatorCapaian(Indicator indicator, TriwulanCapaian[] quarters)
    {
        Indicator = indicator;
        _quarters = quarters;
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>TW I to TW IV in order.</summary>
    public IReadOnlyList<TriwulanCapaian> ByTriwulan => _quarters;

    /// <summary>The figures at one quarter.</summary>
    /// <param name="triwulan">The quarter.</param>
    /// <returns>The figures.</returns>
    public TriwulanCapaian this[Triwulan triwulan] => _quarters[triwulan.Index];
}
