namespace Corpus.Grains.Intake;

/// <summary>The corpus's intake: one activation in the cluster, keyed <see cref="Key"/>.</summary>
[Alias("corpus.intake")]
public interface IIntakeGrain : IGrainWithStringKey
{
    public const string Key = "corpus";

    /// <summary>Articles were committed by an upload (or may have been): take in whatever is unfinished.</summary>
    [Alias("articles-arrived")]
    Task ArticlesArrivedAsync();
}
