using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>The JSON options of every answer the sample writes itself (camelCase, enums as names, NodaTime in ISO).</summary>
internal static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        return options;
    }
}
