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
    public static GradeScale OpiniBpk { get; } = Create("Opini BPK", ("TMP", 1m), ("TW", 2m), ("WDP", 3m), ("WTP", 4m));

    /// <summary>Nilai SAKIP predikat: D = 1, C = 2, CC = 3, B = 4, BB = 5, A = 6, AA = 7 (ordinal scores are this library's convention).</summary>
    public static GradeScale NilaiSakip { get; } = Create("Nilai SAKIP", ("D", 1m), ("C", 2m), ("CC", 3m), ("B", 4m), ("BB", 5m), ("A", 6m), ("AA", 7m));

    /// <summary>The scale's name, for messages and reports.</summary>
    public string Name { get; }

    /// <summary>The grades from lowest to highest with their scores.</summary>
    public IReadOnlyList<KeyValuePair<string, decimal>> Grades { get; }

    /// <summary>Creates a scale from grades listed from lowest to highest.</summary>
    /// <param name="name">The scale's name.</param>
    /// <param name="grades">The grades with strictly increasing positive scores.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="grades"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no grade, a code is blank or repeated (ignoring case), or scores are not positive and strictly increasing.</exception>
    public static GradeScale Create(string name, params (string Code, decimal Score)[] grades)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (grades is null)
        {
            throw new ArgumentNullException(nameof(grades));
        }

        if (grades.Length == 0)
        {
            throw new ArgumentException("A grade scale needs at least one grade.", nameof(grades));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var previous = 0m;
        foreach (var (code, score) in grades)
        {
            if (string.IsNullOrWhiteSpace(code) || !seen.Add(code))
            {
                throw new ArgumentException($"Grade code '{code}' is blank or repeated.", nameof(grades));
            }

            if (score <= previous)
            {
                throw new ArgumentException($"Grade '{code}' has score {score}; scores should be positive and strictly increasing.", nameof(grades));
            }

            previous = score;
        }

        return new GradeScale(name, grades.Select(g => new KeyValuePair<string, decimal>(g.Code, g.Score)).ToArray());
    }

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
