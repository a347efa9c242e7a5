using System.Text.Json;
using System.Text.Json.Serialization;
using Kinerja.Core.Agreements;

namespace Kinerja.Core.Serialization;

/// <summary>A target on the wire: a number (<c>85</c>), a range (<c>{ "lower": 1, "upper": 3 }</c>) or a grade (<c>{ "grade": "WTP" }</c>).</summary>
[JsonConverter(typeof(TargetDtoConverter))]
internal sealed class TargetDto
{
    public decimal? Value { get; set; }

    public decimal? Lower { get; set; }

    public decimal? Upper { get; set; }

    public string? Grade { get; set; }

    public static TargetDto From(Target target) => target.Kind switch
    {
        TargetKind.Value => new TargetDto { Value = target.Value },
        TargetKind.Range => new TargetDto { Lower = target.Lower, Upper = target.Upper },
        _ => new TargetDto { Grade = target.Grade },
    };

    /// <summary>The target, or null when the object names neither a grade nor both bounds (the builder then reports it missing).</summary>
    public Target? ToTarget() =>
        Value is { } v ? Target.Of(v)
        : Grade is { } g ? Target.OfGrade(g)
        : Lower is { } lower && Upper is { } upper ? Target.Between(lower, upper)
        : null;
}

/// <summary>Reads and writes <see cref="TargetDto"/> as a number or an object.</summary>
internal sealed class TargetDtoConverter : JsonConverter<TargetDto>
{
    public override TargetDto? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return new TargetDto { Value = reader.GetDecimal() };
            case JsonTokenType.StartObject:
                var dto = new TargetDto();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString();
                    reader.Read();
                    switch (name)
                    {
                        case "lower":
                            dto.Lower = reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal();
                            break;
                        case "upper":
                            dto.Upper = reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal();
                            break;
                        case "grade":
                            dto.Grade = reader.GetString();
                            break;
                        default:
                            throw new JsonException("Unknown target property '" + name + "'.");
                    }
                }

                return dto;
            default:
                throw new JsonException("A target is a number or an object.");
        }
    }

    public override void Write(Utf8JsonWriter writer, TargetDto value, JsonSerializerOptions options)
    {
        if (value.Value is { } v)
        {
            writer.WriteNumberValue(v);
            return;
        }

        writer.WriteStartObject();
        if (value.Grade is { } grade)
        {
            writer.WriteString("grade", grade);
        }
        else
        {
            writer.WriteNumber("lower", value.Lower ?? 0m);
            writer.WriteNumber("upper", value.Upper ?? 0m);
        }

        writer.WriteEndObject();
    }
}
