// Krait.Compiler: scope analysis and IL emission (see docs/ARCHITECTURE.md).
