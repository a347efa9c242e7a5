using System.Security.Cryptography;
using System.Text;
using Kinerja.Core.Internal;
using Kinerja.Core.Scales;

namespace Kinerja.Core.Recap;

/// <summary>The canonical text of a <see cref="RecapPolicy"/> and its fingerprint (<see cref="RecapPolicy.Fingerprint"/>).</summary>
internal static class PolicyFingerprint
{
    /// <summary>The tag that opens the canonical text; it names the text's version.</summary>
    public const string FormatTag = "kinerja-recap-policy/1";

    public static string Of(RecapPolicy policy)
    {
        var bytes = Encoding.UTF8.GetBytes(Canonical(policy));
#if NET
        var hash = SHA256.HashData(bytes);
        return Convert.ToHexStringLower(hash, 0, 8);
#else
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(bytes);
        return string.Concat(hash.Take(8).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
#endif
    }

    /// <summary>The canonical text: docs/recap.md, "Which policy a table was computed under".</summary>
    public static string Canonical(RecapPolicy policy)
    {
        var c = policy.Capaian;
        var text = new StringBuilder(FormatTag).Append('\n')
            .Append("negative=").Append(c.NegativeFormula).Append('\n')
            .Append("floorAtZero=").Append(c.FloorAtZero ? "true" : "false").Append('\n')
            .Append("zeroTarget=").Append(c.ZeroTarget).Append('\n')
            .Append("realisasiZero=").Append(Number(c.CapaianWhenRealisasiZero)).Append('\n')
            .Append("cap=").Append(Number(c.Cap)).Append('\n')
            .Append("averageCap=").Append(Number(policy.AverageCap)).Append('\n')
            .Append("scale=").Append(policy.Scale.Name).Append('\n');
        if (policy.Scale.Basis == CategoryBasis.Printed)
        {
            text.Append("basis=printed\n");
        }

        foreach (var band in policy.Scale.Bands)
        {
            text.Append("band=").Append(band.Code)
                .Append(band.LowerInclusive ? '[' : '(').Append(Number(band.Lower)).Append(',')
                .Append(Number(band.Upper)).Append(band.UpperInclusive ? ']' : ')').Append('\n');
        }

        return text.ToString();
    }

    private static string Number(decimal? value)
    {
        if (value is not { } v)
        {
            return string.Empty;
        }

        var text = Text.Of(v);
        return text.Contains('.') ? text.TrimEnd('0').TrimEnd('.') : text;
    }
}
