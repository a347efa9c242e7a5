using Kinerja.Core.Agreements;
using Kinerja.Core.Measurement;

namespace Kinerja.Core.Budget;

/// <summary>Serapan (budget absorption) = realisasi anggaran / pagu × 100, per quarter and cumulative. Pure functions.</summary>
public static class SerapanCalculator
{
    /// <summary>Serapan of an amount against a pagu.</summary>
    /// <param name="pagu">The budget.</param>
    /// <param name="realisasi">The money spent.</param>
    /// <returns>The figure at full precision, or <see cref="SerapanStatus.ZeroPagu"/>.</returns>
    public static SerapanResult Calculate(decimal pagu, decimal realisasi) =>
        pagu == 0m ? SerapanResult.None(SerapanStatus.ZeroPagu) : SerapanResult.Computed(realisasi * 100m / pagu);

    /// <summary>Serapan of every program of a PK for each quarter.</summary>
    /// <param name="pk">The PK.</param>
    /// <param name="measurements">The realisasi of the PK's year.</param>
    /// <returns>One result per program, in the PK's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measurements"/> belong to another PK.</exception>
    public static IReadOnlyList<ProgramSerapan> Evaluate(PerjanjianKinerja pk, MeasurementSet measurements)
    {
        if (pk is null)
        {
            throw new ArgumentNullException(nameof(pk));
        }

        if (measurements is null)
        {
            throw new ArgumentNullException(nameof(measurements));
        }

        if (measurements.Key != pk.Key)
        {
            throw new ArgumentException($"The measurements are of PK {measurements.Key}, not of PK {pk.Key}.", nameof(measurements));
        }

        return pk.Programs.Select(p => Evaluate(p, measurements)).ToArray();
    }

    /// <summary>Serapan of one program for each quarter. The cumulative figure needs every quarter to date: an unreported quarter is not Rp 0.</summary>
    /// <param name="program">The program.</param>
    /// <param name="measurements">The realisasi of the PK's year.</param>
    /// <returns>The figures for TW I to TW IV.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ProgramSerapan Evaluate(ProgramBudget program, MeasurementSet measurements)
    {
        if (program is null)
        {
            throw new ArgumentNullException(nameof(program));
        }

        if (measurements is null)
        {
            throw new ArgumentNullException(nameof(measurements));
        }

        var quarters = new TriwulanSerapan[4];
        decimal? cumulative = 0m;
        foreach (var q in Triwulan.All)
        {
            var amount = measurements.FindBudget(program.Id, q)?.Amount;
            cumulative = amount is { } a && cumulative is { } c ? c + a : null;
            var serapan = amount is { } x ? Calculate(program.Pagu, x) : SerapanResult.None(SerapanStatus.NotReported);
            var cumulativeSerapan = cumulative is { } y ? Calculate(program.Pagu, y) : SerapanResult.None(SerapanStatus.NotReported);
            quarters[q.Index] = new TriwulanSerapan(q, amount, cumulative, serapan, cumulativeSerapan);
        }

        return new ProgramSerapan(program, quarters);
    }
}
