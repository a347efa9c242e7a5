using Kinerja.Core.Agreements;
using Kinerja.Core.Excel.Internal;
using Kinerja.Core.Measurement;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Excel;

/// <summary>
/// The data-collection workbook (format pengumpulan data kinerja) of one PK for one triwulan: the
/// columns of the seed SOP "Pengumpulan Data Kinerja" (No, Sasaran, Indikator Kinerja, Target
/// Tahunan, Target Triwulan, Realisasi Triwulan, Keterangan), then Satuan, Bukti Dukung and Kode
/// Indikator as marked additions, under a header block that names the form, the unit, the year, the
/// triwulan and the PK version. <see cref="Write"/> writes an empty form; <see cref="Read(Stream, PerjanjianKinerja, Triwulan)"/>
/// reads a filled one back into realisasi, all or nothing, with every problem naming sheet, row and column.
/// </summary>
public static class DataCollectionForm
{
    /// <summary>The name of the sheet holding the form.</summary>
    public const string SheetName = "Realisasi";

    /// <summary>The name of the sheet with the instructions for whoever fills the form.</summary>
    public const string InstructionsSheetName = "Petunjuk";

    /// <summary>The form's kind and layout version, written in the header block and checked on import.</summary>
    public const string FormKind = "Kinerja.Core/pengumpulan-data-kinerja/1";

    /// <summary>Writes an empty form for one PK and one triwulan as an .xlsx workbook.</summary>
    /// <param name="destination">The stream to write to; it is left open.</param>
    /// <param name="pk">The PK whose indicators and targets the form lists.</param>
    /// <param name="triwulan">The quarter whose realisasi the form collects.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> or <paramref name="pk"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> cannot be written.</exception>
    public static void Write(Stream destination, PerjanjianKinerja pk, Triwulan triwulan)
    {
        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        if (pk is null)
        {
            throw new ArgumentNullException(nameof(pk));
        }

        if (!destination.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(destination));
        }

        FormWriter.Write(destination, pk, triwulan);
    }

    /// <summary>
    /// Reads a filled form into the realisasi of its triwulan. Every problem is reported at once and
    /// names sheet, row and column; when there is an error nothing is imported. An empty realisasi
    /// cell (or one holding only <c>-</c>) is not reported, never 0. A numeric cell gives the decimal
    /// of the double Excel stored, to Excel's 15 significant digits: exactly what was typed, even when
    /// the file holds 6,3 as 6.2999999999999998; a text cell is read in the Indonesian format
    /// (<c>81,2</c>, <c>1.234,5</c>).
    /// </summary>
    /// <param name="source">The workbook (a stream that cannot seek is first copied to memory); it is left open.</param>
    /// <param name="pk">The PK the form must have been generated from (same unit, year and version).</param>
    /// <param name="triwulan">The quarter the form must be for.</param>
    /// <returns>A measurement set holding that quarter's realisasi (with any warnings), or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="pk"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> cannot be read.</exception>
    public static ValidationResult<MeasurementSet> Read(Stream source, PerjanjianKinerja pk, Triwulan triwulan) =>
        ImportCore(source, pk, triwulan, null);

    /// <summary>
    /// Reads a filled form like <see cref="Read(Stream, PerjanjianKinerja, Triwulan)"/> and puts its
    /// quarter into an existing measurement set: that quarter's realisasi of every indicator is replaced by
    /// the form's, every other quarter and all realisasi anggaran stay as they are.
    /// </summary>
    /// <param name="source">The workbook (a stream that cannot seek is first copied to memory); it is left open.</param>
    /// <param name="pk">The PK the form must have been generated from.</param>
    /// <param name="triwulan">The quarter the form must be for.</param>
    /// <param name="existing">The measurement set of the same PK to update; it is not changed.</param>
    /// <returns>The updated set, or every problem (of the form, or of the set against <paramref name="pk"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="pk"/> or <paramref name="existing"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> cannot be read, or <paramref name="existing"/> belongs to another PK.</exception>
    public static ValidationResult<MeasurementSet> Read(Stream source, PerjanjianKinerja pk, Triwulan triwulan, MeasurementSet existing)
    {
        if (existing is null)
        {
            throw new ArgumentNullException(nameof(existing));
        }

        if (pk is not null && existing.Key != pk.Key)
        {
            throw new ArgumentException($"The measurement set is of PK {existing.Key}, not of {pk.Key}.", nameof(existing));
        }

        return ImportCore(source, pk!, triwulan, existing);
    }

    private static ValidationResult<MeasurementSet> ImportCore(Stream source, PerjanjianKinerja pk, Triwulan triwulan, MeasurementSet? existing)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        if (pk is null)
        {
            throw new ArgumentNullException(nameof(pk));
        }

        if (!source.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(source));
        }

        var imported = FormImporter.Import(source, pk, triwulan);
        if (existing is null || !imported.IsValid)
        {
            return imported;
        }

        var builder = existing.ToBuilder(pk);
        foreach (var indicator in pk.Indicators)
        {
            builder.RemoveRealisasi(indicator.Id, triwulan.Number);
        }

        foreach (var r in imported.Value.Realisasi)
        {
            _ = r.Grade is { } grade
                ? builder.AddGrade(r.IndicatorId, r.Triwulan.Number, grade, r.Note, [.. r.BuktiDukung])
                : builder.AddRealisasi(r.IndicatorId, r.Triwulan.Number, r.Value!.Value, r.Note, [.. r.BuktiDukung]);
        }

        var merged = builder.Build();
        return merged.IsValid
            ? new ValidationResult<MeasurementSet>(merged.Value, imported.Problems.Concat(merged.Problems))
            : merged;
    }
}
