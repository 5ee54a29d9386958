using Corpus.Storage.Facts;
using Corpus.Storage.Statements;
using Orleans.Concurrency;

namespace Corpus.Grains.Speakers;

/// <summary>One family of speakers: everyone with one surname, or one organisation.</summary>
[Alias("corpus.speaker")]
public interface ISpeakerGrain : IGrainWithStringKey
{
    /// <summary>
    /// Mentions of the family by original articles, in upload order, and those of the articles' direct and partial
    /// statements they are the source of; mentions of an article already taken in change nothing. Immutable: handed
    /// over within a silo without a deep copy.
    /// </summary>
    [Alias("attribute")]
    Task AttributeAsync(Immutable<IReadOnlyList<StoredMention>> mentions, Immutable<IReadOnlyList<QuotedStatement>> quotable);
}
