using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Samples.WebApi.Tests;

/// <summary>The OpenAPI document and the reference page: served without a token, and every mapped endpoint is in the document.</summary>
public sealed partial class OpenApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task OpenApi_Served_ValidJsonDeclaringBearerAndEveryMappedEndpoint()
    {
        using var anonymous = app.Factory.CreateClient();
        var response = await anonymous.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);

        var bearer = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", bearer.GetProperty("type").GetString());
        Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());
        Assert.Equal("JWT", bearer.GetProperty("bearerFormat").GetString());
        Assert.True(root.GetProperty("security")[0].TryGetProperty("Bearer", out _));

        // Every endpoint the app maps (but the document and the page themselves), with each of its methods.
        var paths = root.GetProperty("paths");
        var mapped = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.StartsWith("/openapi", StringComparison.Ordinal) && !raw.StartsWith("/scalar", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["(any)"]).Select(m => (Method: m, Path: OpenApiPath(e.RoutePattern.RawText!))))
            .ToList();
        Assert.True(mapped.Count >= 15, $"only {mapped.Count} endpoints found: {string.Join(", ", mapped)}");
        var missing = mapped
            .Where(m => !paths.TryGetProperty(m.Path, out var item) || !item.TryGetProperty(m.Method.ToLowerInvariant(), out _))
            .Select(m => m.Method + " " + m.Path)
            .ToList();
        Assert.True(missing.Count == 0, "not in the OpenAPI document: " + string.Join(", ", missing));
        Assert.True(paths.TryGetProperty("/sop/instances/{id}/verify", out _));

        // The CSV upload: both methods, with the CSV and TSV media types of its body.
        var csv = paths.GetProperty("/pk/{unitCode}/{year}/realisasi/{triwulan}/csv");
        foreach (var method in new[] { "patch", "put" })
        {
            var content = csv.GetProperty(method).GetProperty("requestBody").GetProperty("content");
            Assert.True(content.TryGetProperty("text/csv", out _), content.ToString());
            Assert.True(content.TryGetProperty("text/tab-separated-values", out _), content.ToString());
        }
    }

    [Fact]
    public async Task Scalar_Served_WithoutToken_TheEndpointsStillNeedOne()
    {
        using var anonymous = app.Factory.CreateClient();
        var page = await anonymous.GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("\"url\":\"openapi/v1.json\"", html, StringComparison.Ordinal); // the page loads the document above
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/sop/templates")).StatusCode);
    }

    /// <summary>A route pattern as OpenAPI writes its path: a leading slash and none at the end, no constraints, no optional marks.</summary>
    private static string OpenApiPath(string raw) => "/" + Constraint().Replace(raw.Trim('/'), "}");

    [GeneratedRegex(@"(:[^}]*)?\??\}")]
    private static partial Regex Constraint();
}
