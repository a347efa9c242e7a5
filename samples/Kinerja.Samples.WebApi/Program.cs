using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using Kinerja.Samples.WebApi;
using Kinerja.Samples.WebApi.Api;
using Kinerja.Samples.WebApi.Persistence;
using Kinerja.Samples.WebApi.Security;
using NodaTime;

// Kinerja.Core web API sample: PKs, realisasi, capaian, recap and SOP instances over HTTP, stored with EF Core
// (SQLite by default, PostgreSQL when ConnectionStrings:Postgres is set), behind JWT bearer authentication
// and per-unit authorisation. See README.md and docs/samples-webapi.md.
var builder = WebApplication.CreateBuilder(args);

builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
builder.Services.AddProblemDetails();
builder.WebHost.ConfigureKestrel((context, kestrel) => kestrel.Limits.MaxRequestBodySize = RequestBody.MaxBytes(context.Configuration));

// KinerjaDbContext is the SQLite or the PostgreSQL one, as configured (read at first use, so that a test host's configuration is the one used).
builder.Services.AddKinerjaDatabase();

// Time from NodaTime's clock only; tests put a FakeClock here.
builder.Services.AddSingleton<IClock>(NodaTime.SystemClock.Instance);
builder.Services.AddSingleton(services => services.GetRequiredService<IConfiguration>().GetSection("Kinerja:Roster").Get<RosterSettings>()?.Build(services.GetRequiredService<WorkingCalendar>().TimeZone)
    ?? throw new InvalidOperationException("Kinerja:Roster is missing from the configuration."));
builder.Services.AddSingleton(services => OfficeCalendar.Build(services.GetRequiredService<IConfiguration>()));
builder.Services.AddSingleton(services => new OfficeTime(services.GetRequiredService<WorkingCalendar>().TimeZone));
builder.Services.AddSingleton(services => Office.Build(services.GetRequiredService<IConfiguration>()));
builder.Services.AddSingleton(services => new SopEngine(
    services.GetRequiredService<IClock>(),
    services.GetRequiredService<OfficeRoster>(),
    new SopEngineOptions { EnforceSeparationOfDuties = services.GetRequiredService<IConfiguration>().GetValue("Kinerja:EnforceSeparationOfDuties", false) }));

builder.Services.AddKinerjaJwt();
builder.Services.AddKinerjaAuthorization();
builder.Services.AddKinerjaOpenApi();

var app = builder.Build();

// Fail at start-up, with every problem, on missing token keys, a bad roster or office; apply pending migrations
// (or, with Kinerja:Database:MigrateAtStartup false, refuse to start while any is pending), refusing a database made without them.
JwtAuthentication.CheckConfiguration(app.Configuration, app.Environment);
_ = app.Services.GetRequiredService<OfficeRoster>();
_ = app.Services.GetRequiredService<Office>();
_ = app.Services.GetRequiredService<OfficeTime>();
Database.PrepareAtStartup(app.Services);

// Every error is a problem document, in every environment; the exception itself only with the developer switch.
app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorHandling.WriteServerError, StatusCodeSelector = _ => StatusCodes.Status500InternalServerError });
app.UseStatusCodePages(ErrorHandling.WriteStatusCode);
app.UseRouting();
app.Use(ErrorHandling.CheckRouteValues);
app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/", () => Results.Ok(ApiIndex.Value)).AllowAnonymous();
PkEndpoints.Map(app);
RealisasiCsvEndpoints.Map(app);
SopEndpoints.Map(app);
RecapEndpoints.Map(app);
app.MapKinerjaApiReference();

app.Run();
