namespace ZoneLint.Model;

/// <summary>A <c>; zonelint …</c> comment as read from the zone file, resolved later by the suppression layer.</summary>
/// <param name="Location">Where the text after <c>;</c> starts.</param>
/// <param name="Text">The comment text from <c>zonelint</c> on.</param>
internal sealed record ZonePragma(SourceLocation Location, string Text);
