#if NET
using Kinerja.Core.Capaian;

namespace Kinerja.Core.Recap;

public static partial class RecapCalculator
{
    /// <summary>The recap of a source's columns (<see cref="RecapColumns"/>), on .NET only.</summary>
    internal sealed partial class Worker
    {
        private readonly LaneTally? _lanes;
        private ColumnRules? _columns;
        private long[] _passed = [];
        private int[] _marked = [];
        private ColumnLanes? _columnLanes;

        /// <summary>
        /// Recaps kecamatan <paramref name="k"/> into <paramref name="target"/> from the source's columns
        /// (<see cref="RecapColumns"/>): its fixed counts, then each run's figures computed together and
        /// their count, capped sum and bands added into each of the run's periods (guarded figures on a
        /// half-quantum or a mark on decimals); then the indicators kept out of the runs one by one.
        /// </summary>
        private void AddColumns(RecapSource source, int k, in Target target)
        {
            var columns = source.Columns;
            var rules = _columns!;
            var bands = _bands;
            var tallies = target.Tallies;
            var tallyAt = target.TallyAt;
            var categories = target.Categories;
            var categoryAt = target.CategoryAt;
            var fix = columns.Fixed;
            var at = k * RecapColumns.FixedWidth;
            var indicators = fix[at];
            for (var p = 0; p < Periods; p++)
            {
                ref var tally = ref tallies[tallyAt + p];
                tally.Indicators += indicators;
                foreach (var kind in RecapColumns.FixedKinds)
                {
                    FigureKinds.Count(ref tally, kind, fix[RecapColumns.FixedAt(at, p, kind)]);
                }
            }

            var passed = _passed;
            var kept = rules.Thresholds.Length;
            var realisasi = columns.Realisasi;
            var targets = columns.Targets;
            for (var r = columns.KecamatanRuns[k]; r < columns.KecamatanRuns[k + 1]; r++)
            {
                var start = columns.RunStart[r];
                var count = columns.RunStart[r + 1] - start;
                var flags = columns.RunFlags[r];
                int left;
                if (rules.LanesApply(flags))
                {
                    // The run's lanes go into each of its periods' lanes, summed across lanes once per period.
                    left = rules.InLanes(realisasi.AsSpan(start), targets.AsSpan(start), count, (flags & RecapColumns.Guarded) != 0, out var sums, _marked);
                    for (var mask = (int)columns.RunMask[r]; mask != 0; mask &= mask - 1)
                    {
                        _columnLanes!.Add(System.Numerics.BitOperations.TrailingZeroCount(mask), sums, count - left, count, tallies, tallyAt, categories, categoryAt, bands);
                    }
                }
                else
                {
                    left = rules.Tally(realisasi.AsSpan(start), targets.AsSpan(start), count, flags, passed, out var sum, _marked);
                    for (var mask = (int)columns.RunMask[r]; mask != 0; mask &= mask - 1)
                    {
                        var p = System.Numerics.BitOperations.TrailingZeroCount(mask);
                        ref var tally = ref tallies[tallyAt + p];
                        FigureKinds.Count(ref tally, FigureKind.Computed, count - left);
                        tally.AddQuanta(sum);
                        ColumnRules.AddBands(categories, categoryAt + (p * bands), count - left, passed, kept);
                    }
                }

                CountMarked(columns, r, start, left, target);
            }

            _columnLanes!.FlushInto(tallies, tallyAt, categories, categoryAt, bands);
            var unitRow = source.UnitRows[source.KecamatanUnits[k]];
            for (var n = columns.KecamatanRest[k]; n < columns.KecamatanRest[k + 1]; n++)
            {
                AddUp(source.Kept, columns.Rest[n], 1, source, -1, unitRow, target);
            }
        }

        /// <summary>
        /// Counts into each of run <paramref name="r"/>'s periods the <paramref name="left"/> figures its tally left out
        /// (<see cref="_marked"/>: guarded figures on a half-quantum or a mark), each computed on decimals.
        /// </summary>
        private void CountMarked(RecapColumns columns, int r, int start, int left, in Target target)
        {
            for (var m = 0; m < left; m++)
            {
                var position = start + _marked[m];
                var packed = columns.Targets[position];
                _periods.AverageOfThree(columns.Realisasi[position], packed & RecapColumns.TargetBits, RecapColumns.ScaleOf(packed), RecapColumns.PolarityOf(packed), _policy, 0);
                var kind = _periods.Kinds[0];
                for (var mask = (int)columns.RunMask[r]; mask != 0; mask &= mask - 1)
                {
                    var p = System.Numerics.BitOperations.TrailingZeroCount(mask);
                    CountKind(ref target.Tallies[target.TallyAt + p], kind, _periods, 0);
                    if (kind == FigureKind.Computed)
                    {
                        target.Categories[target.CategoryAt + (p * _bands) + _periods.Bands[0]]++;
                    }
                }
            }
        }
    }
}
#endif
