using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Agreements;

/// <summary>
/// Checks that the quarterly targets (rencana aksi) agree with the annual target under the
/// indicator's aggregation method, and warns, naming both figures, when they do not.
/// </summary>
internal static class TargetConsistency
{
    public static void Check(AggregationMethod method, Target annual, Target?[] quarterly, GradeScale? grades, string path, Problems problems)
    {
        var given = Enumerable.Range(0, 4).Where(i => quarterly[i] is not null).ToArray();
        if (given.Length == 0)
        {
            return;
        }

        if (method == AggregationMethod.LastValue)
        {
            if (quarterly[3] is not { } last)
            {
                Incomplete(method, given, "TW IV", path, problems);
                return;
            }

            if (!SameFigure(last, annual))
            {
                problems.Warning(ProblemCodes.TriwulanTargetsInconsistent, path, last.ToString(), method.ToString(), "T(TW IV)", annual.ToString());
            }

            return;
        }

        if (given.Length < 4)
        {
            Incomplete(method, given, "TW I, TW II, TW III, TW IV", path, problems);
            return;
        }

        var targets = quarterly.Select(t => t!).ToArray();
        if (annual.Kind == TargetKind.Grade)
        {
            if (grades is null)
            {
                return;
            }

            var pick = method == AggregationMethod.Maximum
                ? targets.OrderByDescending(t => Score(grades, t)).First()
                : targets.OrderBy(t => Score(grades, t)).First();
            if (Score(grades, pick) != Score(grades, annual))
            {
                problems.Warning(ProblemCodes.TriwulanTargetsInconsistent, path, pick.ToString(), method.ToString(), Label(method), annual.ToString());
            }

            return;
        }

        decimal lower, upper;
        switch (method)
        {
            case AggregationMethod.CumulativeSum:
            case AggregationMethod.Average:
                if (!TrySum(targets, out lower, out upper))
                {
                    // The quarters add up beyond decimal (about 7.9 × 10²⁸): no capaian could be computed from them.
                    problems.Error(ProblemCodes.OutOfRange, path, string.Join("; ", targets.Select(t => t.ToString())), "0", Text.Of(decimal.MaxValue));
                    return;
                }

                if (method == AggregationMethod.Average)
                {
                    lower /= 4m;
                    upper /= 4m;
                }

                break;
            case AggregationMethod.Maximum:
                lower = targets.Max(t => t.Lower);
                upper = targets.Max(t => t.Upper);
                break;
            default:
                lower = targets.Min(t => t.Lower);
                upper = targets.Min(t => t.Upper);
                break;
        }

        if (lower != annual.Lower || upper != annual.Upper)
        {
            var figure = lower == upper ? Text.Of(lower) : Text.Of(lower) + " - " + Text.Of(upper);
            problems.Warning(ProblemCodes.TriwulanTargetsInconsistent, path, figure, method.ToString(), Label(method), annual.ToString());
        }
    }

    private static bool TrySum(Target[] targets, out decimal lower, out decimal upper)
    {
        try
        {
            lower = targets.Sum(t => t.Lower);
            upper = targets.Sum(t => t.Upper);
            return true;
        }
        catch (OverflowException)
        {
            lower = 0m;
            upper = 0m;
            return false;
        }
    }

    private static bool SameFigure(Target a, Target b) =>
        a.Kind == TargetKind.Grade || b.Kind == TargetKind.Grade
            ? string.Equals(a.Grade, b.Grade, StringComparison.OrdinalIgnoreCase)
            : a.Lower == b.Lower && a.Upper == b.Upper;

    private static decimal Score(GradeScale grades, Target t) => grades.TryGetScore(t.Grade, out var s) ? s : 0m;

    private static string Label(AggregationMethod method) => method switch
    {
        AggregationMethod.CumulativeSum => "T1 + T2 + T3 + T4",
        AggregationMethod.Average => "(T1 + T2 + T3 + T4) / 4",
        AggregationMethod.Maximum => "max(T1..T4)",
        _ => "min(T1..T4)",
    };

    private static void Incomplete(AggregationMethod method, int[] given, string needed, string path, Problems problems) =>
        problems.Warning(
            ProblemCodes.TriwulanTargetsIncomplete,
            path,
            string.Join(", ", given.Select(i => new Triwulan(i + 1).ToString())),
            method.ToString(),
            needed);
}
