namespace Corpus.Text.Evaluation.Attribution;

/// <summary>File naming of the PolNeAR split folders: <c>text/&lt;stem&gt;.txt</c> and <c>attributions/&lt;stem&gt;_&lt;annotator&gt;.ann</c>.</summary>
public static class PolnearLayout
{
    /// <summary>The annotation file to score an article by: the first of its files in ordinal order of names.</summary>
    public static string? ChooseAnnotation(IEnumerable<string> annotationFileNames, string stem) =>
        annotationFileNames
            .Where(n => n.StartsWith(stem + "_", StringComparison.Ordinal) && n.EndsWith(".ann", StringComparison.Ordinal)
                && n.Length == stem.Length + 1 + 4 + 4)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>The publisher code: the part of the stem before the first underscore.</summary>
    public static string Publisher(string stem) => stem[..stem.IndexOf('_', StringComparison.Ordinal)];
}
