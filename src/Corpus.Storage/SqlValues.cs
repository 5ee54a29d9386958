using System.Globalization;
using Dapper;

namespace Corpus.Storage;

/// <summary>A value written through a SQL expression of it, e.g. <c>to_tsvector('corpus_search', {0})</c>; PostgreSQL's statements only.</summary>
public sealed record SqlExpression(string Template, object? Value);

/// <summary>
/// Values written into one generated statement: integers as literals, every other value bound once however often it
/// repeats (a speaker id on every row). Binding a parameter costs more than the value, and without prepared
/// statements each call is parsed anyway; such statements are never repeated, so Dapper is told not to cache them.
/// </summary>
public sealed class SqlValues
{
    private readonly Dictionary<object, string> _names = [];

    public DynamicParameters Parameters { get; } = new();

    /// <summary>The value as SQL text: a literal, or the name of the parameter holding it.</summary>
    public string Of(object? value)
    {
        switch (value)
        {
            case long l:
                return Literal(l);
            case int i:
                return Literal(i);
            case null:
                return "NULL";
            case SqlExpression expression:
                return string.Format(CultureInfo.InvariantCulture, expression.Template, Of(expression.Value));
        }
        if (!_names.TryGetValue(value, out var name))
        {
            _names[value] = name = string.Create(CultureInfo.InvariantCulture, $"p{_names.Count}");
            Parameters.Add(name, value);
        }
        return "@" + name;
    }

    /// <summary>Rows as the list of a <c>VALUES</c> clause: <c>(a, b), (c, d)</c>.</summary>
    public string Rows<TRow>(IEnumerable<TRow> rows, Func<TRow, object?[]> values) =>
        string.Join(", ", rows.Select(row => $"({string.Join(", ", values(row).Select(Of))})"));

    /// <summary>An integer as SQL text that both stores read back as the same 64-bit value.</summary>
    private static string Literal(long value) =>
        // "-9223372036854775808" would be read as minus a number too large for a 64-bit integer.
        value == long.MinValue ? "(-9223372036854775807 - 1)" : value.ToString(CultureInfo.InvariantCulture);

    public CommandDefinition Command(StoreTransaction tx, string sql, CancellationToken ct) =>
        new(sql, Parameters, tx.Transaction, flags: CommandFlags.Buffered | CommandFlags.NoCache, cancellationToken: ct);
}
