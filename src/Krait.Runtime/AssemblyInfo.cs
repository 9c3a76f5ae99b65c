// Krait.Runtime: the object model, built-in types and protocols (see docs/ARCHITECTURE.md).
