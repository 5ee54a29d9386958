using System.Runtime.CompilerServices;

// The contract tests choose how a page of a query newest first is read, to compare both ways on each store.
[assembly: InternalsVisibleTo("Corpus.Storage.Tests")]
