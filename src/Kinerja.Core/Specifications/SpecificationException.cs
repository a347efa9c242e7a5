namespace Kinerja.Core.Specifications;

/// <summary>
/// A specification was put together wrongly (a programming error, found when the specification is
/// built). Each misuse has its own subclass; all are <see cref="InvalidOperationException"/>s.
/// </summary>
public abstract class SpecificationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong and what to do instead.</param>
    protected SpecificationException(string message)
        : base(message)
    {
    }
}

/// <summary>A primary ordering was given to a specification that already has one (use ThenBy), or to both specifications combined with And.</summary>
public sealed class DuplicateOrderException : SpecificationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong and what to do instead.</param>
    public DuplicateOrderException(string message)
        : base(message)
    {
    }
}

/// <summary>ThenBy or ThenByDescending was called on a specification without a primary ordering.</summary>
public sealed class OrderMissingException : SpecificationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong and what to do instead.</param>
    public OrderMissingException(string message)
        : base(message)
    {
    }
}

/// <summary>Skip or Take was given twice, or by both specifications combined with And.</summary>
public sealed class DuplicatePagingException : SpecificationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong and what to do instead.</param>
    public DuplicatePagingException(string message)
        : base(message)
    {
    }
}
