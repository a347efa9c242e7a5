using Kinerja.Core.Recap;
using Kinerja.Core.Specifications;
using static Kinerja.Core.Tests.Specifications.Rows;

namespace Kinerja.Core.Tests.Specifications;

public class SpecificationTests
{
    private sealed record Item(int Id, string Name);

    private static readonly Item[] Items = [new(3, "b"), new(1, "B"), new(2, "a"), new(4, "A"), new(5, "b")];

    [Fact]
    public void New_NoFilter_SatisfiedByEverythingAndReturnsSourceAsIs()
    {
        var spec = new Specification<Item>();
        Assert.True(spec.IsSatisfiedBy(Items[0]));
        Assert.Equal(Items, spec.Evaluate(Items));
        Assert.Equal(Items, spec.Apply(Items.AsQueryable()));
        Assert.Empty(spec.Filters);
        Assert.False(spec.IsOrdered);
        Assert.Null(spec.SkipCount);
        Assert.Null(spec.TakeCount);
    }

    [Fact]
    public void Where_SeveralFilters_AllMustHold()
    {
        var spec = new Specification<Item>().Where(i => i.Id > 1).Where(i => i.Name == "b");
        Assert.Equal([3, 5], spec.Evaluate(Items).Select(i => i.Id));
        Assert.Equal([3, 5], spec.Apply(Items.AsQueryable()).Select(i => i.Id));
        Assert.False(spec.IsSatisfiedBy(new Item(1, "b")));
        Assert.True(spec.IsSatisfiedBy(new Item(2, "b")));
        Assert.Equal(2, spec.Filters.Count);
    }

    [Fact]
    public void Where_ReturnsNewInstance_OriginalUnchanged()
    {
        var all = new Specification<Item>();
        var some = all.Where(i => i.Id == 1);
        Assert.NotSame(all, some);
        Assert.Empty(all.Filters);
        Assert.Equal(5, all.Evaluate(Items).Count());
        Assert.Single(some.Evaluate(Items));
    }

    [Fact]
    public void OrderBy_StringKeys_OrdinalNotCulture()
    {
        var spec = new Specification<Item>().OrderBy(i => i.Name).ThenByDescending(i => i.Id);
        // Ordinal: upper case before lower case ("A" < "B" < "a" < "b"), whatever the current culture.
        Assert.Equal([4, 1, 2, 5, 3], spec.Evaluate(Items).Select(i => i.Id));
        Assert.Equal([4, 1, 2, 5, 3], spec.Apply(Items.AsQueryable()).Select(i => i.Id));
        Assert.True(spec.IsOrdered);
    }

    [Fact]
    public void OrderByDescending_ThenBy_OrdersByBothKeys()
    {
        var spec = new Specification<Item>().OrderByDescending(i => i.Name.ToUpperInvariant()).ThenBy(i => i.Id);
        Assert.Equal([1, 3, 5, 2, 4], spec.Evaluate(Items).Select(i => i.Id));
        Assert.Equal([1, 3, 5, 2, 4], spec.Apply(Items.AsQueryable()).Select(i => i.Id));
    }

    [Fact]
    public void SkipTake_AfterFilterAndOrder_PagesWhicheverCalledFirst()
    {
        var a = new Specification<Item>().Where(i => i.Id != 3).OrderBy(i => i.Id).Take(2).Skip(1);
        var b = new Specification<Item>().Where(i => i.Id != 3).OrderBy(i => i.Id).Skip(1).Take(2);
        Assert.Equal([2, 4], a.Evaluate(Items).Select(i => i.Id));
        Assert.Equal([2, 4], b.Evaluate(Items).Select(i => i.Id));
        Assert.Equal([2, 4], a.Apply(Items.AsQueryable()).Select(i => i.Id));
        Assert.Equal((1, 2), (a.SkipCount, a.TakeCount));
        Assert.Empty(new Specification<Item>().Take(0).Evaluate(Items));
        Assert.Equal(Items, new Specification<Item>().Skip(0).Evaluate(Items));
    }

    [Fact]
    public void IsSatisfiedBy_IgnoresOrderingAndPaging()
    {
        var spec = new Specification<Item>().Where(i => i.Id > 0).OrderBy(i => i.Id).Skip(10).Take(0);
        Assert.True(spec.IsSatisfiedBy(Items[0]));
        Assert.Empty(spec.Evaluate(Items));
    }

    [Fact]
    public void IsSatisfiedBy_Null_Throws() =>
        Assert.Throws<ArgumentNullException>("candidate", () => new Specification<Item>().IsSatisfiedBy(null!));

    [Fact]
    public void Evaluate_IsDeferred()
    {
        var source = new List<Item> { new(1, "a") };
        var result = new Specification<Item>().Where(i => i.Id > 0).Evaluate(source);
        source.Add(new Item(2, "b"));
        Assert.Equal(2, result.Count());
    }

    [Fact]
    public void And_CombinesFiltersAndTakesOrderAndPagingFromEither()
    {
        var left = new Specification<Item>().Where(i => i.Id > 1).OrderBy(i => i.Id);
        var right = new Specification<Item>().Where(i => i.Name == "b" || i.Name == "B").Take(1);
        var both = left.And(right);
        Assert.Equal([3], both.Evaluate(Items).Select(i => i.Id));
        Assert.Equal([3], right.And(left).Apply(Items.AsQueryable()).Select(i => i.Id));
        Assert.Equal(2, both.Filters.Count);
        Assert.True(both.IsSatisfiedBy(new Item(5, "b")));
        Assert.False(both.IsSatisfiedBy(new Item(1, "b")));
    }

    [Fact]
    public void OrderBy_Twice_ThrowsDuplicateOrder()
    {
        var ordered = new Specification<Item>().OrderBy(i => i.Id);
        var e = Assert.Throws<DuplicateOrderException>(() => ordered.OrderBy(i => i.Name));
        Assert.Contains("ThenBy", e.Message, StringComparison.Ordinal);
        Assert.Throws<DuplicateOrderException>(() => ordered.OrderByDescending(i => i.Name));
        Assert.Throws<DuplicateOrderException>(() => ordered.And(new Specification<Item>().OrderBy(i => i.Name)));
    }

    [Fact]
    public void ThenBy_WithoutOrderBy_ThrowsOrderMissing()
    {
        var e = Assert.Throws<OrderMissingException>(() => new Specification<Item>().ThenBy(i => i.Id));
        Assert.Contains("OrderBy", e.Message, StringComparison.Ordinal);
        Assert.Throws<OrderMissingException>(() => new Specification<Item>().ThenByDescending(i => i.Id));
    }

    [Fact]
    public void SkipOrTake_Negative_ThrowsOutOfRangeNamingTheRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>("count", () => new Specification<Item>().Skip(-1));
        Assert.StartsWith("Value should be 0 or more.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("count", () => new Specification<Item>().Take(-1));
    }

    [Fact]
    public void SkipOrTake_Twice_ThrowsDuplicatePaging()
    {
        Assert.Throws<DuplicatePagingException>(() => new Specification<Item>().Skip(1).Skip(2));
        Assert.Throws<DuplicatePagingException>(() => new Specification<Item>().Take(1).Take(2));
        Assert.Throws<DuplicatePagingException>(() => new Specification<Item>().Take(1).And(new Specification<Item>().Take(2)));
        Assert.Throws<DuplicatePagingException>(() => new Specification<Item>().Skip(1).And(new Specification<Item>().Skip(2)));
    }

    [Fact]
    public void Misuse_AllAreSpecificationExceptions() =>
        Assert.All(
            [typeof(DuplicateOrderException), typeof(OrderMissingException), typeof(DuplicatePagingException)],
            t => Assert.True(typeof(SpecificationException).IsAssignableFrom(t) && typeof(InvalidOperationException).IsAssignableFrom(t)));

    [Fact]
    public void NullArguments_Throw()
    {
        var spec = new Specification<Item>();
        Assert.Throws<ArgumentNullException>("filter", () => spec.Where(null!));
        Assert.Throws<ArgumentNullException>("key", () => spec.OrderBy<int>(null!));
        Assert.Throws<ArgumentNullException>("other", () => spec.And(null!));
        Assert.Throws<ArgumentNullException>("source", () => spec.Evaluate(null!));
        Assert.Throws<ArgumentNullException>("query", () => spec.Apply(null!));
    }

    [Fact]
    public void ToString_DescribesFiltersOrderAndPaging() =>
        Assert.Equal(
            "Specification<IndicatorMeasurement>: 1 filter(s), order by m => m.KecamatanCode, then by m => m.Triwulan desc, skip 2, take 3",
            new Specification<IndicatorMeasurement>().Reported().OrderBy(m => m.KecamatanCode).ThenByDescending(m => m.Triwulan).Skip(2).Take(3).ToString());

    [Fact]
    public void IsSatisfiedBy_ConcurrentFirstUse_AgreesEverywhere()
    {
        var spec = new Specification<IndicatorMeasurement>().OfKecamatan("BBS").Reported();
        var results = Sample.AsParallel().Select(spec.IsSatisfiedBy).ToArray();
        Assert.Equal(Sample.Select(m => m.KecamatanCode == "BBS" && m.Realisasi != null), results);
    }
}
