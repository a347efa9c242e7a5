using System.Security.Claims;
using System.Text.Encodings.Web;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using Kinerja.Samples.WebApi.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Kinerja.Samples.WebApi.Security;

/// <summary>
/// DEMO AUTHENTICATION, NOT FOR PRODUCTION. The caller says who they are in the <c>X-Demo-User</c>
/// header (a person id of the office roster, e.g. <c>X-Demo-User: camat</c>) and is believed: there
/// is no password, token or signature, so anyone can claim to be anyone. It exists so that the
/// sample can show roles and the SOP engine's authorisation with plain curl. A real host puts a
/// real scheme here (OpenID Connect, cookies with a login, client certificates) and maps the
/// authenticated user to a roster person id; nothing else in the sample changes.
/// </summary>
internal sealed class DemoUserAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    OfficeRoster roster)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DemoUser";

    public const string HeaderName = "X-Demo-User";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var id = values.ToString().Trim();
        if (roster.Find(id) is not { } person)
        {
            return Task.FromResult(AuthenticateResult.Fail($"'{id}' is not on the office roster."));
        }

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, person.Id), new(ClaimTypes.Name, person.Name) };
        claims.AddRange(person.Roles.Select(r => new Claim(ClaimTypes.Role, r.ToString())));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var given = Request.Headers[HeaderName].ToString();
        var problem = string.IsNullOrWhiteSpace(given)
            ? new ValidationProblem(ProblemCodes.Required, HeaderName, null, Severity.Error)
            : new ValidationProblem(ProblemCodes.SopUnknownPerson, HeaderName, given, Severity.Error);
        Response.Headers.WWWAuthenticate = HeaderName;
        var result = ApiProblems.Of(StatusCodes.Status401Unauthorized, "Tidak dikenal / not authenticated (demo scheme: send X-Demo-User)", problem);
        await result.ExecuteAsync(Context).ConfigureAwait(false);
    }
}

internal static class DemoUser
{
    /// <summary>The roster person id of the authenticated caller.</summary>
    public static string PersonId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The endpoint requires an authenticated user.");
}
