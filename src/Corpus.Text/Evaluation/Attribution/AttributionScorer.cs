namespace Corpus.Text.Evaluation.Attribution;

/// <summary>
/// Scores statements against attribution gold exactly as the PolNeAR README defines it: token bags, a statement
/// matches a relation when 60 % of it lies inside and it covers half the relation or one fragment, a relation is
/// found when the statements inside it together cover half of it. Counts pool over every article added.
/// </summary>
public sealed class AttributionScorer
{
    private const double InsideShare = 0.6;
    private const double CoverShare = 0.5;

    private int quoteStatements;
    private int quoteStatementsMatched;
    private int goldDirect;
    private int goldDirectFound;
    private int speakerJudged;
    private int speakerCorrect;
    private int goldIndirect;
    private int goldIndirectFound;
    private int indirectStatements;
    private int indirectStatementsInside;

    public AttributionScore Score => new(quoteStatements, quoteStatementsMatched, goldDirect, goldDirectFound, speakerJudged, speakerCorrect, goldIndirect, goldIndirectFound)
    {
        IndirectStatements = indirectStatements,
        IndirectStatementsInside = indirectStatementsInside,
    };

    /// <summary>Adds one article and tells what each gold relation and statement came to, for error analysis.</summary>
    public ArticleJudgement Add(IReadOnlyList<GoldRelation> gold, IReadOnlyList<ScoredStatement> statements)
    {
        var relations = gold.Select(g => new Bagged(g)).ToList();
        var kept = Deduplicate(statements);
        var quotes = kept.Where(s => s.IsQuote).ToList();
        var indirectLike = kept.Where(s => s.Statement.Kind is "indirect" or "partial").ToList();

        var unmatched = new List<ScoredStatement>();
        foreach (var p in quotes)
        {
            quoteStatements++;
            if (relations.Any(g => Matches(p, g)))
            {
                quoteStatementsMatched++;
            }
            else
            {
                unmatched.Add(p.Statement);
            }
        }

        // Indirect precision uses recall's rule: a statement counts towards finding a relation when 60 % of it lies inside it.
        var unmatchedIndirect = new List<ScoredStatement>();
        foreach (var p in kept.Where(s => s.Statement.Kind == "indirect"))
        {
            indirectStatements++;
            if (relations.Any(g => Inside(p, g) >= InsideShare))
            {
                indirectStatementsInside++;
            }
            else
            {
                unmatchedIndirect.Add(p.Statement);
            }
        }

        var missed = new List<GoldRelation>();
        var missedIndirect = new List<GoldRelation>();
        var wrongSpeaker = new List<(GoldRelation, ScoredStatement)>();
        foreach (var g in relations.Where(g => g.Relation.HasSource))
        {
            if (g.Relation.IsDirect)
            {
                goldDirect++;
                var inside = quotes.Where(p => Inside(p, g) >= InsideShare).ToList();
                if (!Found(inside, g))
                {
                    missed.Add(g.Relation);
                    continue;
                }
                goldDirectFound++;
                if (SourceNameKey.Of(g.Relation.Source) is not { } key)
                {
                    continue;
                }
                speakerJudged++;
                var judged = inside.MaxBy(p => AttributionTokens.Overlap(p.Bag, g.Bag))!;
                if (judged.Statement.SpeakerName is { } name && AttributionTokens.Of(name).Contains(key))
                {
                    speakerCorrect++;
                }
                else
                {
                    wrongSpeaker.Add((g.Relation, judged.Statement));
                }
            }
            else
            {
                goldIndirect++;
                if (Found([.. indirectLike.Where(p => Inside(p, g) >= InsideShare)], g))
                {
                    goldIndirectFound++;
                }
                else
                {
                    missedIndirect.Add(g.Relation);
                }
            }
        }
        return new ArticleJudgement(unmatched, missed, wrongSpeaker) { UnmatchedIndirect = unmatchedIndirect, MissedIndirect = missedIndirect };
    }

    private static List<Bagged> Deduplicate(IReadOnlyList<ScoredStatement> statements)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<Bagged>();
        foreach (var s in statements)
        {
            var kind = s.Kind.ToLowerInvariant();
            var tokens = AttributionTokens.Of(s.Text);
            if (tokens.Count == 0 || kind is not ("direct" or "partial" or "indirect"))
            {
                continue;
            }
            var family = kind == "indirect" ? "indirect" : "quote";
            if (seen.Add(family + "\u0001" + string.Join(' ', tokens)))
            {
                kept.Add(new Bagged(s with { Kind = kind }, tokens));
            }
        }
        return kept;
    }

    private static double Inside(Bagged p, Bagged g) => (double)AttributionTokens.Overlap(p.Bag, g.Bag) / p.Count;

    private static bool Matches(Bagged p, Bagged g) =>
        Inside(p, g) >= InsideShare
        && (Cover(p, g.Bag, g.Count) >= CoverShare || g.Fragments.Any(f => f.Count > 0 && Cover(p, f.Bag, f.Count) >= CoverShare));

    private static double Cover(Bagged p, Dictionary<string, int> bag, int count) => (double)AttributionTokens.Overlap(p.Bag, bag) / count;

    private static bool Found(List<Bagged> inside, Bagged g)
    {
        var sum = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in inside)
        {
            foreach (var (token, count) in p.Bag)
            {
                sum[token] = sum.GetValueOrDefault(token) + count;
            }
        }
        return 2 * AttributionTokens.Overlap(sum, g.Bag) >= g.Count;
    }

    private sealed class Bagged
    {
        public Bagged(ScoredStatement statement, List<string> tokens)
        {
            Statement = statement;
            Bag = AttributionTokens.Bag(tokens);
            Count = tokens.Count;
        }

        public Bagged(GoldRelation relation)
        {
            Relation = relation;
            var tokens = AttributionTokens.Of(relation.Content);
            Bag = AttributionTokens.Bag(tokens);
            Count = tokens.Count;
            Fragments = [.. relation.Fragments.Select(f => AttributionTokens.Of(f)).Select(t => (AttributionTokens.Bag(t), t.Count))];
        }

        public ScoredStatement Statement { get; } = null!;

        public GoldRelation Relation { get; } = null!;

        public Dictionary<string, int> Bag { get; }

        public int Count { get; }

        public bool IsQuote => Statement.Kind is "direct" or "partial";

        public List<(Dictionary<string, int> Bag, int Count)> Fragments { get; } = [];
    }
}
