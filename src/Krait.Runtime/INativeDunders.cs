namespace Krait.Runtime;

/// <summary>Marks built-in objects implemented outside the core (collections.Counter, deque, ...) whose
/// operators live as <c>__add__</c>-style methods in their type's dict, so <see cref="Ops"/> looks those up as it
/// does for user instances (and a user subclass overriding one is honoured).</summary>
public interface INativeDunders { }
