using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Agreements;

/// <summary>
/// An ordered set of qualitative grades (predikat), each with an ordinal score, so that a grade
/// realisasi can be compared with a grade target: C = score(R) / score(T) × 100.
/// </summary>
public sealed class GradeScale
{
    private readonly Dictionary<string, decimal> _scores;

    private GradeScale(string name, IReadOnlyList<KeyValuePair<string, decimal>> grades)
    {
        Name = name;
        Grades = grades;
        _scores = grades.ToDictionary(g => g.Key, g => g.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Opini BPK: TMP = 1, TW = 2, WDP = 3, WTP = 4 (ordinal scores are this library's convention).</summary>
    public static GradeScale OpiniBpk { get; } = Create("Opini BPK", ("TMP", 1m), ("TW", 2m), ("WDP", 3m), ("WTP", 4m)).Value;

    /// <summary>Nilai SAKIP predikat: D = 1, C = 2, CC = 3, B = 4, BB = 5, A = 6, AA = 7 (ordinal scores are this library's convention).</summary>
    public static GradeScale NilaiSakip { get; } = Create("Nilai SAKIP", ("D", 1m), ("C", 2m), ("CC", 3m), ("B", 4m), ("BB", 5m), ("A", 6m), ("AA", 7m)).Value;

    /// <summary>The scale's name, for messages and reports.</summary>
    public string Name { get; }

    /// <summary>The grades from lowest to highest with their scores.</summary>
    public IReadOnlyList<KeyValuePair<string, decimal>> Grades { get; }

    /// <summary>Creates a scale from grades listed from lowest to highest.</summary>
    /// <param name="name">The scale's name.</param>
    /// <param name="grades">The grades with strictly increasing positive scores.</param>
    /// <returns>
    /// The scale, or every problem at once: a blank <c>name</c> or code (<see cref="ProblemCodes.Required"/>,
    /// at <c>grades[i].code</c>), no grade (<see cref="ProblemCodes.Empty"/> at <c>grades</c>), a code repeated
    /// ignoring case (<see cref="ProblemCodes.Duplicate"/>, naming the first), a score not above the one before
    /// or not positive (<see cref="ProblemCodes.OutOfRange"/> at <c>grades[i].score</c>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="grades"/> is null.</exception>
    public static ValidationResult<GradeScale> Create(string name, params (string Code, decimal Score)[] grades)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (grades is null)
        {
            throw new ArgumentNullException(nameof(grades));
        }

        var problems = new Problems();
        Check(name, [.. grades.Select(g => ((string?)g.Code, (decimal?)g.Score))], string.Empty, problems);
        return problems.Result(() => OfChecked(name, grades));
    }

    /// <summary>
    /// The one check of a scale (also of a scale read from JSON, whose fields may be missing): every problem
    /// added at <paramref name="path"/>; <see langword="true"/> when there is none.
    /// </summary>
    internal static bool Check(string? name, IReadOnlyList<(string? Code, decimal? Score)> grades, string path, Problems problems)
    {
        var before = problems.ErrorCount;
        problems.Required(name, At(path, "name"));
        if (grades.Count == 0)
        {
            problems.Error(ProblemCodes.Empty, At(path, "grades"), null, "predikat", "grade");
        }

        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var previous = 0m;
        for (var i = 0; i < grades.Count; i++)
        {
            var gPath = Text.Index(At(path, "grades"), i);
            var (code, score) = grades[i];
            if (problems.Required(code, gPath + ".code"))
            {
                if (seen.TryGetValue(code!, out var first))
                {
                    problems.Error(ProblemCodes.Duplicate, gPath + ".code", code, first);
                }
                else
                {
                    seen.Add(code!, gPath + ".code");
                }
            }

            if (score is null)
            {
                problems.Error(ProblemCodes.Required, gPath + ".score", null);
            }
            else if (score <= previous)
            {
                problems.Error(ProblemCodes.OutOfRange, gPath + ".score", Text.Of(score.Value), "> " + Text.Of(previous), "∞");
            }
            else
            {
                previous = score.Value;
            }
        }

        return problems.ErrorCount == before;
    }

    /// <summary>A scale whose name and grades <see cref="Check"/> has already accepted (a reader checks each once).</summary>
    internal static GradeScale OfChecked(string name, IEnumerable<(string Code, decimal Score)> grades) =>
        new(name, [.. grades.Select(g => new KeyValuePair<string, decimal>(g.Code, g.Score))]);

    private static string At(string path, string field) => path.Length == 0 ? field : path + "." + field;

    /// <summary>Gets the score of a grade (ignoring case).</summary>
    /// <param name="grade">The grade's code.</param>
    /// <param name="score">The score, or 0 when the grade is not in the scale.</param>
    /// <returns><see langword="true"/> when the grade is in the scale.</returns>
    public bool TryGetScore(string? grade, out decimal score)
    {
        score = 0m;
        return grade is not null && _scores.TryGetValue(grade, out score);
    }

    /// <summary>Whether the grade is in the scale (ignoring case).</summary>
    /// <param name="grade">The grade's code.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Contains(string? grade) => grade is not null && _scores.ContainsKey(grade);

    /// <summary>The scale's name and grades, such as <c>Opini BPK (TMP, TW, WDP, WTP)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + " (" + string.Join(", ", Grades.Select(g => g.Key)) + ")";
}
