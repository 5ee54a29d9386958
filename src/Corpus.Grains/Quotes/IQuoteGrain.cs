using Corpus.Storage.Statements;
using Orleans.Concurrency;

namespace Corpus.Grains.Quotes;

/// <summary>One speaker's quotes, keyed by the speaker's id.</summary>
[Alias("corpus.quote")]
public interface IQuoteGrain : IGrainWithStringKey
{
    /// <summary>Direct and partial statements newly attributed to the speaker; statements already grouped change nothing.</summary>
    [Alias("add")]
    Task AddAsync(Immutable<IReadOnlyList<QuotedStatement>> statements);

    /// <summary>The speaker's statements changed otherwise (attributions moved between speakers): group them again as stored.</summary>
    [Alias("refresh")]
    Task RefreshAsync();
}
