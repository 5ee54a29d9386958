using Corpus.Text.Evaluation.Attribution;

namespace Corpus.Cli.Eval;

/// <summary>The annotated articles of a PolNeAR split folder, in file-name order, each with its gold attributions.</summary>
internal static class PolnearArticles
{
    public static IEnumerable<(string Stem, string Text, IReadOnlyList<GoldRelation> Gold)> Read(string folder)
    {
        var annotations = Directory.GetFiles(Path.Combine(folder, "attributions")).Select(Path.GetFileName).OfType<string>().ToList();
        foreach (var textPath in Directory.GetFiles(Path.Combine(folder, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(textPath);
            if (PolnearLayout.ChooseAnnotation(annotations, stem) is not { } chosen)
            {
                continue;
            }
            var text = File.ReadAllText(textPath);
            yield return (stem, text, BratAttributions.Parse(text, File.ReadAllText(Path.Combine(folder, "attributions", chosen))));
        }
    }
}
