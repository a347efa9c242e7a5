using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Kinerja.Samples.WebApi.LoadTest;

/// <summary>
/// Mints the bearer tokens the sample accepts, as an identity provider would: HS256 over <c>sub</c> (the roster
/// person), <c>kinerja_office</c>, <c>kinerja_unit</c>, issuer, audience and lifetime, with the run's key.
/// </summary>
internal static class Jwt
{
    /// <summary>A signed token for <paramref name="person"/> of <paramref name="unit"/>, valid from five minutes ago until <paramref name="expires"/>.</summary>
    public static string Mint(byte[] key, string issuer, string audience, string person, string office, string unit, DateTimeOffset expires)
    {
        var now = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds();
        var header = Base64Url.EncodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"u8);
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["sub"] = person,
            ["kinerja_office"] = office,
            ["kinerja_unit"] = unit,
            ["iss"] = issuer,
            ["aud"] = audience,
            ["nbf"] = now,
            ["iat"] = now,
            ["exp"] = expires.ToUnixTimeSeconds(),
        }));
        var signature = Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(header + "." + payload)));
        return header + "." + payload + "." + signature;
    }
}
