using AngleSharp.Dom;

namespace Corpus.Text.Cleaning.Html;

/// <summary>
/// Picks the article's container the way Readability does: every paragraph gives points to its ancestors
/// (more for long, comma-rich text), containers start from their tag and class hints, link-heavy containers
/// lose their points; the best container is then widened to a common ancestor or joined by good siblings.
/// </summary>
internal sealed class ContentScorer(TextStats stats, bool useClassWeights)
{
    private const int MinParagraphCharacters = 21;
    private readonly Dictionary<IElement, double> _scores = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<IElement> Select(IElement body)
    {
        foreach (var element in body.Descendants<IElement>())
        {
            ScoreParagraph(element);
        }
        var ranked = _scores.Keys
            .Select(e => (Element: e, Score: FinalScore(e)))
            .OrderByDescending(c => c.Score)
            .Take(5)
            .ToList();
        if (ranked.Count == 0)
        {
            return [body];
        }
        var top = Widen(ranked[0].Element, ranked);
        return WithSiblings(top);
    }

    private void ScoreParagraph(IElement element)
    {
        var text = stats[element];
        IElement? first;
        int characters, commas;
        if (ElementKinds.IsParagraph(element) || element.LocalName == "td")
        {
            (characters, commas, first) = (text.Characters, text.Commas, element.ParentElement);
        }
        else if (!ElementKinds.IsInline(element) && !ElementKinds.IsHeading(element) && element.LocalName is not ("li" or "ul" or "ol" or "table" or "tr" or "body")
            && text.InlineCharacters >= MinParagraphCharacters && !HasParagraphAncestor(element))
        {
            // A div holding text directly is a paragraph; if it also holds blocks, it is their container too.
            (characters, commas, first) = (text.InlineCharacters, text.InlineCommas, text.HasBlockChildren ? element : element.ParentElement);
        }
        else
        {
            return;
        }
        if (characters < MinParagraphCharacters || first is null)
        {
            return;
        }
        var points = 1 + (commas + 1) + Math.Min(characters / 85, 3);
        var level = 0;
        for (var ancestor = first; ancestor is not null && level < 5; ancestor = ancestor.ParentElement, level++)
        {
            if (ancestor.LocalName == "html")
            {
                break;
            }
            var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            _scores[ancestor] = CurrentScore(ancestor) + (double)points / divider;
        }
    }

    private static bool HasParagraphAncestor(IElement element)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ElementKinds.IsParagraph(ancestor))
            {
                return true;
            }
        }
        return false;
    }

    private double CurrentScore(IElement element) => _scores.TryGetValue(element, out var score) ? score : InitialScore(element);

    private double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return useClassWeights ? score + ClassHints.Weight(element) : score;
    }

    private double FinalScore(IElement element) =>
        _scores.TryGetValue(element, out var score) ? score * (1 - stats[element].LinkDensity) : 0;

    /// <summary>When several strong candidates share an ancestor, the article spans them all; climb while parents score higher.</summary>
    private IElement Widen(IElement top, List<(IElement Element, double Score)> ranked)
    {
        var topScore = ranked[0].Score;
        var alternatives = ranked.Skip(1).Where(c => c.Score >= topScore * 0.75).Select(c => c.Element).ToList();
        if (alternatives.Count >= 2)
        {
            for (var ancestor = top.ParentElement; ancestor is not null && ancestor.LocalName != "body"; ancestor = ancestor.ParentElement)
            {
                if (alternatives.Count(a => ancestor.Contains(a)) >= 2)
                {
                    top = ancestor;
                    break;
                }
            }
        }
        var lastScore = FinalScore(top);
        var threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent.LocalName != "body"; parent = parent.ParentElement)
        {
            if (!_scores.ContainsKey(parent))
            {
                continue;
            }
            var parentScore = FinalScore(parent);
            if (parentScore < threshold)
            {
                break;
            }
            if (parentScore > lastScore)
            {
                top = parent;
                break;
            }
            lastScore = parentScore;
        }
        while (top.ParentElement is { } onlyChildParent && onlyChildParent.LocalName != "body" && onlyChildParent.Children.Length == 1)
        {
            top = onlyChildParent;
        }
        return top;
    }

    private List<IElement> WithSiblings(IElement top)
    {
        if (top.ParentElement is not { } parent)
        {
            return [top];
        }
        var topScore = FinalScore(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class");
        var content = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                content.Add(sibling);
                continue;
            }
            var bonus = !string.IsNullOrEmpty(topClass) && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
            if (_scores.ContainsKey(sibling) && FinalScore(sibling) + bonus >= threshold)
            {
                content.Add(sibling);
            }
            else if (ElementKinds.IsParagraph(sibling) && IsGoodLoneParagraph(sibling))
            {
                content.Add(sibling);
            }
        }
        return content;
    }

    private bool IsGoodLoneParagraph(IElement paragraph)
    {
        var text = stats[paragraph];
        if (text.Characters > 70)
        {
            return text.LinkDensity < 0.25;
        }
        var raw = paragraph.TextContent.TrimEnd();
        return text.Characters > 0 && text.LinkCharacters == 0 && (raw.EndsWith('.') || raw.Contains(". ", StringComparison.Ordinal));
    }
}
