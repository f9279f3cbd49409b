namespace ZoneLint.Engine;

/// <summary>
/// A message argument that is text worked out when the message is read: immutable, and giving the same text each time
/// (<see cref="object.ToString"/>), so that a diagnostic may keep it in place of the text (see <see cref="Diagnostic"/>).
/// </summary>
/// <remarks>PERF: the text of a finding's details can be most of its bytes; a part keeps what it is made from instead.</remarks>
internal interface IMessagePart;
