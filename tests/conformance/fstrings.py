x = 3.14159
n = 42
name = "krait"
print(f"{x}", f"{x:.2f}", f"{n:5d}|{n:<5}|{n:^7}|{n:>5}", f"{name!r}", f"{name!s}", f"{n:x}", f"{n:b}", f"{n:08.3f}")
print(f"{n * 2} {name.upper()} {[1, 2]} {'nested'}", f"{n:,}", f"{1234567.891:,.2f}", f"{0.25:%}", f"{0.256:.1%}")
w = 10
print(f"{x:{w}.3f}|", f"{{literal}}", f"{n=}" if False else "skip", f"{-5:+d} {5:+d}", f"{1e20:g} {1e-20:e}")
