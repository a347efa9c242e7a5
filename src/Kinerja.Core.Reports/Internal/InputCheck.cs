using System.Globalization;
using Kinerja.Core.Agreements;
using Kinerja.Core.Presentation;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Reports.Internal;

/// <summary>The checks of a <see cref="ReportInput"/>, every problem at once, with the core's problem codes.</summary>
internal static class InputCheck
{
    public static List<ValidationProblem> Check(ReportInput input)
    {
        var problems = new List<ValidationProblem>();
        var pk = input.PerjanjianKinerja;
        if (pk is null)
        {
            problems.Add(new ValidationProblem(ProblemCodes.Required, "perjanjianKinerja", null, Severity.Error));
            return problems;
        }

        if (input.Measurements is null)
        {
            problems.Add(new ValidationProblem(ProblemCodes.Required, "realisasi", null, Severity.Error));
        }
        else if (input.Measurements.Key != pk.Key)
        {
            problems.Add(new ValidationProblem(ProblemCodes.UnknownReference, "measurements.key", input.Measurements.Key.ToString(), Severity.Error, "Perjanjian Kinerja", "Perjanjian Kinerja"));
        }

        CheckPrevious(input, pk, problems);
        CheckRenstra(input, pk, problems);
        if (input.Policy is null)
        {
            problems.Add(new ValidationProblem(ProblemCodes.Required, "policy", null, Severity.Error));
        }

        if (input.Scale is null)
        {
            problems.Add(new ValidationProblem(ProblemCodes.Required, "scale", null, Severity.Error));
        }

        return problems;
    }

    private static void CheckPrevious(ReportInput input, PerjanjianKinerja pk, List<ValidationProblem> problems)
    {
        var previousPk = input.PreviousPerjanjianKinerja;
        var previous = input.PreviousMeasurements;
        if (previousPk is null && previous is null)
        {
            return;
        }

        if (previousPk is null)
        {
            problems.Add(new ValidationProblem(ProblemCodes.Required, "previousPerjanjianKinerja", null, Severity.Error));
            return;
        }

        if (previous is null)
        {
            problems.Add(new ValidationProblem(ProblemCodes.Required, "previousMeasurements", null, Severity.Error));
            return;
        }

        var year = (pk.Year - 1).ToString(CultureInfo.InvariantCulture);
        if (previousPk.Year != pk.Year - 1)
        {
            problems.Add(new ValidationProblem(ProblemCodes.YearOutOfRange, "previousPerjanjianKinerja.year", previousPk.Year.ToString(CultureInfo.InvariantCulture), Severity.Error, year, year));
        }

        if (previous.Key != previousPk.Key)
        {
            problems.Add(new ValidationProblem(ProblemCodes.UnknownReference, "previousMeasurements.key", previous.Key.ToString(), Severity.Error, "Perjanjian Kinerja", "Perjanjian Kinerja"));
        }
    }

    private static void CheckRenstra(ReportInput input, PerjanjianKinerja pk, List<ValidationProblem> problems)
    {
        if (input.RenstraYear is { } renstraYear && (renstraYear < pk.Year || renstraYear > pk.Year + 4))
        {
            problems.Add(new ValidationProblem(
                ProblemCodes.YearOutOfRange, "renstraYear", renstraYear.ToString(CultureInfo.InvariantCulture), Severity.Error,
                pk.Year.ToString(CultureInfo.InvariantCulture), (pk.Year + 4).ToString(CultureInfo.InvariantCulture)));
        }

        if (input.RenstraTargets is null)
        {
            problems.Add(new ValidationProblem(ProblemCodes.Required, "renstraTargets", null, Severity.Error));
            return;
        }

        foreach (var pair in input.RenstraTargets.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var path = "renstraTargets[" + pair.Key + "]";
            var target = pair.Value;
            var indicator = pk.FindIndicator(pair.Key);
            if (indicator is null)
            {
                problems.Add(new ValidationProblem(ProblemCodes.UnknownReference, path, pair.Key, Severity.Error, "indikator", "indicator"));
                continue;
            }

            if (target is null)
            {
                problems.Add(new ValidationProblem(ProblemCodes.Required, path, null, Severity.Error));
                continue;
            }

            var isGrade = indicator.ValueKind == ValueKind.QualitativeGrade;
            if (isGrade != (target.Kind == TargetKind.Grade))
            {
                // The words are DisplayNames' (D51), shaped as the core's own target.kind problems shape them: the English
                // of a value kind in the plural ("values are numbers"), of a target kind with its article ("a target that is a grade").
                problems.Add(new ValidationProblem(ProblemCodes.TargetKind, path, target.ToString(), Severity.Error,
                    DisplayNames.Of(indicator.ValueKind), DisplayNames.Of(indicator.ValueKind, MessageLanguage.English) + "s",
                    DisplayNames.Of(target.Kind), "a " + DisplayNames.Of(target.Kind, MessageLanguage.English)));
            }
            else if (isGrade && indicator.GradeScale is { } scale && !scale.Contains(target.Grade))
            {
                problems.Add(new ValidationProblem(ProblemCodes.GradeUnknown, path, target.Grade, Severity.Error, scale.Name, string.Join(", ", scale.Grades.Select(g => g.Key))));
            }
            else if (!isGrade && (target.Lower < 0m || target.Upper < 0m))
            {
                problems.Add(new ValidationProblem(ProblemCodes.TargetNegative, path, target.ToString(), Severity.Error));
            }
        }
    }
}
