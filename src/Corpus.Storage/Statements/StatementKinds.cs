using Corpus.Text.Statements;

namespace Corpus.Storage.Statements;

/// <summary>
/// How a statement's kind is stored: its position in <see cref="Names"/> (direct 0, indirect 1, partial 2), which keeps
/// its meaning for good. The views and the API name a kind in lower case.
/// </summary>
public static class StatementKinds
{
    private static readonly string[] NameOfCode = ["direct", "indirect", "partial"];

    public static IReadOnlyList<string> Names => NameOfCode;

    /// <summary>The kinds a quote groups (direct and partial), as the list of an SQL <c>IN</c>.</summary>
    public static readonly string Quotable = $"{Code(StatementKind.Direct)}, {Code(StatementKind.Partial)}";

    public static long Code(StatementKind kind) => kind switch
    {
        StatementKind.Direct => 0,
        StatementKind.Indirect => 1,
        StatementKind.Partial => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The stored number of a kind's name.</summary>
    public static long CodeOf(string name) =>
        Array.IndexOf(NameOfCode, name) is var code and >= 0 ? code : throw new ArgumentException($"No statement kind is named '{name}'.", nameof(name));

    public static string Name(long code) => NameOfCode[code];
}
