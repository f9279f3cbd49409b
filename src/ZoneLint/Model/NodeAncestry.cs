namespace ZoneLint.Model;

/// <summary>
/// The highest zone cut at or below the apex that is at or above a node, and the closest DNAME owner strictly above it,
/// as the numbers of their nodes in the zone (0 for none).
/// </summary>
/// <remarks>
/// PERF: shared by every node with the same two: one for all the names outside cuts and DNAMEs, one per cut for the
/// names at and below it; a node keeps its number in the zone's table of them (<see cref="Zone"/>). Numbers rather than
/// names, so that 'is this node the cut' is a compare of two integers, not of two names' octets; the names are made
/// from the numbers when a rule reports them.
/// </remarks>
internal readonly record struct NodeAncestry(int HighestCut, int DNameAbove)
{
    /// <summary>The number of the ancestry a node has until the zone works it out.</summary>
    public const int Unresolved = 0;

    /// <summary>The number of the ancestry with neither a cut nor a DNAME.</summary>
    public const int None = 1;
}
