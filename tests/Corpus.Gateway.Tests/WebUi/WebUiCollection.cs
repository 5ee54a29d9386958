namespace Corpus.Gateway.Tests.WebUi;

/// <summary>Browser tests run one at a time: two gateways started on Kestrel at once both tried the default port.</summary>
[CollectionDefinition(Name)]
public sealed class WebUiCollection
{
    public const string Name = "web page";
}
