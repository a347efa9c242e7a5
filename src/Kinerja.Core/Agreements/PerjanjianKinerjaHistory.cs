using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Agreements;

/// <summary>
/// Every version of one PK (unit and year): the original and each revision (PK perubahan).
/// Earlier versions stay readable; a history is immutable and <see cref="Revise"/> returns a new one.
/// </summary>
public sealed class PerjanjianKinerjaHistory
{
    private readonly PerjanjianKinerja[] _versions;

    private PerjanjianKinerjaHistory(PerjanjianKinerja[] versions) => _versions = versions;

    /// <summary>The PK's key.</summary>
    public PerjanjianKinerjaKey Key => _versions[0].Key;

    /// <summary>Every version, oldest first.</summary>
    public IReadOnlyList<PerjanjianKinerja> Versions => _versions;

    /// <summary>The latest version, the one in force.</summary>
    public PerjanjianKinerja Current => _versions[_versions.Length - 1];

    /// <summary>Starts a history with a PK's first version.</summary>
    /// <param name="original">The PK, version 1.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="original"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="original"/> is not version 1.</exception>
    public static PerjanjianKinerjaHistory Start(PerjanjianKinerja original)
    {
        if (original is null)
        {
            throw new ArgumentNullException(nameof(original));
        }

        if (original.Version != 1)
        {
            throw new ArgumentException($"A history starts with version 1; this PK is version {original.Version}.", nameof(original));
        }

        return new PerjanjianKinerjaHistory([original]);
    }

    /// <summary>Gets one version.</summary>
    /// <param name="version">The version, from 1 to the current version.</param>
    /// <returns>That version of the PK.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is not in range [1-current].</exception>
    public PerjanjianKinerja GetVersion(int version) =>
        version >= 1 && version <= _versions.Length
            ? _versions[version - 1]
            : throw new ArgumentOutOfRangeException(nameof(version), version, $"Value should be in range [1-{_versions.Length}].");

    /// <summary>Adds a revision: it must be of the same unit and year and be the next version.</summary>
    /// <param name="revision">The revised PK, usually built with <see cref="PerjanjianKinerja.ToRevisionBuilder"/> of <see cref="Current"/>.</param>
    /// <returns>A new history ending with the revision, or the problem; this history is unchanged either way.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="revision"/> is null.</exception>
    public ValidationResult<PerjanjianKinerjaHistory> Revise(PerjanjianKinerja revision)
    {
        if (revision is null)
        {
            throw new ArgumentNullException(nameof(revision));
        }

        var problems = new Problems();
        if (revision.Key != Key)
        {
            problems.Error(
                ProblemCodes.RevisionOutOfOrder,
                "key",
                revision.Key.ToString(),
                $"revisi milik PK {revision.Key}, bukan PK {Key}.",
                $"the revision belongs to PK {revision.Key}, not PK {Key}.");
        }
        else if (revision.Version != Current.Version + 1)
        {
            problems.Error(
                ProblemCodes.RevisionOutOfOrder,
                "version",
                Text.Of(revision.Version),
                $"versi revisi harus {Current.Version + 1}.",
                $"the revision's version should be {Current.Version + 1}.");
        }

        return problems.Result(() => new PerjanjianKinerjaHistory([.. _versions, revision]));
    }
}
