using Kinerja.Core.Csv;
using Kinerja.Core.Recap;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>
/// Where each data row of an uploaded CSV file sits (its line) and which file column holds each field, as
/// <c>Kinerja.Core.Csv</c> read them (<see cref="CsvResult{T}.Lines"/>, <see cref="CsvResult{T}.ColumnOf"/>), so that the
/// sample's own checks of a row against the PK name line and column as the package's problems do.
/// </summary>
internal sealed class CsvPlaces(CsvResult<IReadOnlyList<IndicatorMeasurement>> read)
{
    /// <summary>The line of row <paramref name="row"/> (from 0) of the rows read without a problem (<see cref="CsvResult{T}.Readable"/>), or 0 when not known.</summary>
    public int Line(int row) => row < read.ReadableLines.Count ? read.ReadableLines[row] : 0;

    /// <summary>
    /// The file column (from 1) of a field and its name as the file writes it; for an upper target the file leaves out, the
    /// target's column (the file's one target is both bounds); 0 and the field's English name when the file has no such column.
    /// </summary>
    public (int Column, string Name) Column(MeasurementColumn field) =>
        read.ColumnOf(field) is > 0 and var c ? (c, read.Header[c - 1])
            : field == MeasurementColumn.TargetUpper ? Column(MeasurementColumn.TargetLower)
            : (0, MeasurementCsv.EnglishColumns[(int)field]);
}
