using Kinerja.Samples.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Kinerja.Core worker sample: a generic-host background service that checks running SOP instances of a
// DEMO kecamatan against their deadlines in working time. By default it simulates one working week and
// stops by itself; `-- --Worker:Mode=Live` runs on the system clock until Ctrl+C.
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.AddSimpleConsole(console =>
{
    console.SingleLine = true;
    console.IncludeScopes = false;
});
var settings = builder.Configuration.GetSection(WorkerSettings.Section).Get<WorkerSettings>() ?? new WorkerSettings();
builder.Services.AddOverdueWorker(settings);

using var host = builder.Build();
await host.RunAsync().ConfigureAwait(false);
