using System.Security.Claims;

namespace Kinerja.Samples.WebApi.Security;

/// <summary>
/// The claims the sample reads from a token. A kecamatan user carries <see cref="Person"/> (a person id
/// of the office roster), <see cref="Office"/> (the office's code) and <see cref="Unit"/> (the unit
/// the user works in, a unit of that office). A kabupaten user carries <see cref="Person"/> and
/// <see cref="Kabupaten"/> (the kabupaten's code) and no office: it reads every kecamatan of its
/// kabupaten and writes nothing. Roles are not claims: the office roster says who holds which
/// position (with Plt and Plh on their dates), so a token cannot grant a role.
/// </summary>
internal static class KinerjaClaims
{
    public const string Person = "sub";
    public const string Office = "kinerja_office";
    public const string Unit = "kinerja_unit";
    public const string Kabupaten = "kinerja_kabupaten";

    public static string? PersonId(this ClaimsPrincipal user) => user.FindFirst(Person)?.Value;

    public static string? OfficeCode(this ClaimsPrincipal user) => user.FindFirst(Office)?.Value;

    public static string? UnitCode(this ClaimsPrincipal user) => user.FindFirst(Unit)?.Value;

    public static string? KabupatenCode(this ClaimsPrincipal user) => user.FindFirst(Kabupaten)?.Value;
}
