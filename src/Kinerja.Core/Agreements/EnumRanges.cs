using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Agreements;

/// <summary>
/// The defined values of the enums a measurement carries. A value outside them (an enum is any
/// integer) is refused where a measurement is made: <see cref="Recap.IndicatorMeasurement"/>'s constructor throws, and
/// <see cref="Recap.RecapSourceBuilder.Add"/> (whose refusals are problems of the row) and the building of an indicator of
/// a Perjanjian Kinerja (<see cref="IndicatorBuilder"/>) report <see cref="ProblemCodes.OutOfRange"/> naming the field
/// and the value, so no rule ever has to decide what an undefined polarity means.
/// </summary>
internal static class EnumRanges
{
    /// <summary>Whether a polarity is one of the three defined.</summary>
    /// <param name="polarity">The polarity.</param>
    /// <returns><see langword="true"/> when defined.</returns>
    public static bool IsDefined(Polarity polarity) => polarity is >= Polarity.Positive and <= Polarity.KeepStable;

    /// <summary>Whether an aggregation method is one of the five defined.</summary>
    /// <param name="method">The method.</param>
    /// <returns><see langword="true"/> when defined.</returns>
    public static bool IsDefined(AggregationMethod method) => method is >= AggregationMethod.CumulativeSum and <= AggregationMethod.Minimum;

    /// <summary>Reports a polarity or aggregation method outside the defined values, under <paramref name="path"/>.</summary>
    /// <param name="polarity">The polarity.</param>
    /// <param name="method">The aggregation method.</param>
    /// <param name="path">The path of the indicator or row.</param>
    /// <param name="error">Adds one problem: code, path, value and the range's bounds.</param>
    /// <returns><see langword="true"/> when both are defined.</returns>
    public static bool Check(Polarity polarity, AggregationMethod method, string path, Action<string, string, string, string, string> error)
    {
        var valid = true;
        if (!IsDefined(polarity))
        {
            error(ProblemCodes.OutOfRange, path + ".polarity", Text.Of((int)polarity), Text.Of((int)Polarity.Positive), Text.Of((int)Polarity.KeepStable));
            valid = false;
        }

        if (!IsDefined(method))
        {
            error(ProblemCodes.OutOfRange, path + ".aggregation", Text.Of((int)method), Text.Of((int)AggregationMethod.CumulativeSum), Text.Of((int)AggregationMethod.Minimum));
            valid = false;
        }

        return valid;
    }
}
