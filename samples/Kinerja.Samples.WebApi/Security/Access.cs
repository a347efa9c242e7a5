using System.Security.Claims;
using Kinerja.Core.Sop;
using Kinerja.Samples.WebApi.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using NodaTime;

namespace Kinerja.Samples.WebApi.Security;

/// <summary>What a request wants to do: the ASP.NET Core policies of the sample (see docs/samples-webapi.md for the matrix).</summary>
internal enum AccessKind
{
    /// <summary>A member of this office (SOP actions: the engine then decides by the roster).</summary>
    OfficeMember,

    /// <summary>A member of this office, or a kabupaten user of its kabupaten (templates, roster, SOP instances, overdue list).</summary>
    OfficeOrKabupaten,

    /// <summary>Read a unit's PK, realisasi and capaian: own unit, an office reader or PK author of the office, or the kabupaten.</summary>
    ReadUnit,

    /// <summary>Write a unit's realisasi: only a member of that unit.</summary>
    WriteRealisasi,

    /// <summary>Create or revise a unit's PK: a PK author of the office (by the roster).</summary>
    AuthorPk,

    /// <summary>The recap of the kecamatan: an office reader of the office, or the kabupaten.</summary>
    ReadKecamatan,

    /// <summary>The recap of the kabupaten: a kabupaten user of that kabupaten.</summary>
    ReadKabupaten,
}

internal sealed class AccessRequirement(AccessKind kind) : IAuthorizationRequirement
{
    public AccessKind Kind { get; } = kind;
}

/// <summary>Why a request was refused, as the problem the 403 answer lists.</summary>
internal sealed class AccessRefusal(IAuthorizationHandler handler, ProblemItem problem) : AuthorizationFailureReason(handler, problem.MessageEnglish)
{
    public ProblemItem Problem { get; } = problem;
}

internal static class Access
{
    public static string Policy(AccessKind kind) => "kinerja." + kind;

    public static void AddKinerjaAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, AccessHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        services.AddAuthorization(o =>
        {
            foreach (var kind in Enum.GetValues<AccessKind>())
            {
                o.AddPolicy(Policy(kind), p => p.RequireAuthenticatedUser().AddRequirements(new AccessRequirement(kind)));
            }

            // Nothing is open by default: an endpoint without its own policy still needs a signed-in user.
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
    }

    public static TBuilder RequireAccess<TBuilder>(this TBuilder builder, AccessKind kind)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(Policy(kind));
}

/// <summary>
/// Decides every <see cref="AccessRequirement"/> from the token's claims, the configured office and the
/// roster at the clock's now. The unit is the route's <c>unitCode</c>, or the resource passed to
/// <c>IAuthorizationService.AuthorizeAsync</c> (the unit named in a PK body).
/// </summary>
internal sealed class AccessHandler(Office office, OfficeRoster roster, IClock clock) : AuthorizationHandler<AccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        var user = context.User;
        var person = user.PersonId() ?? string.Empty;
        var unit = context.Resource switch
        {
            string u => u,
            HttpContext http => http.GetRouteValue("unitCode") as string,
            _ => null,
        };
        var refusal = Decide(user, person, unit, requirement.Kind);
        if (refusal is null)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AccessRefusal(this, SampleProblems.Item(SampleProblems.Forbidden, refusal.Value.Path, person, refusal.Value.Indonesian, refusal.Value.English)));
        }

        return Task.CompletedTask;
    }

    private (string Path, string Indonesian, string English)? Decide(ClaimsPrincipal user, string person, string? unit, AccessKind kind)
    {
        var kabupaten = user.KabupatenCode();
        var officeCode = user.OfficeCode();
        if (kabupaten is not null && officeCode is null)
        {
            // A kabupaten user: reads the kecamatan of its kabupaten, writes nothing.
            if (kabupaten != office.Kabupaten)
            {
                return ("kinerja_kabupaten", $"kecamatan ini bukan bagian kabupaten {kabupaten}", $"this kecamatan is not part of kabupaten {kabupaten}");
            }

            return kind switch
            {
                AccessKind.OfficeOrKabupaten or AccessKind.ReadKecamatan or AccessKind.ReadKabupaten => null,
                AccessKind.ReadUnit when office.HasUnit(unit) => null,
                AccessKind.ReadUnit => ("unitCode", $"unit {unit} bukan unit kecamatan ini", $"unit {unit} is not a unit of this kecamatan"),
                _ => ("kinerja_kabupaten", "pengguna kabupaten hanya dapat membaca", "a kabupaten user may only read"),
            };
        }

        if (officeCode != office.Code || kabupaten is not null)
        {
            return ("kinerja_office", $"token ini bukan untuk kantor {office.Code}", $"this token is not for office {office.Code}");
        }

        if (roster.Find(person) is null)
        {
            return ("sub", "orang ini tidak ada dalam daftar pegawai kantor", "this person is not on the office roster");
        }

        var ownUnit = user.UnitCode();
        if (!office.HasUnit(ownUnit))
        {
            return ("kinerja_unit", $"unit {ownUnit} bukan unit kantor ini", $"unit {ownUnit} is not a unit of this office");
        }

        var now = clock.GetCurrentInstant();
        bool Holds(IReadOnlyList<SopRole> roles) => roles.Any(r => roster.Holds(person, r, now));
        switch (kind)
        {
            case AccessKind.OfficeMember:
            case AccessKind.OfficeOrKabupaten:
                return null;
            case AccessKind.ReadKecamatan:
                return Holds(office.OfficeReaders) ? null : ("sub", "rekap kecamatan hanya untuk pimpinan kecamatan", "the kecamatan recap is for the office's heads only");
            case AccessKind.ReadKabupaten:
                return ("kinerja_kabupaten", "rekap kabupaten hanya untuk pengguna kabupaten", "the kabupaten recap is for kabupaten users only");
        }

        if (!office.HasUnit(unit))
        {
            return ("unitCode", $"unit {unit} bukan unit kantor ini", $"unit {unit} is not a unit of this office");
        }

        return kind switch
        {
            AccessKind.ReadUnit when unit == ownUnit || Holds(office.OfficeReaders) || Holds(office.PkAuthors) => null,
            AccessKind.ReadUnit => ("unitCode", $"hanya unit sendiri ({ownUnit}) yang dapat dibaca", $"only the own unit ({ownUnit}) may be read"),
            AccessKind.WriteRealisasi when unit == ownUnit => null,
            AccessKind.WriteRealisasi => ("unitCode", $"realisasi hanya diisi untuk unit sendiri ({ownUnit})", $"realisasi may be entered for the own unit ({ownUnit}) only"),
            AccessKind.AuthorPk when Holds(office.PkAuthors) => null,
            _ => ("sub", "menurut daftar pegawai, orang ini tidak menyusun Perjanjian Kinerja", "by the roster, this person does not draw up the PK"),
        };
    }
}

/// <summary>A refusal as a 403 problem document listing why; a missing or bad token is left to the JWT scheme (401).</summary>
internal sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var reasons = authorizeResult.AuthorizationFailure?.FailureReasons.OfType<AccessRefusal>().Select(r => r.Problem).ToList() ?? [];
            if (reasons.Count == 0)
            {
                reasons.Add(SampleProblems.Item(SampleProblems.Forbidden, "sub", context.User.PersonId(), "tidak berwenang", "not allowed"));
            }

            await Forbidden(reasons).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult).ConfigureAwait(false);
    }

    public static IResult Forbidden(IEnumerable<ProblemItem> reasons) => ApiProblems.Of(StatusCodes.Status403Forbidden, "Tidak berwenang / forbidden", reasons);
}
