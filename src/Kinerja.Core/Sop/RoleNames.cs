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
}
