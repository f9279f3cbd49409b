namespace ZoneLint.Model;

/// <summary>
/// The highest zone cut at or below the apex that is at or above a node, and the closest DNAME owner strictly above it.
/// </summary>
/// <remarks>
/// PERF: shared by every node with the same two: one for all the names outside cuts and DNAMEs, one per cut for the
/// names at and below it. A marker instance says the zone has not worked them out yet.
/// </remarks>
internal sealed class NodeAncestry(DomainName? highestCut, DomainName? dnameAbove)
{
    public static readonly NodeAncestry None = new(null, null);

    public static readonly NodeAncestry Unresolved = new(null, null);

    public DomainName? HighestCut { get; } = highestCut;

    public DomainName? DNameAbove { get; } = dnameAbove;
}
