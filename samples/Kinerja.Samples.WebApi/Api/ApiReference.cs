using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>, Microsoft.AspNetCore.OpenApi) and its browsable reference page
/// (<c>/scalar</c>, Scalar). Off unless <c>Kinerja:ApiReference</c> is <see langword="true"/> (it is in
/// appsettings.Development.json); when on, both are readable without a token: they describe the routes and formats
/// the sample's source already publishes and hold no data, and the page loads the document from the browser, which
/// has no token to send. Every endpoint itself still needs one: the document declares the bearer scheme.
/// </summary>
internal static class ApiReference
{
    public const string Setting = "Kinerja:ApiReference";

    public static void AddKinerjaOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o => o.AddDocumentTransformer<BearerScheme>());

    public static void MapKinerjaApiReference(this WebApplication app)
    {
        if (!app.Configuration.GetValue(Setting, false))
        {
            return;
        }

        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
    }

    /// <summary>Declares JWT bearer as the scheme of every operation (only <c>GET /</c> is open).</summary>
    private sealed class BearerScheme : IOpenApiDocumentTransformer
    {
        public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                In = ParameterLocation.Header,
                Description = "JWT dari penyedia identitas kantor (sub, kinerja_office, kinerja_unit atau kinerja_kabupaten) / a JWT of the office's identity provider.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] }];
            return Task.CompletedTask;
        }
    }
}
