using Kinerja.Core.Validation;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Kinerja.Core.DependencyInjection;

/// <summary>Validates <see cref="KinerjaOptions"/> for the options framework: one failure per problem, all together.</summary>
internal sealed class KinerjaOptionsValidator : IValidateOptions<KinerjaOptions>
{
    public ValidateOptionsResult Validate(string? name, KinerjaOptions options)
    {
        var result = KinerjaSetup.Build(options, options.Clock ?? SystemClock.Instance);
        return result.IsValid ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(result.Errors.Select(Describe));
    }

    /// <summary>One failure line: the Indonesian message, then the English one; both name the option and the value.</summary>
    internal static string Describe(ValidationProblem problem) =>
        "[" + problem.Code + "] " + problem.Message + " / " + problem.GetMessage(MessageLanguage.English);
}
