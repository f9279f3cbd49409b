namespace ZoneLint.Model;

/// <summary>
/// The highest zone cut at or below the apex that is at or above a node, and the closest DNAME owner strictly above it.
/// </summary>
/// <remarks>
/// PERF: shared by every node with the same two: one for all the names outside cuts and DNAMEs, one per cut for the
/// names at and below it; a node keeps its number in the zone's table of them (<see cref="Zone"/>).
/// </remarks>
internal sealed class NodeAncestry(DomainName? highestCut, DomainName? dnameAbove)
{
    /// <summary>The number of the ancestry a node has until the zone works it out.</summary>
    public const int Unresolved = 0;

    /// <summary>The number of the ancestry with neither a cut nor a DNAME.</summary>
    public const int None = 1;

    public DomainName? HighestCut { get; } = highestCut;

    public DomainName? DNameAbove { get; } = dnameAbove;
}
