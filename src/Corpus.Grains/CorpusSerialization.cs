using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Corpus.Grains;

public static class CorpusSerialization
{
    /// <summary>
    /// Grain messages are <c>[GenerateSerializer]</c> records of this assembly; the value records they carry from the
    /// text core and the store (statements, mentions, meeting participants), which know nothing of Orleans, travel as JSON.
    /// </summary>
    public static ISerializerBuilder AddCorpusTypes(this ISerializerBuilder serializer) =>
        serializer.AddJsonSerializer(isSupported: type => type.Namespace is { } ns && (ns.StartsWith("Corpus.Text", StringComparison.Ordinal) || ns.StartsWith("Corpus.Storage", StringComparison.Ordinal)));

    /// <summary>A store error in one silo reaches the caller in another as itself, not as a failure to serialise it.</summary>
    public static IServiceCollection AddCorpusExceptions(this IServiceCollection services) =>
        services.Configure<ExceptionSerializationOptions>(o =>
        {
            o.SupportedNamespacePrefixes.Add("Npgsql");
            o.SupportedNamespacePrefixes.Add("Corpus");
        });
}
