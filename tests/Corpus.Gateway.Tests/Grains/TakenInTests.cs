using Corpus.Grains;

namespace Corpus.Gateway.Tests.Grains;

public sealed class TakenInTests
{
    private sealed record Fact(string Article, long Arrival, long Ordinal = 0);

    private static TakenIn<Fact> Remembering(int articles) => new(f => (f.Arrival, 0), f => (f.Arrival, f.Ordinal), articles);

    [Fact]
    public void FactsToldAgainAreNotNew()
    {
        var taken = Remembering(10);
        taken.Add([new Fact("a", 1), new Fact("b", 2)], out _);

        var fresh = taken.Add([new Fact("b", 2), new Fact("c", 3)], out var inOrder);

        Assert.Equal(["c"], fresh.Select(f => f.Article));
        Assert.True(inOrder);
    }

    [Fact]
    public void AnEarlierArticleComingLateIsNotInOrder()
    {
        var taken = Remembering(10);
        taken.Add([new Fact("c", 3)], out _);

        var fresh = taken.Add([new Fact("a", 1)], out var inOrder);

        Assert.Equal(["a"], fresh.Select(f => f.Article));
        Assert.False(inOrder);
    }

    [Fact]
    public void AfterRestoredStateAFactUpToItsPlaceCountsAsLateAndALaterOneIsInOrder()
    {
        var taken = Remembering(10);
        taken.StartAfter((5, 2));

        taken.Add([new Fact("e", 5, 2)], out var retold);
        Assert.False(retold);
        var restored = Remembering(10);
        restored.StartAfter((5, 2));
        Assert.Equal(["f"], restored.Add([new Fact("f", 5, 3)], out var next).Select(f => f.Article));
        Assert.True(next);
    }

    [Fact]
    public void AnArticleForgottenAndToldAgainCountsAsLateSoTheGrainDerivesAgain()
    {
        var taken = Remembering(2);
        taken.Add([new Fact("a", 1), new Fact("b", 2), new Fact("c", 3)], out _);

        Assert.True(taken.MayHaveForgotten(new Fact("a", 1)));
        Assert.False(taken.MayHaveForgotten(new Fact("b", 2)));
        Assert.False(taken.MayHaveForgotten(new Fact("d", 4)));
        var fresh = taken.Add([new Fact("a", 1)], out var inOrder);
        Assert.Equal(["a"], fresh.Select(f => f.Article));
        Assert.False(inOrder);
        Assert.Empty(taken.Add([new Fact("c", 3)], out _));
    }

    [Fact]
    public void AnArticlesFactsAreTakenInTogetherAndStatementsOneByOne()
    {
        var articles = Remembering(10);
        articles.Add([new Fact("a", 1, 0)], out _);
        Assert.Empty(articles.Add([new Fact("a", 1, 0), new Fact("a", 1, 1)], out _));

        var statements = new TakenIn<Fact>(f => (f.Arrival, f.Ordinal), f => (f.Arrival, f.Ordinal), 10);
        statements.Add([new Fact("a", 1, 0)], out _);
        var fresh = statements.Add([new Fact("a", 1, 0), new Fact("a", 1, 1)], out var inOrder);
        Assert.Equal([1L], fresh.Select(f => f.Ordinal));
        Assert.True(inOrder);
    }

    [Fact]
    public void ALateArticleIsRememberedInItsPlaceAndAFamilyTakenInAtOnceKeepsOnlyItsLatestArticles()
    {
        var taken = Remembering(8);
        taken.Add([new Fact("a", 1), new Fact("b", 2), new Fact("e", 5)], out _);
        Assert.Equal(["c"], taken.Add([new Fact("c", 3)], out var inOrder).Select(f => f.Article));
        Assert.False(inOrder);
        Assert.Empty(taken.Add([new Fact("a", 1), new Fact("c", 3), new Fact("e", 5)], out _));

        var derived = Remembering(8);
        derived.Add([.. Enumerable.Range(1, 100).Select(i => new Fact($"x{i}", i))], out _);
        Assert.True(derived.MayHaveForgotten(new Fact("x50", 50)));
        Assert.False(derived.MayHaveForgotten(new Fact("x99", 99)));
        Assert.Empty(derived.Add([new Fact("x93", 93), new Fact("x100", 100)], out _));
        Assert.Single(derived.Add([new Fact("x92", 92)], out _));
    }
}
