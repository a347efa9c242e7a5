using Kinerja.Core.Agreements;

namespace Kinerja.Core.Specifications;

/// <summary>
/// Domain verbs for specifications of <see cref="PerjanjianKinerja"/>. A PK is an object graph rather
/// than a table row, so these are meant for <see cref="Specification{T}.Evaluate"/> and
/// <see cref="Specification{T}.IsSatisfiedBy"/> (in memory).
/// </summary>
public static class PerjanjianKinerjaSpecifications
{
    /// <summary>The PKs of one unit for one year (every version of it, when revisions are in the sequence).</summary>
    /// <param name="specification">The specification to extend.</param>
    /// <param name="unitCode">The unit's code (compared exactly).</param>
    /// <param name="year">The year.</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Specification<PerjanjianKinerja> OfUnitAndYear(this Specification<PerjanjianKinerja> specification, string unitCode, int year)
    {
        if (specification is null)
        {
            throw new ArgumentNullException(nameof(specification));
        }

        if (unitCode is null)
        {
            throw new ArgumentNullException(nameof(unitCode));
        }

        return specification.Where(pk => pk.Unit.Code == unitCode && pk.Year == year);
    }
}
