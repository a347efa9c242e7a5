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

    /// <summary>One line per choice, <c>name=value</c>; numbers without trailing zeros (120 and 120.0 are one cap), absent as nothing.
    /// The scale's basis is a line <c>basis=printed</c> when it classifies the printed figure and no line when it classifies the
    /// exact one, as every recap did before D47: a table written then keeps its fingerprint, that of the same policy on the exact basis.</summary>
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
