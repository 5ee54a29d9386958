using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corpus.Grains.Runtime;

public static class GrainMessages
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write<T>(T message) => JsonSerializer.Serialize(message, Options);

    public static T Read<T>(string payload) =>
        JsonSerializer.Deserialize<T>(payload, Options) ?? throw new JsonException($"Empty {typeof(T).Name} message.");
}
