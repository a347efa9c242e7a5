namespace Kinerja.Core.Agreements;

/// <summary>The sex recorded in digit 15 of a NIP.</summary>
public enum NipSex
{
    /// <summary>Laki-laki: digit 1.</summary>
    Male = 1,

    /// <summary>Perempuan: digit 2.</summary>
    Female = 2,
}
