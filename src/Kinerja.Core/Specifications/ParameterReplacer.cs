using System.Linq.Expressions;

namespace Kinerja.Core.Specifications;

/// <summary>Rewrites a lambda's body onto another parameter, so that bodies of several lambdas can be joined into one.</summary>
internal sealed class ParameterReplacer : ExpressionVisitor
{
    private readonly ParameterExpression _from;
    private readonly ParameterExpression _to;

    private ParameterReplacer(ParameterExpression from, ParameterExpression to)
    {
        _from = from;
        _to = to;
    }

    /// <summary>The body of <paramref name="lambda"/> with its (single) parameter replaced by <paramref name="to"/>.</summary>
    public static Expression Replace(LambdaExpression lambda, ParameterExpression to) =>
        lambda.Parameters[0] == to ? lambda.Body : new ParameterReplacer(lambda.Parameters[0], to).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == _from ? _to : base.VisitParameter(node);
}
