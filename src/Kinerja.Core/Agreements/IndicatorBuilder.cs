using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Agreements;

/// <summary>
/// Assembles an <see cref="Indicator"/> inside a <see cref="SasaranBuilder"/>. Every setter
/// accepts what it is given; the PK's <see cref="PerjanjianKinerjaBuilder.Build"/> validates
/// everything at once. Defaults: level <see cref="IndicatorLevel.IkuSasaran"/>, polarity
/// <see cref="Polarity.Positive"/>, aggregation <see cref="AggregationMethod.CumulativeSum"/>
/// (the Permendagri 86/2017 evaluation table sums TW I-IV; <see cref="AggregationMethod.LastValue"/> for a
/// qualitative indicator), value kind <see cref="ValueKind.Number"/>.
/// </summary>
public sealed class IndicatorBuilder
{
    private readonly Target?[] _quarterly = new Target?[4];
    private readonly List<(int Triwulan, Target? Target)> _outOfRange = [];

    internal IndicatorBuilder(string id, string name)
    {
        Id = id;
        Name = name;
    }

    internal IndicatorBuilder(Indicator indicator)
        : this(indicator.Id, indicator.Name)
    {
        Level = indicator.Level;
        Satuan = indicator.Satuan;
        Polarity = indicator.Polarity;
        Aggregation = indicator.Aggregation;
        AggregationGiven = true;
        ValueKind = indicator.ValueKind;
        GradeScale = indicator.GradeScale;
        AnnualTarget = indicator.AnnualTarget;
        for (var i = 0; i < 4; i++)
        {
            _quarterly[i] = indicator.TriwulanTargets[i];
        }
    }

    internal string Id { get; }

    internal string Name { get; private set; }

    internal IndicatorLevel Level { get; private set; } = IndicatorLevel.IkuSasaran;

    internal string? Satuan { get; private set; }

    internal Polarity Polarity { get; private set; } = Polarity.Positive;

    internal AggregationMethod Aggregation { get; private set; } = AggregationMethod.CumulativeSum;

    private bool AggregationGiven { get; set; }

    internal ValueKind ValueKind { get; private set; } = ValueKind.Number;

    internal GradeScale? GradeScale { get; private set; }

    internal Target? AnnualTarget { get; private set; }

    /// <summary>Renames the indicator.</summary>
    /// <param name="name">The indicator's name as printed.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder WithName(string name)
    {
        Name = name;
        return this;
    }

    /// <summary>Sets where the indicator sits in the cascade.</summary>
    /// <param name="level">The level.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder WithLevel(IndicatorLevel level)
    {
        Level = level;
        return this;
    }

    /// <summary>Sets the unit of measure (satuan); required.</summary>
    /// <param name="satuan">The satuan, for example <c>%</c> or <c>Dokumen</c>.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder WithSatuan(string satuan)
    {
        Satuan = satuan;
        return this;
    }

    /// <summary>Sets which direction of realisasi is better.</summary>
    /// <param name="polarity">The polarity.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder WithPolarity(Polarity polarity)
    {
        Polarity = polarity;
        return this;
    }

    /// <summary>Sets how the quarters add up.</summary>
    /// <param name="aggregation">The method.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder WithAggregation(AggregationMethod aggregation)
    {
        Aggregation = aggregation;
        AggregationGiven = true;
        return this;
    }

    /// <summary>Sets the kind of value measured.</summary>
    /// <param name="valueKind">The value kind.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder WithValueKind(ValueKind valueKind)
    {
        ValueKind = valueKind;
        return this;
    }

    /// <summary>Makes the indicator qualitative, measured in the grades of <paramref name="scale"/>. Unless an
    /// aggregation method was set, it becomes <see cref="AggregationMethod.LastValue"/> (grades cannot be summed).</summary>
    /// <param name="scale">The grade scale.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    public IndicatorBuilder WithGradeScale(GradeScale scale)
    {
        GradeScale = scale ?? throw new ArgumentNullException(nameof(scale));
        ValueKind = ValueKind.QualitativeGrade;
        if (!AggregationGiven)
        {
            Aggregation = AggregationMethod.LastValue;
        }

        return this;
    }

    /// <summary>Sets the annual target; required.</summary>
    /// <param name="target">The target: a number converts implicitly, or use <see cref="Target.Between"/> or <see cref="Target.OfGrade"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public IndicatorBuilder WithAnnualTarget(Target target)
    {
        AnnualTarget = target ?? throw new ArgumentNullException(nameof(target));
        return this;
    }

    /// <summary>Sets the target of one quarter (rencana aksi). A quarter number outside 1-4 is
    /// reported as a problem when the PK is built.</summary>
    /// <param name="triwulan">The quarter's number, 1 to 4.</param>
    /// <param name="target">The target, or <see langword="null"/> to clear it.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder WithTriwulanTarget(int triwulan, Target? target)
    {
        if (Triwulan.TryCreate(triwulan, out var q))
        {
            _quarterly[q.Index] = target;
        }
        else
        {
            _outOfRange.Add((triwulan, target));
        }

        return this;
    }

    /// <summary>Sets the targets of all four quarters (rencana aksi).</summary>
    /// <param name="triwulan1">TW I's target, or <see langword="null"/>.</param>
    /// <param name="triwulan2">TW II's target, or <see langword="null"/>.</param>
    /// <param name="triwulan3">TW III's target, or <see langword="null"/>.</param>
    /// <param name="triwulan4">TW IV's target, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder WithTriwulanTargets(Target? triwulan1, Target? triwulan2, Target? triwulan3, Target? triwulan4)
    {
        _quarterly[0] = triwulan1;
        _quarterly[1] = triwulan2;
        _quarterly[2] = triwulan3;
        _quarterly[3] = triwulan4;
        return this;
    }

    internal Indicator? Build(string path, Problems problems)
    {
        var errorsBefore = problems.ErrorCount;
        problems.Required(Id, path + ".id");
        problems.Required(Name, path + ".name");
        problems.Required(Satuan, path + ".satuan");

        // An enum is any integer: a value outside the defined ones is refused here, so no rule decides what it means.
        EnumRanges.Check(Polarity, Aggregation, path, (code, at, value, from, to) => problems.Error(code, at, value, from, to));
        if (ValueKind is < ValueKind.Number or > ValueKind.QualitativeGrade)
        {
            problems.Error(ProblemCodes.OutOfRange, path + ".valueKind", Text.Of((int)ValueKind), Text.Of((int)ValueKind.Number), Text.Of((int)ValueKind.QualitativeGrade));
        }

        if (Level is < IndicatorLevel.IkuSasaran or > IndicatorLevel.Iki)
        {
            problems.Error(ProblemCodes.OutOfRange, path + ".level", Text.Of((int)Level), Text.Of((int)IndicatorLevel.IkuSasaran), Text.Of((int)IndicatorLevel.Iki));
        }

        if (ValueKind == ValueKind.QualitativeGrade)
        {
            if (GradeScale is null)
            {
                problems.Error(ProblemCodes.GradeScaleMissing, path + ".gradeScale", null);
            }

            if (Aggregation is AggregationMethod.CumulativeSum or AggregationMethod.Average)
            {
                problems.Error(ProblemCodes.AggregationNotForGrades, path + ".aggregation", Aggregation.ToString());
            }
        }

        if (AnnualTarget is null)
        {
            problems.Error(ProblemCodes.Required, path + ".annualTarget", null);
        }
        else
        {
            ValidateTarget(AnnualTarget, path + ".annualTarget", problems);
        }

        foreach (var (number, _) in _outOfRange)
        {
            problems.Error(ProblemCodes.TriwulanOutOfRange, path + ".quarterlyTargets.triwulan", Text.Of(number));
        }

        for (var i = 0; i < 4; i++)
        {
            if (_quarterly[i] is { } t)
            {
                ValidateTarget(t, Text.Index(path + ".quarterlyTargets", i), problems);
            }
        }

        var valid = problems.ErrorCount == errorsBefore;
        if (!valid)
        {
            return null;
        }

        TargetConsistency.Check(Aggregation, AnnualTarget!, _quarterly, GradeScale, path + ".quarterlyTargets", problems);
        return new Indicator(Id, Name, Level, Satuan!, Polarity, Aggregation, ValueKind, GradeScale, AnnualTarget!, (Target?[])_quarterly.Clone());
    }

    private void ValidateTarget(Target target, string path, Problems problems)
    {
        if (ValueKind == ValueKind.QualitativeGrade)
        {
            if (target.Kind != TargetKind.Grade)
            {
                problems.Error(ProblemCodes.TargetKind, path, target.Kind.ToString(), KindText.Of(ValueKind).Indonesian, KindText.Of(ValueKind).English, KindText.Of(target.Kind).Indonesian, KindText.Of(target.Kind).English);
            }
            else if (GradeScale is not null && !GradeScale.Contains(target.Grade))
            {
                problems.Error(ProblemCodes.GradeUnknown, path, target.Grade, GradeScale.Name, string.Join(", ", GradeScale.Grades.Select(g => g.Key)));
            }

            return;
        }

        switch (target.Kind)
        {
            case TargetKind.Grade:
                problems.Error(ProblemCodes.TargetKind, path, target.Kind.ToString(), KindText.Of(ValueKind).Indonesian, KindText.Of(ValueKind).English, KindText.Of(target.Kind).Indonesian, KindText.Of(target.Kind).English);
                break;
            case TargetKind.Value:
                if (target.Value < 0m)
                {
                    problems.Error(ProblemCodes.TargetNegative, path, Text.Of(target.Value));
                }

                break;
            default:
                if (target.Lower < 0m)
                {
                    problems.Error(ProblemCodes.TargetNegative, path + ".lower", Text.Of(target.Lower));
                }

                if (target.Upper < 0m)
                {
                    problems.Error(ProblemCodes.TargetNegative, path + ".upper", Text.Of(target.Upper));
                }

                if (target.Lower > target.Upper)
                {
                    problems.Error(ProblemCodes.TargetRangeUnordered, path, target.ToString(), Text.Of(target.Lower), Text.Of(target.Upper));
                }

                break;
        }
    }
}
