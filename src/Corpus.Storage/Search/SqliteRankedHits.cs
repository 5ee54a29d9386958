using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;

namespace Corpus.Storage.Search;

/// <summary>
/// SQLite's hits of one common word that can be among the first <c>take</c> most relevant after a cursor, found
/// without bm25 reading every hit's length (migration 0026). For one word, FTS5's bm25 is
/// idf · tf(k1 + 1) / (tf + k1(1 − b + b·L / avgL)): it rises with tf, the word's occurrences in the statement, and
/// falls with L, the statement's tokens. If L1 is the length of the take-th shortest hit after the cursor, those take
/// hits score at least s(1, L1), and a hit scores as high only if L ≤ tf·L1 + (tf − 1)·avgL(1 − b) / b. So the
/// candidates are the hits of at most L1 tokens and those holding the word more than once within that bound, each
/// bound taken one token wider against rounding.
/// </summary>
internal static class SqliteRankedHits
{
    /// <summary>bm25's constants in FTS5 (fts5_aux.c).</summary>
    public const double K1 = 1.2;
    public const double B = 0.75;
    public const double MinIdf = 1e-6;

    /// <summary>The candidates as <c>[[rowid, occurrences], ...]</c>, with what their scores are computed from.</summary>
    public sealed record Candidates(string Hits, long Rows, long Tokens, long Found, int Shortest, double Slope);

    /// <summary>
    /// Null where the word is not one term of the index, or scoring every hit costs less than the walk: about take /
    /// share statements, walked shortest first, against the hits it spares scoring (as on PostgreSQL, migration 0024).
    /// To be read in the transaction that reads the page, so that the totals, the lengths and the hits agree.
    /// </summary>
    public static async Task<Candidates?> FindAsync(DbConnection connection, DbTransaction tx, string word, SearchCursor? after, int take, CancellationToken ct)
    {
        if (await TermAsync(connection, tx, word, ct) is not { } term
            || await connection.QuerySingleOrDefaultAsync<byte[]>(new CommandDefinition("SELECT block FROM statements_fts_data WHERE id = 1", transaction: tx, cancellationToken: ct)) is not { } totals)
        {
            return null;
        }
        var read = 0;
        var (rows, tokens) = ((long)Varint.Read(totals, ref read), (long)Varint.Read(totals, ref read));
        var occurrences = Occurrences.Parse(await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            $"SELECT group_concat(doc & {NewestHits.StatementBits}) FROM statements_fts_instances WHERE term = @term", new { term }, tx, cancellationToken: ct)));
        var found = occurrences.Count;
        var budget = found / 4.0;
        if (rows <= 0 || found == 0 || (double)take * rows / found >= budget)
        {
            return null;
        }
        var avgL = (double)tokens / rows;
        var idf = Math.Max(Math.Log((rows - found + 0.5) / (found + 0.5)), MinIdf);
        var hits = new StringBuilder("[");
        for (var i = 0; i < found; i++)
        {
            if (occurrences.Times[i] > 1)
            {
                Append(hits, occurrences.Rowids[i], occurrences.Times[i]);
            }
        }
        var longest = await connection.ExecuteScalarAsync<int?>(new CommandDefinition("SELECT max(length) FROM statement_lengths", transaction: tx, cancellationToken: ct)) ?? -1;
        var (counted, walked) = (0, 0L);
        for (var length = 0; length <= longest && walked < budget; length++)
        {
            var statements = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
                "SELECT group_concat(statement) FROM statement_lengths WHERE length = @length", new { length }, tx, cancellationToken: ct));
            foreach (var rowid in Occurrences.Numbers(statements))
            {
                walked++;
                if (occurrences.IndexOf(rowid) is not (>= 0 and var i))
                {
                    continue;
                }
                var times = occurrences.Times[i];
                if (times == 1)
                {
                    Append(hits, rowid, 1);
                }
                // A hit counts only when it surely comes after the cursor: one that may tie with it widens the walk instead.
                var score = idf * (times * (K1 + 1.0)) / (times + (K1 * (1 - B + (B * length / avgL))));
                if (after?.Score is not { } afterScore || score < afterScore * (1 - 1e-9))
                {
                    counted++;
                }
            }
            if (counted >= take)
            {
                hits.Length -= hits.Length > 1 ? 1 : 0;
                return new Candidates(hits.Append(']').ToString(), rows, tokens, found, length, avgL * (1 - B) / B);
            }
        }
        return null;
    }

    /// <summary>The word as the index holds it (folded, porter-stemmed), through a table of this connection's own that holds only it; null unless it is one term.</summary>
    private static async Task<string?> TermAsync(DbConnection connection, DbTransaction tx, string word, CancellationToken ct)
    {
        var terms = (await connection.QueryAsync<string>(new CommandDefinition(
            """
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.corpus_term USING fts5(word, content = '', tokenize = 'porter unicode61 remove_diacritics 0');
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.corpus_term_instances USING fts5vocab(temp, corpus_term, instance);
            INSERT INTO temp.corpus_term (corpus_term) VALUES ('delete-all');
            INSERT INTO temp.corpus_term (rowid, word) VALUES (1, @word);
            SELECT term FROM temp.corpus_term_instances;
            """,
            new { word }, tx, cancellationToken: ct))).ToList();
        return terms is [var term] ? term : null;
    }

    private static void Append(StringBuilder hits, long rowid, int times) =>
        hits.Append(CultureInfo.InvariantCulture, $"[{rowid},{times}],");
}
