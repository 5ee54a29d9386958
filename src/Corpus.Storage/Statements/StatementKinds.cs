using Corpus.Text.Statements;

namespace Corpus.Storage.Statements;

/// <summary>
/// How a statement's kind is stored: a small number per <see cref="StatementKind"/>, which keeps its meaning for good.
/// The views and the API name a kind in lower case, as <see cref="Search.StatementFilter.Kinds"/> lists them.
/// </summary>
public static class StatementKinds
{
    public const long Direct = 0;
    public const long Indirect = 1;
    public const long Partial = 2;

    /// <summary>The kinds a quote groups (direct and partial), as the list of an SQL <c>IN</c>.</summary>
    public static readonly string Quotable = $"{Direct}, {Partial}";

    public static long Code(StatementKind kind) => kind switch
    {
        StatementKind.Direct => Direct,
        StatementKind.Indirect => Indirect,
        StatementKind.Partial => Partial,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The stored number of a kind's name, or null when no kind has that name.</summary>
    public static long? CodeOf(string name) => name switch
    {
        "direct" => Direct,
        "indirect" => Indirect,
        "partial" => Partial,
        _ => null,
    };

    public static string Name(long code) => code switch
    {
        Direct => "direct",
        Indirect => "indirect",
        Partial => "partial",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };
}
