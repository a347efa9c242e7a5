using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kinerja.Core.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata of every document's wire records: no reflection
/// at run time, the same on net10.0 and netstandard2.0. Names are camelCase; nulls are left out when
/// writing; a property the records do not know is an error when reading (the shape check reports it first).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(PerjanjianKinerjaDto))]
[JsonSerializable(typeof(PerjanjianKinerjaHistoryDto))]
[JsonSerializable(typeof(MeasurementSetDto))]
[JsonSerializable(typeof(CategoryScaleDto))]
[JsonSerializable(typeof(HolidayListDto))]
[JsonSerializable(typeof(WorkingCalendarDto))]
[JsonSerializable(typeof(SopDefinitionDto))]
[JsonSerializable(typeof(SopInstanceDto))]
[JsonSerializable(typeof(RecapTableDto))]
internal sealed partial class KinerjaJsonContext : JsonSerializerContext
{
}
