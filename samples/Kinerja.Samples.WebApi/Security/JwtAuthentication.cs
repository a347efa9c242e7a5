using Kinerja.Samples.WebApi.Api;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Kinerja.Samples.WebApi.Security;

/// <summary>
/// JWT bearer authentication, configured the ASP.NET Core way from <c>Authentication:Schemes:Bearer</c>
/// (<c>ValidIssuer</c>, <c>ValidAudiences</c>, <c>SigningKeys</c>, or <c>Authority</c> for an identity
/// provider with OpenID Connect discovery). In development the keys come from <c>dotnet user-jwts</c>
/// (user secrets, outside the repository); no key is written in the code or in appsettings.json, and
/// the app refuses to start without one (<see cref="CheckConfiguration"/>).
/// The claims the sample reads are listed in <see cref="KinerjaClaims"/>.
/// </summary>
internal static class JwtAuthentication
{
    public const string Section = "Authentication:Schemes:Bearer";

    public static void AddKinerjaJwt(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).PostConfigure(o =>
        {
            // Claims as the token writes them ("sub", not a mapped .NET claim type URI).
            o.MapInboundClaims = false;

            // Strict whatever the configuration says: issuer, audience, lifetime and signature are always checked.
            var p = o.TokenValidationParameters;
            p.ValidateIssuer = true;
            p.ValidateAudience = true;
            p.ValidateLifetime = true;
            p.RequireExpirationTime = true;
            p.RequireSignedTokens = true;
            p.ValidateIssuerSigningKey = true;
            p.ClockSkew = TimeSpan.FromMinutes(1);
            p.NameClaimType = KinerjaClaims.Person;
            o.Events = new JwtBearerEvents
            {
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    var problem = context.AuthenticateFailure is null
                        ? SampleProblems.Item(SampleProblems.AuthRequired, "Authorization", null)
                        : SampleProblems.Item(SampleProblems.AuthInvalid, "Authorization", null);
                    context.Response.Headers.WWWAuthenticate = "Bearer";
                    await ApiProblems.Of(StatusCodes.Status401Unauthorized, "Tidak dikenal / not authenticated", [problem]).ExecuteAsync(context.HttpContext).ConfigureAwait(false);
                },
            };
        });
    }

    /// <summary>
    /// Refuses to start without a way to check a token's signature, issuer and audience, naming what is missing
    /// and how to set it: nothing falls back to a built-in key.
    /// </summary>
    /// <exception cref="InvalidOperationException">The bearer configuration is incomplete.</exception>
    public static void CheckConfiguration(IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(Section);
        var missing = new List<string>();
        var hasAuthority = !string.IsNullOrWhiteSpace(section["Authority"]);
        var issuers = section.GetSection("ValidIssuers").GetChildren().Select(c => c.Value).Append(section["ValidIssuer"]).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        var audiences = section.GetSection("ValidAudiences").GetChildren().Select(c => c.Value).Append(section["Audience"]).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        var keys = section.GetSection("SigningKeys").GetChildren().Where(k => !string.IsNullOrWhiteSpace(k["Value"])).ToList();
        if (!hasAuthority)
        {
            if (issuers.Count == 0)
            {
                missing.Add(Section + ":ValidIssuer");
            }

            if (keys.Count == 0)
            {
                missing.Add(Section + ":SigningKeys (each with Issuer and a base64 Value of at least 32 bytes)");
            }

            foreach (var key in keys)
            {
                if (!IsLongEnoughBase64(key["Value"]!))
                {
                    missing.Add(key.Path + ":Value (base64 of at least 32 random bytes)");
                }
            }
        }

        if (audiences.Count == 0)
        {
            missing.Add(Section + ":ValidAudiences");
        }

        if (missing.Count > 0)
        {
            var hint = environment.IsDevelopment()
                ? "In development run `dotnet user-jwts create` in samples/Kinerja.Samples.WebApi (it stores a signing key in user secrets)."
                : "Set them from a secret store or environment variables (Authentication__Schemes__Bearer__...), never in appsettings.json.";
            throw new InvalidOperationException("JWT bearer authentication is not configured; missing: " + string.Join(", ", missing) + ". " + hint);
        }
    }

    private static bool IsLongEnoughBase64(string value)
    {
        var bytes = new byte[value.Length];
        return Convert.TryFromBase64String(value, bytes, out var written) && written >= 32;
    }
}
