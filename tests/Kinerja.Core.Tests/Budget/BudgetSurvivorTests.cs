using Kinerja.Core.Budget;
using Kinerja.Core.Scales;

namespace Kinerja.Core.Tests.Budget;

/// <summary>The mutant the budget's mutation run at commit 48d9dbb left alive that a test can see: <see cref="EfficiencyPolicy.Basis"/>'s text.</summary>
public class BudgetSurvivorTests
{
    // EfficiencyPolicy.cs:52 (message ""): an undefined basis is refused with its text.
    [Fact]
    public void EfficiencyPolicyBasis_UndefinedValue_ThrowsWithItsText()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new EfficiencyPolicy { Basis = (CategoryBasis)9 });
        Assert.Equal("Basis", e.ParamName);
        Assert.Contains("Value should be Printed or Exact.", e.Message, StringComparison.Ordinal);
    }
}
