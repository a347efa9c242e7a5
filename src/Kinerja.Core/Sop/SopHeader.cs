using System.Collections.ObjectModel;
using Kinerja.Core.Agreements;
using NodaTime;

namespace Kinerja.Core.Sop;

/// <summary>Who approved (disahkan oleh) an SOP: position, name, rank and NIP as printed.</summary>
public sealed record SopPengesahan
{
    /// <summary>The position, for example <c>Camat Bobotsari</c>.</summary>
    public string? Jabatan { get; init; }

    /// <summary>The name as printed.</summary>
    public string? Nama { get; init; }

    /// <summary>The rank (pangkat), such as Pembina, if printed.</summary>
    public string? Pangkat { get; init; }

    /// <summary>The NIP as printed (not validated: printed NIPs in scanned SOPs are kept as they are).</summary>
    public string? Nip { get; init; }

    /// <summary>Whether the signer signed as the official (<see cref="ActingStatus.Definitive"/>, the default) or acting
    /// for the official (Plt., Plh.), as printed before the position.</summary>
    public ActingStatus Acting { get; init; }

    /// <summary>The date printed beside the signature (tanggal pengesahan), if any.</summary>
    public LocalDate? TanggalPengesahan { get; init; }
}

/// <summary>
/// The standard header of an SOP (PermenPAN 35/2012 format, with the fields the seeds add). Text
/// is kept as printed; dates that cannot be read are <see langword="null"/> and recorded as gaps.
/// </summary>
public sealed record SopHeader
{
    private static readonly ReadOnlyCollection<string> None = Array.AsReadOnly(Array.Empty<string>());
    private readonly ReadOnlyCollection<string> _dasarHukum = None;
    private readonly ReadOnlyCollection<string> _kualifikasiPelaksana = None;
    private readonly ReadOnlyCollection<string> _keterkaitan = None;
    private readonly ReadOnlyCollection<string> _peralatan = None;

    /// <summary>The office, such as <c>Kecamatan Bobotsari, Kabupaten Purbalingga</c>.</summary>
    public string? Instansi { get; init; }

    /// <summary>Nomor SOP as printed.</summary>
    public string? Nomor { get; init; }

    /// <summary>Tanggal Pembuatan.</summary>
    public LocalDate? TanggalPembuatan { get; init; }

    /// <summary>Tanggal Revisi.</summary>
    public LocalDate? TanggalRevisi { get; init; }

    /// <summary>Tanggal Efektif.</summary>
    public LocalDate? TanggalEfektif { get; init; }

    /// <summary>Pengesahan: who approved the SOP.</summary>
    public SopPengesahan? Pengesahan { get; init; }

    /// <summary>Nama (judul) SOP as printed.</summary>
    public string Nama { get; init; } = string.Empty;

    /// <summary>Dasar hukum: the legal basis, one entry per item (a copy of the list given).</summary>
    public IReadOnlyList<string> DasarHukum { get => _dasarHukum; init => _dasarHukum = Copy(value); }

    /// <summary>Kualifikasi pelaksana (a copy of the list given).</summary>
    public IReadOnlyList<string> KualifikasiPelaksana { get => _kualifikasiPelaksana; init => _kualifikasiPelaksana = Copy(value); }

    /// <summary>Keterkaitan: related SOPs (a copy of the list given).</summary>
    public IReadOnlyList<string> Keterkaitan { get => _keterkaitan; init => _keterkaitan = Copy(value); }

    /// <summary>Peralatan/perlengkapan (a copy of the list given).</summary>
    public IReadOnlyList<string> Peralatan { get => _peralatan; init => _peralatan = Copy(value); }

    /// <summary>Peringatan: what happens when the SOP is not followed.</summary>
    public string? Peringatan { get; init; }

    /// <summary>Pencatatan dan pendataan.</summary>
    public string? Pencatatan { get; init; }

    /// <summary>Whether every field is equal, the lists item by item.</summary>
    /// <param name="other">The other header.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(SopHeader? other) =>
        other is not null
        && Instansi == other.Instansi && Nomor == other.Nomor && TanggalPembuatan == other.TanggalPembuatan
        && TanggalRevisi == other.TanggalRevisi && TanggalEfektif == other.TanggalEfektif && Pengesahan == other.Pengesahan
        && Nama == other.Nama && Peringatan == other.Peringatan && Pencatatan == other.Pencatatan
        && _dasarHukum.SequenceEqual(other._dasarHukum) && _kualifikasiPelaksana.SequenceEqual(other._kualifikasiPelaksana)
        && _keterkaitan.SequenceEqual(other._keterkaitan) && _peralatan.SequenceEqual(other._peralatan);

    /// <inheritdoc/>
    public override int GetHashCode() => (Nomor, Nama, _dasarHukum.Count, _peralatan.Count).GetHashCode();

    private static ReadOnlyCollection<string> Copy(IReadOnlyList<string>? value) =>
        value is null || value.Count == 0 ? None : Array.AsReadOnly(value.ToArray());
}
