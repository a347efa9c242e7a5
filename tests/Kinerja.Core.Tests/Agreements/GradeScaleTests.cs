using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Agreements;
using Kinerja.Core.Tests.Properties;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Agreements;

/// <summary>
/// <see cref="GradeScale.Create"/>: a scale, or every problem at once, each naming its field and value
/// (the same rule checks a grade scale read from JSON).
/// </summary>
public class GradeScaleTests
{
    [Fact]
    public void Create_OrderedUniqueGrades_IsTheScale()
    {
        var scale = GradeScale.Create("Predikat RB", ("C", 1m), ("B", 2.5m), ("A", 4m)).Value;

        Assert.Equal("Predikat RB", scale.Name);
        Assert.Equal(["C", "B", "A"], scale.Grades.Select(g => g.Key));
        Assert.True(scale.TryGetScore("b", out var b));
        Assert.Equal(2.5m, b);
    }

    [Fact]
    public void Create_EveryFault_IsReportedAtOnce_NamingFieldAndValue()
    {
        var result = GradeScale.Create(" ", ("C", 0m), ("B", 2m), ("c", 3m), ("", 1.5m), ("A", 2m));

        Assert.False(result.IsValid);
        Assert.Equal(
            [
                (ProblemCodes.Required, "name", " "),
                (ProblemCodes.OutOfRange, "grades[0].score", "0"),
                (ProblemCodes.Duplicate, "grades[2].code", "c"),
                (ProblemCodes.Required, "grades[3].code", ""),
                (ProblemCodes.OutOfRange, "grades[3].score", "1.5"),
                (ProblemCodes.OutOfRange, "grades[4].score", "2"),
            ],
            result.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)));
        Assert.Equal("grades[0].code", result.Problems[2].Arguments[0]);
    }

    [Fact]
    public void Create_NoGrade_IsEmpty_AndNullArguments_Throw()
    {
        Assert.Equal([(ProblemCodes.Empty, "grades")], GradeScale.Create("Kosong").Problems.Select(p => (p.Code, p.Path)));
        Assert.Throws<ArgumentNullException>("name", () => GradeScale.Create(null!, ("A", 1m)));
        Assert.Throws<ArgumentNullException>("grades", () => GradeScale.Create("X", null!));
    }

    /// <summary>
    /// Valid exactly when the name and codes are filled, codes unique ignoring case and scores positive and
    /// strictly increasing; and a scale read from a PK document gives the same problems under its path.
    /// </summary>
    [KinerjaProperty]
    public Property Create_IsValidExactlyWhenTheRulesHold_AndJsonReadsTheSame()
    {
        var grade = from code in Gen.Elements("A", "a", "B", "C", " ", "")
                    from score in Gen.Elements(-1m, 0m, 0.5m, 1m, 2m, 3m, 3m, 7.25m)
                    select (code, score);
        var scales = from name in Gen.Elements("Predikat", " ")
                     from grades in Gen.ArrayOf(grade).Select(g => g.Take(6).ToArray())
                     select (name, grades);
        return Prop.ForAll(scales.ToArbitrary(), s =>
        {
            var (name, grades) = s;
            var result = GradeScale.Create(name, grades);
            var previous = 0m;
            var increasing = true;
            foreach (var g in grades)
            {
                increasing &= g.score > previous;
                previous = Math.Max(previous, g.score);
            }

            var expected = name.Trim().Length > 0 && grades.Length > 0 && increasing
                && grades.All(g => g.code.Trim().Length > 0)
                && grades.Select(g => g.code.ToUpperInvariant()).Distinct().Count() == grades.Length;

            var json = """{"schemaVersion":1,"kind":"perjanjianKinerja","unit":{"code":"U1","name":"Kecamatan"},"year":2026,"version":1,"signedOn":"2026-01-05","pihakPertama":{"name":"A","jabatan":"Camat"},"pihakKedua":{"name":"B","jabatan":"Bupati"},"sasaran":[{"id":"S1","name":"S","indicators":[{"id":"IK1","name":"I","level":"ikuSasaran","satuan":"Predikat","polarity":"positive","aggregation":"lastValue","valueKind":"qualitativeGrade","annualTarget":{"grade":"A"},"gradeScale":"""
                + System.Text.Json.JsonSerializer.Serialize(new { name, grades = grades.Select(g => new { g.code, g.score }) })
                + "}]}],\"programs\":[]}";
            var read = Kinerja.Core.Serialization.KinerjaJson.ReadPerjanjianKinerja(json).Problems
                .Where(p => p.Path.StartsWith("$.sasaran[0].indicators[0].gradeScale.", StringComparison.Ordinal))
                .Select(p => (p.Code, p.Path["$.sasaran[0].indicators[0].gradeScale.".Length..], p.AttemptedValue));
            return (result.IsValid == expected)
                .And(read.SequenceEqual(result.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue))))
                .Label("valid " + result.IsValid + ", expected " + expected + "; " + string.Join("; ", result.Problems.Select(p => p.Code + " " + p.Path)));
        });
    }
}
