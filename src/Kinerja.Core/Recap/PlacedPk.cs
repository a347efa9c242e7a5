using Kinerja.Core.Agreements;
using Kinerja.Core.Measurement;

namespace Kinerja.Core.Recap;

/// <summary>
/// A signed PK with its measurement set and the kabupaten and kecamatan its unit sits in: one unit's input to
/// <see cref="RecapRows"/> when the rows of many PKs are recapped together. Immutable.
/// </summary>
public sealed class PlacedPk
{
    /// <summary>Places a PK.</summary>
    /// <param name="pk">The PK.</param>
    /// <param name="measurements">Its measurement set, or <see langword="null"/> when nothing is reported yet.</param>
    /// <param name="kabupaten">The kabupaten's code, where the PK's unit sits.</param>
    /// <param name="kecamatan">The kecamatan's code; the unit's code is the PK's own (<see cref="OfficeUnit.Code"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="pk"/>, <paramref name="kabupaten"/> or <paramref name="kecamatan"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measurements"/> is the measurement set of another PK.</exception>
    public PlacedPk(PerjanjianKinerja pk, MeasurementSet? measurements, string kabupaten, string kecamatan)
    {
        Pk = pk ?? throw new ArgumentNullException(nameof(pk));
        Kabupaten = kabupaten ?? throw new ArgumentNullException(nameof(kabupaten));
        Kecamatan = kecamatan ?? throw new ArgumentNullException(nameof(kecamatan));
        if (measurements is not null && !measurements.Key.Equals(pk.Key))
        {
            throw new ArgumentException("The measurement set is of the PK " + measurements.Key + ", not of " + pk.Key + ".", nameof(measurements));
        }

        Measurements = measurements;
    }

    /// <summary>The PK.</summary>
    public PerjanjianKinerja Pk { get; }

    /// <summary>Its measurement set, or <see langword="null"/> when nothing is reported yet.</summary>
    public MeasurementSet? Measurements { get; }

    /// <summary>The kabupaten's code.</summary>
    public string Kabupaten { get; }

    /// <summary>The kecamatan's code.</summary>
    public string Kecamatan { get; }
}
