using System.Text.Json.Serialization;
using Kinerja.Core.Sop;
using Kinerja.Samples.WebApi;
using Kinerja.Samples.WebApi.Api;
using Kinerja.Samples.WebApi.Persistence;
using Kinerja.Samples.WebApi.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

// Kinerja.Core web API sample: PKs, realisasi, capaian and SOP instances over HTTP, stored with EF Core
// (SQLite by default, PostgreSQL when ConnectionStrings:Postgres is set). See README.md.
var builder = WebApplication.CreateBuilder(args);

builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    o.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
});

// Read lazily (at first use, not here), so that a test host's configuration is the one used.
builder.Services.AddDbContext<KinerjaDbContext>((services, options) => Database.Configure(options, services.GetRequiredService<IConfiguration>()));

// Time from NodaTime's clock only; tests put a FakeClock here.
builder.Services.AddSingleton<IClock>(NodaTime.SystemClock.Instance);
builder.Services.AddSingleton(services => services.GetRequiredService<IConfiguration>().GetSection("Kinerja:Roster").Get<RosterSettings>()?.Build(services.GetRequiredService<Kinerja.Core.Calendar.WorkingCalendar>().Zone)
    ?? throw new InvalidOperationException("Kinerja:Roster is missing from the configuration."));
builder.Services.AddSingleton(services => OfficeCalendar.Build(services.GetRequiredService<IConfiguration>()));
builder.Services.AddSingleton(services => new SopEngine(
    services.GetRequiredService<IClock>(),
    services.GetRequiredService<OfficeRoster>(),
    new SopEngineOptions { SeparationOfDuties = services.GetRequiredService<IConfiguration>().GetValue("Kinerja:SeparationOfDuties", false) }));

// DEMO authentication (X-Demo-User header): NOT for production, see Security/DemoUserAuthentication.cs.
builder.Services.AddAuthentication(DemoUserAuthenticationHandler.SchemeName)
    .AddScheme<AuthenticationSchemeOptions, DemoUserAuthenticationHandler>(DemoUserAuthenticationHandler.SchemeName, null);
builder.Services.AddAuthorization();

var app = builder.Build();

// Fail at start-up, with every problem, on a bad roster; create the database on first run.
_ = app.Services.GetRequiredService<OfficeRoster>();
using (var scope = app.Services.CreateScope())
{
    scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().Database.EnsureCreated();
}

app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/", () => Results.Ok(ApiIndex.Value));
PkEndpoints.Map(app);
SopEndpoints.Map(app);

app.Run();
