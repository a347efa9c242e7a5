using System.Text;

namespace Kinerja.Core.Sop;

/// <summary>Compares role names as people write them: case, spaces, dots, dashes and underscores do not matter ("Kasubbag." = "kasubbag", "sekretaris-kecamatan" = "Sekretaris Kecamatan").</summary>
internal static class RoleNames
{
    public static string Normalize(string name)
    {
        var text = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Trim())
        {
            if (char.IsWhiteSpace(c) || c == '.' || c == '-' || c == '_')
            {
                space = text.Length > 0;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    /// <summary>The edit distance between two normalized names (insertions, deletions, substitutions), for "nearest name" hints.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
