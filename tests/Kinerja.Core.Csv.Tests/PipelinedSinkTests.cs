using Kinerja.Core.Agreements;
using Kinerja.Core.Csv.Internal;

namespace Kinerja.Core.Csv.Tests;

/// <summary>
/// The second thread of <see cref="MeasurementCsv.ReadSource(Stream, MeasurementCsvOptions?, IProgress{long}?)"/>: the
/// sink behind it gets every call the reader makes, in the same order, the size hint at its place among the rows; an
/// exception of that sink reaches the reader's caller; a reader that fails does not leave the thread waiting.
/// </summary>
public class PipelinedSinkTests
{
    [Theory]
    [InlineData(0, -1)]
    [InlineData(1, 0)]
    [InlineData(2047, 2047)]
    [InlineData(2048, 2048)]
    [InlineData(2049, 1000)]
    [InlineData(20_000, 4096)]
    [InlineData(20_000, 19_999)]
    public void EveryCall_ReachesTheInnerSinkInOrder(int rows, int expectAt)
    {
        var direct = new Recording();
        var behind = new Recording();
        using (var pipe = new PipelinedSink(behind))
        {
            foreach (var sink in new IRowSink[] { direct, pipe })
            {
                for (var i = 0; i < rows; i++)
                {
                    if (i == expectAt)
                    {
                        sink.Expect(rows * 3);
                    }

                    sink.Add(i + 2, "33", "K" + (i / 40), "U" + (i / 40), "S1", "IK" + (i % 10), (Polarity)(i % 3), (AggregationMethod)(i % 5), (i % 4) + 1, i, i % 7 == 0 ? null : i + 1, i % 5 == 0 ? null : i / 8m);
                }

                if (expectAt == rows)
                {
                    sink.Expect(rows * 3);
                }
            }

            pipe.Complete();
        }

        Assert.Equal(direct.Calls.Count, behind.Calls.Count);
        Assert.Equal(direct.Calls, behind.Calls);
    }

    [Fact]
    public void AnExceptionOfTheInnerSink_IsThrownToTheReader()
    {
        var failing = new Recording { FailAt = 5_000 };
        var pipe = new PipelinedSink(failing);
        var thrown = Assert.Throws<InvalidOperationException>(() =>
        {
            for (var i = 0; i < 100_000; i++)
            {
                pipe.Add(i, "33", "K", "U", "S", "IK" + i, Polarity.Positive, AggregationMethod.CumulativeSum, 1, 1m, 1m, 1m);
            }

            pipe.Complete();
        });

        Assert.Equal("row 5000", thrown.Message);
        Assert.Equal(5_000, failing.Calls.Count);
        pipe.Dispose();
    }

    [Fact]
    public void DisposedBeforeCompletion_StopsTheSecondThread()
    {
        var inner = new Recording();
        var pipe = new PipelinedSink(inner);
        for (var i = 0; i < 10_000; i++)
        {
            pipe.Add(i, "33", "K", "U", "S", "IK", Polarity.Positive, AggregationMethod.CumulativeSum, 1, 1m, 1m, 1m);
        }

        // The reader failed here: Dispose returns (the thread ends) and what was handed over is all the sink had.
        pipe.Dispose();
        Assert.InRange(inner.Calls.Count, 0, 10_000);
        Assert.Equal(0, inner.Calls.Count % 2048);
    }

    private sealed class Recording : IRowSink
    {
        public List<string> Calls { get; } = [];

        public int FailAt { get; init; } = -1;

        public bool Stopped { get; set; }

        public void Add(int line, string kabupaten, string kecamatan, string unit, string sasaran, string indicator, Polarity polarity, AggregationMethod aggregation, int triwulan, decimal? targetLower, decimal? targetUpper, decimal? realisasi)
        {
            if (Calls.Count == FailAt)
            {
                throw new InvalidOperationException("row " + FailAt);
            }

            Calls.Add(string.Join('|', line, kabupaten, kecamatan, unit, sasaran, indicator, polarity, aggregation, triwulan, targetLower, targetUpper, realisasi));
        }

        public void Expect(int rows) => Calls.Add("expect " + rows);
    }
}
